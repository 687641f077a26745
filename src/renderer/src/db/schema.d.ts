export type SchemaDefinition = Record<string, string>;
/** Version 1 — 2026-11-21: every entity of the mission. */
export declare const SCHEMA_V1_2026_11_21: SchemaDefinition;
/** Every version in order. The last one is current. */
export interface SchemaVersion {
    version: number;
    stores: SchemaDefinition;
}
export declare const SCHEMA_VERSIONS: SchemaVersion[];
export declare const CURRENT_SCHEMA_VERSION: number;
export declare const TABLE_NAMES: (keyof typeof SCHEMA_V1_2026_11_21)[];

import type { Transaction } from 'dexie';
/**
 * Data upgrades, keyed by the schema version they upgrade TO. Version 1 has none.
 * Add one per data change, e.g. `2: async (tx) => { await tx.table('members').toCollection().modify(...) }`,
 * and a test in `database.upgrade.test.ts` that seeds the previous version and checks the result.
 */
export type UpgradeMap = Record<number, (tx: Transaction) => Promise<void> | void>;
export declare const UPGRADES: UpgradeMap;

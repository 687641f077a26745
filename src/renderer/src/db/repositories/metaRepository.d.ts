/** Small app state kept beside the data (import mappings, last off-PC backup, demo flag…). */
export declare const metaRepository: {
    get<T>(key: string): Promise<T | undefined>;
    set(key: string, value: unknown): Promise<void>;
    remove(key: string): Promise<void>;
};

import { getDb } from '../database';
/** Small app state kept beside the data (import mappings, last off-PC backup, demo flag…). */
export const metaRepository = {
    async get(key) {
        return (await getDb().meta.get(key))?.value;
    },
    async set(key, value) {
        await getDb().meta.put({ key, value });
    },
    async remove(key) {
        await getDb().meta.delete(key);
    }
};

import { getDb } from '../database';
export const cellRepository = {
    async list() {
        return getDb().cells.toArray();
    },
    async get(id) {
        return getDb().cells.get(id);
    },
    async save(cell) {
        await getDb().cells.put(cell);
        return cell;
    },
    async bulkSave(cells) {
        await getDb().cells.bulkPut(cells);
    }
};

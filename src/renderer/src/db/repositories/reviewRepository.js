import { getDb } from '../database';
/** Yearly reviews of members and cells, and each year's state (profile used, finalised). */
export const reviewRepository = {
    async memberReviews(year) {
        return getDb().memberReviews.where('year').equals(year).toArray();
    },
    async cellReviews(year) {
        return getDb().cellReviews.where('year').equals(year).toArray();
    },
    async year(year) {
        return getDb().reviewYears.get(year);
    },
    /** Writes many reviews in one transaction (demo data, import). */
    async bulkSave(members, cells = [], years = []) {
        const db = getDb();
        await db.transaction('rw', [db.memberReviews, db.cellReviews, db.reviewYears], async () => {
            await db.memberReviews.bulkPut(members);
            await db.cellReviews.bulkPut(cells);
            await db.reviewYears.bulkPut(years);
        });
    }
};

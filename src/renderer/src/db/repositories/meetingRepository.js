import { getDb } from '../database';
/** Meetings, their attendance marks and tasks. */
export const meetingRepository = {
    async byCell(cellId) {
        return getDb().meetings.where('[cellId+date]').between([cellId, ''], [cellId, '\uffff']).toArray();
    },
    async inPeriod(from, to) {
        return getDb().meetings.where('date').between(from, to, true, true).toArray();
    },
    async attendance(meetingId) {
        return getDb().attendance.where('meetingId').equals(meetingId).toArray();
    },
    /** Writes many meetings with their marks and tasks in one transaction (demo data, import). */
    async bulkSave(meetings, marks = [], tasks = []) {
        const db = getDb();
        await db.transaction('rw', [db.meetings, db.attendance, db.meetingTasks], async () => {
            await db.meetings.bulkPut(meetings);
            await db.attendance.bulkPut(marks);
            await db.meetingTasks.bulkPut(tasks);
        });
    }
};

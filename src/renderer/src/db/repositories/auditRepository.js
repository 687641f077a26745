import { nowIso } from '@renderer/domain/ids';
import { getDb } from '../database';
/**
 * Appends an audit entry. Call it inside the same transaction as the change it records
 * (include `auditLog` and `settings` in the transaction's tables) so both land or neither does.
 */
export async function writeAudit(entry) {
    const db = getDb();
    const settings = await db.settings.get('organization');
    await db.auditLog.add({ ...entry, at: nowIso(), clerk: settings?.clerkName || 'Chưa đặt tên' });
}
export const auditRepository = {
    write: writeAudit,
    /** Newest first. */
    async list(limit = 500) {
        return getDb().auditLog.orderBy('at').reverse().limit(limit).toArray();
    },
    async forEntity(entity, entityId) {
        return getDb().auditLog.where('[entity+entityId]').equals([entity, entityId]).sortBy('at');
    }
};

import { withDerivedFields } from '@renderer/domain/memberRecord';
import { MEMBER_STATUS_LABELS } from '@renderer/domain/memberState';
import { getDb } from '../database';
import { writeAudit } from './auditRepository';
/** Members and their life events. Status is always re-derived from events when either changes. */
export const memberRepository = {
    async list() {
        return getDb().members.toArray();
    },
    async listActive() {
        return getDb().members.where('active').equals(1).toArray();
    },
    async byCell(cellId) {
        return getDb().members.where('cellId').equals(cellId).toArray();
    },
    async get(id) {
        return getDb().members.get(id);
    },
    async events(memberId) {
        return getDb().memberEvents.where('[memberId+date]').between([memberId, ''], [memberId, '\uffff']).toArray();
    },
    async allEvents() {
        return getDb().memberEvents.toArray();
    },
    /** Saves a member (new or edited) with derived fields; a status change is written to the audit log. */
    async save(member) {
        const db = getDb();
        return db.transaction('rw', [db.members, db.memberEvents, db.auditLog, db.settings], async () => {
            const events = await memberRepository.events(member.id);
            const before = await db.members.get(member.id);
            const saved = withDerivedFields(member, events);
            await db.members.put(saved);
            await auditStatusChange(before, saved);
            return saved;
        });
    },
    /** Adds a life event and re-derives the member's state, in one transaction. */
    async addEvent(event) {
        const db = getDb();
        return db.transaction('rw', [db.members, db.memberEvents, db.auditLog, db.settings], async () => {
            const member = await db.members.get(event.memberId);
            if (!member)
                throw new Error('Không tìm thấy đảng viên của sự kiện này.');
            await db.memberEvents.put(event);
            const events = await memberRepository.events(event.memberId);
            const saved = withDerivedFields(member, events);
            await db.members.put(saved);
            await auditStatusChange(member, saved);
            return saved;
        });
    },
    /** Writes many members with their events in one transaction (import, demo data). */
    async bulkSave(members, events = []) {
        const db = getDb();
        const byMember = new Map();
        for (const e of events) {
            const list = byMember.get(e.memberId);
            if (list)
                list.push(e);
            else
                byMember.set(e.memberId, [e]);
        }
        await db.transaction('rw', [db.members, db.memberEvents], async () => {
            await db.memberEvents.bulkPut(events);
            await db.members.bulkPut(members.map((m) => withDerivedFields(m, byMember.get(m.id) ?? [])));
        });
    }
};
async function auditStatusChange(before, after) {
    if (!before || before.status === after.status)
        return;
    await writeAudit({
        entity: 'members',
        entityId: after.id,
        action: 'update',
        summary: `${after.fullName}: ${MEMBER_STATUS_LABELS[before.status]} → ${MEMBER_STATUS_LABELS[after.status]}`,
        before: { status: before.status },
        after: { status: after.status }
    });
}

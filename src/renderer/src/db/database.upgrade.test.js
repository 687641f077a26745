import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { NewerDatabaseError, SoChiBoDatabase, openDatabase, setDb } from './database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1_2026_11_21, SCHEMA_VERSIONS, TABLE_NAMES } from './schema';
// The upgrade harness: open an older version with data, close it, open the newer one, check.
// Every future schema version adds a case here that seeds the previous version.
const member = (id, fullName) => ({
    id,
    fullName,
    gender: 'male',
    cellId: 'c1',
    status: 'official',
    active: 1,
    searchText: fullName.toLowerCase(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
});
async function seedAt(name, version, seed) {
    const old = new SoChiBoDatabase(name, version);
    await old.open();
    await seed(old);
    old.close();
}
afterEach(() => setDb(null));
describe('schema version 1', () => {
    it('has a table for every entity of the mission', () => {
        expect(TABLE_NAMES.sort()).toEqual([
            'attendance',
            'auditLog',
            'badges',
            'cellReviews',
            'cells',
            'commendations',
            'meetingTasks',
            'meetings',
            'memberEvents',
            'memberReviews',
            'members',
            'meta',
            'reviewYears',
            'rulesProfiles',
            'settings'
        ].sort());
    });
    it('opens at the current version with every table', async () => {
        const db = new SoChiBoDatabase('schema-open');
        await db.open();
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
        db.close();
    });
});
describe('upgrade harness', () => {
    it('keeps version 1 data when the current version opens it', async () => {
        await seedAt('upgrade-v1', 1, async (db) => {
            await db.members.bulkAdd([member('m1', 'Nguyễn Văn An'), member('m2', 'Trần Thị Bình')]);
        });
        const db = new SoChiBoDatabase('upgrade-v1');
        await db.open();
        expect(await db.members.count()).toBe(2);
        expect((await db.members.get('m2'))?.fullName).toBe('Trần Thị Bình');
        db.close();
    });
    it('runs a version 2 upgrade function over version 1 data (the harness is ready for v2)', async () => {
        await seedAt('upgrade-v2', 1, async (db) => {
            await db.members.bulkAdd([member('m1', 'Nguyễn Văn An'), { ...member('m2', 'Lê Văn Cường'), active: 0 }]);
        });
        // A hypothetical v2: a new index and a data change, as a real one would be written.
        const v2 = [
            ...SCHEMA_VERSIONS,
            { version: 2, stores: { ...SCHEMA_V1_2026_11_21, members: `${SCHEMA_V1_2026_11_21.members}, gender` } }
        ];
        const db = new SoChiBoDatabase('upgrade-v2', undefined, v2, {
            2: async (tx) => {
                await tx.table('members').toCollection().modify((m) => {
                    m.note = m.active ? 'đang sinh hoạt' : 'đã thôi';
                });
            }
        });
        await db.open();
        expect(db.verno).toBe(2);
        expect((await db.members.get('m1'))?.note).toBe('đang sinh hoạt');
        expect((await db.members.get('m2'))?.note).toBe('đã thôi');
        expect(await db.members.where('gender').equals('male').count()).toBe(2);
        db.close();
    });
    it('refuses to open a database newer than the app knows', async () => {
        const future = new Dexie('upgrade-future');
        future.version(9).stores({ members: 'id' });
        await future.open();
        future.close();
        const db = new SoChiBoDatabase('upgrade-future');
        await expect(openDatabase(db)).rejects.toThrow(NewerDatabaseError);
        await expect(openDatabase(new SoChiBoDatabase('upgrade-future'))).rejects.toThrow(/phiên bản Sổ Chi bộ mới hơn/);
    });
});

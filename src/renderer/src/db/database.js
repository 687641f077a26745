import Dexie from 'dexie';
import { SCHEMA_VERSIONS } from './schema';
import { UPGRADES } from './upgrades';
export const DATABASE_NAME = 'so-chi-bo';
/** The only store of the app. Only `db/` touches it; features go through repositories. */
export class SoChiBoDatabase extends Dexie {
    settings;
    cells;
    members;
    memberEvents;
    meetings;
    attendance;
    meetingTasks;
    memberReviews;
    cellReviews;
    reviewYears;
    commendations;
    badges;
    rulesProfiles;
    auditLog;
    meta;
    /**
     * @param upToVersion open an older schema (upgrade tests); default: the current one.
     * @param versions / upgrades injectable so the upgrade harness can be tested with a future version.
     */
    constructor(name = DATABASE_NAME, upToVersion, versions = SCHEMA_VERSIONS, upgrades = UPGRADES) {
        super(name);
        for (const { version, stores } of versions) {
            if (upToVersion !== undefined && version > upToVersion)
                break;
            const v = this.version(version).stores(stores);
            const upgrade = upgrades[version];
            if (upgrade)
                v.upgrade(upgrade);
        }
    }
}
let instance = null;
/** The app's database, opened on first use. */
export function getDb() {
    instance ??= new SoChiBoDatabase();
    return instance;
}
/** Tests and restore: swap in another database (or reset to the default on next use). */
export function setDb(next) {
    if (instance && instance !== next)
        instance.close();
    instance = next;
}
/** Opens a fresh, empty database under a unique name — for tests. */
let testDbCounter = 0;
export function createTestDb(name = `test-db-${++testDbCounter}`) {
    const db = new SoChiBoDatabase(name);
    setDb(db);
    return db;
}
/** The data on this PC was written by a newer Sổ Chi bộ: opening it with this one could damage it. */
export class NewerDatabaseError extends Error {
    found;
    constructor(found) {
        super(`Dữ liệu trên máy này do phiên bản Sổ Chi bộ mới hơn tạo ra (phiên bản dữ liệu ${found}). ` +
            'Hãy cài phiên bản Sổ Chi bộ mới nhất để mở; dữ liệu không bị thay đổi.');
        this.found = found;
        this.name = 'NewerDatabaseError';
    }
}
/** Opens the database and refuses one written by a newer schema (Dexie 4 would open it as is). */
export async function openDatabase(db = getDb()) {
    await db.open();
    const known = db.verno;
    const installed = Math.round(db.backendDB().version / 10);
    if (installed > known) {
        db.close();
        throw new NewerDatabaseError(installed);
    }
    return db;
}

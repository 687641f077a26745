import Dexie, { type Table } from 'dexie';
import type { AttendanceMark, AuditEntry, Badge, Cell, CellReview, Commendation, Meeting, MeetingTask, Member, MemberEvent, MemberReview, MetaEntry, OrganizationSettings, ReviewYear, RulesProfile } from '@renderer/domain/entities';
import { type SchemaVersion } from './schema';
import { type UpgradeMap } from './upgrades';
export declare const DATABASE_NAME = "so-chi-bo";
/** The only store of the app. Only `db/` touches it; features go through repositories. */
export declare class SoChiBoDatabase extends Dexie {
    settings: Table<OrganizationSettings, string>;
    cells: Table<Cell, string>;
    members: Table<Member, string>;
    memberEvents: Table<MemberEvent, string>;
    meetings: Table<Meeting, string>;
    attendance: Table<AttendanceMark, string>;
    meetingTasks: Table<MeetingTask, string>;
    memberReviews: Table<MemberReview, string>;
    cellReviews: Table<CellReview, string>;
    reviewYears: Table<ReviewYear, number>;
    commendations: Table<Commendation, string>;
    badges: Table<Badge, string>;
    rulesProfiles: Table<RulesProfile, string>;
    auditLog: Table<AuditEntry, number>;
    meta: Table<MetaEntry, string>;
    /**
     * @param upToVersion open an older schema (upgrade tests); default: the current one.
     * @param versions / upgrades injectable so the upgrade harness can be tested with a future version.
     */
    constructor(name?: string, upToVersion?: number, versions?: SchemaVersion[], upgrades?: UpgradeMap);
}
/** The app's database, opened on first use. */
export declare function getDb(): SoChiBoDatabase;
/** Tests and restore: swap in another database (or reset to the default on next use). */
export declare function setDb(next: SoChiBoDatabase | null): void;
export declare function createTestDb(name?: string): SoChiBoDatabase;
/** The data on this PC was written by a newer Sổ Chi bộ: opening it with this one could damage it. */
export declare class NewerDatabaseError extends Error {
    readonly found: number;
    constructor(found: number);
}
/** Opens the database and refuses one written by a newer schema (Dexie 4 would open it as is). */
export declare function openDatabase(db?: SoChiBoDatabase): Promise<SoChiBoDatabase>;

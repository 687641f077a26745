// Dated schema versions. A released version is never edited: a change is a new constant plus an
// upgrade function in `upgrades.ts`, with a test that opens the previous version, seeds it and
// upgrades it (see `database.upgrade.test.ts`). Index only what is queried; booleans as 0/1.
/** Version 1 — 2026-11-21: every entity of the mission. */
export const SCHEMA_V1_2026_11_21 = {
    settings: 'id',
    cells: 'id, name, status',
    members: 'id, cellId, status, active, partyCardNumber, idNumber',
    memberEvents: 'id, memberId, [memberId+date], type, date',
    meetings: 'id, cellId, date, [cellId+date], type',
    // ≈ 1,000,000 rows at ward scale: as few indexes as the queries need.
    attendance: 'id, meetingId, [memberId+date]',
    meetingTasks: 'id, cellId, meetingId, status',
    memberReviews: 'id, year, [year+cellId], memberId',
    cellReviews: 'id, year, cellId',
    reviewYears: 'year',
    commendations: 'id, year, memberId, cellId',
    badges: 'id, memberId, ceremonyDate',
    rulesProfiles: 'id',
    auditLog: '++id, at, [entity+entityId]',
    meta: 'key'
};
export const SCHEMA_VERSIONS = [
    { version: 1, stores: SCHEMA_V1_2026_11_21 }
];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
export const TABLE_NAMES = Object.keys(SCHEMA_V1_2026_11_21);

// Dated schema versions. A released version is never edited: a change is a new constant plus an
// upgrade function in `upgrades.ts`, with a test that opens the previous version, seeds it and
// upgrades it (see `database.upgrade.test.ts`). Index only what is queried; booleans as 0/1.

/** A table's indexes; `null` deletes the table (Dexie drops it after the version's upgrade function ran). */
export type SchemaDefinition = Record<string, string | null>

/** Version 1 — 2026-11-21: every entity of the mission. */
export const SCHEMA_V1_2026_11_21: SchemaDefinition = {
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
}

/**
 * Version 2 — 2026-11-21: attendance as one sheet per meeting. Marks are always written and read
 * per meeting, and IndexedDB writes ~10,000 rows a second: 25,000 sheets instead of ~1,000,000
 * mark rows make backup and restore ~40 times fewer rows. `unexcusedKeys` (multiEntry,
 * `${memberId}|${date}`) keeps "a member's unexcused absences in a year" one index range.
 * The v1 `attendance` table is read by UPGRADES[2] and then deleted.
 */
export const SCHEMA_V2_2026_11_21: SchemaDefinition = {
  ...SCHEMA_V1_2026_11_21,
  attendance: null,
  attendanceSheets: 'meetingId, date, *unexcusedKeys'
}

/**
 * Version 3 — 2026-11-21: records read and written together share ONE row, a "book" (db/books.ts):
 * a member's events, a cell's meetings and attendance sheets of a year, a cell's tasks, a year's
 * member reviews of a cell. IndexedDB costs ≈ 45 µs per row written whatever its size, so the
 * ward's ≈ 185,000 rows of v2 become ≈ 26,000 and a restore fits in 5 s (docs/design.md §8).
 * UPGRADES[3] packs the v2 rows; the v2 tables are then deleted.
 */
export const SCHEMA_V3_2026_11_21: SchemaDefinition = {
  ...SCHEMA_V2_2026_11_21,
  memberEvents: null,
  meetings: null,
  attendanceSheets: null,
  meetingTasks: null,
  memberReviews: null,
  memberTimelines: 'memberId',
  meetingBooks: 'key, year, *meetingIds',
  attendanceBooks: 'key, year, *unexcusedKeys',
  taskLists: 'cellId',
  memberReviewBooks: 'key, year, *reviewIds'
}

/**
 * Version 4 — 2026-11-21: with real 36-character ids, attendance sheets that list every member's id
 * made a restore of the ward 6 s (docs/design.md §8). An attendance book now lists its members once (`roll`)
 * and each sheet keeps one letter per member of that roll (db/books.ts); UPGRADES[4] rewrites the v3
 * books. Members lose the indexes no query uses (status, partyCardNumber, idNumber): each index
 * costs every member write, and a restore writes 10,000.
 */
export const SCHEMA_V4_2026_11_21: SchemaDefinition = {
  ...SCHEMA_V3_2026_11_21,
  members: 'id, cellId, active'
}

/**
 * Version 5 — 2026-12-01: no table or index changes. Audit entries gain `prevHash`/`hash` (the chain,
 * domain/backup/auditChain.ts; unindexed). UPGRADES[5] takes the whole record out of the entries that
 * logged the deletion of a member created by mistake: the log keeps the name only (Luật 91/2025/QH15).
 */
export const SCHEMA_V5_2026_12_01: SchemaDefinition = { ...SCHEMA_V4_2026_11_21 }

/**
 * Version 6 — 2026-12-01: a member's events no longer have a row each. The timelines of the members
 * whose ids hash to one of 256 buckets share one `timelineBooks` row (db/books.ts): reading the
 * ward's events, which every year-end report does, cost ≈ 14 µs per row besides the bytes.
 * And the xuất sắc decisions of a cell's year get a `memberReviewBooks` row of their own (key
 * `${year}|x|${cellId}`): a streak of xuất sắc years reads only those of its earlier years.
 * UPGRADES[6] moves the v5 `memberTimelines` rows (that table is then deleted) and splits the
 * review books.
 */
export const SCHEMA_V6_2026_12_01: SchemaDefinition = {
  ...SCHEMA_V5_2026_12_01,
  memberTimelines: null,
  timelineBooks: 'key'
}

/**
 * Version 7 — 2026-12-02: no change of tables. A temporary transfer (chuyển sinh hoạt tạm thời) no
 * longer takes a member of the ward out of its đảng số (QĐ 232-QĐ/TW 2025, 6.3.2: domain/memberState.ts),
 * so UPGRADES[7] derives again the status of the members whose history holds one: a member stored
 * "Đã chuyển đi" while only away for a while is back on the ward's lists.
 */
export const SCHEMA_V7_2026_12_02: SchemaDefinition = SCHEMA_V6_2026_12_01

/** Every version in order. The last one is current. */
export interface SchemaVersion {
  version: number
  stores: SchemaDefinition
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1_2026_11_21 },
  { version: 2, stores: SCHEMA_V2_2026_11_21 },
  { version: 3, stores: SCHEMA_V3_2026_11_21 },
  { version: 4, stores: SCHEMA_V4_2026_11_21 },
  { version: 5, stores: SCHEMA_V5_2026_12_01 },
  { version: 6, stores: SCHEMA_V6_2026_12_01 },
  { version: 7, stores: SCHEMA_V7_2026_12_02 }
]

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version

/** The tables a schema has (a `null` entry is a deleted table). */
export function tablesOf(stores: SchemaDefinition): string[] {
  return Object.keys(stores).filter((name) => stores[name] !== null)
}

/** The CURRENT version's tables. */
export const TABLE_NAMES: readonly string[] = tablesOf(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].stores)

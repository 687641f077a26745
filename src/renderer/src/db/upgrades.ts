import type { Transaction } from 'dexie'
import type { AttendanceMark, Meeting } from '@renderer/domain/entities'
import { toSheets } from '@renderer/domain/meetings/attendanceSheet'

/**
 * Data upgrades, keyed by the schema version they upgrade TO. Version 1 has none.
 * Add one per data change, e.g. `3: async (tx) => { await tx.table('members').toCollection().modify(...) }`,
 * and a test in `database.upgrade.test.ts` that seeds the previous version and checks the result.
 */
export type UpgradeMap = Record<number, (tx: Transaction) => Promise<void> | void>

/** Meetings whose marks are moved per step: ≈ 40 marks each keeps a step near 20,000 rows in memory. */
const MEETINGS_PER_STEP = 500

/**
 * v1 → v2: the `attendance` rows (one per mark) become one `attendanceSheets` row per meeting.
 * Dexie keeps a table that the new version sets to `null` readable through the upgrade
 * transaction and deletes it only after this function has finished (dexie.mjs
 * updateTablesAndIndexes: the deleted tables are added to the upgrade schema, then
 * deleteRemovedTables runs as the next step). Walks the meetingId index in steps so ~1,000,000
 * marks never sit in memory at once. The meeting's own cell and date go on its sheet.
 */
async function attendanceToSheets(tx: Transaction): Promise<void> {
  const marks = tx.table<AttendanceMark, string>('attendance')
  const meetings = tx.table<Meeting, string>('meetings')
  const sheets = tx.table('attendanceSheets')
  const meetingIds = (await marks.orderBy('meetingId').uniqueKeys()) as string[]
  for (let i = 0; i < meetingIds.length; i += MEETINGS_PER_STEP) {
    const ids = meetingIds.slice(i, i + MEETINGS_PER_STEP)
    const [step, places] = await Promise.all([
      marks.where('meetingId').between(ids[0], ids[ids.length - 1], true, true).toArray(),
      meetings.bulkGet(ids)
    ])
    await sheets.bulkAdd(toSheets(step, places.filter((m): m is Meeting => !!m)))
  }
}

export const UPGRADES: UpgradeMap = {
  2: attendanceToSheets
}

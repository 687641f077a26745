import { getDb } from '../database'
import { countRecordsIn } from '../books'

/** The tables that hold the ward's data (not the settings, rules profiles or app state). */
const DATA_TABLES = [
  'cells',
  'members',
  'timelineBooks',
  'meetingBooks',
  'attendanceBooks',
  'taskLists',
  'memberReviewBooks',
  'cellReviews',
  'reviewYears',
  'commendations',
  'badges',
  'auditLog'
] as const

/** Whole-database questions and the one-step removal of sample data. */
export const datasetRepository = {
  /** True when any data table has a row: sample data is only loaded into an empty database. */
  async hasData(): Promise<boolean> {
    const db = getDb()
    for (const name of DATA_TABLES) {
      if (name === 'auditLog') continue
      if ((await db.table(name).limit(1).count()) > 0) return true
    }
    return false
  },

  /** Records of every kind (members, memberEvents, meetings, attendanceSheets, …; books counted by
   *  what they hold — recordsInRow), for the benchmark and the clerk's summary. */
  async counts(): Promise<Record<string, number>> {
    return countRecordsIn(DATA_TABLES)
  },

  /**
   * Empties every data table and removes the given meta keys, in one transaction. Settings (names
   * in document headers), rules profiles and app state such as the app lock are kept.
   */
  async clearData(metaKeys: readonly string[] = []): Promise<void> {
    const db = getDb()
    const tables = [...DATA_TABLES.map((n) => db.table(n)), db.meta]
    await db.transaction('rw', tables, async () => {
      for (const name of DATA_TABLES) await db.table(name).clear()
      for (const key of metaKeys) await db.meta.delete(key)
    })
  }
}

// Keys in the `meta` table that belong to backups and the app lock.
export const META_KEYS = {
  /** ISO timestamp of the last "Sao lưu ngay" saved where the clerk chose (USB…). */
  lastOffPcBackup: 'backup.lastOffPc',
  /** ISO timestamp of the last automatic copy in the app's folder. */
  lastAutoBackup: 'backup.lastAuto',
  /** AppLockRecord (domain/backup/appLock.ts). */
  appLock: 'appLock',
  /** ISO timestamp written with the last rows of a restore: its database is whole (db/activeDatabase.ts). */
  databaseComplete: 'database.complete'
} as const

/** Keys that describe this PC, not the records: a restore keeps this PC's values. */
export const DEVICE_META_KEYS: readonly string[] = [
  META_KEYS.lastOffPcBackup,
  META_KEYS.lastAutoBackup,
  META_KEYS.appLock,
  META_KEYS.databaseComplete
]

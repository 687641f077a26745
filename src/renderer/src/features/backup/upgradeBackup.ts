// Before a new version of Sổ Chi bộ upgrades the data's schema, copy the data as it is into the
// backup folder (desktop). If the copy cannot be written the upgrade does not run: the clerk is
// told, and the old data stays untouched.
import { CURRENT_SCHEMA_VERSION } from '@renderer/db/schema'
import { DATABASE_NAME, SoChiBoDatabase, installedSchemaVersion, setDb } from '@renderer/db/database'
import { autoBackup, type AutoBackupResult } from './autoBackup'

/** Resolves null when no upgrade is due (new install, or already current). */
export async function backupBeforeUpgrade(name = DATABASE_NAME): Promise<AutoBackupResult | null> {
  const installed = await installedSchemaVersion(name)
  if (installed === null || installed >= CURRENT_SCHEMA_VERSION) return null
  // Open the data at ITS version (no upgrade runs) and copy it.
  const old = new SoChiBoDatabase(name, installed)
  await old.open()
  setDb(old)
  try {
    return await autoBackup('upgrade')
  } finally {
    setDb(null) // closes it; the app then opens the current schema, which upgrades
  }
}

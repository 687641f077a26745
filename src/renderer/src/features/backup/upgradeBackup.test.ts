import { afterEach, describe, expect, it } from 'vitest'
import { SoChiBoDatabase, getDb, installedSchemaVersion, setDb } from '@renderer/db/database'
import { CURRENT_SCHEMA_VERSION } from '@renderer/db/schema'
import { PlatformError } from '@renderer/platform'
import { useBackupFolder, withFullBackupFolder } from '@renderer/features/backup/testing/fakePlatform'
import { cell } from '@renderer/testing/factories'
import { inspectBackup } from './backupService'
import { backupBeforeUpgrade } from './upgradeBackup'

async function seedV1(name: string) {
  const v1 = new SoChiBoDatabase(name, 1)
  await v1.open()
  await v1.cells.add(cell('c1'))
  v1.close()
}

const folder = useBackupFolder()
afterEach(() => setDb(null))

describe('a safety copy before a schema upgrade (docs/design.md §8: before every restore, import or schema upgrade)', () => {
  it('copies the data at its old version, then lets the upgrade run', async () => {
    await seedV1('upgrade-backup-1')
    const result = await backupBeforeUpgrade('upgrade-backup-1')
    expect(result?.status).toBe('written')
    const [name, bytes] = [...folder.files.entries()][0]
    expect(name).toMatch(/truoc-nang-cap/)
    const inspected = await inspectBackup(bytes)
    expect(inspected.manifest.schemaVersion).toBe(1)
    expect(inspected.manifest.counts.cells).toBe(1)
    // The data on disk was not upgraded by the copy.
    const db = new SoChiBoDatabase('upgrade-backup-1')
    setDb(db)
    await db.open()
    expect(getDb().verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(await db.cells.count()).toBe(1)
  })

  it('does nothing for a database already at the current version, or none', async () => {
    const db = new SoChiBoDatabase('upgrade-backup-2')
    await db.open()
    db.close()
    expect(await backupBeforeUpgrade('upgrade-backup-2')).toBeNull()
    expect(await backupBeforeUpgrade('never-created')).toBeNull()
    expect(folder.files.size).toBe(0)
  })

  it('stops when the copy cannot be written, leaving the old data as it was', async () => {
    await seedV1('upgrade-backup-3')
    await withFullBackupFolder(async (write) => {
      await expect(backupBeforeUpgrade('upgrade-backup-3')).rejects.toThrow(PlatformError)
      expect(write).toHaveBeenCalledOnce()
      expect(await installedSchemaVersion('upgrade-backup-3')).toBe(1)
    })
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { SoChiBoDatabase, createTestDb, getDb, setDb } from '@renderer/db/database'
import { databaseNames, resolveActiveDatabaseName } from '@renderer/db/activeDatabase'
import { UPGRADES } from '@renderer/db/upgrades'
import { countOnDisk, noCleanUp, rowOnDisk } from '@renderer/db/testing/powerCut'
import { META_KEYS } from '@renderer/domain/backup/metaKeys'
import { member } from '@renderer/testing/factories'
import { seedDatabase } from './testing/testSeed'
import { createBackup, restoreBackup } from './backupService'

// A restore of an older file commits its rows first, then upgrades them, and only then writes the
// mark that makes the new generation the data (db/backupStore.ts replaceDatabase). A PC switched
// off in between must start on the data it had, never on the half-upgraded copy.

afterEach(() => {
  vi.restoreAllMocks()
  setDb(null)
})

/** A schema-v6 backup made on a PC that had itself restored before: its meta holds `database.complete`. */
async function v6BackupOfARestoredPc(pc: string): Promise<Uint8Array> {
  const other = new SoChiBoDatabase(`${pc}~2`, 6)
  await other.open()
  setDb(other)
  await seedDatabase(other)
  await other.meta.put({ key: META_KEYS.databaseComplete, value: '2026-11-01T00:00:00.000Z' })
  const { bytes, manifest } = await createBackup()
  expect(manifest.schemaVersion).toBe(6)
  setDb(null)
  return bytes
}

describe('a restore of an older backup cut off during its upgrade (power cut)', () => {
  it('start-up keeps the data in use and deletes the half-restored generation', async () => {
    const bytes = await v6BackupOfARestoredPc('other-pc-a')
    const ward = createTestDb('ward-a')
    await ward.open()
    await ward.members.add(member('kept', { fullName: 'Đảng viên đang dùng' }))

    // The PC stops before the failed restore can clean up after itself.
    const restoreCleanUp = noCleanUp()
    await restoreBackup(bytes, undefined, {
      safetyBackup: async () => undefined,
      upgrades: { ...UPGRADES, 7: () => Promise.reject(new Error('power cut')) }
    }).catch(() => undefined)
    expect(await databaseNames()).toContain('ward-a~2')
    restoreCleanUp()
    setDb(null)

    expect(await resolveActiveDatabaseName('ward-a')).toBe('ward-a')
    expect(await databaseNames()).not.toContain('ward-a~2')
    const again = new SoChiBoDatabase('ward-a')
    expect((await again.members.get('kept'))?.fullName).toBe('Đảng viên đang dùng')
    again.close()
  })

  it('the file’s own “database.complete” row never reaches the restored generation', async () => {
    const bytes = await v6BackupOfARestoredPc('other-pc-b')
    const ward = createTestDb('ward-b')
    await ward.open()
    noCleanUp()
    await restoreBackup(bytes, undefined, {
      safetyBackup: async () => undefined,
      upgrades: { ...UPGRADES, 7: () => Promise.reject(new Error('power cut')) }
    }).catch(() => undefined)
    // Read as it is on disk (schema v6: the upgrade never ran).
    expect(await rowOnDisk('ward-b~2', 'meta', META_KEYS.databaseComplete)).toBeUndefined()
    expect(await countOnDisk('ward-b~2', 'members')).toBeGreaterThan(0)
  })

  it('a restore that does finish is the data at the next start, with its own mark', async () => {
    const bytes = await v6BackupOfARestoredPc('other-pc-c')
    const ward = createTestDb('ward-c')
    await ward.open()
    await restoreBackup(bytes, undefined, { safetyBackup: async () => undefined })
    expect(getDb().name).toBe('ward-c~2')
    const mark = await getDb().meta.get(META_KEYS.databaseComplete)
    expect(typeof mark?.value).toBe('string')
    setDb(null)
    expect(await resolveActiveDatabaseName('ward-c')).toBe('ward-c~2')
  })
})

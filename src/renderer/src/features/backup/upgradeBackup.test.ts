import { afterEach, describe, expect, it, vi } from 'vitest'
import { SoChiBoDatabase, getDb, setDb } from '@renderer/db/database'
import { CURRENT_SCHEMA_VERSION } from '@renderer/db/schema'
import { PlatformError, platform, setPlatformForTests } from '@renderer/platform'
import { cell } from '@renderer/testing/factories'
import { inspectBackup } from './backupService'
import { backupBeforeUpgrade } from './upgradeBackup'

function fakeBackups(fail = false) {
  const files = new Map<string, Uint8Array>()
  const backups = {
    write: vi.fn(async (name: string, bytes: Uint8Array) => {
      if (fail) throw new PlatformError('io', 'disk full')
      files.set(name, bytes)
      return { name, size: bytes.length, modifiedAt: new Date().toISOString() }
    }),
    list: vi.fn(async () => [...files.keys()].map((name) => ({ name, size: 1, modifiedAt: '' }))),
    read: vi.fn(async (name: string) => files.get(name)!),
    remove: vi.fn(async (name: string) => void files.delete(name))
  }
  return { files, restore: setPlatformForTests({ ...platform, isDesktop: true, backups }) }
}

async function seedV1(name: string) {
  const v1 = new SoChiBoDatabase(name, 1)
  await v1.open()
  await v1.cells.add(cell('c1'))
  v1.close()
}

afterEach(() => setDb(null))

describe('a safety copy before a schema upgrade (docs/design.md §8: before every restore, import or schema upgrade)', () => {
  it('copies the data at its old version, then lets the upgrade run', async () => {
    const fake = fakeBackups()
    try {
      await seedV1('upgrade-backup-1')
      const result = await backupBeforeUpgrade('upgrade-backup-1')
      expect(result?.status).toBe('written')
      const [name, bytes] = [...fake.files.entries()][0]
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
    } finally {
      fake.restore()
    }
  })

  it('does nothing for a database already at the current version, or none', async () => {
    const fake = fakeBackups()
    try {
      const db = new SoChiBoDatabase('upgrade-backup-2')
      await db.open()
      db.close()
      expect(await backupBeforeUpgrade('upgrade-backup-2')).toBeNull()
      expect(await backupBeforeUpgrade('never-created')).toBeNull()
      expect(fake.files.size).toBe(0)
    } finally {
      fake.restore()
    }
  })

  it('stops when the copy cannot be written, leaving the old data as it was', async () => {
    const fake = fakeBackups(true)
    try {
      await seedV1('upgrade-backup-3')
      await expect(backupBeforeUpgrade('upgrade-backup-3')).rejects.toThrow(PlatformError)
      const { installedSchemaVersion } = await import('@renderer/db/database')
      expect(await installedSchemaVersion('upgrade-backup-3')).toBe(1)
    } finally {
      fake.restore()
    }
  })
})

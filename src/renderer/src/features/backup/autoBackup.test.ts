import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, getDb, setDb } from '@renderer/db/database'
import { setPlatformForTests } from '@renderer/platform'
import { BACKUP_NAME_PATTERN } from '@shared/ipc'
import { autoBackup, dailyBackupIfDue } from './autoBackup'
import { restoreBackup } from './backupService'
import { fakePlatform, useBackupFolder } from '@renderer/features/backup/testing/fakePlatform'
import { seedDatabase } from '@renderer/features/backup/testing/testSeed'

const folder = useBackupFolder()
beforeEach(async () => {
  await createTestDb().open()
})
afterEach(() => setDb(null))

describe('automatic backups (docs/design.md §8)', () => {
  it('the first start of a day makes one copy; later starts that day do not', async () => {
    const morning = new Date(2026, 10, 21, 8, 0, 0)
    expect(await dailyBackupIfDue(morning)).toMatchObject({
      status: 'written',
      name: 'tu-dong-2026-11-21-080000-hang-ngay.scbk'
    })
    expect(await dailyBackupIfDue(new Date(2026, 10, 21, 15, 0, 0))).toBeNull()
    expect(await dailyBackupIfDue(new Date(2026, 10, 22, 7, 0, 0))).toMatchObject({ status: 'written' })
    expect([...folder.files.keys()].every((n) => BACKUP_NAME_PATTERN.test(n))).toBe(true)
    expect(folder.files.size).toBe(2)
  })

  it('an automatic copy restores like any backup', async () => {
    const db = createTestDb()
    await db.open()
    await seedDatabase(db)
    const result = await autoBackup('import', new Date(2026, 10, 21, 9, 0, 0))
    expect(result).toMatchObject({ status: 'written', name: 'tu-dong-2026-11-21-090000-truoc-nhap.scbk' })
    const before = await db.members.toArray()
    await db.members.clear()
    await restoreBackup(folder.files.get('tu-dong-2026-11-21-090000-truoc-nhap.scbk')!)
    expect(await getDb().members.toArray()).toStrictEqual(before)
  })

  it('old copies are pruned by the retention rule after each new copy', async () => {
    const name = (m: number, d: number) =>
      `tu-dong-2026-0${m}-${String(d).padStart(2, '0')}-080000-hang-ngay.scbk`
    for (let d = 1; d <= 31; d++) folder.files.set(name(1, d), new Uint8Array([1]))
    for (let d = 1; d <= 5; d++) folder.files.set(name(2, d), new Uint8Array([1]))
    folder.files.set('ban-tay.scbk', new Uint8Array([1]))
    const result = await autoBackup('daily', new Date(2026, 1, 10, 8, 0, 0))
    expect(result).toMatchObject({
      status: 'written',
      pruned: [1, 2, 3, 4, 5, 6, 7].map((d) => name(1, d)).reverse()
    })
    // 37 days with copies: the 30 newest days stay (10/2, 1–5/2, 8–31/1); January's newest is among them.
    const left = [...folder.files.keys()]
    expect(left).toContain('ban-tay.scbk')
    expect(left.filter((n) => n.startsWith('tu-dong-'))).toHaveLength(30)
  })

  it('the web build has no folder: nothing is written and the caller is told', async () => {
    const restore = setPlatformForTests(fakePlatform(null))
    try {
      expect(await autoBackup('import')).toEqual({ status: 'unavailable' })
      expect(await dailyBackupIfDue()).toBeNull()
    } finally {
      restore()
    }
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import Dexie from 'dexie'
import { member } from '@renderer/testing/factories'
import type { DatabaseExport } from '@renderer/domain/backup/exportData'
import { createTestDb, getDb, setDb } from './database'
import { databaseNames } from './activeDatabase'
import { exportDatabase, openBookRows, replaceDatabase } from './backupStore'
import { whenReplacedElsewhere } from './replacedElsewhere'

// Two tabs of the web build share one origin's IndexedDB. When the other tab restores a backup, it
// deletes the generation this tab uses: this tab must stop writing into it, never re-create an
// empty database under that name and "save" into it (lost at the next start).

afterEach(() => {
  whenReplacedElsewhere(() => undefined)
  setDb(null)
})

/** A restore in this tab: getDb() becomes a generation replaceDatabase opened itself. */
async function restoreHere(): Promise<void> {
  const db = createTestDb()
  await db.open()
  await db.members.add(member('m1'))
  const { json } = await exportDatabase()
  const data = JSON.parse(await json.text()) as DatabaseExport
  openBookRows(data)
  await replaceDatabase(data)
  expect(getDb().name).toBe(`${db.name}~2`)
}

/** The other tab restores again: the generation this tab uses is deleted. */
const otherTabDeletes = (name: string) => Dexie.delete(name)

describe('the data replaced by another window (web build, two tabs)', () => {
  it('after a restore, the database in use closes and the app reloads; a write is refused, not saved into a new empty database', async () => {
    const reload = vi.fn()
    whenReplacedElsewhere(reload)
    await restoreHere()
    const name = getDb().name
    expect(await getDb().members.count()).toBe(1)

    await otherTabDeletes(name)
    expect(reload).toHaveBeenCalledTimes(1)
    await expect(getDb().members.add(member('m2'))).rejects.toThrow()
    expect(await databaseNames()).not.toContain(name)
  })

  it('the database getDb() opens by itself is watched too', async () => {
    const reload = vi.fn()
    whenReplacedElsewhere(reload)
    const first = createTestDb()
    setDb(null)
    const db = getDb()
    expect(db).not.toBe(first)
    await db.members.add(member('m1'))

    await otherTabDeletes(db.name)
    expect(reload).toHaveBeenCalledTimes(1)
    await expect(getDb().members.add(member('m2'))).rejects.toThrow()
    expect(await databaseNames()).not.toContain(db.name)
  })

  it('a database the app no longer uses closes without reloading', async () => {
    const reload = vi.fn()
    whenReplacedElsewhere(reload)
    const old = createTestDb()
    await old.open()
    const current = createTestDb()
    await current.open()
    // setDb closed `old`; opened again (a late read), another window deleting it must not reload this one.
    await old.open()
    await otherTabDeletes(old.name)
    expect(reload).not.toHaveBeenCalled()
    expect(old.isOpen()).toBe(false)
    expect(await current.members.count()).toBe(0)
  })
})

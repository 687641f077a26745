// Tests only: a PC switched off half-way. Code that cleans up after a failure (a restore deletes
// its half-written generation) never gets to run, and what is left is read as it is on disk.
import Dexie from 'dexie'
import { vi } from 'vitest'

/** From now on, deleting a database does nothing (the PC stopped first). Returns the undo. */
export function noCleanUp(): () => void {
  const spy = vi.spyOn(Dexie, 'delete').mockImplementation(() => Promise.resolve())
  return () => spy.mockRestore()
}

/** One row of a database as it is on disk, whatever its schema version: nothing is upgraded. */
export async function rowOnDisk(name: string, table: string, key: string): Promise<unknown> {
  const db = new Dexie(name)
  try {
    await db.open()
    return await db.table(table).get(key)
  } finally {
    db.close()
  }
}

/** How many rows a table holds on disk (see rowOnDisk). */
export async function countOnDisk(name: string, table: string): Promise<number> {
  const db = new Dexie(name)
  try {
    await db.open()
    return await db.table(table).count()
  } finally {
    db.close()
  }
}

import type { Page } from '@playwright/test'

/**
 * Edits the first record of an IndexedDB table of the open Sổ Chi bộ database directly, as someone
 * with the browser's developer tools could: `patch` is written over it. Returns the record as it was.
 */
export async function editFirstRecord(
  page: Page,
  table: string,
  patch: Record<string, unknown>
): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ({ table, patch }) => {
      const names = (await indexedDB.databases()).map((d) => d.name!).filter((n) => n.startsWith('so-chi-bo'))
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(names.sort().at(-1)!)
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
      const store = db.transaction(table, 'readwrite').objectStore(table)
      const before = await new Promise<Record<string, unknown>>((resolve) => {
        store.openCursor().onsuccess = (e) => {
          const cursor = (e.target as IDBRequest<IDBCursorWithValue>).result
          cursor.update({ ...cursor.value, ...patch })
          resolve(cursor.value)
        }
      })
      db.close()
      return before
    },
    { table, patch }
  )
}

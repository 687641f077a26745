import type { Table } from 'dexie'
import { writeAudit } from './auditRepository'

/**
 * Puts a record and writes its audit entry, 'create' when the key was free and 'update' otherwise.
 * Call it inside a transaction over `table`, `auditLog` and `settings`, so both land or neither does.
 * `logged` picks what the log keeps of the record (the whole record by default); returns the record
 * it replaced.
 */
export async function putAudited<T, K extends string | number>(
  table: Table<T, K>,
  key: K,
  record: T,
  summary: (before: T | undefined) => string,
  logged: (record: T) => unknown = (r) => r
): Promise<T | undefined> {
  const before = await table.get(key)
  await table.put(record)
  await writeAudit({
    entity: table.name,
    entityId: String(key),
    action: before ? 'update' : 'create',
    summary: summary(before),
    before: before === undefined ? undefined : logged(before),
    after: logged(record)
  })
  return before
}

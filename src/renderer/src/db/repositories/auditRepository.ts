import type { AuditEntry } from '@renderer/domain/entities'
import { nowIso } from '@renderer/domain/ids'
import { getDb } from '../database'

export type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'clerk'>

/**
 * Appends an audit entry. Call it inside the same transaction as the change it records
 * (include `auditLog` and `settings` in the transaction's tables) so both land or neither does.
 */
export async function writeAudit(entry: AuditInput): Promise<void> {
  const db = getDb()
  const settings = await db.settings.get('organization')
  await db.auditLog.add({ ...entry, at: nowIso(), clerk: settings?.clerkName || 'Chưa đặt tên' })
}

export const auditRepository = {
  write: writeAudit,
  /** Newest first. */
  async list(limit = 500): Promise<AuditEntry[]> {
    return getDb().auditLog.orderBy('at').reverse().limit(limit).toArray()
  },
  async forEntity(entity: string, entityId: string): Promise<AuditEntry[]> {
    return getDb().auditLog.where('[entity+entityId]').equals([entity, entityId]).sortBy('at')
  },
  /** A page of entries, newest first, with the total that match (the audit log viewer). */
  async page(
    filter: AuditFilter = {},
    offset = 0,
    limit = 50
  ): Promise<{ entries: AuditEntry[]; total: number }> {
    const total = await matching(filter).count()
    const entries = await matching(filter).offset(offset).limit(limit).toArray()
    return { entries, total }
  },
  /** Every matching entry, newest first (the Excel export). */
  async all(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    return matching(filter).toArray()
  },
  /** Entity names present in the log, for the filter list. */
  async entities(): Promise<string[]> {
    const keys = await getDb().auditLog.orderBy('[entity+entityId]').uniqueKeys()
    return [...new Set(keys.map((k) => (k as unknown as [string, string])[0]))]
  }
}

export interface AuditFilter {
  /** ISO timestamps, inclusive; compare with `at` (UTC ISO). */
  fromAt?: string
  toAt?: string
  entity?: string
}

function matching(filter: AuditFilter) {
  const range = getDb()
    .auditLog.where('at')
    .between(filter.fromAt ?? '', filter.toAt ?? '\uffff', true, true)
    .reverse()
  return filter.entity ? range.filter((e) => e.entity === filter.entity) : range
}

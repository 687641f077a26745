import Dexie from 'dexie'
import type { AuditEntry } from '@renderer/domain/entities'
import { nowIso } from '@renderer/domain/ids'
import {
  CHAIN_START,
  sealAuditEntry,
  verifyAuditChain,
  type ChainReport,
  type UnsealedAuditEntry
} from '@renderer/domain/backup/auditChain'
import { getDb, type SoChiBoDatabase } from '../database'

export type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'clerk' | 'hash' | 'prevHash'>

/**
 * Adds an entry chained to the last one (auditChain.ts), inside the caller's transaction. The hash
 * comes from WebCrypto, which IndexedDB does not wait for: Dexie.waitFor keeps the transaction open.
 */
export async function appendAudit(db: SoChiBoDatabase, entry: UnsealedAuditEntry): Promise<void> {
  const last = await db.auditLog.orderBy(':id').last()
  const sealed = await Dexie.waitFor(sealAuditEntry(entry, last?.hash ?? CHAIN_START))
  await db.auditLog.add(sealed)
}

/**
 * Appends an audit entry. Call it inside the same transaction as the change it records
 * (include `auditLog` and `settings` in the transaction's tables) so both land or neither does.
 */
export async function writeAudit(entry: AuditInput): Promise<void> {
  const db = getDb()
  const settings = await db.settings.get('organization')
  await appendAudit(db, { ...entry, at: nowIso(), clerk: settings?.clerkName || 'Chưa đặt tên' })
}

export const auditRepository = {
  write: writeAudit,
  /** An entry on its own (not part of a data change), e.g. an export of personal data. */
  async record(entry: AuditInput): Promise<void> {
    const db = getDb()
    await db.transaction('rw', [db.auditLog, db.settings], () => writeAudit(entry))
  },
  /** Checks the whole chain, in the order the entries were written. */
  async verifyChain(): Promise<ChainReport> {
    return verifyAuditChain(await getDb().auditLog.orderBy(':id').toArray())
  },
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

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
import { appendAuditTo } from '../auditAppend'

export type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'clerk' | 'hash' | 'prevHash'>

/** Adds an entry chained to the last one, inside the caller's transaction (auditAppend.ts). */
export async function appendAudit(db: SoChiBoDatabase, entry: UnsealedAuditEntry): Promise<void> {
  await appendAuditTo(db.auditLog, entry)
}

/**
 * Appends an audit entry. Call it inside the same transaction as the change it records
 * (include `auditLog` and `settings` in the transaction's tables) so both land or neither does.
 */
export async function writeAudit(entry: AuditInput): Promise<void> {
  await writeAudits([entry])
}

/**
 * Appends several entries, chained in order, in one wait on WebCrypto: a bulk write (an import of
 * thousands of members) seals them all, then adds them in one call. Same transaction rule as writeAudit.
 */
export async function writeAudits(entries: readonly AuditInput[]): Promise<void> {
  if (!entries.length) return
  const db = getDb()
  const settings = await db.settings.get('organization')
  const last = await db.auditLog.orderBy(':id').last()
  const at = nowIso()
  const clerk = settings?.clerkName || 'Chưa đặt tên'
  const sealed = await Dexie.waitFor(
    (async () => {
      const out = []
      let prev = last?.hash ?? CHAIN_START
      for (const entry of entries) {
        const s = await sealAuditEntry({ ...entry, at, clerk }, prev)
        out.push(s)
        prev = s.hash
      }
      return out
    })()
  )
  await db.auditLog.bulkAdd(sealed)
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

// The audit log is tamper-evident: every entry carries the SHA-256 of its own content together with
// the hash of the entry before it. Editing an entry, removing one from the middle or slipping one in
// with another tool breaks the chain, and the integrity check (Kiểm tra dữ liệu) names where.
// What a chain cannot show (said in the guide): someone who recomputes every later hash with
// their own program, or who removes the newest entries, leaves a chain that checks out.
import type { AuditEntry } from '../entities'
import { sha256Hex } from './codec'

/** The `prevHash` of the first entry of a chain. */
export const CHAIN_START = ''

export type UnsealedAuditEntry = Omit<AuditEntry, 'id' | 'hash' | 'prevHash'>

/** JSON with object keys sorted and undefined left out: the same bytes before and after IndexedDB. */
function canonical(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

export function auditEntryHash(entry: UnsealedAuditEntry, prevHash: string): Promise<string> {
  const { at, clerk, entity, entityId, action, summary, before, after } = entry
  const content = canonical([prevHash, at, clerk, entity, entityId, action, summary, before, after])
  return sha256Hex(new TextEncoder().encode(content))
}

/** The entry as stored: chained to the one before it (`prevHash`: its hash, or CHAIN_START). */
export async function sealAuditEntry<T extends UnsealedAuditEntry>(
  entry: T,
  prevHash: string
): Promise<T & { prevHash: string; hash: string }> {
  return { ...entry, prevHash, hash: await auditEntryHash(entry, prevHash) }
}

export interface ChainBreak {
  id?: number
  at: string
  summary: string
  /** Vietnamese: what is wrong at this entry. */
  problem: string
}

export interface ChainReport {
  total: number
  /** Entries written before the chain began (by an older version): they carry no hash. */
  legacy: number
  breaks: ChainBreak[]
}

/** Walks the entries in the order they were written (by id) and reports every break. */
export async function verifyAuditChain(entries: readonly AuditEntry[]): Promise<ChainReport> {
  const report: ChainReport = { total: entries.length, legacy: 0, breaks: [] }
  let previous: string | null = null
  for (const entry of entries) {
    const at = { id: entry.id, at: entry.at, summary: entry.summary }
    if (previous === null && !entry.hash && !entry.prevHash) {
      report.legacy++
      continue
    }
    if (!entry.hash || entry.prevHash === undefined) {
      report.breaks.push({
        ...at,
        problem: 'Dòng nhật ký không có mã kiểm tra: được thêm hoặc sửa ngoài Sổ Chi bộ.'
      })
      continue
    }
    if (entry.prevHash !== (previous ?? CHAIN_START))
      report.breaks.push({
        ...at,
        problem: 'Không nối tiếp dòng trước: có dòng nhật ký trước đó đã bị xóa hoặc chèn thêm.'
      })
    if ((await auditEntryHash(entry, entry.prevHash)) !== entry.hash)
      report.breaks.push({ ...at, problem: 'Nội dung dòng nhật ký đã bị sửa sau khi ghi.' })
    previous = entry.hash
  }
  return report
}

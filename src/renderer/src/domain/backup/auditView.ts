// How the audit log reads for a clerk (viewer and Excel export): Vietnamese names of tables and
// actions, local date and time, and "before → after" of the fields that changed.
import type { AuditEntry } from '../entities'
import { RATING_LABELS } from '../labels'
import { MEMBER_STATUS_LABELS } from '../memberState'
import { TABLE_LABELS } from './tableLabels'

/** What an audit entry is about: a table (same names as everywhere else), or the whole database. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = { ...TABLE_LABELS, database: 'Toàn bộ dữ liệu' }

export const AUDIT_ACTION_LABELS: Record<AuditEntry['action'], string> = {
  create: 'Thêm',
  update: 'Sửa',
  delete: 'Xóa',
  finalize: 'Khóa năm',
  unfinalize: 'Mở khóa năm',
  restore: 'Khôi phục',
  import: 'Nhập dữ liệu'
}

export const entityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity] ?? entity

const pad = (n: number) => String(n).padStart(2, '0')

/** Local calendar day of a timestamp, ISO (for typed Excel dates and day filters). */
export function localDay(at: string): string {
  const d = new Date(at)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** "21/11/2026 10:30" in local time. */
export function formatAuditTime(at: string): string {
  const d = new Date(at)
  if (Number.isNaN(d.getTime())) return at
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function localTime(at: string): string {
  const d = new Date(at)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

const FIELD_LABELS: Record<string, string> = {
  status: 'trạng thái',
  selfRating: 'tự đánh giá',
  cellProposal: 'chi bộ đề xuất',
  proposal: 'đề xuất',
  decision: 'Đảng ủy quyết định',
  score: 'điểm',
  finalized: 'đã khóa',
  notRatedReason: 'lý do không xếp loại',
  cellId: 'chi bộ'
}
const IGNORED = new Set(['updatedAt', 'createdAt', 'searchText', 'finalizedAt'])
const VALUE_LABELS: Record<string, string> = { ...MEMBER_STATUS_LABELS, ...RATING_LABELS }

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(trống)'
  if (typeof value === 'string') return VALUE_LABELS[value] ?? value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/** "trạng thái: Chính thức → Từ trần; điểm: 80 → 92" — the fields that differ, at most `max` chars. */
export function describeChange(entry: Pick<AuditEntry, 'before' | 'after'>, max = 400): string {
  const { before, after } = entry
  const isObject = (v: unknown): v is Record<string, unknown> =>
    !!v && typeof v === 'object' && !Array.isArray(v)
  let text: string
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {}
    const a = isObject(after) ? after : {}
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k))
    const parts = keys
      .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
      .map((k) => `${FIELD_LABELS[k] ?? k}: ${show(b[k])} → ${show(a[k])}`)
    text = parts.join('; ')
  } else if (before === undefined && after === undefined) {
    text = ''
  } else {
    text = `${show(before)} → ${show(after)}`
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

// How the audit log reads for a clerk (viewer and Excel export): Vietnamese names of tables and
// actions, local date and time, and "before → after" of the fields that changed.
import type { AuditEntry } from '../entities'
import { formatDate, formatDateTime, todayIso } from '../dates'
import {
  ATTENDANCE_LABELS,
  CELL_TYPE_LABELS,
  GENDER_LABELS,
  MEETING_TYPE_LABELS,
  RATING_LABELS,
  THEORY_LEVEL_LABELS
} from '../labels'
import { MEMBER_STATUS_LABELS } from '../memberState'
import { NOT_RATED_LABELS } from '../reviews/eligibility'
import { EVENT_TYPE_LABELS } from '../members/events'
import { TABLE_LABELS } from './tableLabels'
import { MEMBER_FIELD_LABELS, labelInSentence, type LabelledMemberField } from '../members/fieldLabels'
import { maskIdNumber, maskPhone } from '../members/masking'

/** What an audit entry is about: a table (same names as everywhere else), or the whole database. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = { ...TABLE_LABELS, database: 'Toàn bộ dữ liệu' }

export const AUDIT_ACTION_LABELS: Record<AuditEntry['action'], string> = {
  create: 'Thêm',
  update: 'Sửa',
  delete: 'Xóa',
  finalize: 'Khóa năm',
  unfinalize: 'Mở khóa năm',
  restore: 'Khôi phục',
  import: 'Nhập dữ liệu',
  export: 'Xuất dữ liệu'
}

export const entityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity] ?? entity

const pad = (n: number) => String(n).padStart(2, '0')

/** Local calendar day of a timestamp, ISO (for typed Excel dates and day filters). */
export function localDay(at: string): string {
  return todayIso(new Date(at))
}

export function localTime(at: string): string {
  const d = new Date(at)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

type Format = (value: unknown, names: ReadonlyMap<string, string>) => string

const text: Format = (v) => String(v)
const labelled =
  (labels: Record<string, string>): Format =>
  (v) =>
    labels[String(v)] ?? String(v)
const date: Format = (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? formatDateTime(v) : formatDate(String(v))
const yesNo: Format = (v) => (v ? 'có' : 'không')
/** An id the log holds (cell, member): the name when known. */
const ref: Format = (v, names) => names.get(String(v)) ?? String(v)
const counts: Format = (v) =>
  Object.entries(v as Record<string, number>)
    .map(([k, n]) => `${(ATTENDANCE_LABELS as Record<string, string>)[k]?.toLowerCase() ?? k} ${n}`)
    .join(', ')

/** How a member field's values read in the log (plain text unless named here). */
const MEMBER_FORMATS: Partial<Record<LabelledMemberField, Format>> = {
  gender: labelled(GENDER_LABELS),
  birthDate: date,
  admissionDate: date,
  officialDate: date,
  theoryLevel: labelled(THEORY_LEVEL_LABELS),
  cellId: ref
}
/** The member fields under the names every screen gives them (domain/members/fieldLabels). */
const MEMBER_FIELDS = Object.fromEntries(
  (Object.keys(MEMBER_FIELD_LABELS) as LabelledMemberField[]).map((field) => [
    field,
    { label: labelInSentence(MEMBER_FIELD_LABELS[field]), format: MEMBER_FORMATS[field] ?? text }
  ])
)

/** Every field a clerk may read in the log: its Vietnamese name and how its values read. */
const FIELDS: Record<string, { label: string; format: Format }> = {
  ...MEMBER_FIELDS,
  name: { label: 'tên', format: text },
  status: {
    label: 'trạng thái',
    format: labelled({ ...MEMBER_STATUS_LABELS, active: 'Đang hoạt động', dissolved: 'Đã giải thể' })
  },
  memberId: { label: 'đảng viên', format: ref },
  selfRating: { label: 'tự đánh giá', format: labelled(RATING_LABELS) },
  cellProposal: { label: 'chi bộ đề xuất', format: labelled(RATING_LABELS) },
  proposal: { label: 'đề xuất', format: labelled(RATING_LABELS) },
  decision: { label: 'Đảng ủy quyết định', format: labelled(RATING_LABELS) },
  score: { label: 'điểm', format: text },
  exceedsRequirement: { label: 'vượt chỉ tiêu', format: yesNo },
  seriouslyIll: { label: 'bệnh nặng', format: yesNo },
  notRatedReason: { label: 'lý do không xếp loại', format: labelled(NOT_RATED_LABELS) },
  finalized: { label: 'đã khóa', format: yesNo },
  profileId: { label: 'bộ quy định', format: text },
  asOfDate: { label: 'tính đến ngày', format: date },
  date: { label: 'ngày', format: date },
  type: {
    label: 'loại',
    format: labelled({ ...MEETING_TYPE_LABELS, ...CELL_TYPE_LABELS, ...EVENT_TYPE_LABELS })
  },
  counts: { label: 'điểm danh', format: counts },
  closedOn: { label: 'ngày giải thể', format: date },
  createdAt: { label: 'tạo lúc', format: date },
  /** An import's members added, named in its one entry (memberRepository.importBatch). */
  addedMembers: {
    label: 'đảng viên thêm',
    format: (v) => (v as { fullName: string }[]).map((m) => m.fullName).join(', ')
  }
}
/** Context of a new record (its own id, year, member, cell): said by the summary, not a change. */
const CONTEXT = new Set(['id', 'year', 'memberId', 'cellId'])
const IGNORED = new Set(['updatedAt', 'createdAt', 'searchText', 'finalizedAt', 'active'])

/**
 * How the personal numbers read in a file sent out (the Excel export): as the member list masks
 * them. The screen shows them whole: it is the clerk's own log on this PC, behind the app lock.
 */
const MASKED: Record<string, Format> = {
  idNumber: (v) => maskIdNumber(String(v)),
  phone: (v) => maskPhone(String(v))
}

/** 'masked': CCCD and phone numbers as a file sent out shows them; 'full': as the screen does. */
export type PersonalNumbers = 'masked' | 'full'

function show(
  key: string,
  value: unknown,
  names: ReadonlyMap<string, string>,
  numbers: PersonalNumbers = 'full'
): string {
  if (value === undefined || value === null || value === '') return '(trống)'
  if (numbers === 'masked' && MASKED[key]) return MASKED[key](value, names)
  const field = FIELDS[key]
  if (field) return field.format(value, names)
  if (typeof value === 'string') return value
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '…'
}

/**
 * "trạng thái: Chính thức → Từ trần; điểm: 80 → 92" — the fields that differ, in Vietnamese, at
 * most `max` chars. Fields without a Vietnamese name are internal and left out; `names` turns the
 * ids a log holds (cells, members) into names; `numbers` masks CCCD and phone numbers (MASKED).
 */
export function describeChange(
  entry: Pick<AuditEntry, 'before' | 'after'>,
  max = 400,
  names: ReadonlyMap<string, string> = new Map(),
  numbers: PersonalNumbers = 'full'
): string {
  const { before, after } = entry
  const isObject = (v: unknown): v is Record<string, unknown> =>
    !!v && typeof v === 'object' && !Array.isArray(v)
  let text: string
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {}
    const a = isObject(after) ? after : {}
    const created = !isObject(before)
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
      (k) => FIELDS[k] && !IGNORED.has(k) && !(created && CONTEXT.has(k))
    )
    const parts = keys
      .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
      .map((k) => `${FIELDS[k].label}: ${show(k, b[k], names, numbers)} → ${show(k, a[k], names, numbers)}`)
    text = parts.join('; ')
  } else if (before === undefined && after === undefined) {
    text = ''
  } else {
    text = `${show('', before, names)} → ${show('', after, names)}`
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

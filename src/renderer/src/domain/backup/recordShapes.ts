// The records of a backup file, checked one by one before a restore. A file's checksum catches
// damage, not an edit (whoever edits a plain file can recompute it); an edit that breaks a record's
// shape — a status no screen knows, a date that is not a date, a name that is a number — would be
// restored silently and then break the screens and sheets that read it. Such a file is refused,
// naming the records, and nothing on this PC changes.
//
// The checks are the entities' own types (entities.ts), no stricter: every record the app writes
// passes (tested on the demo ward and the seeded database). Plausible values that are wrong — a
// real date typed wrongly — are not shape errors: "Kiểm tra dữ liệu" reports those after a restore.
import type { Member } from '../entities'
import { parseIsoDate } from '../dates'
import { parseTime } from '../meetings/duration'
import {
  CELL_TYPE_LABELS,
  COMMITTEE_ROLE_LABELS,
  DISCIPLINE_LABELS,
  GENDER_LABELS,
  MEETING_TYPE_LABELS,
  RATING_LABELS,
  THEORY_LEVEL_LABELS
} from '../labels'
import { MEMBER_STATUS_LABELS } from '../memberState'
import { EVENT_TYPE_LABELS } from '../members/events'
import { NOT_RATED_LABELS } from '../reviews/eligibility'
import { MEMBER_FIELD_LABELS, labelInSentence } from '../members/fieldLabels'
import { SETTINGS_LABELS } from '../settings'
import { TABLE_LABELS } from './tableLabels'

/** What a field must hold; `?` fields may also be absent, null or (for text and dates) empty. */
type Rule = (value: unknown) => boolean

const isText: Rule = (v) => typeof v === 'string'
const isId: Rule = (v) => typeof v === 'string' && v.length > 0
const isNumber: Rule = (v) => typeof v === 'number' && Number.isFinite(v)
const isYear: Rule = (v) => Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2200
const isFlag: Rule = (v) => v === 0 || v === 1
const isBoolean: Rule = (v) => typeof v === 'boolean'
/** An object that is not a list: a record, or a field holding named values. */
const isRecord: Rule = (v) => !!v && typeof v === 'object' && !Array.isArray(v)
/** A real day, or a bare year (a date known only by its year). */
const isDate: Rule = (v) => typeof v === 'string' && parseIsoDate(v) !== null
/** A time as the meeting forms accept it ("19:30", "7:30"). */
const isTime: Rule = (v) => typeof v === 'string' && parseTime(v) !== null
const oneOf =
  (values: readonly string[]): Rule =>
  (v) =>
    typeof v === 'string' && values.includes(v)
const keysOf = (labels: Record<string, string>) => oneOf(Object.keys(labels))
const listOf =
  (item: Rule): Rule =>
  (v) =>
    Array.isArray(v) && v.every(item)
/** A list the app always writes; tolerated when absent (records of early versions), never another value. */
const optionalList = (item: Rule): Rule => optional(listOf(item))
const shaped = (shape: Shape): Rule => {
  const fields = fieldsOf(shape)
  return (v) => !!v && typeof v === 'object' && fits(v as Record<string, unknown>, fields)
}
const optional =
  (rule: Rule): Rule =>
  (v) =>
    v === undefined || v === null || v === '' || rule(v)

/** Field → [label the clerk reads, rule]. */
type Shape = Record<string, [string, Rule]>

const RATING = optional(keysOf(RATING_LABELS))

const SHAPES = {
  cells: {
    id: ['mã', isId],
    name: ['tên', isText],
    type: ['loại chi bộ', optional(keysOf(CELL_TYPE_LABELS))],
    status: ['tình trạng', oneOf(['active', 'dissolved', 'merged'])],
    meetingDay: ['ngày sinh hoạt', optional(isNumber)],
    foundedOn: ['ngày thành lập', optional(isDate)],
    closedOn: ['ngày giải thể', optional(isDate)],
    trackedFrom: ['theo dõi từ', optional(isDate)],
    mergedIntoId: ['sáp nhập vào', optional(isId)],
    committee: [
      'chi ủy',
      optionalList(
        shaped({
          memberId: ['đảng viên', isId],
          role: ['chức vụ', keysOf(COMMITTEE_ROLE_LABELS)],
          from: ['từ ngày', optional(isDate)],
          to: ['đến ngày', optional(isDate)]
        })
      )
    ]
  },
  members: {
    // Every field the clerk fills is text unless said otherwise below; labels as on the form.
    ...texts(MEMBER_FIELD_LABELS),
    id: ['mã', isId],
    fullName: [field('fullName'), isText],
    gender: [field('gender'), keysOf(GENDER_LABELS)],
    birthDate: [field('birthDate'), optional(isDate)],
    admissionDate: [field('admissionDate'), optional(isDate)],
    officialDate: [field('officialDate'), optional(isDate)],
    theoryLevel: [field('theoryLevel'), optional(keysOf(THEORY_LEVEL_LABELS))],
    status: ['tình trạng', keysOf(MEMBER_STATUS_LABELS)],
    active: ['đang sinh hoạt', isFlag],
    searchText: ['chỉ mục tìm kiếm', optional(isText)]
  },
  memberEvents: {
    id: ['mã', isId],
    memberId: ['đảng viên', isId],
    type: ['loại', keysOf(EVENT_TYPE_LABELS)],
    date: ['ngày', isDate],
    endDate: ['đến ngày', optional(isDate)],
    transferKind: ['hình thức chuyển', optional(oneOf(['permanent', 'temporary']))],
    disciplineLevel: ['hình thức kỷ luật', optional(keysOf(DISCIPLINE_LABELS))],
    milestone: ['số năm tuổi Đảng', optional(isNumber)]
  },
  meetings: {
    id: ['mã', isId],
    cellId: ['chi bộ', isId],
    type: ['loại sinh hoạt', keysOf(MEETING_TYPE_LABELS)],
    date: ['ngày họp', isDate],
    startTime: ['giờ bắt đầu', optional(isTime)],
    endTime: ['giờ kết thúc', optional(isTime)],
    guests: ['khách mời', optionalList(isText)],
    presentations: [
      'tham luận',
      optionalList(shaped({ memberId: ['đảng viên', isText], subject: ['nội dung', isText] }))
    ],
    attachments: ['tài liệu', optionalList(shaped({ fileName: ['tên tệp', isText] }))],
    qualityScore: ['điểm chất lượng', optional(isNumber)]
  },
  meetingTasks: {
    id: ['mã', isId],
    cellId: ['chi bộ', isId],
    meetingId: ['buổi sinh hoạt', isId],
    title: ['nội dung', isText],
    forAllMembers: ['mọi đảng viên', isFlag],
    deadline: ['hạn', optional(isDate)],
    status: ['tình trạng', oneOf(['open', 'done'])],
    closedOn: ['ngày xong', optional(isDate)],
    completions: [
      'đã làm',
      optionalList(shaped({ memberId: ['đảng viên', isId], doneOn: ['ngày', optional(isDate)] }))
    ]
  },
  memberReviews: {
    id: ['mã', isId],
    year: ['năm', isYear],
    memberId: ['đảng viên', isId],
    cellId: ['chi bộ', isText],
    score: ['điểm', optional(isNumber)],
    exceedsRequirement: ['vượt chỉ tiêu', optional(isBoolean)],
    selfRating: ['tự xếp loại', RATING],
    cellProposal: ['chi bộ đề xuất', RATING],
    decision: ['Đảng ủy quyết định', RATING],
    notRatedReason: ['lý do không xếp loại', optional(keysOf(NOT_RATED_LABELS))]
  },
  cellReviews: {
    id: ['mã', isId],
    year: ['năm', isYear],
    cellId: ['chi bộ', isId],
    score: ['điểm', optional(isNumber)],
    selfRating: ['tự xếp loại', RATING],
    proposal: ['đề xuất', RATING],
    decision: ['Đảng ủy quyết định', RATING]
  },
  reviewYears: {
    year: ['năm', isYear],
    profileId: ['bộ quy định', isId],
    asOfDate: ['ngày tính', isDate],
    finalized: ['đã khóa', isFlag]
  },
  commendations: {
    id: ['mã', isId],
    year: ['năm', isYear],
    subject: ['đối tượng', oneOf(['member', 'cell'])],
    basis: ['căn cứ', oneOf(['excellentYear', 'excellentStreak'])],
    years: ['các năm', optionalList(isYear)],
    status: ['tình trạng', oneOf(['proposed', 'awarded'])],
    decisionDate: ['ngày quyết định', optional(isDate)]
  },
  badges: {
    id: ['mã', isId],
    memberId: ['đảng viên', isId],
    milestone: ['số năm tuổi Đảng', isNumber],
    ceremonyDate: ['đợt trao', isDate],
    early: ['xét sớm', optional(oneOf(['illness', 'posthumous']))],
    status: ['tình trạng', oneOf(['proposed', 'awarded'])],
    awardedOn: ['ngày trao', optional(isDate)]
  },
  rulesProfiles: {
    id: ['mã', isId],
    name: ['tên', isText],
    builtIn: ['có sẵn', isFlag],
    fromYear: ['từ năm', isYear],
    toYear: ['đến năm', optional(isYear)],
    params: ['thông số', isRecord],
    sources: ['căn cứ', (v) => isRecord(v) && Object.values(v as object).every(isText)]
  },
  settings: { id: ['mã', isId], ...texts(SETTINGS_LABELS) }
} satisfies Record<string, Shape>

/** Free-text fields, by their labels: absent or text. */
function texts(labels: Record<string, string>): Shape {
  return Object.fromEntries(
    Object.entries(labels).map(([f, label]) => [f, [labelInSentence(label), optional(isText)]])
  )
}

function field(key: keyof typeof MEMBER_FIELD_LABELS): string {
  return labelInSentence(MEMBER_FIELD_LABELS[key])
}

export type RecordKind = keyof typeof SHAPES
export const RECORD_KINDS = Object.keys(SHAPES) as RecordKind[]

/** What a backup holds, by kind of record, as the app's screens read it. */
export type BackupRecords = Partial<Record<RecordKind, readonly unknown[]>>

/** A shape as a list, read once: a restore checks ≈ 150,000 records of the ward. */
type Fields = readonly (readonly [field: string, label: string, rule: Rule])[]

function fieldsOf(shape: Shape): Fields {
  return Object.entries(shape).map(([field, [label, rule]]) => [field, label, rule] as const)
}

function fits(record: Record<string, unknown>, fields: Fields): boolean {
  for (const [field, , rule] of fields) if (!rule(record[field])) return false
  return true
}

function problemsOf(record: Record<string, unknown>, fields: Fields): string[] {
  return fields
    .filter(([field, , rule]) => !rule(record[field]))
    .map(([field, label]) => `${label} “${shown(record[field])}”`)
}

function shown(value: unknown): string {
  if (value === undefined) return 'trống'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/** How a record is named to the clerk: a member by name, anything else by its id. */
function nameOf(
  kind: RecordKind,
  record: Record<string, unknown>,
  members: ReadonlyMap<unknown, string>
): string {
  if (kind === 'members' && typeof record.fullName === 'string') return `“${record.fullName}”`
  const member = members.get(record.memberId)
  const id = record.id ?? record.year ?? record.memberId
  return member ? `của “${member}” (mã ${shown(id)})` : `mã ${shown(id)}`
}

/**
 * The records that do not have their entity's shape, in Vietnamese ("Đảng viên “Nguyễn Văn An”:
 * ngày sinh “banana” không hợp lệ."), the first `limit` of them; empty when every record is sound.
 */
export function recordProblems(records: BackupRecords, limit = 5): { count: number; first: string[] } {
  const members = new Map<unknown, string>()
  for (const m of (records.members ?? []) as Partial<Member>[])
    if (m && typeof m.fullName === 'string') members.set(m.id, m.fullName)
  let count = 0
  const first: string[] = []
  for (const kind of RECORD_KINDS) {
    const fields = fieldsOf(SHAPES[kind])
    for (const record of records[kind] ?? []) {
      let said: string
      if (!isRecord(record)) said = `${TABLE_LABELS[kind]}: “${shown(record)}” không phải một bản ghi.`
      else {
        const r = record as Record<string, unknown>
        if (fits(r, fields)) continue
        said = `${TABLE_LABELS[kind]} ${nameOf(kind, r, members)}: ${problemsOf(r, fields).join(', ')} không hợp lệ.`
      }
      count++
      if (first.length < limit) first.push(said)
    }
  }
  return { count, first }
}

// A batch of returned cell books → what would be written, per cell, and every problem with its
// reason. Pure: the database's state comes in through BatchContext, nothing is written here.
// Rules: blanks and error values never overwrite a stored value; a meeting row is taken whole or
// not at all (a new meeting needs its date, type and either every mark or none); a file for
// another cell or period, or whose roll changed since it was made, is refused whole; the same
// member rated twice in a batch is rated by neither file; a sheet whose rows were inserted, deleted
// or sorted is refused whole (rowOrder.ts); rows written under a sheet's table are named, not read
// (outsideRows.ts); a new excused mark is taken with its reason from "Lý do vắng" or not at all
// (reasons.ts). Each record the plan would replace carries the version
// it was planned from (`seen`), so a change saved elsewhere before "Ghi" refuses the import.
import type {
  AttendanceMark,
  AttendanceStatus,
  Cell,
  IsoDate,
  Meeting,
  MeetingType,
  MemberReview,
  Rating
} from '../entities'
import { formatDate, todayIso } from '../dates'
import { ATTENDANCE_LABELS, MEETING_TYPE_LABELS } from '../labels'
import { foldForSearch } from '../names'
import type { SeenVersion } from '../staleRecord'
import { buildMarks, countMarks, withoutReason, type MarkInput } from '../meetings/attendance'
import type { Roll } from '../meetings/roll'
import { dateToComeNote } from '../meetings/toCome'
import { parseRatingInput } from '../reviews/ratings'
import { changeText } from '../reviews/reviewChanges'
import type { ReturnedBook, ReturnedRatingRow, ReturnedRegisterRow } from './content'
import { identityIntact, rollDifference } from './identity'
import { periodKey, periodLabel, periodRange, parsePeriodKey, type Period } from './period'
import { ratingRowsMoved, registerRowsMoved } from './rowOrder'
import { ratingRowsOutside, registerRowsOutside } from './outsideRows'
import { cellLifeCheck, type LifeCell, type LifeCheck } from '../meetings/cellLife'
import { WHOLE_FILE, ratingPlace, registerPlace, type BookProblem, type ProblemKind } from './problems'
import { readReasons, reasonKey, unusedReasons, type BookReasons } from './reasons'
import { nameOfHeading } from './markLabels'
import {
  isBlank,
  isErrorValue,
  parseDateValue,
  parseMark,
  parseMeetingType,
  parseScore,
  parseTime,
  textOf,
  type SheetValue
} from './values'

/** The database's state of one cell, as the plan needs it. */
export interface CellNow {
  cell: Pick<Cell, 'id' | 'name' | 'status'> & LifeCell
  /** The period's roll today (periodRoll). */
  roll: Roll
  rollOn(date: IsoDate): Roll
  /** The period's stored meetings with their marks, by meeting id. */
  meetings: ReadonlyMap<string, { meeting: Meeting; marks: AttendanceMark[] }>
  names: ReadonlyMap<string, string>
  /** The mark columns' headings of the period's roll today (markLabels), by member id. */
  labels: ReadonlyMap<string, string>
  /** Year books: the cell's review subjects and stored reviews today. */
  rating: {
    year: number
    /** Member ids on the cell's rating roll today, and those not to be rated. */
    roll: string[]
    notRated: string[]
    reviews: ReadonlyMap<string, MemberReview>
    locked: boolean
  } | null
}

export interface BatchContext {
  period: Period
  /** The cells the clerk chose on the screen. */
  chosenCellIds: ReadonlySet<string>
  cellNow(cellId: string): CellNow | null
  newId(): string
  now: string
}

export interface PlannedMeeting {
  meeting: Meeting
  marks: AttendanceMark[]
  isNew: boolean
  /** The stored meeting's `updatedAt` the plan was made from (null for a new one). */
  seen: SeenVersion
}

export interface BookPlan {
  fileName: string
  cellId: string | null
  cellName: string
  /** One Vietnamese line per change. */
  changes: string[]
  counts: { meetingsAdded: number; meetingsChanged: number; marks: number; reviews: number }
  problems: BookProblem[]
  meetings: PlannedMeeting[]
  reviews: MemberReview[]
  /** By review id: the stored review's `updatedAt` the plan was made from (null: none yet). */
  reviewsSeen: Map<string, SeenVersion>
  /** By member id: the name and the change line of each review written. */
  reviewLines: Map<string, { name: string; line: string }>
  /** True when the file is a book of a chosen cell for the period (its identity checked). */
  identified: boolean
}

export type ReadOutcome = ReturnedBook | { fileName: string; problem: { kind: ProblemKind; message: string } }

export function planBatch(files: readonly ReadOutcome[], ctx: BatchContext): BookPlan[] {
  const plans = files.map((f) =>
    'problem' in f ? refused(f.fileName, null, '', f.problem.kind, f.problem.message) : planBook(f, ctx)
  )
  refuseDuplicateFiles(plans)
  refuseDuplicateMembers(plans)
  return plans
}

function emptyPlan(fileName: string, cellId: string | null, cellName: string): BookPlan {
  return {
    fileName,
    cellId,
    cellName,
    changes: [],
    counts: { meetingsAdded: 0, meetingsChanged: 0, marks: 0, reviews: 0 },
    problems: [],
    meetings: [],
    reviews: [],
    reviewsSeen: new Map(),
    reviewLines: new Map(),
    identified: false
  }
}

function refused(
  fileName: string,
  cellId: string | null,
  cellName: string,
  kind: ProblemKind,
  message: string
): BookPlan {
  const plan = emptyPlan(fileName, cellId, cellName)
  plan.problems.push({ kind, place: WHOLE_FILE, message })
  return plan
}

function names(ids: readonly string[], now: CellNow): string {
  return ids.map((id) => now.names.get(id) ?? 'đảng viên không còn trong dữ liệu').join(', ')
}

export function planBook(book: ReturnedBook, ctx: BatchContext): BookPlan {
  const id = book.identity
  if (!identityIntact(id))
    return refused(
      book.fileName,
      null,
      id.cellName ?? '',
      'tampered',
      'Phần nhận dạng của tệp đã bị sửa; hãy dùng tệp Văn phòng gửi.'
    )
  const now = ctx.cellNow(id.cellId)
  if (!now)
    return refused(
      book.fileName,
      id.cellId,
      id.cellName,
      'unknownCell',
      `Chi bộ “${id.cellName}” không còn trong dữ liệu của Văn phòng.`
    )
  const cellName = now.cell.name
  if (!ctx.chosenCellIds.has(id.cellId))
    return refused(
      book.fileName,
      id.cellId,
      cellName,
      'wrongCell',
      `Tệp của chi bộ “${cellName}”, không thuộc các chi bộ đã chọn để nhập.`
    )
  if (id.period !== periodKey(ctx.period)) {
    const p = parsePeriodKey(id.period)
    return refused(
      book.fileName,
      id.cellId,
      cellName,
      'wrongPeriod',
      `Tệp làm cho ${p ? periodLabel(p) : id.period}, không phải ${periodLabel(ctx.period)} đang nhập.`
    )
  }
  const plan = emptyPlan(book.fileName, id.cellId, cellName)
  plan.identified = true
  const rollNow = now.roll.expected.map((e) => e.memberId)
  const apartNow = now.roll.apart.map((e) => e.memberId)
  const diff = rollDifference([...id.roll, ...id.apart], [...rollNow, ...apartNow])
  const regrouped = [...id.roll].sort().join() !== [...rollNow].sort().join()
  if (diff.added.length || diff.removed.length || regrouped) {
    const parts: string[] = []
    if (diff.added.length) parts.push(`thêm ${names(diff.added, now)}`)
    if (diff.removed.length) parts.push(`bớt ${names(diff.removed, now)}`)
    if (!parts.length) parts.push('có đồng chí đổi giữa phải dự và miễn sinh hoạt')
    plan.problems.push({
      kind: 'rollChanged',
      place: WHOLE_FILE,
      message: `Danh sách đảng viên của chi bộ trong ${periodLabel(ctx.period)} đã thay đổi từ khi tạo tệp (${parts.join('; ')}). Sổ sinh hoạt không được nhập; hãy tạo tệp mới gửi chi bộ.`
    })
  } else if (!headersMatch(book, now)) {
    plan.problems.push({
      kind: 'columnsMoved',
      place: WHOLE_FILE,
      message:
        'Các cột điểm danh không còn đúng tên đảng viên như khi tạo tệp (cột bị chèn, xóa hay đổi tên). Sổ sinh hoạt không được nhập.'
    })
  } else {
    const moved = registerRowsMoved(book)
    if (moved) plan.problems.push({ kind: 'registerRowsMoved', place: WHOLE_FILE, message: moved })
    else {
      planRegister(book, ctx, now, plan)
      plan.problems.push(...registerRowsOutside(book))
    }
  }
  if (id.ratingRoll.length) planRating(book, now, ctx, plan)
  return plan
}

/**
 * Each mark column still heads its member: by the heading the book writes, or the name alone (older
 * books), or his name with a birth the office has corrected since — never another member's heading.
 */
function headersMatch(book: ReturnedBook, now: CellNow): boolean {
  const headings = new Map(book.identity.roll.map((id) => [foldForSearch(now.labels.get(id) ?? ''), id]))
  return book.identity.roll.every((memberId, i) => {
    const header = foldForSearch(book.markHeaders[i] ?? '')
    const name = foldForSearch(now.names.get(memberId) ?? '')
    const owner = headings.get(header)
    if (owner !== undefined) return owner === memberId
    return header === name || foldForSearch(nameOfHeading(book.markHeaders[i] ?? '')) === name
  })
}

// ——— Meeting register ———

/** The register's column headers (excel/roundtrip/layout.ts REGISTER): a problem names its column. */
const COLUMN = {
  date: 'Ngày họp',
  type: 'Loại sinh hoạt',
  topic: 'Chủ đề, nội dung chính',
  chair: 'Chủ trì',
  start: 'Bắt đầu',
  end: 'Kết thúc'
} as const

interface RowFields {
  date?: IsoDate
  type?: MeetingType
  topic?: string
  chair?: string
  start?: string
  end?: string
  marks: Map<string, Exclude<AttendanceStatus, 'exempt'>>
  /** False when a value could not be read: the row is not taken. */
  ok: boolean
}

function readRow(
  row: ReturnedRegisterRow,
  book: ReturnedBook,
  period: Period,
  problems: BookProblem[],
  life: LifeCheck,
  recorded: boolean
): RowFields {
  const place = registerPlace(row.rowNumber)
  // A recorded meeting keeps its stored value; a new row has none, and is not taken.
  const onError = recorded ? 'bỏ qua, giữ giá trị cũ' : 'dòng không được nhập (sửa ô rồi gửi lại)'
  const out: RowFields = { marks: new Map(), ok: true }
  const bad = (kind: ProblemKind, message: string) => {
    problems.push({ kind, place, message })
    out.ok = false
  }
  const present = (v: SheetValue, label: string): boolean => {
    if (isErrorValue(v)) {
      problems.push({
        kind: 'errorValue',
        place,
        message: `${label}: ô lỗi ${textOf(v)} — ${onError}`
      })
      return false
    }
    return !isBlank(v)
  }
  if (present(row.date, COLUMN.date)) {
    const d = parseDateValue(row.date)
    if (!d.ok) bad('badDate', `${COLUMN.date}: ${d.message}`)
    else {
      const { from, to } = periodRange(period)
      if (d.value < from || d.value > to)
        bad('outsidePeriod', `Ngày ${formatDate(d.value)} không thuộc ${periodLabel(period)}`)
      else if (life(d.value)) bad('outsideCellLife', `${life(d.value)} Dòng không được nhập.`)
      else out.date = d.value
    }
  }
  if (present(row.type, COLUMN.type)) {
    const t = parseMeetingType(row.type)
    if (t.ok) out.type = t.value
    else bad('badType', `${COLUMN.type}: ${t.message}`)
  }
  if (present(row.topic, COLUMN.topic)) out.topic = textOf(row.topic)
  if (present(row.chair, COLUMN.chair)) out.chair = textOf(row.chair)
  for (const key of ['start', 'end'] as const) {
    if (!present(row[key], COLUMN[key])) continue
    const t = parseTime(row[key])
    if (t.ok) out[key] = t.value
    else bad('badTime', `${COLUMN[key]}: ${t.message}`)
  }
  if (out.start && out.end && out.end <= out.start)
    bad('badTime', `Giờ kết thúc ${out.end} không sau giờ bắt đầu ${out.start}`)
  book.identity.roll.forEach((memberId, i) => {
    const v = row.marks[i] ?? null
    if (!present(v, `Điểm danh cột ${book.markHeaders[i]}`)) return
    const m = parseMark(v)
    if (m.ok) out.marks.set(memberId, m.value)
    else bad('badMark', `${book.markHeaders[i]}: ${m.message}`)
  })
  return out
}

function isEmptyRow(f: RowFields): boolean {
  return !f.date && !f.type && !f.topic && !f.chair && !f.start && !f.end && f.marks.size === 0
}

function planRegister(book: ReturnedBook, ctx: BatchContext, now: CellNow, plan: BookPlan): void {
  // A book is made for a cell that is active, so only its founding can rule a date out (cellLife.ts).
  const life = cellLifeCheck(now.cell, () => undefined)
  // Each row is read once; its problems are said in order below. Each (date, member) it marks absent
  // or present, taken or not: a reason row goes to the namesake absent that day, and is named when no
  // absence of that day is its own (readReasons, unusedReasons).
  const absent = new Set<string>()
  const present = new Set<string>()
  const read = book.register.map((row, i) => {
    const existingId = book.identity.meetingIds[i]
    const problems: BookProblem[] = []
    const f = readRow(row, book, ctx.period, problems, life, !!existingId)
    const day = f.date ?? (existingId ? now.meetings.get(existingId)?.meeting.date : undefined)
    if (day)
      for (const [memberId, status] of f.marks)
        (status === 'present' ? present : absent).add(reasonKey(day, memberId))
    return { row, existingId, f, problems }
  })
  const reasonRows = readReasons(book, ctx.period, now, absent, plan.problems)
  const reasons = reasonRows.reasons
  const taken = new Set<string>()
  // Meetings already stored (not through this file) count as taken dates: a second one is a duplicate.
  for (const { meeting } of now.meetings.values())
    if (!book.identity.meetingIds.includes(meeting.id)) taken.add(`${meeting.date}|${meeting.type}`)
  read.forEach(({ row, existingId, f, problems }) => {
    const before = plan.problems.length
    plan.problems.push(...problems)
    const place = registerPlace(row.rowNumber)
    if (existingId) {
      const stored = now.meetings.get(existingId)
      if (!stored) {
        plan.problems.push({
          kind: 'meetingGone',
          place,
          message: 'Buổi sinh hoạt của dòng này đã bị xóa ở Văn phòng sau khi tạo tệp; dòng không được nhập.'
        })
        return
      }
      // A row not taken leaves its meeting where it is stored: a later row may not write it again.
      const storedKey = `${stored.meeting.date}|${stored.meeting.type}`
      if (!f.ok) return void taken.add(storedKey)
      const key = `${f.date ?? stored.meeting.date}|${f.type ?? stored.meeting.type}`
      if (taken.has(key)) {
        taken.add(storedKey)
        return duplicate(plan, place, key)
      }
      taken.add(key)
      if (!updateMeeting(stored, f, ctx, now, plan, place, book.identity.madeOn, reasons))
        taken.add(storedKey)
      return
    }
    if (!f.ok || isEmptyRow(f)) return
    const missing = [!f.date && 'Ngày', !f.type && 'Loại sinh hoạt'].filter(Boolean)
    if (missing.length) {
      plan.problems.push({
        kind: 'missingField',
        place,
        message: `Thiếu ${missing.join(', ')}; dòng không được nhập.`
      })
      return
    }
    const key = `${f.date}|${f.type}`
    if (taken.has(key)) return duplicate(plan, place, key)
    taken.add(key)
    if (plan.problems.length > before) return
    addMeeting(f, ctx, now, plan, place, reasons)
  })
  plan.problems.push(...unusedReasons(reasonRows, absent, present))
}

function duplicate(plan: BookPlan, place: string, key: string): void {
  const [date, type] = key.split('|')
  plan.problems.push({
    kind: 'duplicateMeeting',
    place,
    message: `Đã có buổi sinh hoạt ${MEETING_TYPE_LABELS[type as MeetingType].toLowerCase()} ngày ${formatDate(date)}; dòng không được nhập.`
  })
}

/** The chair picked from the drop-down (a column's heading) or typed by name. */
function chairOf(text: string, roll: Roll, now: CellNow): Pick<Meeting, 'chairMemberId' | 'chairName'> {
  const byHeading = [...roll.expected, ...roll.apart].filter(
    (e) => foldForSearch(now.labels.get(e.memberId) ?? '') === foldForSearch(text)
  )
  const match = byHeading.length
    ? byHeading
    : [...roll.expected, ...roll.apart].filter((e) => foldForSearch(e.fullName) === foldForSearch(text))
  return match.length === 1
    ? { chairMemberId: match[0].memberId, chairName: match[0].fullName }
    : { chairMemberId: null, chairName: text }
}

/**
 * The row's marks, an absence with its reason from "Lý do vắng" when the book gives one. Marks of
 * members who are not expected on the meeting's date are refused one by one.
 */
function choicesOn(
  f: RowFields,
  roll: Roll,
  now: CellNow,
  plan: BookPlan,
  place: string,
  reasons: BookReasons
): Record<string, MarkInput> {
  const expected = new Set(roll.expected.map((e) => e.memberId))
  const choices: Record<string, MarkInput> = {}
  for (const [memberId, status] of f.marks) {
    const reason = status === 'present' ? undefined : reasons.byKey.get(reasonKey(f.date!, memberId))
    if (expected.has(memberId)) choices[memberId] = reason ? { status, reason } : { status }
    else
      plan.problems.push({
        kind: 'notOnRoll',
        place,
        message: `${now.names.get(memberId)} không phải dự buổi ngày ${formatDate(f.date!)} (chưa hoặc không còn sinh hoạt ở chi bộ, hoặc được miễn); bỏ dấu điểm danh này.`
      })
  }
  return choices
}

function addMeeting(
  f: RowFields,
  ctx: BatchContext,
  now: CellNow,
  plan: BookPlan,
  place: string,
  reasons: BookReasons
): void {
  const roll = now.rollOn(f.date!)
  const meeting: Meeting = {
    id: ctx.newId(),
    cellId: now.cell.id,
    type: f.type!,
    date: f.date!,
    guests: [],
    presentations: [],
    attachments: [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
    ...(f.start ? { startTime: f.start } : {}),
    ...(f.end ? { endTime: f.end } : {}),
    ...(f.topic ? { topic: f.topic } : {}),
    ...(f.chair ? chairOf(f.chair, roll, now) : {})
  }
  const choices = choicesOn(f, roll, now, plan, place, reasons)
  const marked = Object.keys(choices).length
  const { marks, unmarked } = buildMarks(meeting, roll, choices)
  if (marked > 0 && unmarked.length > 0) {
    plan.problems.push({
      kind: 'missingMarks',
      place,
      message: `Chưa điểm danh ${names(unmarked, now)}; điền đủ C, P hoặc K cho mọi đồng chí (hoặc để trống cả dòng điểm danh). Dòng không được nhập.`
    })
    return
  }
  const noReason = reasonsAsked(roll.expected, choices, reasons, plan, place)
  if (noReason === false) return
  const finalMarks = marked ? marks : []
  plan.meetings.push({
    meeting: { ...meeting, attendanceCounts: countMarks(finalMarks) },
    marks: finalMarks,
    isNew: true,
    seen: null
  })
  plan.counts.meetingsAdded++
  plan.counts.marks += marked
  const c = countMarks(finalMarks)
  plan.changes.push(
    `Thêm buổi sinh hoạt ${MEETING_TYPE_LABELS[meeting.type].toLowerCase()} ngày ${formatDate(meeting.date)}` +
      (marked
        ? ` (${c.present} có mặt, ${c.excused} vắng có lý do, ${c.unexcused} vắng không lý do)`
        : ' (chưa điểm danh)') +
      noReason +
      toComeNote(meeting.date, ctx)
  )
}

/** A meeting dated after today counts as held from its day (toCome.ts): its change line says so, as the minutes do. */
function toComeNote(date: IsoDate, ctx: BatchContext): string {
  const note = dateToComeNote(date, todayIso(new Date(ctx.now)))
  return note ? ` — ${note}` : ''
}

/**
 * An excused absence needs its reason, as in both editors (missingReasons): the row is not taken
 * without it (false). A book made before "Lý do vắng" had nowhere to write one: its row is taken
 * and the returned text says whose reasons the minutes still need ('' when none).
 */
function reasonsAsked(
  expected: Roll['expected'],
  choices: Readonly<Record<string, MarkInput>>,
  reasons: BookReasons,
  plan: BookPlan,
  place: string
): string | false {
  const missing = withoutReason(expected, choices)
  if (!missing.length) return ''
  const whom = missing.join(', ')
  if (!reasons.required)
    return ` — sổ tạo trước khi có trang “Lý do vắng”: ghi lý do vắng của ${whom} vào biên bản`
  plan.problems.push({
    kind: 'missingReason',
    place,
    message: `Vắng có lý do (P) mà chưa ghi lý do: ${whom}. Ghi ngày họp, họ tên và lý do ở trang “Lý do vắng”; dòng không được nhập.`
  })
  return false
}

function updateMeeting(
  stored: { meeting: Meeting; marks: AttendanceMark[] },
  f: RowFields,
  ctx: BatchContext,
  now: CellNow,
  plan: BookPlan,
  place: string,
  madeOn: IsoDate,
  reasons: BookReasons
): boolean {
  const old = stored.meeting
  const next: Meeting = { ...old }
  const said: string[] = []
  const set = <K extends 'date' | 'type' | 'topic' | 'startTime' | 'endTime'>(
    key: K,
    value: Meeting[K] | undefined,
    label: string,
    show = (v: unknown) => String(v)
  ) => {
    if (value === undefined || value === old[key]) return
    next[key] = value
    said.push(`${label} ${old[key] ? show(old[key]) : '—'} → ${show(value)}`)
  }
  set('date', f.date, 'ngày', (v) => formatDate(v as string))
  set('type', f.type, 'loại', (v) => MEETING_TYPE_LABELS[v as MeetingType].toLowerCase())
  set('topic', f.topic, 'chủ đề')
  set('startTime', f.start, 'bắt đầu')
  set('endTime', f.end, 'kết thúc')
  const roll = now.rollOn(next.date)
  if (f.chair !== undefined && foldForSearch(f.chair) !== foldForSearch(old.chairName ?? '')) {
    Object.assign(next, chairOf(f.chair, roll, now))
    said.push(`chủ trì ${old.chairName || '—'} → ${f.chair}`)
  }
  const storedBy = new Map(stored.marks.map((m) => [m.memberId, m]))
  const choices: Record<string, MarkInput> = {}
  for (const m of stored.marks)
    if (m.status !== 'exempt')
      choices[m.memberId] = { status: m.status, ...(m.reason ? { reason: m.reason } : {}) }
  const changed = new Set<string>()
  const markLines: string[] = []
  const reasonLines: string[] = []
  const markWord = (status: AttendanceStatus | undefined) =>
    status ? ATTENDANCE_LABELS[status].toLowerCase() : '—'
  for (const [memberId, input] of Object.entries(
    choicesOn({ ...f, date: next.date }, roll, now, plan, place, reasons)
  )) {
    const was = storedBy.get(memberId)
    if (was?.status === input.status) {
      // The same mark: a reason the book gives (new, or another) replaces the stored one; none keeps it.
      if (input.reason !== undefined && input.reason !== was.reason) {
        choices[memberId] = input
        reasonLines.push(
          `${now.names.get(memberId)}: ${was.reason ? `“${was.reason}”` : '—'} → “${input.reason}”`
        )
      }
      continue
    }
    choices[memberId] = input
    changed.add(memberId)
    markLines.push(`${now.names.get(memberId)}: ${markWord(was?.status)} → ${markWord(input.status)}`)
  }
  const changedMarks = changed.size
  if (!said.length && !changedMarks && !reasonLines.length) return true
  const { marks: built, unmarked } = buildMarks(next, roll, choices)
  // As for a new meeting (and the meeting form): the marks written leave no expected member unmarked.
  const marksTouched = changedMarks > 0 || next.date !== old.date
  if (marksTouched && unmarked.length && built.some((m) => m.status !== 'exempt')) {
    plan.problems.push({
      kind: 'missingMarks',
      place,
      message: `Chưa điểm danh ${names(unmarked, now)}; điền đủ C, P hoặc K cho mọi đồng chí (hoặc để trống cả dòng điểm danh). Dòng không được nhập.`
    })
    return false
  }
  // Only the marks the book changes ask for a reason: a stored one is as the office recorded it.
  const noReason = reasonsAsked(
    roll.expected.filter((e) => changed.has(e.memberId)),
    choices,
    reasons,
    plan,
    place
  )
  if (noReason === false) return false
  if (changedMarks) said.push(`${changedMarks} dấu điểm danh (${markLines.join('; ')})`)
  if (reasonLines.length) said.push(`lý do vắng (${reasonLines.join('; ')})`)
  // Stored marks of members the roll of that date no longer lists are kept, never dropped silently.
  const kept = new Set(built.map((m) => m.memberId))
  const marks = [
    ...built,
    ...stored.marks.filter((m) => !kept.has(m.memberId)).map((m) => ({ ...m, date: next.date }))
  ]
  next.attendanceCounts = countMarks(marks)
  next.updatedAt = ctx.now
  plan.meetings.push({ meeting: next, marks, isNew: false, seen: old.updatedAt })
  plan.counts.meetingsChanged++
  plan.counts.marks += changedMarks
  const since = editedSince(old.updatedAt, madeOn, 'buổi này ')
  const ahead = next.date !== old.date ? toComeNote(next.date, ctx) : ''
  plan.changes.push(
    `Sửa buổi sinh hoạt ngày ${formatDate(old.date)}: ${said.join('; ')}${noReason}${ahead}${since}`
  )
  return true
}

/**
 * The file shows a record as it was the day the file was made: changed at the office since, the
 * "after" of a change may be the file's old value rather than the secretary's — said on its line.
 */
function editedSince(updatedAt: string | undefined, madeOn: IsoDate, what: string): string {
  const edited = new Date(updatedAt ?? '')
  const editedOn = Number.isNaN(edited.getTime()) ? null : todayIso(edited)
  return editedOn && editedOn > madeOn
    ? ` — lưu ý: Văn phòng đã sửa ${what}ngày ${formatDate(editedOn)}, sau ngày tạo tệp (${formatDate(madeOn)}); giá trị trong tệp có thể là giá trị cũ, kiểm tra trước khi ghi`
    : ''
}

// ——— Rating sheet ———

function planRating(book: ReturnedBook, now: CellNow, ctx: BatchContext, plan: BookPlan): void {
  const id = book.identity
  const r = now.rating
  if (!r) return
  const diff = rollDifference(id.ratingRoll, r.roll)
  const notRatedChanged = [...id.notRated].sort().join() !== [...r.notRated].sort().join()
  if (diff.added.length || diff.removed.length || notRatedChanged) {
    const parts: string[] = []
    if (diff.added.length) parts.push(`thêm ${names(diff.added, now)}`)
    if (diff.removed.length) parts.push(`bớt ${names(diff.removed, now)}`)
    if (notRatedChanged) parts.push('danh sách không xếp loại khác đi')
    plan.problems.push({
      kind: 'ratingRollChanged',
      place: WHOLE_FILE,
      message: `Danh sách đánh giá, xếp loại năm ${r.year} của chi bộ đã thay đổi từ khi tạo tệp (${parts.join('; ')}). Trang xếp loại không được nhập.`
    })
    return
  }
  const moved = ratingRowsMoved(book, now.names)
  if (moved) {
    plan.problems.push({ kind: 'ratingRowsMoved', place: WHOLE_FILE, message: moved })
    return
  }
  const notRated = new Set(id.notRated)
  const seen = new Set<string>()
  const reviews: MemberReview[] = []
  const lines = new Map<string, { name: string; line: string }>()
  book.rating.forEach((row, i) => {
    const memberId = id.ratingRoll[i]
    if (!memberId) return
    const place = ratingPlace(row.rowNumber)
    const name = now.names.get(memberId) ?? ''
    if (seen.has(memberId)) {
      plan.problems.push({
        kind: 'duplicateMember',
        place,
        message: `${name} có hai dòng xếp loại; không nhập dòng sau.`
      })
      return
    }
    seen.add(memberId)
    const review = ratingRowChange(
      row,
      memberId,
      name,
      notRated.has(memberId),
      r.reviews.get(memberId),
      r.year,
      now.cell.id,
      ctx.now,
      plan,
      place,
      id.madeOn
    )
    if (review) {
      reviews.push(review.review)
      lines.set(memberId, { name, line: review.line })
    }
  })
  plan.problems.push(...ratingRowsOutside(book, now.names))
  if (!reviews.length) return
  if (r.locked) {
    plan.problems.push({
      kind: 'yearLocked',
      place: WHOLE_FILE,
      message: `Kết quả năm ${r.year} đã khóa; ${reviews.length} thay đổi xếp loại không được nhập. Mở khóa ở trang Đánh giá, xếp loại rồi nhập lại.`
    })
    return
  }
  plan.reviews.push(...reviews)
  for (const review of reviews)
    plan.reviewsSeen.set(review.id, r.reviews.get(review.memberId)?.updatedAt ?? null)
  plan.counts.reviews += reviews.length
  plan.reviewLines = lines
  plan.changes.push(...[...lines.values()].map((l) => l.line))
}

function ratingRowChange(
  row: ReturnedRatingRow,
  memberId: string,
  name: string,
  isNotRated: boolean,
  stored: MemberReview | undefined,
  year: number,
  cellId: string,
  now: string,
  plan: BookPlan,
  place: string,
  madeOn: IsoDate
): { review: MemberReview; line: string } | null {
  const filled = (v: SheetValue, label: string): boolean => {
    if (isErrorValue(v)) {
      plan.problems.push({
        kind: 'errorValue',
        place,
        message: `${name}, ${label}: ô lỗi ${textOf(v)} — bỏ qua, giữ giá trị cũ`
      })
      return false
    }
    return !isBlank(v)
  }
  const score = filled(row.score, 'Điểm')
  const self = filled(row.selfRating, 'Tự xếp loại')
  const proposal = filled(row.cellProposal, 'Chi bộ đề xuất')
  if (isNotRated) {
    if (score || self || proposal)
      plan.problems.push({
        kind: 'notRatedFilled',
        place,
        message: `${name} thuộc diện không xếp loại; bỏ qua điểm và mức đã ghi.`
      })
    return null
  }
  const next: MemberReview = stored
    ? { ...stored }
    : { id: `${year}:${memberId}`, year, memberId, cellId, updatedAt: now }
  const said: string[] = []
  if (score) {
    const s = parseScore(row.score)
    if (!s.ok)
      plan.problems.push({ kind: 'badScore', place, message: `${name}: ${s.message}; giữ giá trị cũ.` })
    else if (s.value !== (stored?.score ?? null)) {
      next.score = s.value
      said.push(`điểm ${stored?.score ?? '—'} → ${s.value}`)
    }
  }
  const rating = (v: SheetValue, key: 'selfRating' | 'cellProposal', label: string) => {
    const p = parseRatingInput(textOf(v))
    if (!p.ok || !p.rating) {
      plan.problems.push({
        kind: 'badRating',
        place,
        message: `${name}, ${label}: ${p.ok ? 'trống' : p.message} Giữ giá trị cũ.`
      })
      return
    }
    const was: Rating | null = stored?.[key] ?? null
    if (p.rating === was) return
    next[key] = p.rating
    said.push(changeText({ field: key, before: was, after: p.rating, overwrites: was !== null }))
  }
  if (self) rating(row.selfRating, 'selfRating', 'Tự xếp loại')
  if (proposal) rating(row.cellProposal, 'cellProposal', 'Chi bộ đề xuất')
  if (!said.length) return null
  next.updatedAt = now
  return { review: next, line: `${name}: ${said.join('; ')}${editedSince(stored?.updatedAt, madeOn, '')}` }
}

// ——— Across the batch ———

function refuseDuplicateFiles(plans: BookPlan[]): void {
  const byCell = new Map<string, BookPlan[]>()
  for (const p of plans)
    if (p.identified && p.cellId) byCell.set(p.cellId, [...(byCell.get(p.cellId) ?? []), p])
  for (const list of byCell.values()) {
    if (list.length < 2) continue
    const files = list.map((p) => `“${p.fileName}”`).join(', ')
    for (const p of list) {
      clearWrites(p)
      p.problems.unshift({
        kind: 'duplicateFile',
        place: WHOLE_FILE,
        message: `Có ${list.length} tệp cho cùng chi bộ ${p.cellName} (${files}); không nhập tệp nào. Chỉ chọn tệp đúng rồi nhập lại.`
      })
    }
  }
}

function refuseDuplicateMembers(plans: BookPlan[]): void {
  const owners = new Map<string, BookPlan[]>()
  for (const p of plans)
    for (const r of p.reviews) owners.set(r.memberId, [...(owners.get(r.memberId) ?? []), p])
  for (const [memberId, list] of owners) {
    if (list.length < 2) continue
    for (const p of list) {
      const noted = p.reviewLines.get(memberId)
      p.reviews = p.reviews.filter((r) => r.memberId !== memberId)
      p.counts.reviews--
      p.changes = p.changes.filter((c) => c !== noted?.line)
      p.reviewLines.delete(memberId)
      p.problems.push({
        kind: 'duplicateMember',
        place: WHOLE_FILE,
        message: `${noted?.name ?? memberId} được xếp loại trong ${list.length} tệp (${list.map((x) => x.cellName).join(', ')}); không nhập xếp loại của đồng chí này.`
      })
    }
  }
}

function clearWrites(p: BookPlan): void {
  p.meetings = []
  p.reviews = []
  p.reviewsSeen = new Map()
  p.reviewLines = new Map()
  p.changes = []
  p.counts = { meetingsAdded: 0, meetingsChanged: 0, marks: 0, reviews: 0 }
}

// "Ghi cả tháng": one line per cell for a month — the day the cell met, the type, start and end, and
// attendance as "all present except …". Enough for the compliance grids (Điều lệ Đảng Điều 24;
// HD 42-HD/BTCTW 2025: date, type, duration) and the absence warning (Điều lệ Đảng Điều 8.2:
// unexcused absences). The full minutes of a meeting stay in the one-meeting editor.
import type { AttendanceMark, IsoDate, Meeting, MeetingType, MemberEvent } from '../entities'
import { daysInMonth, toIsoDate } from '../dates'
import { cleanText } from '../names'
import { missingReasons, type MarkInput } from './attendance'
import { meetingMinutes, parseTime } from './duration'
import type { Roll } from './roll'
import type { LifeCheck } from './cellLife'

/** What the clerk types on one cell's line. */
export interface MonthLine {
  /** Day of the month as typed ('' = the cell did not meet / not recorded yet). */
  day: string
  type: MeetingType
  startTime: string
  endTime: string
  topic: string
  /** Members absent with a reason, and without (memberIds). Everyone else on the roll is present. */
  excused: string[]
  unexcused: string[]
  /**
   * Why each absentee was absent (memberId → text), as in the full minutes' "Lý do vắng": required
   * for an excused absence, optional for an unexcused one. Kept when a name moves between the lists.
   */
  reasons: Record<string, string>
  /**
   * A stored meeting's line: the members it holds a mark for (present or absent). Only they are taken
   * as present when not listed absent: someone the roll lists without a mark (moved in later by his
   * history, or the day moved) was never marked, and the line is refused as the full minutes refuse
   * him. Absent on a new line, where everyone on the roll not listed absent is present.
   */
  marked?: string[]
}

export type MonthLineErrors = Partial<
  Record<'day' | 'startTime' | 'endTime' | 'topic' | 'absent' | 'reasons' | 'unmarked', string>
>

/** 'YYYY-MM' → [year, month]; null when not a month. */
export function parseMonth(value: string | null | undefined): [number, number] | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? '')
  if (!m) return null
  const [y, mo] = [Number(m[1]), Number(m[2])]
  return y >= 1930 && y <= 2100 && mo >= 1 && mo <= 12 ? [y, mo] : null
}

/** The line's date in the month, or null when the day is empty or not in that month. */
export function lineDate(month: string, day: string): IsoDate | null {
  const ym = parseMonth(month)
  const d = day.trim()
  if (!ym || !/^\d{1,2}$/.test(d)) return null
  const n = Number(d)
  return n >= 1 && n <= daysInMonth(ym[0], ym[1]) ? toIsoDate(ym[0], ym[1], n) : null
}

/**
 * Problems of a line that will be saved, `roll` being the cell's roll on the line's date and
 * `outsideLife` the cell's cellLifeCheck (a day before its founding or from its closing is refused,
 * as in the full minutes). A new line with no day is not saved and has none; a stored meeting is
 * never deleted from here (the full minutes' "Xóa biên bản" asks first). Attendance is refused on
 * the full minutes' own rule.
 */
export function validateMonthLine(
  month: string,
  line: MonthLine,
  roll: Roll,
  outsideLife: LifeCheck,
  stored = false
): MonthLineErrors {
  const e: MonthLineErrors = {}
  if (!line.day.trim()) {
    if (stored) e.day = 'Buổi này đã ghi: muốn xóa, mở biên bản đầy đủ và bấm "Xóa biên bản".'
    return e
  }
  const ym = parseMonth(month)
  const date = lineDate(month, line.day)
  if (!date) e.day = `Ngày "${line.day.trim()}" không có trong tháng ${ym ? `${ym[1]}/${ym[0]}` : ''}.`
  else {
    const outside = outsideLife(date)
    if (outside) e.day = outside
  }
  if (line.startTime && parseTime(line.startTime) === null) e.startTime = 'Giờ không hợp lệ, nhập dạng 19:30.'
  if (line.endTime && parseTime(line.endTime) === null) e.endTime = 'Giờ không hợp lệ, nhập dạng 21:30.'
  else if (
    !e.startTime &&
    line.startTime &&
    line.endTime &&
    meetingMinutes(line.startTime, line.endTime) === null
  )
    e.endTime = 'Giờ kết thúc phải sau giờ bắt đầu.'
  if ((line.type === 'thematic' || line.type === 'combined') && !cleanText(line.topic))
    e.topic = 'Sinh hoạt chuyên đề cần ghi chủ đề.'
  const both = line.excused.filter((id) => line.unexcused.includes(id))
  if (both.length) e.absent = 'Một người không thể vừa vắng có lý do vừa vắng không lý do.'
  else {
    const noReason = missingReasons(roll.expected, choicesOfLine(roll, line))
    if (noReason) e.reasons = noReason
  }
  const unmarked = unmarkedOfLine(roll, line)
  if (unmarked) e.unmarked = unmarked
  return e
}

/**
 * "Còn 1 đảng viên chưa điểm danh: …" for the members on a stored meeting's roll it holds no mark
 * for, as the full minutes say it, and where to mark them; null when everyone is marked. The month
 * screen can only list absentees, so the clerk marks the others in the minutes.
 */
export function unmarkedOfLine(roll: Roll, line: MonthLine): string | null {
  const choices = choicesOfLine(roll, line)
  const names = roll.expected.filter((e) => !choices[e.memberId]).map((e) => e.fullName)
  if (!names.length) return null
  return `Còn ${names.length} đảng viên chưa điểm danh: ${names.join(', ')}. Buổi đã ghi chưa có điểm danh của những người này và màn hình tháng không tự ghi là có mặt: mở biên bản (liên kết dưới tên chi bộ) để điểm danh, hoặc chọn vào ô vắng nếu vắng.`
}

/**
 * The attendance choices of a line, as the full minutes' roll would hold them: everyone expected on
 * the roll present except the absentees, each with the reason typed for them. On a stored meeting's
 * line only the members it marked are present by default; the others are left unmarked.
 */
export function choicesOfLine(
  roll: Roll,
  line: Pick<MonthLine, 'excused' | 'unexcused' | 'reasons' | 'marked'>
): Record<string, MarkInput> {
  const excused = new Set(line.excused)
  const unexcused = new Set(line.unexcused)
  const marked = line.marked ? new Set(line.marked) : null
  const out: Record<string, MarkInput> = {}
  for (const e of roll.expected) {
    const reason = line.reasons[e.memberId]
    if (unexcused.has(e.memberId)) out[e.memberId] = { status: 'unexcused', ...(reason ? { reason } : {}) }
    else if (excused.has(e.memberId)) out[e.memberId] = { status: 'excused', ...(reason ? { reason } : {}) }
    else if (!marked || marked.has(e.memberId)) out[e.memberId] = { status: 'present' }
  }
  return out
}

/** A stored meeting and its marks as a line (to change it on the month screen). */
export function lineOfMeeting(meeting: Meeting, marks: readonly AttendanceMark[]): MonthLine {
  return {
    day: String(Number(meeting.date.slice(8, 10))),
    type: meeting.type,
    startTime: meeting.startTime ?? '',
    endTime: meeting.endTime ?? '',
    topic: meeting.topic ?? '',
    excused: marks.filter((m) => m.status === 'excused').map((m) => m.memberId),
    unexcused: marks.filter((m) => m.status === 'unexcused').map((m) => m.memberId),
    reasons: Object.fromEntries(marks.filter((m) => m.reason).map((m) => [m.memberId, m.reason!])),
    // An exempt mark follows the roll (buildMarks writes it for the members listed apart): it is no
    // attendance, so a member exempt then and expected now has none.
    marked: marks.filter((m) => m.status !== 'exempt').map((m) => m.memberId)
  }
}

/**
 * An empty line for a cell, its times taken from the cell's last meeting before the month (cells
 * meet at the same hours month after month), so a regular meeting with everyone present is one day
 * typed.
 */
export function emptyLine(previous: Pick<Meeting, 'startTime' | 'endTime'> | undefined): MonthLine {
  return {
    day: '',
    type: 'regular',
    startTime: previous?.startTime ?? '',
    endTime: previous?.endTime ?? '',
    topic: '',
    excused: [],
    unexcused: [],
    reasons: {}
  }
}

/** The meeting a line saves: the stored one changed, or a new one with nothing but the line's fields. */
export function meetingOfLine(
  line: MonthLine,
  date: IsoDate,
  base: Meeting | { id: string; cellId: string; now: string }
): Meeting {
  const fields = {
    type: line.type,
    date,
    startTime: cleanText(line.startTime) || undefined,
    endTime: cleanText(line.endTime) || undefined,
    topic: line.type === 'thematic' || line.type === 'combined' ? cleanText(line.topic) : undefined
  }
  if ('createdAt' in base) return { ...base, ...fields }
  return {
    id: base.id,
    cellId: base.cellId,
    ...fields,
    guests: [],
    presentations: [],
    attachments: [],
    createdAt: base.now,
    updatedAt: base.now
  }
}

/** True when a line differs from what is stored (or from an empty line): only those are saved. */
export function lineChanged(line: MonthLine, stored: MonthLine | null): boolean {
  if (!stored) return line.day.trim() !== ''
  const same = (a: string[], b: string[]) =>
    a.length === b.length && [...a].sort().join() === [...b].sort().join()
  return (
    line.day.trim() !== stored.day ||
    line.type !== stored.type ||
    line.startTime.trim() !== stored.startTime ||
    line.endTime.trim() !== stored.endTime ||
    cleanText(line.topic) !== cleanText(stored.topic) ||
    !same(line.excused, stored.excused) ||
    !same(line.unexcused, stored.unexcused) ||
    [...line.excused, ...line.unexcused].some(
      (id) => cleanText(line.reasons[id] ?? '') !== cleanText(stored.reasons[id] ?? '')
    )
  )
}

/**
 * The members who may be on each cell's roll on some date: those in the cell now and those whose
 * history names it (moved in or out). Built once for the month, so each cell's roll (rollOn) looks
 * at its own members only, not at the whole ward.
 */
export function rollCandidatesByCell<M extends { id: string; cellId: string }>(
  members: readonly M[],
  events: readonly Pick<MemberEvent, 'memberId' | 'cellId' | 'fromCellId'>[]
): Map<string, M[]> {
  const byId = new Map(members.map((m) => [m.id, m]))
  const sets = new Map<string, Set<M>>()
  const add = (cellId: string | null | undefined, m: M | undefined) => {
    if (!cellId || !m) return
    let set = sets.get(cellId)
    if (!set) sets.set(cellId, (set = new Set()))
    set.add(m)
  }
  for (const m of members) add(m.cellId, m)
  for (const e of events) {
    add(e.cellId, byId.get(e.memberId))
    add(e.fromCellId, byId.get(e.memberId))
  }
  return new Map([...sets].map(([cellId, set]) => [cellId, [...set]]))
}

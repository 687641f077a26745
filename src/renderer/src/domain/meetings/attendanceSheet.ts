// Attendance is stored as one sheet per meeting (schema v2): marks are always written and read per
// meeting, and IndexedDB writes ~10,000 rows a second, so one row per meeting instead of one per
// mark makes saving, backing up and restoring ~40 times fewer rows. The rest of the app keeps the
// flat AttendanceMark; these pure converters are the only place the two shapes meet.
import type {
  AttendanceMark,
  AttendanceSheet,
  AttendanceStatus,
  IsoDate,
  Meeting,
  SheetMark
} from '../entities'

type MeetingPlace = Pick<Meeting, 'id' | 'cellId' | 'date'>

/** The key of one unexcused mark in the sheet's multiEntry index. */
export function unexcusedKey(memberId: string, date: IsoDate): string {
  return `${memberId}|${date}`
}

/** Lower and upper key (inclusive) of a member's unexcused marks in a calendar year. */
export function unexcusedRange(memberId: string, year: number): [string, string] {
  return [unexcusedKey(memberId, `${year}-01-01`), unexcusedKey(memberId, `${year}-12-31`)]
}

/** `${memberId}|${date}` for each unexcused mark of a meeting held on `date`. */
export function unexcusedKeysOf(
  marks: readonly Pick<SheetMark, 'memberId' | 'status'>[],
  date: IsoDate
): string[] {
  return marks.filter((m) => m.status === 'unexcused').map((m) => unexcusedKey(m.memberId, date))
}

const byMemberId = (a: SheetMark, b: SheetMark) =>
  a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0

/** A mark without what the sheet already says (meeting, cell, date); no `reason` key when there is none. */
export function sheetMark(memberId: string, status: AttendanceStatus, reason?: string): SheetMark {
  return reason === undefined ? { memberId, status } : { memberId, status, reason }
}

/** The sheet holding these marks, with the unexcused keys they give (every sheet is made here). */
export function sheetOf(
  place: Pick<AttendanceSheet, 'meetingId' | 'cellId' | 'date'>,
  marks: SheetMark[]
): AttendanceSheet {
  const { meetingId, cellId, date } = place
  return { meetingId, cellId, date, marks, unexcusedKeys: unexcusedKeysOf(marks, date) }
}

/** One meeting's sheet from its marks (marks sorted by memberId, as v1's keys ordered them). */
export function toSheet(meeting: MeetingPlace, marks: readonly AttendanceMark[]): AttendanceSheet {
  const sheetMarks = marks.map((m) => sheetMark(m.memberId, m.status, m.reason)).sort(byMemberId)
  return sheetOf({ meetingId: meeting.id, cellId: meeting.cellId, date: meeting.date }, sheetMarks)
}

/**
 * Groups flat marks into one sheet per meeting, in order of first appearance. A sheet's cell and
 * date are its meeting's when the meeting is given (a mark only carries copies of them), otherwise
 * those of the meeting's first mark.
 */
export function toSheets(
  marks: readonly AttendanceMark[],
  meetings: readonly MeetingPlace[] = []
): AttendanceSheet[] {
  const known = new Map(meetings.map((m) => [m.id, m]))
  const groups = new Map<string, AttendanceMark[]>()
  for (const m of marks) {
    const list = groups.get(m.meetingId)
    if (list) list.push(m)
    else groups.set(m.meetingId, [m])
  }
  return [...groups].map(([meetingId, list]) =>
    toSheet(known.get(meetingId) ?? { id: meetingId, cellId: list[0].cellId, date: list[0].date }, list)
  )
}

/** The flat marks of a sheet (id `${meetingId}:${memberId}`), in the sheet's order. */
export function toMarks(sheet: AttendanceSheet): AttendanceMark[] {
  return sheet.marks.map((m) => {
    const mark: AttendanceMark = {
      id: `${sheet.meetingId}:${m.memberId}`,
      meetingId: sheet.meetingId,
      memberId: m.memberId,
      cellId: sheet.cellId,
      date: sheet.date,
      status: m.status
    }
    if (m.reason !== undefined) mark.reason = m.reason
    return mark
  })
}

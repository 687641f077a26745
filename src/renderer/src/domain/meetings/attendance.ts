// Attendance of one meeting: marks, counts and the rate. The rate is present ÷ members expected to
// attend (exempt and suspended members are excluded, docs/design.md §6); the quality criterion is
// rate ≥ attendanceMinPercent (85 % by HD 42-HD/BTCTW 2025).
import type { AttendanceCounts, AttendanceMark, AttendanceStatus, Meeting } from '../entities'
import type { RulesParams } from '../rules/params'
import { cleanText } from '../names'
import type { Roll, RollEntry } from './roll'

export type MarkChoice = Exclude<AttendanceStatus, 'exempt'>

export interface MarkInput {
  status: MarkChoice
  reason?: string
}

export function emptyCounts(): AttendanceCounts {
  return { present: 0, excused: 0, unexcused: 0, exempt: 0 }
}

export function countMarks(marks: readonly Pick<AttendanceMark, 'status'>[]): AttendanceCounts {
  const counts = emptyCounts()
  for (const m of marks) counts[m.status]++
  return counts
}

/** Members expected to attend: everyone but the exempt. */
export function expectedCount(counts: AttendanceCounts): number {
  return counts.present + counts.excused + counts.unexcused
}

/** Percentage 0–100, or null when nobody was expected. */
export function attendanceRate(counts: AttendanceCounts): number | null {
  const expected = expectedCount(counts)
  return expected === 0 ? null : (counts.present / expected) * 100
}

export function meetsAttendance(
  rate: number | null,
  params: Pick<RulesParams, 'attendanceMinPercent'>
): boolean {
  return rate !== null && rate >= params.attendanceMinPercent
}

/**
 * The minutes say why a member was absent with reason (docs/design.md §6: the minutes hold who was
 * present, excused or absent without reason): "Ghi lý do vắng cho: …" naming those without one, or
 * null. The full minutes and the month screen refuse a save on it alike, so both store the same marks.
 */
export function missingReasons(
  expected: readonly Pick<RollEntry, 'memberId' | 'fullName'>[],
  choices: Readonly<Record<string, MarkInput | undefined>>
): string | null {
  const names = withoutReason(expected, choices)
  return names.length ? `Ghi lý do vắng cho: ${names.join(', ')}.` : null
}

/** The names of those marked excused without a reason (the rule of missingReasons; the cell book asks it too). */
export function withoutReason(
  expected: readonly Pick<RollEntry, 'memberId' | 'fullName'>[],
  choices: Readonly<Record<string, MarkInput | undefined>>
): string[] {
  return expected
    .filter((m) => choices[m.memberId]?.status === 'excused' && !cleanText(choices[m.memberId]?.reason ?? ''))
    .map((m) => m.fullName)
}

/** "Tất cả có mặt": every expected member present. */
export function allPresent(roll: Roll): Record<string, MarkInput> {
  return Object.fromEntries(roll.expected.map((e) => [e.memberId, { status: 'present' as const }]))
}

/**
 * The members a stored meeting holds a mark for (present or absent) whom the roll of its date no
 * longer lists: their history was corrected since, or the meeting's date moved. buildMarks walks the
 * roll, so a save drops these marks — which keeps the figures right, as the rate and the absence
 * warning count the cell's members on that day (docs/design.md §6) —, but never unasked: both editors
 * name them (offRollQuestion) and save only when the clerk confirms. Exempt marks follow the roll and
 * count nowhere; they are not in `marked`.
 */
export function marksOffRoll(roll: Roll, marked: Iterable<string>): string[] {
  const onRoll = new Set([...roll.expected, ...roll.apart].map((e) => e.memberId))
  return [...marked].filter((id) => !onRoll.has(id))
}

/** The question before a save that drops marksOffRoll: each meeting ("buổi ngày …") with the names. */
export function offRollQuestion(meetings: readonly { meeting: string; names: readonly string[] }[]): string {
  const listed = meetings.map((m) => `${m.meeting}: ${m.names.join(', ')}`).join('; ')
  return (
    `Có điểm danh của người không thuộc chi bộ vào ngày họp, theo quá trình sinh hoạt ở hồ sơ đảng viên (${listed}). ` +
    'Lưu thì bỏ các điểm danh này, vì tỷ lệ dự họp và cảnh báo vắng chỉ tính đảng viên của chi bộ ngày họp. ' +
    'Nếu đồng chí có sinh hoạt ở chi bộ ngày đó, bấm "Không lưu" rồi sửa quá trình sinh hoạt ở hồ sơ đảng viên.'
  )
}

/** The confirmation both editors ask with offRollQuestion. */
export const OFF_ROLL_BUTTONS = { title: 'Bỏ điểm danh', confirm: 'Bỏ điểm danh và lưu', cancel: 'Không lưu' }

/**
 * The marks to store for a meeting: one per expected member (their choice) and one 'exempt' mark per
 * member listed apart. Returns the members left unmarked so the form can say who is missing.
 */
export function buildMarks(
  meeting: Pick<Meeting, 'id' | 'cellId' | 'date'>,
  roll: Roll,
  choices: Readonly<Record<string, MarkInput | undefined>>
): { marks: AttendanceMark[]; unmarked: string[] } {
  const marks: AttendanceMark[] = []
  const unmarked: string[] = []
  const base = (memberId: string) => ({
    id: `${meeting.id}:${memberId}`,
    meetingId: meeting.id,
    memberId,
    cellId: meeting.cellId,
    date: meeting.date
  })
  for (const e of roll.expected) {
    const choice = choices[e.memberId]
    if (!choice) {
      unmarked.push(e.memberId)
      continue
    }
    const reason = choice.status === 'present' ? undefined : choice.reason?.trim() || undefined
    marks.push({ ...base(e.memberId), status: choice.status, ...(reason ? { reason } : {}) })
  }
  for (const e of roll.apart) marks.push({ ...base(e.memberId), status: 'exempt' })
  return { marks, unmarked }
}

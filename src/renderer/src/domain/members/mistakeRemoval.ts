// "Xóa hồ sơ tạo nhầm": a member record created by mistake goes with everything recorded against
// it, so no attendance mark, review, honour, task completion or committee seat is left pointing at
// nothing (and no rate counts a phantom). Pure: what each kind of record keeps once the member is
// gone, and how the confirmation and the audit log say what goes. The records are found and written
// by db/repositories/memberReferences.ts.
import type { AttendanceSheet, Cell, Meeting, MeetingTask, Member } from '../entities'
import { sheetOf } from '../meetings/attendanceSheet'

/** What is recorded against a member, counted as the confirmation says it (one finder for both). */
export interface MistakeReferenceCounts {
  /** Life events on his timeline (awards included). */
  events: number
  /** Meetings where he has an attendance mark: the mark goes, the meeting's counts are recomputed. */
  markedMeetings: number
  /** Presentations (tham luận) he is named for in minutes: the line goes (it names no one else). */
  presentations: number
  /** Tasks where he is recorded as having done his part: that completion goes. */
  taskCompletions: number
  /** Years of his member reviews (đánh giá, xếp loại), oldest first. */
  reviewYears: number[]
  commendationsProposed: number
  commendationsAwarded: number
  badgesProposed: number
  badgesAwarded: number
  /** Seats of his in cells' committees (chi ủy). */
  committeeSeats: number
  /** Meetings he chaired or took the minutes of: the minutes keep his name, the link goes. */
  chairedMeetings: number
  /** Tasks he was in charge of: the task keeps his name, the link goes. */
  ownedTasks: number
  /** Review years already locked that hold a review of his: the removal is refused. */
  lockedYears: number[]
}

export const NO_REFERENCES: MistakeReferenceCounts = {
  events: 0,
  markedMeetings: 0,
  presentations: 0,
  taskCompletions: 0,
  reviewYears: [],
  commendationsProposed: 0,
  commendationsAwarded: 0,
  badgesProposed: 0,
  badgesAwarded: 0,
  committeeSeats: 0,
  chairedMeetings: 0,
  ownedTasks: 0,
  lockedYears: []
}

/** The sheet without his mark (its unexcused keys recomputed); null when he has no mark on it. */
export function sheetWithout(sheet: AttendanceSheet, memberId: string): AttendanceSheet | null {
  const marks = sheet.marks.filter((m) => m.memberId !== memberId)
  return marks.length === sheet.marks.length ? null : sheetOf(sheet, marks)
}

/**
 * The meeting without links to him; null when it has none. A chair or secretary is stored by id AND
 * name: the minutes say who chaired whatever the record was, so the name stays (his, when only the id
 * was stored) and only the link goes — as for a chair from outside the cell. A presentation line is
 * a member and a subject with no name of its own: without him it names no one (and the editor drops
 * such a line on its next save), so it goes, counted in the confirmation.
 */
export function meetingWithout(meeting: Meeting, member: Pick<Member, 'id' | 'fullName'>): Meeting | null {
  const chair = meeting.chairMemberId === member.id
  const secretary = meeting.secretaryMemberId === member.id
  const presentations = meeting.presentations.filter((p) => p.memberId !== member.id)
  if (!chair && !secretary && presentations.length === meeting.presentations.length) return null
  const out: Meeting = { ...meeting, presentations }
  if (chair) Object.assign(out, { chairMemberId: null, chairName: meeting.chairName || member.fullName })
  if (secretary)
    Object.assign(out, { secretaryMemberId: null, secretaryName: meeting.secretaryName || member.fullName })
  return out
}

/**
 * The task without links to him; null when it has none. A task given to him was decided at the
 * meeting and stays, with his name as its owner (as a task given to someone outside the ward); his
 * completion of a task for every member goes.
 */
export function taskWithout(task: MeetingTask, member: Pick<Member, 'id' | 'fullName'>): MeetingTask | null {
  const owner = task.ownerMemberId === member.id
  const completions = task.completions.filter((c) => c.memberId !== member.id)
  if (!owner && completions.length === task.completions.length) return null
  const out: MeetingTask = { ...task, completions }
  if (owner) Object.assign(out, { ownerMemberId: null, ownerName: task.ownerName || member.fullName })
  return out
}

/** The cell without his committee seats (a seat is his, nothing else to keep); null when none. */
export function cellWithout(cell: Cell, memberId: string): Cell | null {
  const committee = cell.committee.filter((s) => s.memberId !== memberId)
  return committee.length === cell.committee.length ? null : { ...cell, committee }
}

const yearsText = (years: readonly number[]) =>
  years.length === 1 ? `năm ${years[0]}` : `${years.length} năm (${years.join(', ')})`

/** What goes with the record, one part per kind, in the order the clerk recorded them. */
export function removedParts(c: MistakeReferenceCounts): string[] {
  const parts: [number, string][] = [
    [c.events, `${c.events} sự kiện`],
    [c.markedMeetings, `điểm danh ở ${c.markedMeetings} buổi sinh hoạt`],
    [c.presentations, `${c.presentations} tham luận trong biên bản`],
    [c.taskCompletions, `đánh dấu hoàn thành ở ${c.taskCompletions} nhiệm vụ`],
    [c.reviewYears.length, `kết quả xếp loại ${yearsText(c.reviewYears)}`],
    [c.commendationsProposed, `${c.commendationsProposed} đề nghị khen thưởng`],
    [c.commendationsAwarded, `${c.commendationsAwarded} quyết định khen thưởng`],
    [c.badgesProposed, `${c.badgesProposed} đề nghị tặng Huy hiệu Đảng`],
    [c.badgesAwarded, `${c.badgesAwarded} quyết định tặng Huy hiệu Đảng`],
    [c.committeeSeats, `${c.committeeSeats} chức vụ trong chi ủy`]
  ]
  return parts.filter(([n]) => n > 0).map(([, text]) => text)
}

/** Where his name stays as text and only the link to the record goes. */
export function keptParts(c: MistakeReferenceCounts): string[] {
  const parts: [number, string][] = [
    [c.chairedMeetings, `chủ trì/thư ký ${c.chairedMeetings} buổi sinh hoạt`],
    [c.ownedTasks, `người thực hiện ${c.ownedTasks} nhiệm vụ`]
  ]
  return parts.filter(([n]) => n > 0).map(([, text]) => text)
}

/** Why the record cannot go yet (a locked review year holds his result), or null. */
export function mistakeRemovalRefusal(fullName: string, c: MistakeReferenceCounts): string | null {
  if (c.lockedYears.length === 0) return null
  const years = c.lockedYears.join(', ')
  return (
    `Kết quả xếp loại năm ${years} đã khóa và có kết quả của ${fullName}; chưa xóa gì. ` +
    `Mở khóa năm ${years} (Đánh giá, xếp loại), xóa hồ sơ, rồi khóa lại.`
  )
}

/** The confirmation: exactly what goes, and where only the name stays. */
export function mistakeRemovalQuestion(fullName: string, c: MistakeReferenceCounts): string {
  const removed = removedParts(c)
  const kept = keptParts(c)
  return (
    `Xóa hẳn hồ sơ "${fullName}"${removed.length ? ` cùng ${removed.join(', ')}` : ''}?` +
    (kept.length ? ` Giữ tên, bỏ liên kết đến hồ sơ ở: ${kept.join(', ')}.` : '') +
    ' Chỉ dùng khi hồ sơ được tạo nhầm — đảng viên chuyển đi, từ trần… hãy ghi sự kiện, không xóa.'
  )
}

/** The audit log's line: the name only (the record's personal data goes with it), and what went. */
export function mistakeRemovalSummary(fullName: string, c: MistakeReferenceCounts): string {
  const removed = removedParts(c)
  const kept = keptParts(c)
  const details = [
    ...(removed.length ? [`cùng ${removed.join(', ')}`] : []),
    ...(kept.length ? [`giữ tên ở: ${kept.join(', ')}`] : [])
  ]
  return `Xóa hồ sơ tạo nhầm: ${fullName}${details.length ? ` (${details.join('; ')})` : ''}`
}

/** True when both say the same: what the clerk confirmed is what the removal found. */
export function sameReferenceCounts(a: MistakeReferenceCounts, b: MistakeReferenceCounts): boolean {
  const keys = Object.keys(NO_REFERENCES) as (keyof MistakeReferenceCounts)[]
  return keys.every((k) => String(a[k]) === String(b[k]))
}

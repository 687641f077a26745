// What is recorded against one member, for "Xóa hồ sơ tạo nhầm": ONE finder, read by the
// confirmation (counts) and by the removal (what to write), so the clerk is told exactly what goes.
// What each record keeps without him is domain/members/mistakeRemoval.ts.
//
// Reads (a ward: 10,000 members, ≈ 1,000,000 marks in ≈ 2,000 attendance books):
//   his timeline                 one timeline book, by key
//   attendance, meetings, tasks  the books of the cells he can have been recorded in, by key range
//                                (`${cellId}|…`) and by key (task lists): see cellsOfMember
//   member reviews               the `reviewIds` multiEntry index (`${year}:${memberId}`), the years
//                                being the `year` index's keys (no book read for them)
//   commendations, badges        their `memberId` index
//   cells                        the whole table: committee seats are not indexed (≈ 200 rows)
//   the seriously-ill list       one meta row
import type { Badge, Cell, Commendation, Meeting, Member, MemberReview } from '@renderer/domain/entities'
import { countMarks } from '@renderer/domain/meetings/attendance'
import {
  NO_REFERENCES,
  cellWithout,
  meetingWithout,
  sheetWithout,
  taskWithout,
  type MistakeReferenceCounts
} from '@renderer/domain/members/mistakeRemoval'
import { getDb, type SoChiBoDatabase } from '../database'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  MEMBER_REVIEW_BOOKS,
  TASK_LISTS,
  cellKeyRange,
  itemsById,
  openTimeline,
  timelinesOf,
  type AttendanceBook,
  type MeetingBook,
  type TaskList
} from '../books'
import { SERIOUSLY_ILL_KEY } from './metaRepository'

/** What removing a member takes with it: the counts the clerk is shown, and the rows to write. */
export interface MemberReferences {
  member: Member
  counts: MistakeReferenceCounts
  /** Attendance books rewritten without him (rolls and letters re-aligned), and those left empty. */
  attendanceBooks: AttendanceBook[]
  emptiedAttendanceBooks: string[]
  /** Meeting books whose meetings changed: counts recomputed, links to him cleared, new version. */
  meetingBooks: MeetingBook[]
  taskLists: TaskList[]
  reviews: MemberReview[]
  commendations: Commendation[]
  badges: Badge[]
  /** Cells without his committee seats, as a new version. */
  cells: Cell[]
  /** The seriously-ill list without him; null when he was not on it. */
  seriouslyIll: string[] | null
}

/** The tables the finder reads (a transaction over them sees one moment's records). */
export function referenceTables(db: SoChiBoDatabase) {
  return [
    db.members,
    db.timelineBooks,
    db.attendanceBooks,
    db.meetingBooks,
    db.taskLists,
    db.memberReviewBooks,
    db.reviewYears,
    db.commendations,
    db.badges,
    db.cells,
    db.meta,
    db.auditLog
  ]
}

/**
 * Everything recorded against the member, and what each record becomes without him. Call it inside
 * a transaction over referenceTables. `now` stamps the records changed (a new version: a form opened
 * on one of them before the removal is refused rather than write him back).
 */
export async function findMemberReferences(member: Member, now: string): Promise<MemberReferences> {
  const db = getDb()
  const id = member.id
  const events = (await timelinesOf([id])).flatMap(openTimeline)
  const cells = await cellsOfMember(member, events)
  const ranges = cells.map(cellKeyRange)
  const [attendance, meetingBooks, taskLists, reviews, commendations, badges, allCells, ill] =
    await Promise.all([
      ranges.length
        ? db.attendanceBooks.where('key').inAnyRange(ranges, { includeUppers: true }).toArray()
        : [],
      ranges.length ? db.meetingBooks.where('key').inAnyRange(ranges, { includeUppers: true }).toArray() : [],
      db.taskLists.bulkGet(cells),
      reviewsOf(id),
      db.commendations.where('memberId').equals(id).toArray(),
      db.badges.where('memberId').equals(id).toArray(),
      db.cells.toArray(),
      db.meta.get(SERIOUSLY_ILL_KEY)
    ])
  const counts: MistakeReferenceCounts = { ...NO_REFERENCES, events: events.length }

  // Marks: each book whose roll lists him is rebuilt from its sheets without his marks, so the
  // roll, every sheet's letters and the unexcused keys are made again for the members left. A sheet
  // that held only his mark goes, as a meeting saved without marks has none.
  const outBooks: AttendanceBook[] = []
  const emptied: string[] = []
  const recounted = new Map<string, ReturnType<typeof countMarks>>()
  for (const book of attendance) {
    if (!book.roll.includes(id)) continue
    const sheets = ATTENDANCE_BOOKS.itemsOf(book).flatMap((sheet) => {
      const without = sheetWithout(sheet, id)
      if (!without) return [sheet]
      counts.markedMeetings++
      recounted.set(sheet.meetingId, countMarks(without.marks))
      return without.marks.length ? [without] : []
    })
    if (sheets.length) outBooks.push(ATTENDANCE_BOOKS.build(book.key, sheets))
    else emptied.push(book.key)
  }

  const outTasks: TaskList[] = []
  const tasksChangedAt = new Set<string>()
  for (const list of taskLists) {
    if (!list) continue
    let changed = false
    const tasks = TASK_LISTS.itemsOf(list).map((task) => {
      const without = taskWithout(task, member)
      if (!without) return task
      changed = true
      if (task.ownerMemberId === id) counts.ownedTasks++
      if (without.completions.length < task.completions.length) counts.taskCompletions++
      tasksChangedAt.add(task.meetingId)
      return without
    })
    if (changed) outTasks.push(TASK_LISTS.build(list.cellId, tasks))
  }

  // Meetings: the counts cached for the statistics follow the marks left; the meetings whose tasks
  // changed get a new version too (as meetingRepository.remove does), so an editor opened on one
  // of them is refused instead of saving his completion back.
  const outMeetings: MeetingBook[] = []
  for (const book of meetingBooks) {
    let changed = false
    const meetings = MEETING_BOOKS.itemsOf(book).map((meeting): Meeting => {
      const without = meetingWithout(meeting, member)
      const marks = recounted.get(meeting.id)
      if (!without && !marks && !tasksChangedAt.has(meeting.id)) return meeting
      changed = true
      if (meeting.chairMemberId === id || meeting.secretaryMemberId === id) counts.chairedMeetings++
      if (without) counts.presentations += meeting.presentations.length - without.presentations.length
      return { ...(without ?? meeting), ...(marks ? { attendanceCounts: marks } : {}), updatedAt: now }
    })
    if (changed) outMeetings.push(MEETING_BOOKS.build(book.key, meetings))
  }

  const years = [...new Set(reviews.map((r) => r.year))].sort((a, b) => a - b)
  const locked = await db.reviewYears.bulkGet(years)
  counts.reviewYears = years
  counts.lockedYears = years.filter((_, i) => locked[i]?.finalized === 1)
  counts.commendationsAwarded = commendations.filter((c) => c.status === 'awarded').length
  counts.commendationsProposed = commendations.length - counts.commendationsAwarded
  counts.badgesAwarded = badges.filter((b) => b.status === 'awarded').length
  counts.badgesProposed = badges.length - counts.badgesAwarded

  const outCells: Cell[] = []
  for (const cell of allCells) {
    const without = cellWithout(cell, id)
    if (!without) continue
    counts.committeeSeats += cell.committee.length - without.committee.length
    outCells.push({ ...without, updatedAt: now })
  }

  // Marked for an early badge (tặng sớm): a mark on him, not a record of its own — it goes unsaid.
  const illList = (ill?.value as string[] | undefined) ?? []
  return {
    member,
    counts,
    attendanceBooks: outBooks,
    emptiedAttendanceBooks: emptied,
    meetingBooks: outMeetings,
    taskLists: outTasks,
    reviews,
    commendations,
    badges,
    cells: outCells,
    seriouslyIll: illList.includes(id) ? illList.filter((m) => m !== id) : null
  }
}

/**
 * The cells whose books can hold him. Attendance books have no index of their rolls (schema v4:
 * `key, year, *unexcusedKeys`), meetings none of their chairs, task lists none of their owners; but
 * the editors put on a roll (rollOn), and offer as chair, secretary, presenter or task owner, only
 * the members whose record or history places them in the cell on the day. So: his record's cell,
 * the cells his events name, and the cells his logged record changes named (a cell corrected since,
 * "Sửa chi bộ ghi nhầm", no longer appears in his history, but marks written before may be there).
 * Not found: a cell named only by an event since removed as a mistake (its log entry is the event's,
 * not the member's); marks left there are what "Kiểm tra dữ liệu" still reports. Finding them
 * without reading every attendance book (≈ 2,000 rows, ≈ 1,000,000 letters) needs an index of the
 * rolls, a schema version of its own.
 */
async function cellsOfMember(
  member: Member,
  events: readonly { cellId?: string | null; fromCellId?: string | null }[]
): Promise<string[]> {
  const cells = new Set<string>([member.cellId])
  for (const e of events) for (const cell of [e.cellId, e.fromCellId]) if (cell) cells.add(cell)
  const logged = await getDb().auditLog.where('[entity+entityId]').equals(['members', member.id]).toArray()
  for (const entry of logged)
    for (const side of [entry.before, entry.after]) {
      const cell = (side as { cellId?: unknown } | undefined)?.cellId
      if (typeof cell === 'string') cells.add(cell)
    }
  cells.delete('')
  return [...cells]
}

/** His member reviews, through the `reviewIds` index: one id per review year that has books. */
async function reviewsOf(memberId: string): Promise<MemberReview[]> {
  const years = (await getDb().memberReviewBooks.orderBy('year').uniqueKeys()) as number[]
  const found = await itemsById(
    MEMBER_REVIEW_BOOKS,
    years.map((year) => `${year}:${memberId}`)
  )
  return found.filter((r): r is MemberReview => r?.memberId === memberId)
}

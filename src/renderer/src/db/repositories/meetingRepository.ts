import type {
  AttendanceMark,
  Cell,
  Meeting,
  MeetingTask,
  Member,
  MemberEvent
} from '@renderer/domain/entities'
import { nowIso } from '@renderer/domain/ids'
import { MEETING_TYPE_LABELS } from '@renderer/domain/labels'
import { formatDate } from '@renderer/domain/dates'
import { countMarks } from '@renderer/domain/meetings/attendance'
import { toMarks, toSheet, toSheets, unexcusedRange } from '@renderer/domain/meetings/attendanceSheet'
import { carriedTasks } from '@renderer/domain/meetings/tasks'
import { carriedWrites } from '@renderer/domain/meetings/carriedWrites'
import { cellLifeCheck } from '@renderer/domain/meetings/cellLife'
import { topicSuggestions } from '@renderer/domain/meetings/topics'
import type { AbsenceMark } from '@renderer/domain/meetings/absences'
import { paramsOf, profileOfYear, sourcesOf } from '@renderer/domain/rules/profiles'
import { rulesRepository } from './rulesRepository'
import type { RulesParams, RulesSources } from '@renderer/domain/rules/params'
import { cleanRecordText } from '@renderer/domain/text'
import { StaleRecordError, changedSince, type SeenVersion } from '@renderer/domain/staleRecord'
import { getDb } from '../database'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  TASK_LISTS,
  TIMELINES,
  allItems,
  byDateThenId,
  cellKeyRange,
  cellYearKey,
  itemsById,
  itemsOfBooks,
  openSheet,
  putItems,
  removeItems,
  yearOfDate,
  UNEXCUSED_LETTER,
  type AttendanceBook
} from '../books'
import { writeAudit } from './auditRepository'

/** What one "Ghi sinh hoạt" form saves, together. */
export interface MeetingSaveInput {
  meeting: Meeting
  /** The full roll's marks (replaces the meeting's previous marks). */
  marks: AttendanceMark[]
  /** Tasks resolved at this meeting (replaces the meeting's previous tasks). */
  tasks: MeetingTask[]
  /**
   * Earlier meetings' tasks reported on at this meeting (closed, completions updated). Only those
   * that differ from `carriedSeen` are written.
   */
  carried?: MeetingTask[]
  /**
   * The carried tasks as the form read them (`carriedTasks`), before the clerk changed any; after
   * a save, the `carried` it sent (that is what is stored). A carried task the form changed is
   * written only when it is still stored as read; without this, the stored tasks stand for what
   * was read (and a change another window made meanwhile is not noticed).
   */
  carriedSeen?: MeetingTask[]
}

/** Everything the compliance grids and the overview need for a year: meetings only, no marks. */
export interface ComplianceInputs {
  year: number
  cells: Cell[]
  meetings: Meeting[]
  params: RulesParams
  sources: RulesSources
  /** Cells with a meeting recorded in an earlier year: tracked since before the year. */
  metBefore: Set<string>
}

/** Meetings, their attendance marks and tasks. Stored in books (db/books.ts): a cell's meetings of
 *  a year in one row, their attendance sheets in another, a cell's tasks in a third. */
/** What saving a meeting writes: its book, its sheet, tasks, the audit log (which names the cell). */
function meetingWriteTables(db: ReturnType<typeof getDb>) {
  return [db.meetingBooks, db.attendanceBooks, db.taskLists, db.cells, db.auditLog, db.settings]
}

export const meetingRepository = {
  async byCell(cellId: string): Promise<Meeting[]> {
    const [from, to] = cellKeyRange(cellId)
    const books = await getDb().meetingBooks.where('key').between(from, to, true, true).toArray()
    return books.flatMap(MEETING_BOOKS.itemsOf).sort(byDateThenId)
  },
  async inPeriod(from: string, to: string): Promise<Meeting[]> {
    const books = await getDb()
      .meetingBooks.where('year')
      .between(yearOfDate(from), yearOfDate(to), true, true)
      .toArray()
    return books
      .flatMap(MEETING_BOOKS.itemsOf)
      .filter((m) => m.date >= from && m.date <= to)
      .sort(byDateThenId)
  },
  /** The meeting's marks, flat (stored as one sheet per meeting, in its cell's book of the year). */
  async attendance(meetingId: string): Promise<AttendanceMark[]> {
    const meeting = await meetingRepository.get(meetingId)
    return meeting ? marksOf(meeting) : []
  },
  async get(id: string): Promise<Meeting | undefined> {
    return (await itemsById(MEETING_BOOKS, [id]))[0]
  },
  async tasksOf(meetingId: string): Promise<MeetingTask[]> {
    const meeting = await meetingRepository.get(meetingId)
    return meeting ? tasksOfMeeting(meeting) : []
  },
  /** What the meeting's form opens with: the meeting, its marks and its tasks, the meeting read once. */
  async minutes(
    id: string
  ): Promise<{ meeting: Meeting; marks: AttendanceMark[]; tasks: MeetingTask[] } | undefined> {
    const meeting = await meetingRepository.get(id)
    if (!meeting) return undefined
    const [marks, tasks] = await Promise.all([marksOf(meeting), tasksOfMeeting(meeting)])
    return { meeting, marks, tasks }
  },

  /** Meetings of a year, of one cell or all, newest first. */
  async list(filter: { year: number; cellId?: string | null }): Promise<Meeting[]> {
    const db = getDb()
    const found = filter.cellId
      ? await itemsOfBooks(MEETING_BOOKS, [cellYearKey(filter.cellId, filter.year)])
      : (await db.meetingBooks.where('year').equals(filter.year).toArray()).flatMap(MEETING_BOOKS.itemsOf)
    return found.sort(
      (a, b) => b.date.localeCompare(a.date) || (b.startTime ?? '').localeCompare(a.startTime ?? '')
    )
  },

  /**
   * Saves a meeting with its attendance marks and tasks in ONE transaction: the cached counts are
   * recomputed from the marks, the marks replace the meeting's sheet, tasks no longer in the form
   * are deleted, carried tasks are updated, and the audit log gets one line. A meeting whose date
   * moved to another year moves to that year's books. A failure leaves the database as it was.
   * `seen`: the `updatedAt` the editor opened (null: a new meeting). When the stored meeting is
   * another version (another window saved, deleted or created it since), nothing is written:
   * StaleRecordError. Of the carried tasks, only those the form changed (from `carriedSeen`) are
   * written; one of them changed or removed since the form read it (closed at a later meeting, its
   * meeting deleted, in another window) refuses the save the same way. A meeting whose tasks the
   * carried ones change (closed, completions) gets a new version too, so an editor opened on it
   * notices.
   */
  async save(typed: MeetingSaveInput, options: { seen?: SeenVersion } = {}): Promise<Meeting> {
    const input = cleanRecordText(typed)
    const db = getDb()
    const meeting: Meeting = {
      ...input.meeting,
      attendanceCounts: countMarks(input.marks),
      updatedAt: nowIso()
    }
    for (const m of input.marks)
      if (m.meetingId !== meeting.id || m.date !== meeting.date || m.cellId !== meeting.cellId)
        throw new Error('Điểm danh không khớp với buổi sinh hoạt.')
    for (const t of input.tasks)
      if (t.meetingId !== meeting.id || t.cellId !== meeting.cellId)
        throw new Error('Nhiệm vụ không khớp với buổi sinh hoạt.')
    return db.transaction('rw', meetingWriteTables(db), async () => {
      // The editors refuse it at the date already; here for every way in (cellLife.ts: such a
      // meeting has an empty roll and counts in no month).
      const cell = await db.cells.get(meeting.cellId)
      const into = cell?.mergedIntoId ? await db.cells.get(cell.mergedIntoId) : undefined
      const outside = cellLifeCheck(cell, () => into?.name)(meeting.date)
      if (outside) throw new Error(outside)
      const before = await meetingRepository.get(meeting.id)
      if (options.seen !== undefined && changedSince(before, options.seen))
        throw new StaleRecordError(
          await meetingName(before ?? meeting),
          undefined,
          options.seen === null ? 'ghi' : 'sửa'
        )
      const oldKeys = before ? [MEETING_BOOKS.keyOf(before)] : []
      const cells = [...new Set([meeting.cellId, ...(before ? [before.cellId] : [])])]
      const storedTasks = await tasksOfCells(cells)
      // The carried tasks to write, all checked before anything is written.
      const carried = carriedWrites(
        (input.carried ?? []).filter((t) => t.meetingId !== meeting.id),
        input.carriedSeen,
        new Map(storedTasks.map((t) => [t.id, t]))
      )
      const origins = await restamped(
        carried.changed.map((t) => t.meetingId),
        meeting.updatedAt
      )
      const stale = carried.stale ?? carried.changed.find((t) => !origins.some((m) => m.id === t.meetingId))
      if (stale) throw new StaleRecordError(`Nhiệm vụ kỳ trước “${stale.title}”`)
      const taskIds = new Set(input.tasks.map((t) => t.id))
      const dropped = storedTasks.filter((t) => t.meetingId === meeting.id && !taskIds.has(t.id))
      await removeItems(
        TASK_LISTS,
        dropped.map((t) => t.id),
        cells
      )
      await putItems(MEETING_BOOKS, [meeting, ...origins])
      if (input.marks.length) await putItems(ATTENDANCE_BOOKS, [toSheet(meeting, input.marks)], oldKeys)
      else await removeItems(ATTENDANCE_BOOKS, [meeting.id], [...oldKeys, MEETING_BOOKS.keyOf(meeting)])
      await putItems(TASK_LISTS, [...input.tasks, ...carried.changed])
      await writeAudit({
        entity: 'meetings',
        entityId: meeting.id,
        action: before ? 'update' : 'create',
        summary: `${before ? 'Sửa' : 'Ghi'} sinh hoạt ${MEETING_TYPE_LABELS[meeting.type].toLowerCase()} ngày ${formatDate(meeting.date)}${await cellSuffix(meeting.cellId)}`,
        ...(before ? { before: { date: before.date, type: before.type } } : {}),
        after: { date: meeting.date, type: meeting.type, counts: meeting.attendanceCounts }
      })
      return meeting
    })
  },

  /**
   * Saves several meetings with their marks in ONE transaction ("Ghi cả tháng"): each as `save`
   * does, keeping the tasks each meeting already has (that screen edits no tasks). A failure on any
   * leaves the database as it was.
   */
  async saveKeepingTasks(
    inputs: (Omit<MeetingSaveInput, 'tasks' | 'carried' | 'carriedSeen'> & { seen?: SeenVersion })[]
  ): Promise<Meeting[]> {
    const db = getDb()
    // The same tables as `save`, which runs inside this transaction for each meeting: one meeting
    // another window changed since (its `seen`) refuses them all.
    return db.transaction('rw', meetingWriteTables(db), async () => {
      const saved: Meeting[] = []
      for (const { seen, ...input } of inputs)
        saved.push(
          await meetingRepository.save(
            { ...input, tasks: await meetingRepository.tasksOf(input.meeting.id) },
            { seen }
          )
        )
      return saved
    })
  },

  /** Deletes a meeting, its marks and tasks; tasks it had closed are open again. */
  async remove(id: string): Promise<void> {
    const db = getDb()
    await db.transaction(
      'rw',
      [db.meetingBooks, db.attendanceBooks, db.taskLists, db.cells, db.auditLog, db.settings],
      async () => {
        const meeting = await meetingRepository.get(id)
        if (!meeting) return
        const key = MEETING_BOOKS.keyOf(meeting)
        await removeItems(ATTENDANCE_BOOKS, [id], [key])
        const tasks = await tasksOfCell(meeting.cellId)
        await removeItems(
          TASK_LISTS,
          tasks.filter((t) => t.meetingId === id).map((t) => t.id),
          [meeting.cellId]
        )
        const closedHere = tasks.filter((t) => t.meetingId !== id && t.closedAtMeetingId === id)
        await putItems(
          TASK_LISTS,
          closedHere.map((t) => ({ ...t, status: 'open' as const, closedOn: null, closedAtMeetingId: null }))
        )
        // The meetings whose tasks open again are changed: an editor opened on one of them notices.
        await putItems(
          MEETING_BOOKS,
          await restamped(
            closedHere.map((t) => t.meetingId),
            nowIso()
          )
        )
        await removeItems(MEETING_BOOKS, [id], [key])
        await writeAudit({
          entity: 'meetings',
          entityId: id,
          action: 'delete',
          summary: `Xóa biên bản sinh hoạt ngày ${formatDate(meeting.date)}${await cellSuffix(meeting.cellId)}`,
          before: { date: meeting.date, type: meeting.type, cellId: meeting.cellId }
        })
      }
    )
  },

  /** Open tasks of a cell (any meeting). */
  async openTasks(cellId: string): Promise<MeetingTask[]> {
    return (await tasksOfCell(cellId)).filter((t) => t.status === 'open')
  },

  /** The tasks to report on at a meeting of the cell on `date` (domain/meetings/tasks.ts carriedTasks). */
  async carriedTasks(cellId: string, date: string, currentMeetingId?: string): Promise<MeetingTask[]> {
    const tasks = await tasksOfCell(cellId)
    if (tasks.length === 0) return []
    const dates = new Map((await meetingRepository.byCell(cellId)).map((m) => [m.id, m.date]))
    return carriedTasks(tasks, dates, cellId, date, currentMeetingId)
  },

  /** Tasks resolved at the given meetings (statistics). */
  async tasksOfMeetings(meetingIds: string[]): Promise<MeetingTask[]> {
    const meetings = (await itemsById(MEETING_BOOKS, meetingIds)).filter((m): m is Meeting => !!m)
    const wanted = new Set(meetingIds)
    return (await tasksOfCells([...new Set(meetings.map((m) => m.cellId))])).filter((t) =>
      wanted.has(t.meetingId)
    )
  },

  /**
   * Unexcused absence marks in a calendar year. With member ids: one range per member on the
   * books' multiEntry `unexcusedKeys` index (`${memberId}|${date}`), so only the books where one
   * of them was absent without reason are read. Without: every attendance book of the year.
   */
  async unexcusedInYear(year: number, memberIds?: string[]): Promise<AbsenceMark[]> {
    const db = getDb()
    let books: AttendanceBook[]
    let wanted: (memberId: string) => boolean
    if (memberIds) {
      if (memberIds.length === 0) return []
      const ids = new Set(memberIds)
      wanted = (id) => ids.has(id)
      books = await db.attendanceBooks
        .where('unexcusedKeys')
        .inAnyRange(
          memberIds.map((id) => unexcusedRange(id, year)),
          { includeUppers: true }
        )
        .distinct()
        .toArray()
    } else {
      wanted = () => true
      books = await db.attendanceBooks.where('year').equals(year).toArray()
    }
    // Read straight from the stored letters: only the unexcused marks are built.
    const out: AbsenceMark[] = []
    for (const book of books)
      for (const sheet of book.sheets)
        for (
          let i = sheet.statuses.indexOf(UNEXCUSED_LETTER);
          i >= 0;
          i = sheet.statuses.indexOf(UNEXCUSED_LETTER, i + 1)
        )
          if (wanted(book.roll[i]))
            out.push({ memberId: book.roll[i], date: sheet.date, status: 'unexcused' })
    return out
  },

  /** Every mark of a year (no reasons): the consecutive-absence check reads runs per member. */
  async marksInYear(year: number): Promise<AbsenceMark[]> {
    const books = await getDb().attendanceBooks.where('year').equals(year).toArray()
    const out: AbsenceMark[] = []
    for (const book of books)
      for (const sheet of book.sheets)
        for (const m of openSheet(sheet, book).marks)
          out.push({ memberId: m.memberId, date: sheet.date, status: m.status })
    return out
  },

  /** Meetings of a year (no marks), the cells and the year's rules: input of complianceGrid. */
  async complianceInputs(year: number): Promise<ComplianceInputs> {
    const db = getDb()
    const [cells, books, rules, metBefore] = await Promise.all([
      db.cells.toArray(),
      db.meetingBooks.where('year').equals(year).toArray(),
      rulesRepository.book(),
      meetingRepository.cellsMetBefore(year)
    ])
    const meetings = books.flatMap(MEETING_BOOKS.itemsOf)
    const profile = profileOfYear(year, rules)
    return { year, cells, meetings, params: paramsOf(profile), sources: sourcesOf(profile), metBefore }
  },

  /** Cells with a meeting recorded before `year` (compliance: tracked since before the year). */
  async cellsMetBefore(year: number): Promise<Set<string>> {
    // Keys only (`cellId|year`): no book is read.
    const keys = await getDb().meetingBooks.where('year').below(year).primaryKeys()
    return new Set(keys.map((k) => String(k).split('|')[0]))
  },

  /** The members who may be on a cell's roll on some date, with their events: everyone who is in
   *  the cell now or whose history mentions it (moved in or out, transferred). */
  async rollInputs(cellId: string): Promise<{ members: Member[]; events: MemberEvent[] }> {
    const db = getDb()
    const [current, allEvents] = await Promise.all([
      db.members.where('cellId').equals(cellId).toArray(),
      allItems(TIMELINES)
    ])
    const ids = new Set(current.map((m) => m.id))
    const extra = new Set<string>()
    for (const e of allEvents)
      if ((e.cellId === cellId || e.fromCellId === cellId) && !ids.has(e.memberId)) extra.add(e.memberId)
    const others = (await db.members.bulkGet([...extra])).filter((m): m is Member => !!m)
    const members = [...current, ...others]
    const wanted = new Set(members.map((m) => m.id))
    return { members, events: allEvents.filter((e) => wanted.has(e.memberId)) }
  },

  /** Thematic topics already used, newest first, then the seeds' suggestions. */
  async topicSuggestions(): Promise<string[]> {
    const meetings = await allItems(MEETING_BOOKS)
    return topicSuggestions(meetings.filter((m) => m.type === 'thematic' || m.type === 'combined'))
  },

  /**
   * Writes many meetings with their marks and tasks in one transaction (demo data, import). The
   * marks are grouped into one sheet per meeting, which replaces that meeting's stored sheet: give
   * ALL the marks of a meeting in the same call.
   */
  async bulkSave(
    meetings: Meeting[],
    marks: AttendanceMark[] = [],
    tasks: MeetingTask[] = []
  ): Promise<void> {
    const db = getDb()
    const sheets = toSheets(marks, meetings)
    // Fill the cached counts the statistics read, for meetings that come without them.
    const counted = new Map(sheets.map((s) => [s.meetingId, countMarks(s.marks)]))
    meetings = meetings.map((m) =>
      m.attendanceCounts || !counted.has(m.id) ? m : { ...m, attendanceCounts: counted.get(m.id)! }
    )
    await db.transaction('rw', [db.meetingBooks, db.attendanceBooks, db.taskLists], async () => {
      await putItems(MEETING_BOOKS, meetings)
      await putItems(ATTENDANCE_BOOKS, sheets)
      await putItems(TASK_LISTS, tasks)
    })
  }
}

async function marksOf(meeting: Meeting): Promise<AttendanceMark[]> {
  const book = await getDb().attendanceBooks.get(MEETING_BOOKS.keyOf(meeting))
  const sheet = book?.sheets.find((s) => s.meetingId === meeting.id)
  return sheet ? toMarks(openSheet(sheet, book!)) : []
}

async function tasksOfMeeting(meeting: Meeting): Promise<MeetingTask[]> {
  return (await tasksOfCell(meeting.cellId)).filter((t) => t.meetingId === meeting.id)
}

async function tasksOfCell(cellId: string): Promise<MeetingTask[]> {
  return itemsOfBooks(TASK_LISTS, [cellId])
}

async function tasksOfCells(cellIds: string[]): Promise<MeetingTask[]> {
  return itemsOfBooks(TASK_LISTS, cellIds)
}

/** "Buổi sinh hoạt ngày 03/03/2026 của Chi bộ Khu phố 3": what a refused save names. */
async function meetingName(meeting: Meeting): Promise<string> {
  const cell = await getDb().cells.get(meeting.cellId)
  return `Buổi sinh hoạt ngày ${formatDate(meeting.date)} của ${cell?.name ?? 'chi bộ'}`
}

/** The stored meetings of these ids as a new version (`updatedAt`), to be put back. */
async function restamped(ids: string[], updatedAt: string): Promise<Meeting[]> {
  const found = await itemsById(MEETING_BOOKS, [...new Set(ids)])
  return found.filter((m): m is Meeting => !!m).map((m) => ({ ...m, updatedAt }))
}

/** " — Chi bộ Khu phố 3": the audit line names the cell, not only the date. */
async function cellSuffix(cellId: string): Promise<string> {
  const cell = await getDb().cells.get(cellId)
  return cell ? ` — ${cell.name}` : ''
}

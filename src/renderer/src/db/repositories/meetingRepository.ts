import type { AttendanceMark, AttendanceSheet, Cell, Meeting, MeetingTask, Member, MemberEvent, RulesProfile } from '@renderer/domain/entities'
import { nowIso } from '@renderer/domain/ids'
import { MEETING_TYPE_LABELS } from '@renderer/domain/labels'
import { formatDate } from '@renderer/domain/dates'
import { countMarks } from '@renderer/domain/meetings/attendance'
import { toMarks, toSheet, toSheets, unexcusedRange } from '@renderer/domain/meetings/attendanceSheet'
import { carriedTasks } from '@renderer/domain/meetings/tasks'
import { topicSuggestions } from '@renderer/domain/meetings/topics'
import type { AbsenceMark } from '@renderer/domain/meetings/absences'
import { paramsOf, profileForYear } from '@renderer/domain/rules/profiles'
import { rulesRepository } from './rulesRepository'
import type { RulesParams, RulesSources } from '@renderer/domain/rules/params'
import { getDb } from '../database'
import { writeAudit } from './auditRepository'

/** What one "Ghi sinh hoạt" form saves, together. */
export interface MeetingSaveInput {
  meeting: Meeting
  /** The full roll's marks (replaces the meeting's previous marks). */
  marks: AttendanceMark[]
  /** Tasks resolved at this meeting (replaces the meeting's previous tasks). */
  tasks: MeetingTask[]
  /** Earlier tasks reported on at this meeting (closed, completions updated). */
  carried?: MeetingTask[]
}

/** Everything the compliance grids and the overview need for a year: meetings only, no marks. */
export interface ComplianceInputs {
  year: number
  cells: Cell[]
  meetings: Meeting[]
  params: RulesParams
  sources: RulesSources
}

/** Meetings, their attendance marks and tasks. */
export const meetingRepository = {
  async byCell(cellId: string): Promise<Meeting[]> {
    return getDb().meetings.where('[cellId+date]').between([cellId, ''], [cellId, '\uffff']).toArray()
  },
  async inPeriod(from: string, to: string): Promise<Meeting[]> {
    return getDb().meetings.where('date').between(from, to, true, true).toArray()
  },
  /** The meeting's marks, flat (stored as one sheet per meeting, schema v2). */
  async attendance(meetingId: string): Promise<AttendanceMark[]> {
    const sheet = await getDb().attendanceSheets.get(meetingId)
    return sheet ? toMarks(sheet) : []
  },
  async get(id: string): Promise<Meeting | undefined> {
    return getDb().meetings.get(id)
  },
  async tasksOf(meetingId: string): Promise<MeetingTask[]> {
    return getDb().meetingTasks.where('meetingId').equals(meetingId).toArray()
  },

  /** Meetings of a year, of one cell or all, newest first. */
  async list(filter: { year: number; cellId?: string | null }): Promise<Meeting[]> {
    const db = getDb()
    const from = `${filter.year}-01-01`
    const to = `${filter.year}-12-31`
    const found = filter.cellId
      ? await db.meetings.where('[cellId+date]').between([filter.cellId, from], [filter.cellId, to], true, true).toArray()
      : await db.meetings.where('date').between(from, to, true, true).toArray()
    return found.sort((a, b) => b.date.localeCompare(a.date) || (b.startTime ?? '').localeCompare(a.startTime ?? ''))
  },

  /**
   * Saves a meeting with its attendance marks and tasks in ONE transaction: the cached counts are
   * recomputed from the marks, the marks replace the meeting's sheet (one row), tasks no longer in
   * the form are deleted, carried tasks are updated, and the audit log gets one line. A failure
   * leaves the database as it was.
   */
  async save(input: MeetingSaveInput): Promise<Meeting> {
    const db = getDb()
    const meeting: Meeting = { ...input.meeting, attendanceCounts: countMarks(input.marks), updatedAt: nowIso() }
    for (const m of input.marks)
      if (m.meetingId !== meeting.id || m.date !== meeting.date || m.cellId !== meeting.cellId)
        throw new Error('Điểm danh không khớp với buổi sinh hoạt.')
    for (const t of input.tasks)
      if (t.meetingId !== meeting.id || t.cellId !== meeting.cellId)
        throw new Error('Nhiệm vụ không khớp với buổi sinh hoạt.')
    const tables = [db.meetings, db.attendanceSheets, db.meetingTasks, db.auditLog, db.settings]
    return db.transaction('rw', tables, async () => {
      const before = await db.meetings.get(meeting.id)
      const taskIds = new Set(input.tasks.map((t) => t.id))
      const oldTasks = await db.meetingTasks.where('meetingId').equals(meeting.id).primaryKeys()
      await db.meetingTasks.bulkDelete(oldTasks.filter((id) => !taskIds.has(id)))
      await db.meetings.put(meeting)
      if (input.marks.length) await db.attendanceSheets.put(toSheet(meeting, input.marks))
      else await db.attendanceSheets.delete(meeting.id)
      await db.meetingTasks.bulkPut([...input.tasks, ...(input.carried ?? [])])
      await writeAudit({
        entity: 'meetings',
        entityId: meeting.id,
        action: before ? 'update' : 'create',
        summary: `${before ? 'Sửa' : 'Ghi'} sinh hoạt ${MEETING_TYPE_LABELS[meeting.type].toLowerCase()} ngày ${formatDate(meeting.date)}`,
        ...(before ? { before: { date: before.date, type: before.type } } : {}),
        after: { date: meeting.date, type: meeting.type, counts: meeting.attendanceCounts }
      })
      return meeting
    })
  },

  /** Deletes a meeting, its marks and tasks; tasks it had closed are open again. */
  async remove(id: string): Promise<void> {
    const db = getDb()
    await db.transaction('rw', [db.meetings, db.attendanceSheets, db.meetingTasks, db.auditLog, db.settings], async () => {
      const meeting = await db.meetings.get(id)
      if (!meeting) return
      await db.attendanceSheets.delete(id)
      await db.meetingTasks.where('meetingId').equals(id).delete()
      const closedHere = await db.meetingTasks.where('cellId').equals(meeting.cellId).filter((t) => t.closedAtMeetingId === id).toArray()
      await db.meetingTasks.bulkPut(closedHere.map((t) => ({ ...t, status: 'open' as const, closedOn: null, closedAtMeetingId: null })))
      await db.meetings.delete(id)
      await writeAudit({
        entity: 'meetings',
        entityId: id,
        action: 'delete',
        summary: `Xóa biên bản sinh hoạt ngày ${formatDate(meeting.date)}`,
        before: { date: meeting.date, type: meeting.type, cellId: meeting.cellId }
      })
    })
  },

  /** Open tasks of a cell (any meeting). */
  async openTasks(cellId: string): Promise<MeetingTask[]> {
    return getDb().meetingTasks.where('cellId').equals(cellId).filter((t) => t.status === 'open').toArray()
  },

  /** The tasks to report on at a meeting of the cell on `date` (domain/meetings/tasks.ts carriedTasks). */
  async carriedTasks(cellId: string, date: string, currentMeetingId?: string): Promise<MeetingTask[]> {
    const db = getDb()
    const tasks = await db.meetingTasks.where('cellId').equals(cellId).toArray()
    if (tasks.length === 0) return []
    const meetings = await db.meetings.bulkGet([...new Set(tasks.map((t) => t.meetingId))])
    const dates = new Map(meetings.filter((m): m is Meeting => !!m).map((m) => [m.id, m.date]))
    return carriedTasks(tasks, dates, cellId, date, currentMeetingId)
  },

  /** Tasks resolved at the given meetings (statistics). */
  async tasksOfMeetings(meetingIds: string[]): Promise<MeetingTask[]> {
    return getDb().meetingTasks.where('meetingId').anyOf(meetingIds).toArray()
  },

  /**
   * Unexcused absence marks in a calendar year. With member ids: one range per member on the
   * sheets' multiEntry `unexcusedKeys` index (`${memberId}|${date}`), so only sheets where one of
   * them was absent without reason are read. Without: only the sheets of the meetings whose cached
   * counts show an unexcused absence (or have no counts) are read — fewer than every sheet of the year.
   */
  async unexcusedInYear(year: number, memberIds?: string[]): Promise<AbsenceMark[]> {
    const db = getDb()
    let sheets: AttendanceSheet[]
    let wanted: (memberId: string) => boolean
    if (memberIds) {
      if (memberIds.length === 0) return []
      const ids = new Set(memberIds)
      wanted = (id) => ids.has(id)
      sheets = await db.attendanceSheets
        .where('unexcusedKeys')
        .inAnyRange(memberIds.map((id) => unexcusedRange(id, year)), { includeUppers: true })
        .distinct()
        .toArray()
    } else {
      wanted = () => true
      const ids = await db.meetings
        .where('date')
        .between(`${year}-01-01`, `${year}-12-31`, true, true)
        .filter((m) => !m.attendanceCounts || m.attendanceCounts.unexcused > 0)
        .primaryKeys()
      sheets = (await db.attendanceSheets.bulkGet(ids)).filter((s): s is AttendanceSheet => !!s)
    }
    const out: AbsenceMark[] = []
    for (const sheet of sheets)
      for (const m of sheet.marks)
        if (m.status === 'unexcused' && wanted(m.memberId)) out.push({ memberId: m.memberId, date: sheet.date, status: m.status })
    return out
  },

  /** Meetings of a year (no marks), the cells and the year's rules: input of complianceGrid. */
  async complianceInputs(year: number): Promise<ComplianceInputs> {
    const db = getDb()
    const [cells, meetings, profiles] = await Promise.all([
      db.cells.toArray(),
      db.meetings.where('date').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray(),
      meetingRepository.profiles()
    ])
    const profile = profileForYear(year, profiles)
    return { year, cells, meetings, params: paramsOf(profile), sources: profile.sources as RulesSources }
  },

  /** Rules profiles (built-in and the clerk's copies), as the rules repository lists them. */
  async profiles(): Promise<RulesProfile[]> {
    return rulesRepository.list()
  },

  /** The members who may be on a cell's roll on some date, with their events: everyone who is in
   *  the cell now or whose history mentions it (moved in or out, transferred). */
  async rollInputs(cellId: string): Promise<{ members: Member[]; events: MemberEvent[] }> {
    const db = getDb()
    const [current, allEvents] = await Promise.all([
      db.members.where('cellId').equals(cellId).toArray(),
      db.memberEvents.toArray()
    ])
    const ids = new Set(current.map((m) => m.id))
    const extra = new Set<string>()
    for (const e of allEvents) if ((e.cellId === cellId || e.fromCellId === cellId) && !ids.has(e.memberId)) extra.add(e.memberId)
    const others = (await db.members.bulkGet([...extra])).filter((m): m is Member => !!m)
    const members = [...current, ...others]
    const wanted = new Set(members.map((m) => m.id))
    return { members, events: allEvents.filter((e) => wanted.has(e.memberId)) }
  },

  /** Thematic topics already used, newest first, then the seeds' suggestions. */
  async topicSuggestions(): Promise<string[]> {
    const thematic = await getDb().meetings.where('type').anyOf('thematic', 'combined').toArray()
    return topicSuggestions(thematic)
  },

  /**
   * Writes many meetings with their marks and tasks in one transaction (demo data, import). The
   * marks are grouped into one sheet per meeting, which replaces that meeting's stored sheet: give
   * ALL the marks of a meeting in the same call.
   */
  async bulkSave(meetings: Meeting[], marks: AttendanceMark[] = [], tasks: MeetingTask[] = []): Promise<void> {
    const db = getDb()
    const sheets = toSheets(marks, meetings)
    // Fill the cached counts the statistics read, for meetings that come without them.
    const counted = new Map(sheets.map((s) => [s.meetingId, countMarks(s.marks)]))
    meetings = meetings.map((m) => (m.attendanceCounts || !counted.has(m.id) ? m : { ...m, attendanceCounts: counted.get(m.id)! }))
    await db.transaction('rw', [db.meetings, db.attendanceSheets, db.meetingTasks], async () => {
      await db.meetings.bulkPut(meetings)
      await db.attendanceSheets.bulkPut(sheets)
      await db.meetingTasks.bulkPut(tasks)
    })
  }
}

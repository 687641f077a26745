import type { AttendanceMark, Meeting, MeetingTask } from '@renderer/domain/entities'
import { getDb } from '../database'

/** Meetings, their attendance marks and tasks. */
export const meetingRepository = {
  async byCell(cellId: string): Promise<Meeting[]> {
    return getDb().meetings.where('[cellId+date]').between([cellId, ''], [cellId, '\uffff']).toArray()
  },
  async inPeriod(from: string, to: string): Promise<Meeting[]> {
    return getDb().meetings.where('date').between(from, to, true, true).toArray()
  },
  async attendance(meetingId: string): Promise<AttendanceMark[]> {
    return getDb().attendance.where('meetingId').equals(meetingId).toArray()
  },

  /** Writes many meetings with their marks and tasks in one transaction (demo data, import). */
  async bulkSave(meetings: Meeting[], marks: AttendanceMark[] = [], tasks: MeetingTask[] = []): Promise<void> {
    const db = getDb()
    await db.transaction('rw', [db.meetings, db.attendance, db.meetingTasks], async () => {
      await db.meetings.bulkPut(meetings)
      await db.attendance.bulkPut(marks)
      await db.meetingTasks.bulkPut(tasks)
    })
  }
}

import type { AttendanceMark, Meeting, MemberReview } from '@renderer/domain/entities'
import { toMarks, toSheet } from '@renderer/domain/meetings/attendanceSheet'
import { getDb } from '../database'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  MEMBER_REVIEW_BOOKS,
  putItems,
  removeItems,
  yearOfDate
} from '../books'
import { writeAudit } from './auditRepository'

/** One cell's part of a batch of returned cell books (domain/roundtrip/plan.ts). */
export interface CellBookWrite {
  cellId: string
  /** Vietnamese one-line summary for the audit log. */
  summary: string
  /** Meetings added or changed, each with ALL its marks (they replace the stored sheet). */
  meetings: { meeting: Meeting; marks: AttendanceMark[] }[]
  reviews: MemberReview[]
}

/** The cell round trip: what a period's books are made from, and the batch import written back. */
export const cellBookRepository = {
  /** Every cell's meetings of a period with their marks, read once (two book scans). */
  async periodMeetings(
    from: string,
    to: string
  ): Promise<{ meetings: Meeting[]; marks: Map<string, AttendanceMark[]> }> {
    const db = getDb()
    const [y1, y2] = [yearOfDate(from), yearOfDate(to)]
    const [meetingBooks, attendanceBooks] = await Promise.all([
      db.meetingBooks.where('year').between(y1, y2, true, true).toArray(),
      db.attendanceBooks.where('year').between(y1, y2, true, true).toArray()
    ])
    const meetings = meetingBooks.flatMap(MEETING_BOOKS.itemsOf).filter((m) => m.date >= from && m.date <= to)
    const marks = new Map<string, AttendanceMark[]>()
    for (const book of attendanceBooks)
      for (const sheet of ATTENDANCE_BOOKS.itemsOf(book))
        if (sheet.date >= from && sheet.date <= to) marks.set(sheet.meetingId, toMarks(sheet))
    return { meetings, marks }
  },

  /**
   * Writes a whole batch in ONE transaction: meetings and their attendance sheets, member reviews,
   * one audit line per cell. Refused whole (nothing written) when a review's year is locked.
   */
  async importBatch(writes: readonly CellBookWrite[]): Promise<void> {
    const db = getDb()
    const meetings = writes.flatMap((w) => w.meetings)
    const reviews = writes.flatMap((w) => w.reviews)
    for (const { meeting, marks } of meetings)
      for (const m of marks)
        if (m.meetingId !== meeting.id || m.date !== meeting.date || m.cellId !== meeting.cellId)
          throw new Error('Điểm danh không khớp với buổi sinh hoạt.')
    const tables = [
      db.meetingBooks,
      db.attendanceBooks,
      db.memberReviewBooks,
      db.reviewYears,
      db.auditLog,
      db.settings
    ]
    await db.transaction('rw', tables, async () => {
      for (const year of new Set(reviews.map((r) => r.year)))
        if ((await db.reviewYears.get(year))?.finalized)
          throw new Error(`Kết quả năm ${year} đã khóa. Mở khóa trước khi nhập.`)
      await putItems(
        MEETING_BOOKS,
        meetings.map((m) => m.meeting)
      )
      const marked = meetings.filter((m) => m.marks.length)
      await putItems(
        ATTENDANCE_BOOKS,
        marked.map((m) => toSheet(m.meeting, m.marks))
      )
      const unmarked = meetings.filter((m) => !m.marks.length)
      await removeItems(
        ATTENDANCE_BOOKS,
        unmarked.map((m) => m.meeting.id),
        unmarked.map((m) => MEETING_BOOKS.keyOf(m.meeting))
      )
      await putItems(MEMBER_REVIEW_BOOKS, reviews)
      for (const w of writes)
        if (w.meetings.length || w.reviews.length)
          await writeAudit({ entity: 'cellBooks', entityId: w.cellId, action: 'import', summary: w.summary })
    })
  }
}

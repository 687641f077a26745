import type { AttendanceMark, Meeting, MemberReview } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import { nowIso } from '@renderer/domain/ids'
import { MEETING_TYPE_LABELS } from '@renderer/domain/labels'
import { toMarks, toSheet } from '@renderer/domain/meetings/attendanceSheet'
import { StaleRecordError, changedSince, type SeenVersion } from '@renderer/domain/staleRecord'
import { getDb } from '../database'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  itemsById,
  itemsOfBooks,
  putItems,
  removeItems,
  yearOfDate
} from '../books'
import { writeAudit } from './auditRepository'
import { reviewRepository } from './reviewRepository'

/** One cell's part of a batch of returned cell books (domain/roundtrip/plan.ts). */
export interface CellBookWrite {
  cellId: string
  /** Vietnamese one-line summary for the audit log. */
  summary: string
  /**
   * Meetings added or changed, each with ALL its marks (they replace the stored sheet) and the
   * `updatedAt` the preview saw (null: a new meeting); a meeting stored in another version since
   * refuses the whole batch (StaleRecordError). Without `seen`, not checked.
   */
  meetings: { meeting: Meeting; marks: AttendanceMark[]; seen?: SeenVersion }[]
  reviews: MemberReview[]
  /** Review id → the `updatedAt` the preview saw (null: none yet), checked as for meetings. */
  reviewsSeen?: ReadonlyMap<string, SeenVersion>
  /** Member id → name, for the audit entry of each rating changed. */
  names?: ReadonlyMap<string, string>
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
   * Writes a whole batch in ONE transaction: meetings and their attendance sheets, member reviews
   * (as reviewRepository.saveMemberReviews saves them, an audit entry per rating changed), one
   * audit line per cell. Refused whole (nothing written) when a review's year is locked, when a
   * meeting or review was saved elsewhere since the preview (`seen`): the plan's records are whole
   * records built from what the preview read, and would otherwise undo that save; or when a new
   * meeting's cell now has a meeting of its date and type, which it would otherwise duplicate.
   */
  async importBatch(writes: readonly CellBookWrite[]): Promise<void> {
    const db = getDb()
    const meetings = writes.flatMap((w) => w.meetings)
    const reviews = writes.flatMap((w) => w.reviews)
    for (const { meeting, marks } of meetings)
      for (const m of marks)
        if (m.meetingId !== meeting.id || m.date !== meeting.date || m.cellId !== meeting.cellId)
          throw new Error('Điểm danh không khớp với buổi sinh hoạt.')
    const reviewsSeen = new Map(writes.flatMap((w) => [...(w.reviewsSeen ?? [])]))
    const names = new Map(writes.flatMap((w) => [...(w.names ?? [])]))
    const tables = [
      db.cells,
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
      await refuseStaleMeetings(meetings)
      await refuseTwinMeetings(meetings)
      // Stamped at the write, as meetingRepository.save does: an editor opened before it notices.
      const now = nowIso()
      await putItems(
        MEETING_BOOKS,
        meetings.map((m) => ({ ...m.meeting, updatedAt: now }))
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
      // Joins this transaction (its tables are among ours): a stale review aborts the whole batch.
      await reviewRepository.saveMemberReviews(reviews, names, reviewsSeen)
      for (const w of writes)
        if (w.meetings.length || w.reviews.length)
          await writeAudit({ entity: 'cellBooks', entityId: w.cellId, action: 'import', summary: w.summary })
    })
  }
}

/** Throws when a meeting is no longer the version the preview saw (saved or deleted elsewhere). */
async function refuseStaleMeetings(meetings: CellBookWrite['meetings']): Promise<void> {
  const checked = meetings.filter((m) => m.seen !== undefined)
  const stored = await itemsById(
    MEETING_BOOKS,
    checked.map((m) => m.meeting.id)
  )
  for (const [i, { meeting, seen }] of checked.entries()) {
    if (!changedSince(stored[i], seen!)) continue
    const cell = await getDb().cells.get(meeting.cellId)
    throw new StaleRecordError(
      `Buổi sinh hoạt ngày ${formatDate((stored[i] ?? meeting).date)} của ${cell?.name ?? 'chi bộ'}`
    )
  }
}

/**
 * Throws when a meeting planned as new (`seen` null) now has a stored twin — same cell, date and
 * type — written elsewhere since the preview, which found none (plan.ts refuses a row duplicating a
 * stored meeting). Meetings this batch rewrites are left out: the stale check above has made sure
 * they are as the preview saw them, and the plan has already placed them.
 */
async function refuseTwinMeetings(meetings: CellBookWrite['meetings']): Promise<void> {
  const fresh = meetings.filter((m) => m.seen === null).map((m) => m.meeting)
  if (!fresh.length) return
  const rewritten = new Set(meetings.map((m) => m.meeting.id))
  const stored = (await itemsOfBooks(MEETING_BOOKS, [...new Set(fresh.map(MEETING_BOOKS.keyOf))])).filter(
    (m) => !rewritten.has(m.id)
  )
  for (const meeting of fresh) {
    const twin = stored.some(
      (m) => m.cellId === meeting.cellId && m.date === meeting.date && m.type === meeting.type
    )
    if (!twin) continue
    const cell = await getDb().cells.get(meeting.cellId)
    throw new StaleRecordError(
      `Buổi sinh hoạt ${MEETING_TYPE_LABELS[meeting.type].toLowerCase()} ngày ${formatDate(meeting.date)} của ${cell?.name ?? 'chi bộ'}`,
      undefined,
      'ghi'
    )
  }
}

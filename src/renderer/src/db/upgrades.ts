import type { Transaction } from 'dexie'
import type {
  AttendanceMark,
  AttendanceSheet,
  AttendanceStatus,
  Meeting,
  MeetingTask,
  Member,
  MemberEvent,
  MemberReview,
  OrganizationSettings
} from '@renderer/domain/entities'
import { sheetMark, sheetOf, toSheets } from '@renderer/domain/meetings/attendanceSheet'
import { withDerivedFields } from '@renderer/domain/memberRecord'
import { todayIso } from '@renderer/domain/dates'
import { nowIso } from '@renderer/domain/ids'
import { appendAuditTo } from './auditAppend'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  MEMBER_REVIEW_BOOKS,
  MEMBER_TIMELINES_V5,
  TASK_LISTS,
  TIMELINES,
  groupBy,
  pack,
  yearOfDate,
  type AttendanceBook,
  type BookKind
} from './books'

/**
 * Data upgrades, keyed by the schema version they upgrade TO. Version 1 has none.
 * Add one per data change, e.g. `3: async (tx) => { await tx.table('members').toCollection().modify(...) }`,
 * and a test in `database.upgrade.test.ts` that seeds the previous version and checks the result.
 */
export type UpgradeMap = Record<number, (tx: Transaction) => Promise<void> | void>

/** Meetings whose marks are moved per step: ≈ 40 marks each keeps a step near 20,000 rows in memory. */
const MEETINGS_PER_STEP = 500

/**
 * v1 → v2: the `attendance` rows (one per mark) become one `attendanceSheets` row per meeting.
 * Dexie keeps a table that the new version sets to `null` readable through the upgrade
 * transaction and deletes it only after this function has finished (dexie.mjs
 * updateTablesAndIndexes: the deleted tables are added to the upgrade schema, then
 * deleteRemovedTables runs as the next step). Walks the meetingId index in steps so ~1,000,000
 * marks never sit in memory at once. The meeting's own cell and date go on its sheet.
 */
async function attendanceToSheets(tx: Transaction): Promise<void> {
  const marks = tx.table<AttendanceMark, string>('attendance')
  const meetings = tx.table<Meeting, string>('meetings')
  const sheets = tx.table('attendanceSheets')
  const meetingIds = (await marks.orderBy('meetingId').uniqueKeys()) as string[]
  for (let i = 0; i < meetingIds.length; i += MEETINGS_PER_STEP) {
    const ids = meetingIds.slice(i, i + MEETINGS_PER_STEP)
    const [step, places] = await Promise.all([
      marks
        .where('meetingId')
        .between(ids[0], ids[ids.length - 1], true, true)
        .toArray(),
      meetings.bulkGet(ids)
    ])
    await sheets.bulkAdd(
      toSheets(
        step,
        places.filter((m): m is Meeting => !!m)
      )
    )
  }
}

/**
 * v2 → v3: rows become books (db/books.ts). Events, meetings, tasks and reviews are read whole
 * (≈ 150,000 small records at ward scale); attendance sheets (≈ 1,000,000 marks) a year at a time
 * on their date index, since a year's sheets fill exactly that year's books. The v2 tables are
 * deleted by Dexie after this function (see attendanceToSheets).
 */
async function rowsToBooks(tx: Transaction): Promise<void> {
  const write = async <B, T>(kind: BookKind<B, T>, items: T[]) => {
    await tx.table(kind.table).bulkPut(pack(kind, items))
  }
  await write(MEMBER_TIMELINES_V5, await tx.table<MemberEvent, string>('memberEvents').toArray())
  await write(MEETING_BOOKS, await tx.table<Meeting, string>('meetings').toArray())
  await write(TASK_LISTS, await tx.table<MeetingTask, string>('meetingTasks').toArray())
  await write(MEMBER_REVIEW_BOOKS, await tx.table<MemberReview, string>('memberReviews').toArray())
  const sheets = tx.table<AttendanceSheet, string>('attendanceSheets')
  const first = await sheets.orderBy('date').first()
  const last = await sheets.orderBy('date').last()
  if (!first || !last) return
  for (let year = yearOfDate(first.date); year <= yearOfDate(last.date); year++)
    await write(
      ATTENDANCE_BOOKS,
      await sheets.where('date').between(`${year}-01-01`, `${year}-12-31\uffff`, true, true).toArray()
    )
}

/** A v3 attendance book: each sheet lists its members' ids, with one letter each. */
interface AttendanceBookV3 {
  key: string
  cellId: string
  sheets: {
    meetingId: string
    date: string
    memberIds: string[]
    statuses: string
    reasons?: Record<string, string>
  }[]
}

const V3_LETTERS: Record<string, AttendanceStatus> = {
  p: 'present',
  e: 'excused',
  u: 'unexcused',
  x: 'exempt'
}

/**
 * The sheets of a v3 attendance book, read as v3 wrote them: that format is frozen here, never taken
 * from books.ts (which reads today's books). What they become is today's AttendanceSheet, as any sheet.
 */
function sheetsOfV3Book(book: AttendanceBookV3): AttendanceSheet[] {
  return book.sheets.map((s) =>
    sheetOf(
      { meetingId: s.meetingId, cellId: book.cellId, date: s.date },
      s.memberIds.map((memberId, i) => sheetMark(memberId, V3_LETTERS[s.statuses[i]], s.reasons?.[i]))
    )
  )
}

/** Rewrites every book of a kind as today's books.ts writes it (`itemsOf` reads either form). */
async function rewriteBooks<B, T>(tx: Transaction, kind: BookKind<B, T>): Promise<void> {
  await tx
    .table(kind.table)
    .toCollection()
    .modify((book: B, ref: { value: unknown }) => {
      ref.value = kind.build(kind.bookKey(book), kind.itemsOf(book))
    })
}

/**
 * v3 → v4 (db/books.ts): each attendance book lists its members once and keeps one letter per
 * member of that roll; records in books leave out the cell, year or member their book already
 * says. Rewritten row by row (≈ 26,000 books at ward scale). An attendance book that already has a
 * roll was written by UPGRADES[3] in this same upgrade (it packs with today's books.ts) and is left
 * as it is. The members' dropped indexes are Dexie's business.
 */
async function compactBooks(tx: Transaction): Promise<void> {
  for (const kind of [MEMBER_TIMELINES_V5, MEETING_BOOKS, TASK_LISTS, MEMBER_REVIEW_BOOKS] as BookKind<
    unknown,
    unknown
  >[])
    await rewriteBooks(tx, kind)
  await tx
    .table('attendanceBooks')
    .toCollection()
    .modify((book: AttendanceBook | AttendanceBookV3, ref: { value: unknown }) => {
      if ('roll' in book) return
      ref.value = ATTENDANCE_BOOKS.build(book.key, sheetsOfV3Book(book))
    })
}

/**
 * v4 → v5: the log of a deleted mistake kept the whole member record (CCCD, address, …) in `before`.
 * The record was a mistake and is gone; its log entry keeps the summary with the name only.
 */
async function forgetDeletedMistakes(tx: Transaction): Promise<void> {
  await tx
    .table('auditLog')
    .where('[entity+entityId]')
    .between(['members', ''], ['members', '\uffff'])
    .filter((e: { action: string }) => e.action === 'delete')
    .modify((e: { before?: unknown }) => {
      delete e.before
    })
}

/**
 * v5 → v6: each member's timeline row moves into the book of its bucket (timelineBookKey). The
 * ward's ≈ 10,000 rows are ≈ 35,000 events, read at once like the year-end reports read them.
 */
async function timelinesIntoBooks(tx: Transaction): Promise<void> {
  const events = (await tx.table('memberTimelines').toArray()).flatMap(MEMBER_TIMELINES_V5.itemsOf)
  await tx.table(TIMELINES.table).bulkAdd(pack(TIMELINES, events))
}

/**
 * v5 → v6: each review book's xuất sắc decisions move to a book of their own (reviewBookKey). The
 * ward's ≈ 74,000 reviews are read and packed again; books an earlier step of this same upgrade
 * wrote already split are packed the same way.
 */
async function excellentReviewsApart(tx: Transaction): Promise<void> {
  const table = tx.table(MEMBER_REVIEW_BOOKS.table)
  const reviews = (await table.toArray()).flatMap(MEMBER_REVIEW_BOOKS.itemsOf)
  await table.clear()
  await table.bulkAdd(pack(MEMBER_REVIEW_BOOKS, reviews))
}

/**
 * v6 → v7: the members with a temporary transfer in their history get their derived fields (status,
 * active, cell) again by the rule of memberState.ts, on the day of the upgrade, as a save would.
 * Every other change to a member is logged: so is this one, as ONE entry in the same transaction,
 * chained like any other, saying how many records changed and naming no one (the records say who).
 */
async function temporaryStaysDerivedAgain(tx: Transaction): Promise<void> {
  const events = (await tx.table(TIMELINES.table).toArray()).flatMap(TIMELINES.itemsOf)
  const byMember = groupBy(events, (e) => e.memberId)
  const ids = [...byMember]
    .filter(([, list]) => list.some((e) => e.transferKind === 'temporary'))
    .map(([id]) => id)
  if (!ids.length) return
  const table = tx.table('members')
  const members = (await table.bulkGet(ids)) as (Member | undefined)[]
  const today = todayIso()
  const changed = members
    .filter((m): m is Member => !!m)
    .map((m) => ({ before: m, after: withDerivedFields(m, byMember.get(m.id)!, today) }))
    .filter(({ before, after }) => JSON.stringify(before) !== JSON.stringify(after))
    .map(({ after }) => after)
  if (!changed.length) return
  await table.bulkPut(changed)
  const settings = (await tx.table('settings').get('organization')) as OrganizationSettings | undefined
  await appendAuditTo(tx.table('auditLog'), {
    at: nowIso(),
    clerk: settings?.clerkName || 'Chưa đặt tên',
    entity: 'members',
    entityId: 'upgrade-7',
    action: 'update',
    summary:
      `Nâng cấp dữ liệu: tính lại trạng thái của ${changed.length} đảng viên có chuyển sinh hoạt ` +
      'tạm thời (vẫn thuộc đảng số của Đảng bộ, QĐ 232-QĐ/TW 2025, 6.3.2)'
  })
}

export const UPGRADES: UpgradeMap = {
  2: attendanceToSheets,
  3: rowsToBooks,
  4: compactBooks,
  5: forgetDeletedMistakes,
  6: async (tx) => {
    await timelinesIntoBooks(tx)
    await excellentReviewsApart(tx)
  },
  7: temporaryStaysDerivedAgain
}

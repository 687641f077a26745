// Since schema v3 the records that are written and read together share ONE IndexedDB row, a "book":
//
//   timelineBooks      the life events of the members of one bucket (key: timelineBookKey)
//   meetingBooks       a cell's meetings of one year, no marks    (key: `${cellId}|${year}`)
//   attendanceBooks    the attendance sheets of those meetings    (key: `${cellId}|${year}`)
//   taskLists          a cell's meeting tasks, all years          (key: cellId)
//   memberReviewBooks  a year's member reviews of one cell        (key: `${year}|${cellId}`, and
//                      `${year}|x|${cellId}` for those decided xuất sắc: reviewBookKey)
//
// Why: Chromium's IndexedDB costs ≈ 45 µs per row written (+ ≈ 9 µs per index) whatever its size,
// and a restore writes every row. The ward's ≈ 185,000 records of v2 took ≈ 18 s to write; the
// same records in ≈ 26,000 rows fit the 5 s restore of docs/design.md §8 (measured: 74,000 reviews in 2,000
// rows write in 0.4 s instead of ≈ 5 s). Every read of the app was already per member, per cell
// and year, or per year, so a book is the unit that is read anyway.
//
// The records inside keep their domain shapes (MemberEvent, Meeting, …); only `db/` knows books.
import type { Table } from 'dexie'
import type {
  AttendanceSheet,
  AttendanceStatus,
  IsoDate,
  Meeting,
  MeetingTask,
  MemberEvent,
  MemberReview,
  SheetMark
} from '@renderer/domain/entities'
import { sheetMark, sheetOf } from '@renderer/domain/meetings/attendanceSheet'
import { getDb } from './database'

/** Where books are read and written: the app's database, or an upgrade's transaction. */
export interface BookSource {
  table(name: string): Table
}

function tableOf<B, T>(kind: BookKind<B, T>, source: BookSource): Table<B, string> {
  return source.table(kind.table) as unknown as Table<B, string>
}

/**
 * A record as its book keeps it: without the fields every record of the book shares with it (its
 * cell, year or member), which the book's key already says. With real 36-character ids these were
 * ≈ 8 MB of the ward's rows, written again on every restore (schema v4). `BookKind.itemsOf` puts
 * them back; code never reads a book's records directly.
 */
export type Stored<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>

/** The record without the shared fields that equal the book's (copied only when one is left out). */
function leaveOut<T extends object, K extends keyof T>(item: T, shared: Pick<T, K>): Stored<T, K> {
  let copy: T | null = null
  for (const key in shared) {
    if (item[key as K] === shared[key as K]) {
      copy ??= { ...item }
      delete copy[key as K]
    }
  }
  return copy ?? item
}

/**
 * The record with the book's shared fields put back where they were left out — on the stored
 * object itself: every book comes from an IndexedDB read (a fresh copy each time; Dexie's query
 * cache hands out clones too), and copying ≈ 25,000 meetings to add one field cost the ten-year
 * compliance figure ≈ 40 ms. Books built in memory are written, never read back through here.
 */
function putBack<T extends object, K extends keyof T>(stored: Stored<T, K>, shared: Pick<T, K>): T {
  for (const key in shared) if (!(key in stored)) (stored as T)[key as K] = shared[key as K]
  return stored as T
}

/** A member's events (schema v3–v5: one row each; since v6 inside a TimelineBook). */
export interface MemberTimeline {
  memberId: string
  events: Stored<MemberEvent, 'memberId'>[]
}

/**
 * Schema v6: the timelines of the members whose ids hash to one of 256 buckets share one row.
 * Chromium's IndexedDB costs ≈ 14 µs per row read besides the bytes, so the 10,000 rows of v5 were
 * half of the ≈ 300 ms it took to read the ward's events (loadYear, every year-end report); 256
 * rows of ≈ 40 timelines each read the same events in about half the time, and a restore or an
 * import writes 256 rows instead of 10,000. One member's events are a read of ≈ 15 kB.
 */
export interface TimelineBook {
  key: string
  timelines: MemberTimeline[]
}

const TIMELINE_BUCKETS = 256

/**
 * The book holding a member's timeline: FNV-1a of the id, modulo 256, in hex. Stored keys depend
 * on it, so it never changes (a new scheme is a new schema version that moves the rows).
 */
export function timelineBookKey(memberId: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < memberId.length; i++) {
    hash ^= memberId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return ((hash >>> 0) % TIMELINE_BUCKETS).toString(16).padStart(2, '0')
}

/** A timeline's events as the domain knows them (each with its memberId). */
export function openTimeline(timeline: MemberTimeline): MemberEvent[] {
  return timeline.events.map((e) => putBack(e, { memberId: timeline.memberId }))
}

export interface MeetingBook {
  key: string
  cellId: string
  year: number
  meetings: Stored<Meeting, 'cellId'>[]
  /** multiEntry index: finds a meeting's book from its id alone (links, the editor's route). */
  meetingIds: string[]
}

export interface AttendanceBook {
  key: string
  cellId: string
  year: number
  /** Everyone on any of the book's sheets, sorted by id: each sheet's letters follow this order. */
  roll: string[]
  sheets: StoredSheet[]
  /** Every sheet's `${memberId}|${date}` keys (multiEntry index): a member's unexcused absences in a year. */
  unexcusedKeys: string[]
}

/**
 * A meeting's attendance sheet as its book keeps it: one letter per member of the book's roll.
 * Half of the ward's data is marks (≈ 1,000,000). Stored as objects they were ≈ 47 MB to write on
 * every restore; as member ids plus letters (v3) ≈ 12 MB with the demo's short ids but ≈ 44 MB with
 * real 36-character ids; as letters against the book's roll (v4) each id is written once per cell
 * and year instead of once per meeting. Repositories only ever see AttendanceSheets (`openSheet`).
 */
export interface StoredSheet {
  meetingId: string
  date: IsoDate
  /** One letter per member of the book's roll, in its order: see STATUS_LETTERS; NOT_ON_ROLL when absent from this meeting's roll. */
  statuses: string
  /** Reasons given, by position in the book's roll; absent when none was. */
  reasons?: Record<string, string>
}

const STATUS_LETTERS: Record<AttendanceStatus, string> = {
  present: 'p',
  excused: 'e',
  unexcused: 'u',
  exempt: 'x'
}
const LETTER_STATUSES = Object.fromEntries(
  Object.entries(STATUS_LETTERS).map(([status, letter]) => [letter, status])
) as Record<string, AttendanceStatus>
export const UNEXCUSED_LETTER = STATUS_LETTERS.unexcused
const NOT_ON_ROLL = '-'

/** The sheets of one book, against their roll (everyone on any of them, sorted as a sheet's marks are). */
export function storeSheets(sheets: readonly AttendanceSheet[]): { roll: string[]; sheets: StoredSheet[] } {
  const roll = [...new Set(sheets.flatMap((s) => s.marks.map((m) => m.memberId)))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0
  )
  const position = new Map(roll.map((id, i) => [id, i]))
  return { roll, sheets: sheets.map((sheet) => storeSheet(sheet, position, roll.length)) }
}

function storeSheet(sheet: AttendanceSheet, position: Map<string, number>, width: number): StoredSheet {
  const letters: string[] = new Array<string>(width).fill(NOT_ON_ROLL)
  let reasons: Record<string, string> | undefined
  let previous: string | undefined
  for (const m of sheet.marks) {
    // A sheet's marks are sorted by member, one each (toSheet): anything else could not come back as it was.
    if (previous !== undefined && !(m.memberId > previous))
      throw new Error(`Bảng điểm danh có đảng viên trùng hoặc sai thứ tự: ${m.memberId}`)
    previous = m.memberId
    const letter = STATUS_LETTERS[m.status]
    if (!letter) throw new Error(`Trạng thái điểm danh không hợp lệ: ${String(m.status)}`)
    const at = position.get(m.memberId)!
    letters[at] = letter
    if (m.reason !== undefined) (reasons ??= {})[at] = m.reason
  }
  const stored: StoredSheet = { meetingId: sheet.meetingId, date: sheet.date, statuses: letters.join('') }
  if (reasons) stored.reasons = reasons
  return stored
}

export function openSheet(
  stored: StoredSheet,
  book: Pick<AttendanceBook, 'cellId' | 'roll'>
): AttendanceSheet {
  const marks: SheetMark[] = []
  for (let i = 0; i < stored.statuses.length; i++) {
    const letter = stored.statuses[i]
    if (letter !== NOT_ON_ROLL)
      marks.push(sheetMark(book.roll[i], LETTER_STATUSES[letter], stored.reasons?.[i]))
  }
  return sheetOf({ meetingId: stored.meetingId, cellId: book.cellId, date: stored.date }, marks)
}

export interface TaskList {
  cellId: string
  tasks: Stored<MeetingTask, 'cellId'>[]
}

/**
 * A year's member reviews of one cell, in two rows: those the committee decided xuất sắc, and the
 * rest (reviewBookKey). A commendation for N years xuất sắc in a row (docs/design.md §6 Honours)
 * needs each earlier year's xuất sắc decisions only, ≈ 1 review in 5: reading the `x` rows of a
 * year (one key range) instead of all its reviews is ≈ a fifth of the bytes (schema v6).
 */
export interface MemberReviewBook {
  key: string
  year: number
  cellId: string
  reviews: Stored<MemberReview, 'year' | 'cellId'>[]
  /** multiEntry index: a review's book from its id (its cell may differ from the stored one). */
  reviewIds: string[]
}

export const yearOfDate = (date: string): number => Number(date.slice(0, 4))
export const cellYearKey = (cellId: string, year: number): string => `${cellId}|${year}`
/** The book a review is kept in: its year and cell's, the `x` one when decided xuất sắc. */
export const reviewBookKey = (year: number, cellId: string, excellent: boolean): string =>
  excellent ? `${year}|x|${cellId}` : `${year}|${cellId}`
/** Key range of a year's books of reviews decided xuất sắc. */
export const excellentReviewBooks = (year: number): [string, string] => [`${year}|x|`, `${year}|x|\uffff`]
/** Key range of every `${cellId}|year` book of one cell. */
export const cellKeyRange = (cellId: string): [string, string] => [`${cellId}|`, `${cellId}|\uffff`]

/** How one kind of record is kept in books. */
export interface BookKind<B, T> {
  table: string
  idOf: (item: T) => string
  keyOf: (item: T) => string
  itemsOf: (book: B) => T[]
  /** The book's primary key. */
  bookKey: (book: B) => string
  /** A book holding exactly these items (its index fields recomputed). */
  build: (key: string, items: T[]) => B
  /** Name of the multiEntry index of item ids, for kinds whose items are found by id alone. */
  idIndex?: string
}

export const TIMELINES: BookKind<TimelineBook, MemberEvent> = {
  table: 'timelineBooks',
  idOf: (e) => e.id,
  keyOf: (e) => timelineBookKey(e.memberId),
  itemsOf: (b) => b.timelines.flatMap(openTimeline),
  bookKey: (b) => b.key,
  build: (key, events) => ({
    key,
    timelines: [...groupBy(events, (e) => e.memberId)].map(([memberId, list]) => ({
      memberId,
      events: list.map((e) => leaveOut(e, { memberId }))
    }))
  })
}

/**
 * The v3–v5 form, one row per member: only the upgrades write it (UPGRADES[3] and [4] wrote it
 * then; UPGRADES[6] reads it into TimelineBooks). Frozen as it was.
 */
export const MEMBER_TIMELINES_V5: BookKind<MemberTimeline, MemberEvent> = {
  table: 'memberTimelines',
  idOf: (e) => e.id,
  keyOf: (e) => e.memberId,
  itemsOf: openTimeline,
  bookKey: (b) => b.memberId,
  build: (memberId, events) => ({ memberId, events: events.map((e) => leaveOut(e, { memberId })) })
}

/** The stored timelines of these members (those that have one), from the books holding them. */
export async function timelinesOf(
  memberIds: readonly string[],
  source: BookSource = getDb()
): Promise<MemberTimeline[]> {
  const wanted = new Set(memberIds)
  const keys = [...new Set(memberIds.map(timelineBookKey))]
  const books = await tableOf(TIMELINES, source).bulkGet(keys)
  return books.flatMap((b) => (b ? b.timelines.filter((t) => wanted.has(t.memberId)) : []))
}

/** The events of these members, in no particular order. */
export async function eventsOfMembers(
  memberIds: readonly string[],
  source: BookSource = getDb()
): Promise<MemberEvent[]> {
  return (await timelinesOf(memberIds, source)).flatMap(openTimeline)
}

/** The events of these books' members, by member (members without events are absent). */
export function eventsByMemberIn(books: readonly TimelineBook[]): Map<string, MemberEvent[]> {
  const out = new Map<string, MemberEvent[]>()
  for (const book of books) for (const t of book.timelines) out.set(t.memberId, openTimeline(t))
  return out
}

/** Takes some of a member's events out of the book holding its timeline. */
export async function removeEventsOf(
  memberId: string,
  eventIds: readonly string[],
  source: BookSource = getDb()
): Promise<void> {
  await removeItems(TIMELINES, eventIds, [timelineBookKey(memberId)], source)
}

/** Takes a member's whole timeline out of its book (a record deleted as a mistake). */
export async function removeTimeline(memberId: string, source: BookSource = getDb()): Promise<void> {
  const key = timelineBookKey(memberId)
  const table = tableOf(TIMELINES, source)
  const book = await table.get(key)
  if (!book) return
  const timelines = book.timelines.filter((t) => t.memberId !== memberId)
  if (timelines.length === book.timelines.length) return
  if (timelines.length) await table.put({ key, timelines })
  else await table.delete(key)
}

export const MEETING_BOOKS: BookKind<MeetingBook, Meeting> = {
  table: 'meetingBooks',
  idOf: (m) => m.id,
  keyOf: (m) => cellYearKey(m.cellId, yearOfDate(m.date)),
  itemsOf: (b) => b.meetings.map((m) => putBack(m, { cellId: b.cellId })),
  bookKey: (b) => b.key,
  build: (key, meetings) => {
    const book = cellYearBook(key)
    return {
      ...book,
      meetings: meetings.map((m) => leaveOut(m, { cellId: book.cellId })),
      meetingIds: meetings.map((m) => m.id)
    }
  },
  idIndex: 'meetingIds'
}

export const ATTENDANCE_BOOKS: BookKind<AttendanceBook, AttendanceSheet> = {
  table: 'attendanceBooks',
  idOf: (s) => s.meetingId,
  keyOf: (s) => cellYearKey(s.cellId, yearOfDate(s.date)),
  itemsOf: (b) => b.sheets.map((s) => openSheet(s, b)),
  bookKey: (b) => b.key,
  build: (key, sheets) => ({
    ...cellYearBook(key),
    ...storeSheets(sheets),
    unexcusedKeys: [...new Set(sheets.flatMap((s) => s.unexcusedKeys))]
  })
}

export const TASK_LISTS: BookKind<TaskList, MeetingTask> = {
  table: 'taskLists',
  idOf: (t) => t.id,
  keyOf: (t) => t.cellId,
  itemsOf: (b) => b.tasks.map((t) => putBack(t, { cellId: b.cellId })),
  bookKey: (b) => b.cellId,
  build: (cellId, tasks) => ({ cellId, tasks: tasks.map((t) => leaveOut(t, { cellId })) })
}

export const MEMBER_REVIEW_BOOKS: BookKind<MemberReviewBook, MemberReview> = {
  table: 'memberReviewBooks',
  idOf: (r) => r.id,
  keyOf: (r) => reviewBookKey(r.year, r.cellId, r.decision === 'excellent'),
  itemsOf: (b) => b.reviews.map((r) => putBack(r, { year: b.year, cellId: b.cellId })),
  bookKey: (b) => b.key,
  build: (key, reviews) => {
    const year = Number(key.slice(0, key.indexOf('|')))
    const cellId = key.slice(key.lastIndexOf('|') + 1)
    return {
      key,
      year,
      cellId,
      reviews: reviews.map((r) => leaveOut(r, { year, cellId })),
      reviewIds: reviews.map((r) => r.id)
    }
  },
  idIndex: 'reviewIds'
}

/** The key, cell and year of a `${cellId}|${year}` book (cell ids never hold '|': they are newId()s). */
function cellYearBook(key: string): { key: string; cellId: string; year: number } {
  const bar = key.lastIndexOf('|')
  return { key, cellId: key.slice(0, bar), year: Number(key.slice(bar + 1)) }
}

export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const list = out.get(key)
    if (list) list.push(item)
    else out.set(key, [item])
  }
  return out
}

/** Books holding exactly these items (a whole data set: demo data, upgrades). */
export function pack<B, T>(kind: BookKind<B, T>, items: Iterable<T>): B[] {
  return [...groupBy(items, kind.keyOf)].map(([key, list]) => kind.build(key, list))
}

/** Every item of a kind (the whole table read once). */
export async function allItems<B, T>(kind: BookKind<B, T>, source: BookSource = getDb()): Promise<T[]> {
  return (await tableOf(kind, source).toArray()).flatMap(kind.itemsOf)
}

/** The items of the given books (missing books give nothing). */
export async function itemsOfBooks<B, T>(
  kind: BookKind<B, T>,
  keys: string[],
  source: BookSource = getDb()
): Promise<T[]> {
  const books = await tableOf(kind, source).bulkGet(keys)
  return books.flatMap((b) => (b ? kind.itemsOf(b) : []))
}

/** Items found by id through the kind's id index, in the order asked (undefined when missing). */
export async function itemsById<B, T>(
  kind: BookKind<B, T>,
  ids: string[],
  source: BookSource = getDb()
): Promise<(T | undefined)[]> {
  const found = await booksHolding(kind, ids, source)
  const byId = new Map<string, T>()
  for (const book of found) for (const item of kind.itemsOf(book)) byId.set(kind.idOf(item), item)
  return ids.map((id) => byId.get(id))
}

async function booksHolding<B, T>(kind: BookKind<B, T>, ids: string[], source: BookSource): Promise<B[]> {
  if (!kind.idIndex) throw new Error('This kind of book has no id index')
  if (ids.length === 0) return []
  return tableOf(kind, source).where(kind.idIndex).anyOf(ids).distinct().toArray()
}

/**
 * Writes items into their books: each replaces the item of the same id or is added. An item whose
 * book changed (a meeting moved to another year, a review to another cell) is taken out of its
 * old book — found through the id index, or through `previousKeys` for kinds without one. Call it
 * inside a transaction over the kind's table.
 */
export async function putItems<B, T>(
  kind: BookKind<B, T>,
  items: T[],
  previousKeys: Iterable<string> = [],
  source: BookSource = getDb()
): Promise<void> {
  if (items.length === 0) return
  // As IndexedDB refuses a row without its key, a book refuses an item without its id or book.
  for (const item of items) {
    const id: unknown = kind.idOf(item)
    if (typeof id !== 'string' || id === '') throw new Error('Bản ghi thiếu mã (id); không ghi được.')
  }
  const table = tableOf(kind, source)
  const incoming = groupBy(items, kind.keyOf)
  const ids = new Set(items.map(kind.idOf))
  const touched = new Map<string, B | undefined>()
  const keys = [...new Set([...incoming.keys(), ...previousKeys])]
  const stored = await table.bulkGet(keys)
  keys.forEach((key, i) => touched.set(key, stored[i]))
  if (kind.idIndex)
    for (const book of await booksHolding(kind, [...ids], source)) touched.set(kind.bookKey(book), book)
  const out: B[] = []
  const emptied: string[] = []
  for (const [key, book] of touched) {
    const kept = (book ? kind.itemsOf(book) : []).filter((item) => !ids.has(kind.idOf(item)))
    const items = [...kept, ...(incoming.get(key) ?? [])]
    if (items.length) out.push(kind.build(key, items))
    else if (book) emptied.push(key)
  }
  await table.bulkPut(out)
  if (emptied.length) await table.bulkDelete(emptied)
}

/** Removes items by id from the given books (a book left empty is deleted). */
export async function removeItems<B, T>(
  kind: BookKind<B, T>,
  ids: Iterable<string>,
  keys: Iterable<string> = [],
  source: BookSource = getDb()
): Promise<void> {
  const gone = new Set(ids)
  if (gone.size === 0) return
  const table = tableOf(kind, source)
  const wanted = [...new Set(keys)]
  const books = kind.idIndex
    ? await booksHolding(kind, [...gone], source)
    : (await table.bulkGet(wanted)).filter((b): b is B => !!b)
  const out: B[] = []
  const emptied: string[] = []
  for (const book of books) {
    const key = kind.bookKey(book)
    const kept = kind.itemsOf(book).filter((item) => !gone.has(kind.idOf(item)))
    if (kept.length === kind.itemsOf(book).length) continue
    if (kept.length) out.push(kind.build(key, kept))
    else emptied.push(key)
  }
  if (out.length) await table.bulkPut(out)
  if (emptied.length) await table.bulkDelete(emptied)
}

/**
 * What a book table holds, counted the clerk's way: records of the kind v1/v2 kept one per row,
 * under that old table's name — so the counts of a backup of any version read alike
 * ("Quá trình của đảng viên: 35,149", not "10,000 timelines").
 */
const BOOK_RECORDS: Record<string, { kind: string; keyPath: string; items: (book: never) => unknown[] }> = {
  memberTimelines: { kind: 'memberEvents', keyPath: 'memberId', items: (b: MemberTimeline) => b.events },
  timelineBooks: { kind: 'memberEvents', keyPath: 'key', items: eventsInTimelineBook },
  meetingBooks: { kind: 'meetings', keyPath: 'key', items: (b: MeetingBook) => b.meetings },
  attendanceBooks: { kind: 'attendanceSheets', keyPath: 'key', items: (b: AttendanceBook) => b.sheets },
  taskLists: { kind: 'meetingTasks', keyPath: 'cellId', items: (b: TaskList) => b.tasks },
  memberReviewBooks: { kind: 'memberReviews', keyPath: 'key', items: (b: MemberReviewBook) => b.reviews }
}

/** The stored events of a timeline book; a malformed row (an edited backup) counts what it has. */
function eventsInTimelineBook(book: TimelineBook): unknown[] {
  if (!Array.isArray(book.timelines)) return []
  return book.timelines.flatMap((t: Partial<MemberTimeline> | null) =>
    Array.isArray(t?.events) ? t.events : []
  )
}

/** The primary key field of a book table; undefined for tables of one record per row. */
export function bookKeyPath(table: string): string | undefined {
  return BOOK_RECORDS[table]?.keyPath
}

/** Records in one row of a table, and the name they are counted under (`row` null: just the name). */
export function recordsInRow(table: string, row: unknown): { kind: string; count: number } {
  const book = BOOK_RECORDS[table]
  if (!book) return { kind: table, count: row === null ? 0 : 1 }
  if (row === null || typeof row !== 'object') return { kind: book.kind, count: 0 }
  const items = book.items(row as never)
  return { kind: book.kind, count: Array.isArray(items) ? items.length : 0 }
}

/** Records per kind in these tables (recordsInRow): one-record tables counted, books read through. */
export async function countRecordsIn(
  tableNames: readonly string[],
  source: BookSource = getDb()
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const name of tableNames) {
    const kind = recordsInRow(name, null).kind
    counts[kind] ??= 0
    if (kind === name) counts[kind] += await source.table(name).count()
    else await source.table(name).each((row) => void (counts[kind] += recordsInRow(name, row).count))
  }
  return counts
}

/** The order the v2 date indexes gave (meetings, events): by date, then by id. */
export function byDateThenId(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

// The records of a backup, opened from the current schema's tables as the screens read them, for
// the shape check before a restore (domain/backup/recordShapes.ts). A book's records get back the
// fields the book keeps once (as BookKind.itemsOf does, but on copies: the rows are then restored
// as they are); a book that cannot be opened, or an attendance sheet whose letters do not fit its
// roll, is a problem of its own.
import type { AttendanceBook } from './books'
import { isIsoDate } from '@renderer/domain/dates'
import { BackupFileError } from '@renderer/domain/backup/errors'
import {
  RECORD_KINDS,
  recordProblems,
  type BackupRecords,
  type RecordKind
} from '@renderer/domain/backup/recordShapes'

/** One table's rows, by table name (the current schema's tables). */
export type TableRows = (table: string) => readonly unknown[]

type Row = Record<string, unknown>
const list = (v: unknown): Row[] => {
  if (!Array.isArray(v)) throw new Error('not a list')
  return v as Row[]
}
/** A book's records with the fields the book keeps once put back — copied: the rows are restored as they are. */
const withShared = (items: unknown, shared: Row): Row[] => list(items).map((item) => ({ ...shared, ...item }))

const BOOKS: [RecordKind, string, string, (book: Row) => Row[]][] = [
  [
    'memberEvents',
    'timelineBooks',
    'Sổ quá trình của đảng viên',
    (b) => list(b.timelines).flatMap((t) => withShared(t.events, { memberId: t.memberId }))
  ],
  [
    'meetings',
    'meetingBooks',
    'Sổ sinh hoạt của chi bộ',
    (b) => withShared(b.meetings, { cellId: b.cellId })
  ],
  [
    'meetingTasks',
    'taskLists',
    'Danh sách nhiệm vụ của chi bộ',
    (b) => withShared(b.tasks, { cellId: b.cellId })
  ],
  [
    'memberReviews',
    'memberReviewBooks',
    'Sổ xếp loại đảng viên',
    (b) => withShared(b.reviews, { year: b.year, cellId: b.cellId })
  ]
]

/** What a sheet's letters may be: a status (books.ts STATUS_LETTERS) or "not on this sheet". */
const SHEET_LETTERS = /^[peux-]*$/

function attendanceProblem(book: Partial<AttendanceBook> | null): string | null {
  const roll = book?.roll
  if (!Array.isArray(roll) || !roll.every((id) => typeof id === 'string') || !Array.isArray(book?.sheets))
    return `Sổ điểm danh mã ${String(book?.key)}: không đọc được.`
  for (const sheet of book.sheets) {
    const fits =
      !!sheet &&
      typeof sheet.meetingId === 'string' &&
      isIsoDate(sheet.date) &&
      typeof sheet.statuses === 'string' &&
      sheet.statuses.length === roll.length &&
      SHEET_LETTERS.test(sheet.statuses)
    if (!fits)
      return `Sổ điểm danh mã ${String(book.key)}: bảng điểm danh buổi ${String(sheet?.date)} không hợp lệ.`
  }
  return null
}

/**
 * The problems of a backup's records: how many, and the first few in Vietnamese (count 0 when every
 * record has its entity's shape).
 */
export function backupRecordProblems(rows: TableRows): { count: number; first: string[] } {
  const records: BackupRecords = {}
  const unreadable: string[] = []
  // A kind kept one record per row is read from its table of the same name; the others from books.
  for (const kind of RECORD_KINDS)
    if (!BOOKS.some(([inBooks]) => inBooks === kind)) records[kind] = rows(kind)
  for (const [kind, table, noun, itemsOf] of BOOKS) {
    const items: Row[] = []
    for (const row of rows(table)) {
      try {
        items.push(...itemsOf(row as Row))
      } catch {
        const key = (row as Row | null)?.key ?? (row as Row | null)?.cellId
        unreadable.push(`${noun} mã ${String(key)}: không đọc được.`)
      }
    }
    records[kind] = items
  }
  for (const book of rows('attendanceBooks')) {
    const problem = attendanceProblem(book as Partial<AttendanceBook> | null)
    if (problem) unreadable.push(problem)
  }
  const found = recordProblems(records)
  return { count: unreadable.length + found.count, first: [...unreadable, ...found.first].slice(0, 5) }
}

/** Refuses a backup whose records are not all of their entity's shape; nothing has been written. */
export function refuseMisshapenRecords(rows: TableRows): void {
  const { count, first } = backupRecordProblems(rows)
  if (!count) return
  const more = count > first.length ? ` … và ${count - first.length} bản ghi sai khác.` : ''
  throw new BackupFileError('invalid-records', `${count} records`, { shown: first.join(' ') + more })
}

// The sheet "Lý do vắng" of a returned cell's book: one row per absence, naming the meeting by its
// date and the member by name. The minutes hold why a member was absent with reason (docs/design.md
// §6), and both editors refuse an excused absence without one; the book is held to the same rule, so
// every excused mark it brings has its reason. Pure: plan.ts asks for a reason when it builds marks,
// and names every row no mark used, so nothing the secretary wrote is dropped silently.
import type { IsoDate } from '../entities'
import { formatDate } from '../dates'
import { foldForSearch } from '../names'
import type { CellBookContent, ReturnedBook } from './content'
import { periodLabel, periodRange, type Period } from './period'
import { reasonPlace, type BookProblem } from './problems'
import { isBlank, isErrorValue, parseDateValue, textOf, type SheetValue } from './values'

export interface BookReasons {
  /** False for a book made before the sheet: its excused absences are taken without a reason. */
  required: boolean
  /** Reason by reasonKey(date, memberId). */
  byKey: ReadonlyMap<string, string>
}

/** Where each reason was written, to name the rows no absence used (unusedReasons). */
export interface ReasonRows {
  reasons: BookReasons
  rows: ReadonlyMap<string, { rowNumber: number; name: string }>
}

export const reasonKey = (date: IsoDate, memberId: string): string => `${date}|${memberId}`

/**
 * The stored reasons a book carries on "Lý do vắng": each meeting in register order, its members in
 * column order, each named by his column's heading — the drop-down's choice, which tells namesakes
 * apart (markLabels), so every row reads back to its member.
 */
export function recordedReasons(
  content: Pick<CellBookContent, 'meetings' | 'roll' | 'labels'>
): { date: IsoDate; name: string; reason: string }[] {
  return content.meetings.flatMap(({ meeting, marks, reasons }) =>
    content.roll.expected.flatMap((e) => {
      const status = marks.get(e.memberId)
      const reason = reasons.get(e.memberId)
      return reason && (status === 'excused' || status === 'unexcused')
        ? [{ date: meeting.date, name: content.labels.get(e.memberId) ?? e.fullName, reason }]
        : []
    })
  )
}

export const NO_REASON_SHEET: BookReasons = { required: false, byKey: new Map() }

/**
 * Reads "Lý do vắng": a row with a value that cannot be read, a name not on the book's roll, no
 * reason, or the same absence twice is named and not used. A name two members share goes to the one
 * the register marks absent that day (`absent`, by reasonKey); absent both, it is named too.
 */
export function readReasons(
  book: ReturnedBook,
  period: Period,
  now: { names: ReadonlyMap<string, string>; labels: ReadonlyMap<string, string> },
  absent: ReadonlySet<string>,
  problems: BookProblem[]
): ReasonRows {
  const rows = new Map<string, { rowNumber: number; name: string }>()
  const byKey = new Map<string, string>()
  // null for a book made before the sheet (readCellBook reads it only where the identity has it).
  if (!book.reasons) return { reasons: NO_REASON_SHEET, rows }
  // By the name, and by the heading that tells a namesake apart (the drop-down's choice).
  const byName = new Map<string, string[]>()
  for (const memberId of book.identity.roll) {
    const name = foldForSearch(now.names.get(memberId) ?? '')
    const heading = foldForSearch(now.labels.get(memberId) ?? '')
    for (const key of heading && heading !== name ? [name, heading] : [name])
      byName.set(key, [...(byName.get(key) ?? []), memberId])
  }
  const { from, to } = periodRange(period)
  for (const row of book.reasons) {
    const values: SheetValue[] = [row.date, row.name, row.reason]
    if (values.every(isBlank)) continue
    const refuse = (message: string) =>
      problems.push({
        kind: 'badReason',
        place: reasonPlace(row.rowNumber),
        message: `${message}; dòng không được nhập.`
      })
    const error = values.find(isErrorValue)
    if (error !== undefined) {
      refuse(`Ô lỗi ${textOf(error)}`)
      continue
    }
    const missing = [
      isBlank(row.date) && 'Ngày họp',
      isBlank(row.name) && 'Họ và tên',
      isBlank(row.reason) && 'Lý do vắng'
    ].filter(Boolean)
    if (missing.length) {
      refuse(`Thiếu ${missing.join(', ')}`)
      continue
    }
    const date = parseDateValue(row.date)
    if (!date.ok) {
      refuse(`Ngày họp: ${date.message}`)
      continue
    }
    if (date.value < from || date.value > to) {
      refuse(`Ngày ${formatDate(date.value)} không thuộc ${periodLabel(period)}`)
      continue
    }
    const name = textOf(row.name)
    const named = byName.get(foldForSearch(name)) ?? []
    const ids = named.length > 1 ? named.filter((id) => absent.has(reasonKey(date.value, id))) : named
    if (ids.length !== 1) {
      const day = formatDate(date.value)
      refuse(
        !named.length
          ? `“${name}” không có trong danh sách điểm danh của sổ (chọn tên trong danh sách thả xuống)`
          : ids.length
            ? `Sổ có ${named.length} đồng chí tên “${name}” cùng vắng buổi ngày ${day}: ghi lý do vắng của từng đồng chí trong biên bản trên màn hình Sinh hoạt chi bộ`
            : `Sổ sinh hoạt không có buổi ngày ${day} mà đồng chí nào tên “${name}” vắng (P hoặc K)`
      )
      continue
    }
    const key = reasonKey(date.value, ids[0])
    const earlier = rows.get(key)
    if (earlier) {
      refuse(`Đã có lý do vắng của ${name} buổi ngày ${formatDate(date.value)} ở dòng ${earlier.rowNumber}`)
      continue
    }
    rows.set(key, { rowNumber: row.rowNumber, name })
    byKey.set(key, textOf(row.reason))
  }
  return { reasons: { required: true, byKey }, rows }
}

/**
 * The reason rows no absence of the register used: the member was present that day (C), or no
 * meeting of that date marks him absent. Named, so the secretary corrects the date or the name.
 */
export function unusedReasons(
  read: ReasonRows,
  absent: ReadonlySet<string>,
  present: ReadonlySet<string>
): BookProblem[] {
  const out: BookProblem[] = []
  for (const [key, { rowNumber, name }] of read.rows) {
    if (absent.has(key)) continue
    const day = formatDate(key.slice(0, key.indexOf('|')))
    out.push({
      kind: 'badReason',
      place: reasonPlace(rowNumber),
      message: present.has(key)
        ? `${name} có mặt (C) buổi ngày ${day}; lý do vắng không được ghi.`
        : `Sổ sinh hoạt không có buổi ngày ${day} mà ${name} vắng (P hoặc K); lý do vắng không được ghi.`
    })
  }
  return out
}

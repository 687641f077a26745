// Reading what a secretary typed into a cell's book: attendance codes, meeting types, times, dates,
// scores. Blank and error values (#REF!, #DIV/0!) are "no value": they never overwrite anything.
import type { AttendanceStatus, IsoDate, MeetingType } from '../entities'
import { isValidDay, parseTypedDate, toIsoDate } from '../dates'
import { foldForSearch } from '../names'
import { MEETING_TYPE_LABELS } from '../labels'

/** A cell value as read from the sheet (structurally the importer's RawCell). */
export type SheetValue = string | number | boolean | Date | null

/** The codes written on the sheet, explained in its legend. */
export const MARK_CODES: Record<Exclude<AttendanceStatus, 'exempt'>, string> = {
  present: 'C',
  excused: 'P',
  unexcused: 'K'
}
export const MARK_LEGEND = 'C = có mặt; P = vắng có lý do (có phép); K = vắng không lý do'

const ERROR_TEXT = /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!)$/i

/** An Excel error shown as text (#REF!, #DIV/0!, …). */
export function isErrorValue(v: SheetValue): boolean {
  return typeof v === 'string' && ERROR_TEXT.test(v.trim())
}

export function isBlank(v: SheetValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '')
}

export function textOf(v: SheetValue): string {
  if (v === null) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  return String(v).trim()
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

const MARK_BY_TEXT = new Map<string, Exclude<AttendanceStatus, 'exempt'>>([
  ['c', 'present'],
  ['x', 'present'],
  ['co mat', 'present'],
  ['p', 'excused'],
  ['vang co ly do', 'excused'],
  ['k', 'unexcused'],
  ['vang khong ly do', 'unexcused']
])

export function parseMark(v: SheetValue): Parsed<Exclude<AttendanceStatus, 'exempt'>> {
  // The codes from the drop-down list first: a year's register holds thousands of them.
  const text = textOf(v)
  const status = MARK_BY_TEXT.get(text.length === 1 ? text.toLowerCase() : foldForSearch(text))
  return status
    ? { ok: true, value: status }
    : { ok: false, message: `“${textOf(v)}” không phải mã điểm danh (C, P hoặc K)` }
}

const TYPE_BY_TEXT = new Map<string, MeetingType>(
  Object.entries(MEETING_TYPE_LABELS).map(([k, label]) => [foldForSearch(label), k as MeetingType])
)
TYPE_BY_TEXT.set('ket hop', 'combined')
TYPE_BY_TEXT.set('thuong ky ket hop', 'combined')

export function parseMeetingType(v: SheetValue): Parsed<MeetingType> {
  const type = TYPE_BY_TEXT.get(foldForSearch(textOf(v)))
  return type
    ? { ok: true, value: type }
    : { ok: false, message: `“${textOf(v)}” không phải loại sinh hoạt (chọn trong danh sách)` }
}

/** "8:00", "8h", "8h30", "08.30", a time cell (Date or day fraction) → "HH:mm". */
export function parseTime(v: SheetValue): Parsed<string> {
  let h: number
  let m: number
  if (v instanceof Date) {
    h = v.getUTCHours()
    m = v.getUTCMinutes()
  } else if (typeof v === 'number' && v >= 0 && v < 1) {
    const minutes = Math.round(v * 24 * 60)
    h = Math.floor(minutes / 60)
    m = minutes % 60
  } else {
    const match = /^(\d{1,2})\s*(?:[:hg.]\s*(\d{2})?)?\s*(?:p|phut)?$/i.exec(textOf(v))
    if (!match) return { ok: false, message: `“${textOf(v)}” không phải giờ (gõ dạng 8:00 hoặc 8h30)` }
    h = Number(match[1])
    m = Number(match[2] ?? 0)
  }
  if (h > 23 || m > 59) return { ok: false, message: `“${textOf(v)}” không phải giờ trong ngày` }
  return { ok: true, value: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` }
}

/** A date cell (UTC midnight), or typed text (dd/mm/yyyy, ISO). */
export function parseDateValue(v: SheetValue): Parsed<IsoDate> {
  if (v instanceof Date) {
    const [y, mo, d] = [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()]
    if (isValidDay(y, mo, d)) return { ok: true, value: toIsoDate(y, mo, d) }
  } else {
    const iso = parseTypedDate(textOf(v))
    if (iso && iso.length === 10) return { ok: true, value: iso }
    // Typed in the right shape, but no such day (31/02, 29/02 of a common year).
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{1,2}-\d{1,2}$/.test(textOf(v)))
      return { ok: false, message: `“${textOf(v)}” không phải ngày có thật` }
  }
  return { ok: false, message: `“${textOf(v)}” không phải ngày (gõ dạng 15/03/2026)` }
}

export function parseScore(v: SheetValue): Parsed<number> {
  const n = typeof v === 'number' ? v : Number(textOf(v).replace(',', '.'))
  if (!Number.isFinite(n) || n < 0 || n > 100)
    return { ok: false, message: `Điểm “${textOf(v)}” phải là số từ 0 đến 100` }
  return { ok: true, value: n }
}

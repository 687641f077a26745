// Dates as the app stores them: ISO `YYYY-MM-DD` strings (or a bare `YYYY` when only the year is
// known). Shown as `dd/mm/yyyy`. All arithmetic is on calendar dates, never on time zones.
import type { IsoDate } from './entities'

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_YEAR = /^(\d{4})$/

export interface DateParts {
  year: number
  month: number
  day: number
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

/** A real calendar day (31/02 is not). Years 1900–2100: the range a member's dates can take. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1900 &&
    year <= 2100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Reads a stored date; a bare year reads as 1 January of that year. Null when not a date. */
export function parseIsoDate(value: string | null | undefined): DateParts | null {
  if (!value) return null
  const day = ISO_DAY.exec(value)
  if (day) {
    const [year, month, d] = [Number(day[1]), Number(day[2]), Number(day[3])]
    return isValidDay(year, month, d) ? { year, month, day: d } : null
  }
  const year = ISO_YEAR.exec(value)
  if (year && isValidDay(Number(year[1]), 1, 1)) return { year: Number(year[1]), month: 1, day: 1 }
  return null
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null
}

export function isYearOnly(value: string | null | undefined): boolean {
  return !!value && ISO_YEAR.test(value)
}

/** `dd/mm/yyyy`; a bare year shows as the year; empty for nothing. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  if (isYearOnly(value)) return value
  const p = parseIsoDate(value)
  if (!p) return value
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`
}

/**
 * What a clerk types in a date field: `d/m/yyyy` (also `-` or `.` as separator), `yyyy-mm-dd`, or a
 * bare year. Returns the ISO date, or null when it is not a real date (e.g. 31/02/2020).
 */
export function parseTypedDate(text: string): IsoDate | null {
  const t = text.trim()
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])]
    return isValidDay(y, mo, d) ? toIsoDate(y, mo, d) : null
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    return isValidDay(y, mo, d) ? toIsoDate(y, mo, d) : null
  }
  if (ISO_YEAR.test(t) && isValidDay(Number(t), 1, 1)) return t
  return null
}

/** Today in local time as ISO. `now` injectable for tests. */
export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

/** Next year down to `back` years before this one, newest first: the years a year picker offers. */
export function recentYears(thisYear: number, back: number): number[] {
  return Array.from({ length: back + 2 }, (_, i) => thisYear + 1 - i)
}

/**
 * A moment as the clerk reads it everywhere (audit log, backups, checks): "21/11/2026 10:30", local
 * time, the day as formatDate writes it. A text that is not a moment is shown as it is.
 */
export function formatDateTime(at: string | Date): string {
  const d = new Date(at)
  if (Number.isNaN(d.getTime())) return String(at)
  const hh = String(d.getHours()).padStart(2, '0')
  const mm = String(d.getMinutes()).padStart(2, '0')
  return `${formatDate(todayIso(d))} ${hh}:${mm}`
}

/** Adds calendar months; the day is clamped to the month's end (31/01 + 1 month = 28 or 29/02). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = parseIsoDate(date)
  if (!p) throw new Error(`Ngày không hợp lệ: ${date}`)
  const index = p.year * 12 + (p.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return toIsoDate(year, month, Math.min(p.day, daysInMonth(year, month)))
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const p = parseIsoDate(date)
  if (!p) throw new Error(`Ngày không hợp lệ: ${date}`)
  const t = Date.UTC(p.year, p.month - 1, p.day) + days * 86_400_000
  const d = new Date(t)
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = parseIsoDate(a)
  const pb = parseIsoDate(b)
  if (!pa || !pb) throw new Error(`Ngày không hợp lệ: ${a} / ${b}`)
  return Math.round(
    (Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000
  )
}

/** Completed years from `from` to `on` (age, party age). */
export function fullYearsBetween(from: IsoDate, on: IsoDate): number {
  const a = parseIsoDate(from)
  const b = parseIsoDate(on)
  if (!a || !b) return 0
  let years = b.year - a.year
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years--
  return years
}

/**
 * Normalises a stored date for comparison: bare years compare as 1 January. The length is checked
 * first: this runs for every date compared (each member's events sorted, at ward scale).
 */
export function comparable(date: IsoDate): IsoDate {
  return date?.length === 4 && isYearOnly(date) ? `${date}-01-01` : date
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  const ca = comparable(a)
  const cb = comparable(b)
  return ca < cb ? -1 : ca > cb ? 1 : 0
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

// Reading one spreadsheet value as the field it fills: dates in every shape ward files use,
// CCCD and party card numbers that Excel turned into numbers, genders, statuses, theory levels.
import type { Gender, IsoDate, MemberStatus, TheoryLevel } from '../entities'
import { isValidDay, parseTypedDate, toIsoDate } from '../dates'
import { foldForSearch } from '../names'

/** A cell value from a spreadsheet (what excel/import hands over). Dates are UTC midnight of the day. */
export type ImportValue = string | number | boolean | Date | null | undefined

export type DateResult =
  { kind: 'empty' } | { kind: 'date'; date: IsoDate } | { kind: 'invalid'; text: string; reason: string }

export function valueText(v: ImportValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)
  return String(v).normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** Excel's error values, as the sheet reader hands them over (their text: "#DIV/0!"). */
const EXCEL_ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/

/** The error a cell shows (a formula that failed), or null: such a value is never data, nor a blank. */
export function excelErrorOf(v: ImportValue): string | null {
  return typeof v === 'string' && EXCEL_ERROR.test(v.trim()) ? v.trim() : null
}

/** Excel's day numbers cover these years; a smaller whole number in a date column is a bare year. */
const MIN_SERIAL = 367 // 01/01/1901
const MAX_SERIAL = 73051 // 31/12/2099
/** A date this close below midnight is float error of its day number, not a time of the day before. */
const FLOAT_SLACK_MS = 1000

/**
 * A date as ward files hold it: a real Excel date, an Excel day number, text `d/m/yyyy`,
 * `dd-mm-yyyy`, `d.m.yyyy`, `yyyy-mm-dd`, or a bare year (number or text) for old records.
 */
export function parseImportDate(v: ImportValue, date1904 = false): DateResult {
  if (v === null || v === undefined || v === '') return { kind: 'empty' }
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return { kind: 'invalid', text: '', reason: 'không đọc được ngày' }
    // The day Excel shows: a time of day is dropped (a date at 14:30 is still that day), a hair
    // below midnight (float error of the day number) is the next day's midnight.
    const d = new Date(v.getTime() + FLOAT_SLACK_MS)
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
    return isValidDay(y, m, day)
      ? { kind: 'date', date: toIsoDate(y, m, day) }
      : { kind: 'invalid', text: valueText(v), reason: 'năm ngoài khoảng 1900–2100' }
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return { kind: 'date', date: String(v) }
    if (v >= MIN_SERIAL && v <= MAX_SERIAL) {
      // A workbook in the 1904 date system counts its days from 1/1/1904 (1,462 days later).
      // Its whole part is the day, as Excel shows it; the fraction is a time of day.
      const day = Math.floor(v + FLOAT_SLACK_MS / 86_400_000)
      const d = new Date(Date.UTC(1899, 11, 30) + (day + (date1904 ? 1462 : 0)) * 86_400_000)
      return { kind: 'date', date: toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) }
    }
    return { kind: 'invalid', text: String(v), reason: 'không phải ngày' }
  }
  const text = valueText(v)
  if (!text) return { kind: 'empty' }
  // "1976-01-19 00:00:00" or "19/01/1976 0:00": the time is noise.
  const dateOnly = text.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, '')
  const parsed = parseTypedDate(dateOnly)
  if (parsed) return { kind: 'date', date: parsed }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{1,2}-\d{1,2}$/.test(dateOnly))
    return { kind: 'invalid', text, reason: 'không phải ngày có thật' }
  return { kind: 'invalid', text, reason: 'không đọc được ngày (cần dạng ngày/tháng/năm)' }
}

export interface DigitsResult {
  value: string
  /** What was changed, in Vietnamese, for the preview (e.g. a restored leading zero). */
  fix?: string
}

/**
 * CCCD kept as text. Excel turns "012345678901" typed into a number cell into 12345678901, and
 * "001080000001" (Hà Nội) into 1080000001. Every CCCD starts with its province code, 001 to 096, so
 * a number of 10 or 11 digits gets its leading zeros back; fewer digits cannot be a CCCD that lost
 * only zeros and stay as read (the check refuses them). Spaces and dots typed between groups are dropped.
 */
export function normalizeIdNumber(v: ImportValue): DigitsResult {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
    const digits = String(v)
    if (digits.length === 10 || digits.length === 11) {
      const padded = digits.padStart(12, '0')
      return {
        value: padded,
        fix: `CCCD bị Excel đổi thành số, mất số 0 đầu: đã khôi phục thành ${padded}.`
      }
    }
    return { value: digits }
  }
  return { value: valueText(v).replace(/[\s.]/g, '') }
}

/** Party card: 8 digits before 2025; a number cell loses its leading zeros, which are restored. */
export function normalizePartyCard(v: ImportValue): DigitsResult {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
    const digits = String(v)
    if (digits.length < 8) {
      const padded = digits.padStart(8, '0')
      return {
        value: padded,
        fix: `Số thẻ bị Excel đổi thành số, mất số 0 đầu: đã khôi phục thành ${padded}.`
      }
    }
    return { value: digits }
  }
  return { value: valueText(v).replace(/[\s.]/g, '') }
}

/**
 * A phone number kept as text. Every Vietnamese number starts with 0 (mobile 0 + 9 digits, landline
 * 0 + area code + number: 11 digits), which a number cell drops: a number of 9 or 10 digits gets it back.
 */
export function normalizePhone(v: ImportValue): DigitsResult {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) {
    const digits = String(v)
    if (digits.length === 9 || digits.length === 10) {
      const padded = `0${digits}`
      return {
        value: padded,
        fix: `Số điện thoại bị Excel đổi thành số, mất số 0 đầu: đã khôi phục thành ${padded}.`
      }
    }
    return { value: digits }
  }
  return { value: valueText(v) }
}

export function parseGender(v: ImportValue): Gender | null {
  const t = foldForSearch(valueText(v))
  if (['nam', 'm', 'male', 'trai'].includes(t)) return 'male'
  if (['nu', 'f', 'female', 'gai'].includes(t)) return 'female'
  return null
}

export function parseTheoryLevel(v: ImportValue): TheoryLevel | null {
  const t = foldForSearch(valueText(v))
  if (!t) return null
  if (t.includes('cu nhan')) return 'bachelor'
  if (t.includes('cao cap')) return 'advanced'
  if (t.includes('trung cap')) return 'intermediate'
  if (t.includes('so cap')) return 'elementary'
  if (t.includes('chua') || t === 'khong') return 'none'
  return null
}

/** A status column's text → the member's status (the import turns it into dated events). */
export function parseStatus(v: ImportValue): MemberStatus | null {
  const t = foldForSearch(valueText(v))
  if (!t) return null
  // A condition that has ended ("thôi miễn", "hết đình chỉ") is no status: the clerk is asked.
  if (/\b(thoi|het|khong con)\s+(mien|dinh chi)/.test(t)) return null
  // The condition before the kind of membership: "Chính thức - Miễn SH" is an exempt member.
  const table: [string, MemberStatus][] = [
    ['mien', 'exempt'],
    ['dinh chi', 'suspended'],
    ['chuyen di', 'transferredOut'],
    ['chuyen sinh hoat di', 'transferredOut'],
    ['xoa ten', 'removed'],
    ['khai tru', 'expelled'],
    ['ra khoi dang', 'left'],
    ['tu tran', 'deceased'],
    ['da mat', 'deceased'],
    ['tu than', 'deceased'],
    ['du bi', 'probationary'],
    ['chinh thuc', 'official']
  ]
  for (const [key, status] of table) if (t.includes(key)) return status
  return null
}

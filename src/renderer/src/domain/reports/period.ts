// The periods a ward office reports on: a year, a half-year (6 tháng đầu / cuối năm) or a quarter.
// The Ban Tổ chức's member statistics are yearly and half-yearly; meeting statistics go by quarter
// (HD 42-HD/BTCTW 2025: a thematic meeting each quarter).
import type { IsoDate } from '../entities'
import { daysInMonth, formatDate, toIsoDate } from '../dates'

export type PeriodKind = 'year' | 'half' | 'quarter'

export interface ReportPeriod {
  kind: PeriodKind
  year: number
  /** 1–2 for a half-year, 1–4 for a quarter; ignored for a year. */
  index?: number
}

export interface PeriodRange {
  from: IsoDate
  to: IsoDate
  /** "năm 2026", "6 tháng đầu năm 2026", "quý III năm 2026" (inside a sentence or a title). */
  label: string
  /** The same at the start of a line: "Năm 2026", "Quý III năm 2026". */
  heading: string
  /** For file names: "2026", "2026-6T-dau", "2026-Q3". */
  slug: string
}

const ROMAN = ['I', 'II', 'III', 'IV']

/** First and last day of the period and how a document names it. */
export function periodRange(p: ReportPeriod): PeriodRange {
  const range = rangeOf(p)
  return { ...range, heading: range.label.charAt(0).toLocaleUpperCase('vi') + range.label.slice(1) }
}

function rangeOf(p: ReportPeriod): Omit<PeriodRange, 'heading'> {
  const { year } = p
  if (p.kind === 'year')
    return { from: `${year}-01-01`, to: `${year}-12-31`, label: `năm ${year}`, slug: String(year) }
  const months = p.kind === 'half' ? 6 : 3
  const count = p.kind === 'half' ? 2 : 4
  const index = p.index ?? 1
  if (!Number.isInteger(index) || index < 1 || index > count)
    throw new Error(`Kỳ báo cáo không hợp lệ: ${p.kind} ${index}.`)
  const first = (index - 1) * months + 1
  const last = first + months - 1
  const from = toIsoDate(year, first, 1)
  const to = toIsoDate(year, last, daysInMonth(year, last))
  if (p.kind === 'half')
    return {
      from,
      to,
      label: `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`,
      slug: `${year}-6T-${index === 1 ? 'dau' : 'cuoi'}`
    }
  return { from, to, label: `quý ${ROMAN[index - 1]} năm ${year}`, slug: `${year}-Q${index}` }
}

/** The choices a period picker offers for one year, in order. */
export function periodsOfYear(year: number): { period: ReportPeriod; label: string }[] {
  const list: ReportPeriod[] = [
    { kind: 'year', year },
    { kind: 'half', year, index: 1 },
    { kind: 'half', year, index: 2 },
    ...[1, 2, 3, 4].map((index): ReportPeriod => ({ kind: 'quarter', year, index }))
  ]
  return list.map((period) => ({ period, label: periodRange(period).heading }))
}

/**
 * The period as a document made on `today` can state it: one still running ends today (never a day
 * to come, where nothing is recorded yet and ages would be counted ahead); label and slug unchanged.
 * Thống kê sinh hoạt chi bộ of the same period does the same (excel/reports/meetingStatistics.ts).
 */
export function rangeUpTo(range: PeriodRange, today: IsoDate): PeriodRange {
  return range.from <= today && today < range.to ? { ...range, to: today } : range
}

/**
 * Said instead of a document for a period that has not begun on `today` (`heading`: "Năm 2027",
 * "Quý I năm 2027"): nothing in it has happened, and what is recorded ahead (a meeting planned) counts
 * from its day. Null once the period has begun.
 */
export function notBegunNote(from: IsoDate, heading: string, today: IsoDate): string | null {
  return from > today
    ? `${heading} chưa bắt đầu (từ ngày ${formatDate(from)}): chưa có số liệu để báo cáo.`
    : null
}

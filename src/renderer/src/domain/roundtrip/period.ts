// The period a cell's book is made for: a month, a quarter or a year (docs/design.md §6, Meetings:
// a regular meeting every month, a thematic one every quarter; the rating is done once a year).
import type { IsoDate } from '../entities'
import { daysInMonth, toIsoDate } from '../dates'

export type PeriodKind = 'month' | 'quarter' | 'year'

export interface Period {
  kind: PeriodKind
  year: number
  /** Month 1–12 or quarter 1–4; 0 for a year. */
  index: number
}

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  year: 'Năm'
}

export function periodRange(p: Period): { from: IsoDate; to: IsoDate } {
  if (p.kind === 'year') return { from: toIsoDate(p.year, 1, 1), to: toIsoDate(p.year, 12, 31) }
  const first = p.kind === 'month' ? p.index : (p.index - 1) * 3 + 1
  const last = p.kind === 'month' ? p.index : first + 2
  return {
    from: toIsoDate(p.year, first, 1),
    to: toIsoDate(p.year, last, daysInMonth(p.year, last))
  }
}

/** "Tháng 3/2026", "Quý 1/2026", "Năm 2026". */
export function periodLabel(p: Period): string {
  return p.kind === 'year' ? `Năm ${p.year}` : `${PERIOD_KIND_LABELS[p.kind]} ${p.index}/${p.year}`
}

/** A stable key kept in the file: "2026-T03", "2026-Q1", "2026". */
export function periodKey(p: Period): string {
  if (p.kind === 'year') return String(p.year)
  return p.kind === 'month' ? `${p.year}-T${String(p.index).padStart(2, '0')}` : `${p.year}-Q${p.index}`
}

export function parsePeriodKey(key: string): Period | null {
  const m = /^(\d{4})(?:-(T|Q)(\d{1,2}))?$/.exec(key)
  if (!m) return null
  const year = Number(m[1])
  if (!m[2]) return { kind: 'year', year, index: 0 }
  const index = Number(m[3])
  const kind: PeriodKind = m[2] === 'T' ? 'month' : 'quarter'
  const max = kind === 'month' ? 12 : 4
  return index >= 1 && index <= max ? { kind, year, index } : null
}

/** Rows left for the secretary to write new meetings in: room for every meeting of the period. */
export function blankMeetingRows(p: Period): number {
  return p.kind === 'month' ? 4 : p.kind === 'quarter' ? 8 : 24
}

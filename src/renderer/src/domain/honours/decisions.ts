// A commendation's or a badge's decision as Khen thưởng records it: the date it can bear, and whether
// the record stored is still the one a window saw (docs/design.md §8: nothing is overwritten silently).
import type { Badge, Commendation, IsoDate } from '../entities'
import { formatDate, isYearOnly, parseIsoDate } from '../dates'

/**
 * Why a decision date cannot be, or null: not a real day, after today (a decision is recorded once
 * made), or — for a commendation of year N — before year N (the year's result is decided at its
 * review, so no decision rewards it earlier).
 */
export function decisionDateProblem(
  date: IsoDate,
  today: IsoDate,
  commendedYear: number | null = null
): string | null {
  if (isYearOnly(date) || !parseIsoDate(date)) return `Ngày quyết định ${date} không phải ngày hợp lệ.`
  if (date > today)
    return `Ngày quyết định ${formatDate(date)} sau ngày hôm nay (${formatDate(today)}): chỉ ghi quyết định đã ban hành.`
  if (commendedYear !== null && Number(date.slice(0, 4)) < commendedYear)
    return `Ngày quyết định ${formatDate(date)} trước năm ${commendedYear}: khen thưởng năm ${commendedYear} chỉ quyết định sau khi có kết quả xếp loại năm đó.`
  return null
}

/** The decision a record holds: its status, number and date (what a second save could overwrite). */
function decisionOf(r: Commendation | Badge | null | undefined): string {
  if (!r) return ''
  const date = 'ceremonyDate' in r ? r.awardedOn : r.decisionDate
  return JSON.stringify([r.status, r.decisionNumber ?? '', date ?? ''])
}

/** True when the stored record's proposal or decision is not the one the window saw (null: none seen). */
export function honourChangedSince(
  stored: Commendation | Badge | undefined,
  seen: Commendation | Badge | null
): boolean {
  return !!stored !== !!seen || decisionOf(stored) !== decisionOf(seen)
}

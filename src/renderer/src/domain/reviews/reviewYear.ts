// Which review year the Đánh giá, Khen thưởng and Báo cáo screens open on, and which they offer.
import type { IsoDate } from '../entities'
import { recentYears } from '../dates'

/**
 * The year-end review is prepared in the last quarter and held by December: from October the
 * screens open on the current year; before, on last year's results (what commendations, badges and
 * reports still work from in spring).
 */
export const REVIEW_SEASON_FIRST_MONTH = 10

/** The oldest year a picker offers; older results come in through "Nhập lịch sử" all the same. */
export const FIRST_REVIEW_YEAR = 2015

export function defaultReviewYear(today: IsoDate): number {
  const year = Number(today.slice(0, 4))
  return Number(today.slice(5, 7)) >= REVIEW_SEASON_FIRST_MONTH ? year : year - 1
}

/** Next year (to prepare it) down to FIRST_REVIEW_YEAR, newest first. */
export function reviewYears(today: IsoDate): number[] {
  const year = Number(today.slice(0, 4))
  return recentYears(year, year - FIRST_REVIEW_YEAR)
}

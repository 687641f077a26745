import { describe, expect, it } from 'vitest'
import { defaultReviewYear, FIRST_REVIEW_YEAR, reviewYears } from './reviewYear'

describe('the review year a screen opens on', () => {
  // The year-end review is held in the last quarter; until then the screens show last year's results.
  it.each([
    ['2026-01-01', 2025],
    ['2026-09-30', 2025],
    ['2026-10-01', 2026],
    ['2026-12-01', 2026],
    ['2026-12-31', 2026]
  ])('on %s: %i', (today, year) => {
    expect(defaultReviewYear(today)).toBe(year)
  })

  it('offers next year down to the first year, newest first', () => {
    const years = reviewYears('2026-12-01')
    expect(years[0]).toBe(2027)
    expect(years.at(-1)).toBe(FIRST_REVIEW_YEAR)
    expect(years).toHaveLength(2027 - FIRST_REVIEW_YEAR + 1)
    expect(years).toContain(defaultReviewYear('2026-12-01'))
  })
})

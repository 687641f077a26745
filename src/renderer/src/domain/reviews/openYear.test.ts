// The review's lists are worked out at its as-of date ("Tính đến ngày"): a date outside the review
// year would rate the wrong people for it (QĐ 366-QĐ/TW 2025: đánh giá, xếp loại hằng năm).
import { describe, expect, it } from 'vitest'
import { asOfDateProblem, defaultAsOfDate } from './openYear'

describe('the as-of date of a review year', () => {
  it.each([
    ['the default, 15 December', defaultAsOfDate(2025), null],
    ['1 January', '2025-01-01', null],
    ['31 December', '2025-12-31', null],
    [
      'the year before (members who came in 2025 would be left out)',
      '2024-12-15',
      'Ngày tính phải trong năm đánh giá 2025 (từ 01/01/2025 đến 31/12/2025); 15/12/2024 không thuộc năm đó.'
    ],
    [
      'the next year (members who came after 2025 would be rated for it)',
      '2026-01-10',
      'Ngày tính phải trong năm đánh giá 2025 (từ 01/01/2025 đến 31/12/2025); 10/01/2026 không thuộc năm đó.'
    ]
  ])('%s', (_case, date, problem) => {
    expect(asOfDateProblem(2025, date)).toBe(problem)
  })
})

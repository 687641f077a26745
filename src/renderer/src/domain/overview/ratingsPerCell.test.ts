import { describe, expect, it } from 'vitest'
import type { MemberReview, Rating } from '../entities'
import { latestRatedYear, ratingsPerCell, ratingsPerYear } from './reviews'

let n = 0
const review = (
  year: number,
  cellId: string,
  r: Partial<Record<'selfRating' | 'cellProposal' | 'decision', Rating>>,
  notRated = false
): MemberReview => ({
  id: `${year}:m${++n}`,
  year,
  memberId: `m${n}`,
  cellId,
  notRatedReason: notRated ? 'exempt' : null,
  updatedAt: '',
  ...r
})
const cells = [
  { id: 'c1', name: 'Chi bộ Khu phố 1' },
  { id: 'c2', name: 'Chi bộ Khu phố 2' },
  { id: 'c3', name: 'Chi bộ Trường Tiểu học' }
]

describe('rating levels per cell for a year (docs/design.md §7: charts of the levels per cell)', () => {
  const reviews = [
    review(2025, 'c1', { decision: 'excellent' }),
    review(2025, 'c1', { selfRating: 'excellent', cellProposal: 'good', decision: 'good' }),
    review(2025, 'c1', { selfRating: 'good', cellProposal: 'complete' }),
    review(2025, 'c2', { decision: 'incomplete' }),
    review(2025, 'c2', { decision: 'good' }, true),
    review(2024, 'c3', { decision: 'good' })
  ]

  it('counts the decision, else the latest step, and leaves out the not-rated and other years', () => {
    expect(ratingsPerCell(reviews, 2025, cells)).toEqual([
      { cellId: 'c1', name: 'Chi bộ Khu phố 1', excellent: 1, good: 1, complete: 1, incomplete: 0 },
      { cellId: 'c2', name: 'Chi bộ Khu phố 2', excellent: 0, good: 0, complete: 0, incomplete: 1 }
    ])
  })

  it('agrees with the per-year totals', () => {
    const year = ratingsPerYear(reviews).find((y) => y.year === 2025)!
    const cellsSum = ratingsPerCell(reviews, 2025, cells).reduce(
      (s, c) => s + c.excellent + c.good + c.complete + c.incomplete,
      0
    )
    expect(cellsSum).toBe(year.excellent + year.good + year.complete + year.incomplete)
  })

  it('shows the latest year the committee decided, else the latest with any rating', () => {
    // 2025 still has a member without a decision (provisional); 2024 is decided.
    expect(latestRatedYear(ratingsPerYear(reviews))).toBe(2024)
    expect(latestRatedYear(ratingsPerYear(reviews.filter((r) => r.year === 2025)))).toBe(2025)
    expect(latestRatedYear([])).toBeNull()
  })
})

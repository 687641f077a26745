// The Đánh giá page's year chart counts what each year's summary sheet counts (docs/design.md §6).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, setDb } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { openYear } from '@renderer/domain/reviews/openYear'
import { memberSummaryRows } from '@renderer/domain/reviews/reportRows'
import { cell } from '@renderer/testing/factories'
import { decided, event, member } from '@renderer/testing/reviewFactories'
import { useReviewYear } from './useReviewYear'

beforeEach(() => setDb(createTestDb()))
afterEach(() => setDb(null))

describe('useReviewYear: levels per year (the Đánh giá page’s chart)', () => {
  it('leaves out, as the summary does, a member decided HTXSNV then transferred out on 01/12, and one dead in 2024', async () => {
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    await memberRepository.bulkSave(
      [member('a'), member('b'), member('c')],
      [
        event('a', 'transferOut', '2025-12-01', { transferKind: 'permanent' }),
        event('c', 'death', '2024-10-01')
      ]
    )
    await reviewRepository.bulkSave(
      [
        decided(2025, 'a', 'excellent'),
        decided(2025, 'b', 'excellent'),
        ...['a', 'b', 'c'].map((id) => decided(2024, id, 'good'))
      ],
      []
    )
    const rv = useReviewYear()
    await rv.load(2025)
    const summary = async (year: number) =>
      memberSummaryRows(openYear(await reviewRepository.loadYear(year))).at(-1)!.counts
    const bars = new Map(rv.perYear.value.map((l) => [l.year, l.counts]))
    expect(bars.get(2025)).toEqual(await summary(2025))
    expect(bars.get(2025)!.excellent).toBe(1)
    expect(bars.get(2024)).toEqual(await summary(2024))
    expect(bars.get(2024)!.good).toBe(2)
  })
})

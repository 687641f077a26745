import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MemberReview, Rating } from '@renderer/domain/entities'
import { createTestDb, setDb } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { cell } from '@renderer/testing/factories'
import { cellDecided, decided, event, member, review } from '@renderer/testing/reviewFactories'
import { excellentMemberGroups } from '@renderer/domain/reviews/reportRows'
import { loadBadgeContext, loadHonoursContext } from './reviewReports'
import { honoursRepository } from '@renderer/db/repositories/honoursRepository'

beforeEach(() => setDb(createTestDb()))
afterEach(() => setDb(null))

const E: Rating = 'excellent'
const G: Rating = 'good'
/** Member → cell and committee decisions 2019–2025 (null: no review; 'exempt': not rated that year). */
const HISTORY: [string, string, (Rating | null | 'exempt')[]][] = [
  ['m1', 'c1', [E, E, E, E, E, E, E]], // 7 years: proposed for the last 5
  ['m2', 'c1', [null, null, E, E, 'exempt', E, E]], // not rated in 2023: the streak is broken
  ['m3', 'c2', [null, null, null, E, E, E, E]], // 4 years only
  ['m4', 'c2', [E, E, E, E, E, E, G]], // good this year: nothing
  ['m5', 'c3', [null, null, E, E, E, E, E]], // exactly 5 years
  ['m6', 'c3', [null, null, E, null, E, E, E]] // no review in 2022
]
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]

async function seed(): Promise<void> {
  await cellRepository.bulkSave(['c1', 'c2', 'c3'].map((id) => cell(id, { name: `Chi bộ ${id}` })))
  await memberRepository.bulkSave(
    HISTORY.map(([id, cellId]) => member(id, { cellId, fullName: `Nguyễn Văn ${id}` }))
  )
  const memberReviews: MemberReview[] = HISTORY.flatMap(([id, cellId, ratings]) =>
    ratings.flatMap((r, i) =>
      r === null
        ? []
        : r === 'exempt'
          ? [review(YEARS[i], id, { cellId, notRatedReason: 'exempt' })]
          : [decided(YEARS[i], id, r, cellId)]
    )
  )
  const cellReviews = [
    ...[2021, 2022, 2023, 2024, 2025].map((y) => cellDecided(y, 'c1', E)), // 5 years: proposed for 3
    ...[2022, 2023, 2024].map((y) => cellDecided(y, 'c2', E)), // not this year
    cellDecided(2025, 'c2', G),
    ...[2024, 2025].map((y) => cellDecided(y, 'c3', E)) // 2 years only
  ]
  await reviewRepository.bulkSave(memberReviews, cellReviews)
}

describe('loadHonoursContext (docs/design.md §6 Honours: streaks end with the review year)', () => {
  it('reads back only as far as each streak runs and finds every candidate of the whole history', async () => {
    await seed()
    const ctx = await loadHonoursContext(2025)
    expect(ctx.commendations.map((c) => [c.key, c.years])).toEqual([
      ['member:excellentStreak:m1', [2021, 2022, 2023, 2024, 2025]],
      ['member:excellentStreak:m5', [2021, 2022, 2023, 2024, 2025]],
      ['cell:excellentStreak:c1', [2023, 2024, 2025]],
      ['member:excellentYear:m1', [2025]],
      ['member:excellentYear:m2', [2025]],
      ['member:excellentYear:m3', [2025]],
      ['member:excellentYear:m5', [2025]],
      ['member:excellentYear:m6', [2025]],
      // Cells the committee decided xuất sắc this year (c2 was decided hoàn thành tốt).
      ['cell:excellentYear:c1', [2025]],
      ['cell:excellentYear:c3', [2025]]
    ])
  })

  it('a member decided xuất sắc and transferred out on 01/12 is not a candidate, as not on the ĐV HTXSNV sheet', async () => {
    await seed()
    // m5 runs five years to 2025 and m3 is xuất sắc in 2025: both leave the ward before the as-of date.
    for (const id of ['m5', 'm3'])
      await memberRepository.addEvent(event(id, 'transferOut', '2025-12-01', { transferKind: 'permanent' }))
    const ctx = await loadHonoursContext(2025)
    const listed = ctx.commendations.filter((c) => c.memberId === 'm5' || c.memberId === 'm3')
    expect(listed).toEqual([])
    const onSheet = excellentMemberGroups(ctx.opened).flatMap((g) => g.items.map((m) => m.memberId))
    const ofYear = ctx.commendations.filter((c) => c.basis === 'excellentYear' && c.memberId)
    expect(ofYear.map((c) => c.memberId).sort()).toEqual(onSheet.sort())
  })

  it.each([
    ['the xuất sắc decisions of the members asked', ['m1', 'm2', 'm3', 'm5'], 2024],
    ['one member', ['m1'], 2023],
    ['a member without a review that year is left out', ['m6', 'm3'], 2022],
    ['a member decided hoàn thành tốt that year is left out', ['m4', 'm2'], 2025],
    ['a member not rated that year is left out', ['m2', 'm1'], 2023],
    ['nobody asked: nothing', [], 2024]
  ])('excellentReviewsOf: %s', async (_, ids, year) => {
    await seed()
    const byId = (a: MemberReview, b: MemberReview) => a.id.localeCompare(b.id)
    const expected = (await reviewRepository.memberReviews(year)).filter(
      (r) => ids.includes(r.memberId) && r.decision === 'excellent'
    )
    const found = await reviewRepository.excellentReviewsOf(year, ids)
    expect(found.sort(byId)).toEqual(expected.sort(byId))
  })
})

describe('loadBadgeContext: a badge proposed at an earlier ceremony and never decided', () => {
  it('keeps the member out of the later list while pending, names the proposal, and gives him back once withdrawn', async () => {
    await cellRepository.bulkSave([cell('c1')])
    await memberRepository.bulkSave([member('a', { fullName: 'Nguyễn Văn An', admissionDate: '1996-05-10' })])
    const earlier = { id: '2026-09-02:a:30', memberId: 'a', milestone: 30, ceremonyDate: '2026-09-02' }
    await honoursRepository.saveBadge({ ...earlier, status: 'proposed' }, 'Nguyễn Văn An')

    const later = await loadBadgeContext('2027-02-03')
    expect(later.candidates.map((c) => c.memberId)).toEqual([])
    expect(later.pending.map((p) => [p.fullName, p.badge.id])).toEqual([['Nguyễn Văn An', earlier.id]])

    await honoursRepository.removeBadge(earlier.id)
    const after = await loadBadgeContext('2027-02-03')
    expect(after.candidates.map((c) => c.memberId)).toEqual(['a'])
    expect(after.pending).toEqual([])
  })
})

describe('loadHonoursContext: a cell merged before the year (docs/design.md §6: a rating kept on a cell outside the year is not counted)', () => {
  it('is neither a candidate of the year nor of a streak, as on the cell sheet', async () => {
    await cellRepository.bulkSave([
      cell('c1', { name: 'Chi bộ Khu phố 1' }),
      cell('old', { name: 'Chi bộ Khu phố 3', status: 'merged', closedOn: '2024-09-30', mergedIntoId: 'c1' })
    ])
    await reviewRepository.bulkSave(
      [],
      [2023, 2024, 2025].flatMap((y) => [cellDecided(y, 'c1', E), cellDecided(y, 'old', E)])
    )
    const ctx = await loadHonoursContext(2025)
    expect(ctx.commendations.map((c) => c.key)).toEqual(['cell:excellentStreak:c1', 'cell:excellentYear:c1'])
  })
})

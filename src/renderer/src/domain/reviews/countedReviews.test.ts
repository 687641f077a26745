// The year-over-year charts count what each year's summary sheet counts (docs/design.md §6: members
// transferred out, dead, exempt, suspended or admitted < 6 months are not rated).
import { describe, expect, it } from 'vitest'
import type { MemberReview } from '../entities'
import { generateDataset } from '../demo'
import { ratingCharts, ratingsPerYear } from '../overview/reviews'
import { BUILT_IN_BOOK, BUILT_IN_PROFILES } from '../rules/profiles'
import { copyProfile } from '../rules/profileEdit'
import { cell } from '@renderer/testing/factories'
import { decided, event, member, review } from '@renderer/testing/reviewFactories'
import { groupEventsByMember } from './eligibility'
import { openYear } from './openYear'
import { levelsPerYear, memberSummaryRows } from './reportRows'
import { countedReviews, yearRules } from './countedReviews'
import { countedReviewsOf } from './yearData'

const CELLS = [cell('c1', { name: 'Chi bộ Khu phố 1' })]

describe('a member decided HTXSNV and transferred out on 01/12 counts in no chart, as on the summary', () => {
  const members = [member('a'), member('b')]
  const events = [event('a', 'transferOut', '2025-12-01')]
  const reviews = [decided(2025, 'a', 'excellent'), decided(2025, 'b', 'excellent')]
  const src = { year: 2025, members, events, cells: CELLS, memberReviews: reviews, cellReviews: [] }
  const year = openYear({ ...src, profiles: BUILT_IN_PROFILES })
  const summary = memberSummaryRows(year).at(-1)!.counts.excellent
  const counted = countedReviews(
    reviews,
    new Map(members.map((m) => [m.id, m])),
    groupEventsByMember(events),
    yearRules(BUILT_IN_BOOK, [])
  )

  it('the summary counts one HTXSNV', () => expect(summary).toBe(1))
  it('Đánh giá, the open year (its subjects)', () => {
    expect(levelsPerYear(countedReviewsOf(year))[0].counts.excellent).toBe(summary)
  })
  it('Đánh giá, the other years, and Tổng quan per year', () => {
    expect(levelsPerYear(counted)[0].counts.excellent).toBe(summary)
    expect(ratingsPerYear(counted)[0].excellent).toBe(summary)
  })
  it('Tổng quan per cell', () => {
    const charts = ratingCharts(
      reviews,
      members,
      groupEventsByMember(events),
      yearRules(BUILT_IN_BOOK, []),
      CELLS
    )
    expect(charts.perYear[0].excellent).toBe(summary)
    expect(charts.perCell.map((c) => [c.name, c.excellent])).toEqual([['Chi bộ Khu phố 1', 1]])
  })
})

describe('Tổng quan per cell groups a rating where the summary does: the member’s cell at the as-of date', () => {
  // Rated in Khu phố 1 (the review keeps c1), moved to Khu phố 2 on 01/12, before the as-of date 15/12.
  const cells = [...CELLS, cell('c2', { name: 'Chi bộ Khu phố 2' })]
  const members = [member('a', { cellId: 'c2' }), member('b')]
  const events = [event('a', 'cellChange', '2025-12-01', { fromCellId: 'c1', cellId: 'c2' })]
  const reviews = [decided(2025, 'a', 'excellent', 'c1'), decided(2025, 'b', 'good', 'c1')]

  it('as the review page’s chart and the summary sheet (levelsPerCell, memberSummaryRows)', () => {
    const year = openYear({
      year: 2025,
      members,
      events,
      cells,
      memberReviews: reviews,
      cellReviews: [],
      profiles: BUILT_IN_PROFILES
    })
    const summary = memberSummaryRows(year)
      .filter((r) => r.cellName !== 'Tổng cộng')
      .map((r) => [r.cellName, r.counts.excellent])
    const charts = ratingCharts(
      reviews,
      members,
      groupEventsByMember(events),
      yearRules(BUILT_IN_BOOK, []),
      cells
    )
    expect(charts.perCell.map((c) => [c.name, c.excellent])).toEqual([
      ['Chi bộ Khu phố 1', 0],
      ['Chi bộ Khu phố 2', 1]
    ])
    expect(summary).toContainEqual(['Chi bộ Khu phố 2', 1])
  })
})

/** Every review that counts, the long way: each year opened with its subjects, as the summary. */
function countedByOpeningEveryYear(
  d: {
    members: Parameters<typeof openYear>[0]['members']
    events: Parameters<typeof openYear>[0]['events']
    memberReviews: readonly MemberReview[]
    reviewYears: Parameters<typeof yearRules>[1]
  },
  profiles = BUILT_IN_PROFILES
): Set<string> {
  const out = new Set<string>()
  for (const y of new Set(d.memberReviews.map((r) => r.year))) {
    const o = openYear({
      year: y,
      reviewYear: d.reviewYears.find((r) => r.year === y),
      members: d.members,
      events: d.events,
      cells: CELLS,
      memberReviews: d.memberReviews.filter((r) => r.year === y),
      cellReviews: [],
      profiles
    })
    for (const r of countedReviewsOf(o)) out.add(r.id)
  }
  return out
}

describe('countedReviews gives the same answer as opening every year (the shortcut is exact)', () => {
  it('on the demo ward (every year, each with its as-of date and profile)', () => {
    const d = generateDataset('M', 11, '2026-11-21')
    const counted = countedReviews(
      d.memberReviews,
      new Map(d.members.map((m) => [m.id, m])),
      groupEventsByMember(d.events),
      yearRules(BUILT_IN_BOOK, d.reviewYears)
    )
    expect(new Set(counted.map((r) => r.id))).toEqual(countedByOpeningEveryYear(d))
  })

  // Every way a rated member can be left out, beside one that counts; 2025 as of 15/12.
  const members = [
    member('ok'),
    member('out'),
    member('dead'),
    member('exempt'),
    member('back', { admissionDate: '2000-01-01' }), // exempt, then the exemption ended
    member('suspended'),
    member('new', { admissionDate: '2025-09-01' }),
    member('after', { admissionDate: '2026-01-10' }), // admitted after the as-of date
    member('readmitted', { admissionDate: '1990-01-01' }),
    member('yearOnly', { admissionDate: '2025' }),
    member('inLate', { admissionDate: '1990-01-01' }), // transferred in this year
    member('left2024'), // left the ward before the year
    member('absent')
  ]
  const events = [
    event('out', 'transferOut', '2025-12-01'),
    event('dead', 'death', '2025-11-01'),
    event('exempt', 'exemption', '2024-01-01'),
    event('back', 'exemption', '2024-01-01'),
    event('back', 'exemptionEnd', '2025-03-01'),
    event('suspended', 'suspension', '2025-10-01'),
    event('new', 'admission', '2025-09-01'),
    event('readmitted', 'readmission', '2025-08-01'),
    event('inLate', 'transferIn', '2025-11-01'),
    event('left2024', 'leaving', '2024-05-01')
  ]
  const memberReviews = [
    ...members.filter((m) => m.id !== 'absent').map((m) => decided(2025, m.id, 'good')),
    review(2025, 'absent', { selfRating: 'good', notRatedReason: 'absent' }),
    review(2025, 'ok2', { decision: 'good' }) // no member on record
  ]
  const d = { members, events, memberReviews, reviewYears: [] }

  it.each([
    ['QĐ 366 (6 months)', BUILT_IN_PROFILES],
    [
      'a province counting 12 months',
      [
        ...BUILT_IN_PROFILES,
        {
          ...copyProfile(BUILT_IN_PROFILES[0], 'Hướng dẫn tỉnh'),
          fromYear: 2025,
          params: { ...BUILT_IN_PROFILES[0].params, notRatedAdmittedMonths: 12 }
        }
      ]
    ]
  ])('each reason not to rate, under %s', (_l, profiles) => {
    const book = { profiles, chosen: new Map<number, string>() }
    const counted = countedReviews(
      memberReviews,
      new Map(members.map((m) => [m.id, m])),
      groupEventsByMember(events),
      yearRules(book, [])
    )
    const ids = new Set(counted.map((r) => r.memberId))
    expect(new Set(counted.map((r) => r.id))).toEqual(countedByOpeningEveryYear(d, profiles))
    expect(ids.has('ok') && ids.has('back') && ids.has('inLate')).toBe(true)
    // Admitted "2025" (year only: 01/01/2025) is 6 months before 15/12, not 12.
    expect(ids.has('yearOnly')).toBe(profiles === BUILT_IN_PROFILES)
    for (const id of ['out', 'dead', 'exempt', 'suspended', 'new', 'after', 'readmitted', 'absent', 'ok2'])
      expect(ids.has(id)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import type { Commendation, MemberReview, Rating } from '../entities'
import {
  cellHistory,
  commendationCandidates,
  commendationReportGroups,
  memberHistory,
  yearCellHistory,
  yearMemberHistory,
  yearsText
} from './commendations'
import { cellDecided, event, member, reviewSubjects } from '@renderer/testing/reviewFactories'
import { cell } from '@renderer/testing/factories'

const mr = (year: number, memberId: string, decision: Rating | null, self?: Rating): MemberReview => ({
  id: `${year}:${memberId}`,
  year,
  memberId,
  cellId: 'c1',
  decision,
  selfRating: self ?? null,
  updatedAt: ''
})
const names = {
  members: new Map([
    ['a', { fullName: 'Trần Văn An', cellId: 'c1' }],
    ['b', { fullName: 'Lê Thị Bình', cellId: 'c1' }]
  ]),
  cells: new Map([['c1', 'Chi bộ Khu phố 1']])
}
/** The members' names with these cells' names instead. */
const withCells = (cells: [id: string, name: string][]) => ({ ...names, cells: new Map(cells) })
const params = { memberStreakYears: 5, cellStreakYears: 3 }
/** A member's commendation recorded on the Khen thưởng page, in the last of its years. */
const recorded = (
  memberId: string,
  basis: Commendation['basis'],
  years: number[],
  status: Commendation['status']
): Commendation => {
  const year = years[years.length - 1]
  return {
    id: `${year}:member:${basis}:${memberId}`,
    year,
    subject: 'member',
    memberId,
    basis,
    years,
    status
  }
}

describe('commendation candidates (Quy định thi đua, khen thưởng: HTXSNV this year; N years in a row)', () => {
  const years = [2021, 2022, 2023, 2024, 2025]
  const reviews = [
    ...years.map((y) => mr(y, 'a', 'excellent')),
    ...years.map((y) => mr(y, 'b', y === 2023 ? 'good' : 'excellent'))
  ]
  const cells = [2023, 2024, 2025].map((y) => cellDecided(y, 'c1', 'excellent'))
  const c = commendationCandidates(2025, params, memberHistory(reviews), cellHistory(cells), names)

  it.each<[string, string, number[]]>([
    ['member 5 years in a row', 'member:excellentStreak:a', years],
    ['cell 3 years in a row (the seeds\u2019 example)', 'cell:excellentStreak:c1', [2023, 2024, 2025]],
    ['member xuất sắc this year (a)', 'member:excellentYear:a', [2025]],
    ['member xuất sắc this year (b, streak broken in 2023)', 'member:excellentYear:b', [2025]]
  ])('%s', (_l, key, ys) => {
    expect(c.find((x) => x.key === key)?.years).toEqual(ys)
  })

  it('a gap (HTTNV in 2023) keeps b out of the 5-year streak', () => {
    expect(c.find((x) => x.key === 'member:excellentStreak:b')).toBeUndefined()
  })

  it('a self-rating alone never counts toward a streak', () => {
    const h = memberHistory(years.map((y) => mr(y, 'a', null, 'excellent')))
    expect(commendationCandidates(2025, params, h, new Map(), names)).toEqual([])
  })

  it('years used by an earlier streak commendation are not counted again', () => {
    const earlier = recorded('a', 'excellentStreak', years, 'awarded')
    const h = memberHistory([...years, 2026].map((y) => mr(y, 'a', 'excellent')))
    const next = commendationCandidates(2026, params, h, new Map(), names, [earlier])
    expect(next.map((x) => x.key)).toEqual(['member:excellentYear:a'])
  })

  it.each([
    [[2025], '2025'],
    [[2021, 2022, 2023, 2024, 2025], '2021–2025']
  ])('yearsText %j → %s', (ys, text) => expect(yearsText(ys)).toBe(text))
})

describe('the commendation list counts the committee’s decisions (docs/design.md §6; HD 21-HD/BTCTW 2019: Đảng ủy quyết định)', () => {
  const base = (memberId: string, over: Partial<MemberReview>): MemberReview => ({
    id: `2025:${memberId}`,
    year: 2025,
    memberId,
    cellId: 'c1',
    updatedAt: '',
    ...over
  })
  it.each<[string, Partial<MemberReview>, boolean]>([
    ['decided HTXSNV → listed', { decision: 'excellent' }, true],
    ['cell proposed HTXSNV, no decision yet → not listed', { cellProposal: 'excellent' }, false],
    ['self-rated HTXSNV → not listed', { selfRating: 'excellent' }, false],
    ['proposed HTXSNV, decided HTTNV → not listed', { cellProposal: 'excellent', decision: 'good' }, false]
  ])('%s', (_l, over, listed) => {
    const c = commendationCandidates(2025, params, memberHistory([base('a', over)]), new Map(), names)
    expect(c.some((x) => x.key === 'member:excellentYear:a')).toBe(listed)
  })

  it('a member proposed on the Khen thưởng page stays in the list without a decision', () => {
    const proposed = recorded('b', 'excellentYear', [2025], 'proposed')
    const c = commendationCandidates(
      2025,
      params,
      memberHistory([base('b', { cellProposal: 'excellent' })]),
      new Map(),
      names,
      [proposed]
    )
    expect(c.map((x) => [x.key, x.name])).toEqual([['member:excellentYear:b', 'Lê Thị Bình']])
  })
})

describe('this year’s candidates follow the year’s counted subjects (docs/design.md §6, as the ĐV HTXSNV sheet)', () => {
  // a: decided HTXSNV, then transferred out on 01/12 — not counted in the ward's year, so not on the
  // ĐV HTXSNV sheet (excellentMemberGroups) and not a candidate either. b: decided HTXSNV and counted.
  const people = [member('a', { fullName: 'Trần Văn An' }), member('b', { fullName: 'Lê Thị Bình' })]
  const subjects = reviewSubjects(2025, people, [event('a', 'transferOut', '2025-12-01')])
  const year = { year: 2025, subjects }
  const earlier = [2021, 2022, 2023, 2024].flatMap((y) => [mr(y, 'a', 'excellent'), mr(y, 'b', 'excellent')])
  const reviews = [...earlier, mr(2025, 'a', 'excellent'), mr(2025, 'b', 'excellent')]
  const c = commendationCandidates(2025, params, yearMemberHistory(year, reviews), new Map(), names)

  it('a member decided HTXSNV then transferred out is not a candidate of the year', () => {
    expect(c.some((x) => x.memberId === 'a' && x.basis === 'excellentYear')).toBe(false)
    expect(c.some((x) => x.memberId === 'b' && x.basis === 'excellentYear')).toBe(true)
  })
  it('nor of a streak ending with the year: its last year does not count in the ward', () => {
    expect(c.filter((x) => x.basis === 'excellentStreak').map((x) => x.memberId)).toEqual(['b'])
  })
  it('a decision kept on a member marked absent from the review is not counted either', () => {
    const absent = { ...mr(2025, 'b', 'excellent'), notRatedReason: 'absent' as const }
    const h = yearMemberHistory(year, [absent])
    expect(commendationCandidates(2025, params, h, new Map(), names)).toEqual([])
  })
})

describe('cells the committee decided xuất sắc this year are candidates (docs/design.md §6 Honours)', () => {
  const cellNames = withCells([
    ['c1', 'Chi bộ Khu phố 1'],
    ['c2', 'Chi bộ Khu phố 2'],
    ['c10', 'Chi bộ Khu phố 10']
  ])
  const cells = cellHistory([
    cellDecided(2025, 'c10', 'excellent'),
    cellDecided(2025, 'c2', 'excellent'),
    cellDecided(2025, 'c1', 'good'),
    { id: '2025:c3', year: 2025, cellId: 'c3', proposal: 'excellent', updatedAt: '' }
  ])
  const c = commendationCandidates(2025, params, new Map(), cells, cellNames)

  it('decided xuất sắc, in the cells’ natural order; a proposal alone or another level is not', () => {
    expect(c.map((x) => [x.key, x.name, x.years])).toEqual([
      ['cell:excellentYear:c2', 'Chi bộ Khu phố 2', [2025]],
      ['cell:excellentYear:c10', 'Chi bộ Khu phố 10', [2025]]
    ])
    expect(c[0]).toMatchObject({ subject: 'cell', basis: 'excellentYear', memberId: null, cellId: 'c2' })
  })
  it('after the members of the year', () => {
    const m = memberHistory([mr(2025, 'a', 'excellent')])
    const keys = commendationCandidates(2025, params, m, cells, cellNames).map((x) => x.key)
    expect(keys).toEqual(['member:excellentYear:a', 'cell:excellentYear:c2', 'cell:excellentYear:c10'])
  })
  it('are not on the multi-year list sent up for appraisal (its sections stay the streaks)', () => {
    const groups = commendationReportGroups(c, params)
    expect(groups.flatMap((g) => g.items)).toEqual([])
  })
})

describe('a cell is a candidate only for the years it existed (docs/design.md §6 Ratings: "a rating kept on a cell outside the year is warned of, not counted"; domain/reviews/yearCells.ts)', () => {
  const cellNames = withCells([
    ['old', 'Chi bộ Khu phố 3 (cũ)'],
    ['new', 'Chi bộ Khu phố 5'],
    ['c1', 'Chi bộ Khu phố 1']
  ])
  const cells = [
    // Merged into c1 on 30/09/2024: a 2025 decision kept on it is not a result of 2025.
    cell('old', { status: 'merged', closedOn: '2024-09-30', mergedIntoId: 'c1' }),
    // Founded on 01/03/2024: decisions kept on it for 2022–2023 are not results (it did not exist).
    cell('new', { foundedOn: '2024-03-01' }),
    cell('c1')
  ]
  const reviews = [
    ...[2023, 2024, 2025].map((y) => cellDecided(y, 'old', 'excellent')),
    ...[2022, 2023, 2024, 2025].map((y) => cellDecided(y, 'new', 'excellent')),
    ...[2023, 2024, 2025].map((y) => cellDecided(y, 'c1', 'excellent'))
  ]
  const of = { year: 2025, asOfDate: '2025-12-31' }
  const c = commendationCandidates(2025, params, new Map(), yearCellHistory(of, cells, reviews), cellNames)

  it.each<[string, string, boolean]>([
    ['a cell merged before the year: not a candidate of the year', 'cell:excellentYear:old', false],
    ['nor of a streak ending with the year', 'cell:excellentStreak:old', false],
    ['a cell founded in 2024: xuất sắc this year', 'cell:excellentYear:new', true],
    ['but its decisions before its founding make no 3-year streak', 'cell:excellentStreak:new', false],
    ['a cell that existed throughout: its 3-year streak', 'cell:excellentStreak:c1', true]
  ])('%s', (_l, key, listed) => {
    expect(c.some((x) => x.key === key)).toBe(listed)
  })

  it('a cell closed during the year is still a cell of that year (yearCells: it existed and may be rated)', () => {
    const closedIn = [cell('c1', { status: 'dissolved', closedOn: '2025-06-30' })]
    const h = yearCellHistory(of, closedIn, [cellDecided(2025, 'c1', 'excellent')])
    expect(h.get('c1')?.get(2025)).toBe('excellent')
  })
})

import { describe, expect, it } from 'vitest'
import type { Rating } from '../entities'
import { streakCandidates, streakEnding } from './streaks'

function history(entries: Record<number, Rating | null>): Map<number, Rating | null> {
  return new Map(Object.entries(entries).map(([y, r]) => [Number(y), r]))
}

/** Xuất sắc in every year from `first` to `last`. */
function excellentEveryYear(first: number, last: number): Map<number, Rating | null> {
  return new Map(Array.from({ length: last - first + 1 }, (_, i) => [first + i, 'excellent']))
}

describe('streaks of xuất sắc (commendation: N years in a row, a gap breaks the streak)', () => {
  it.each<[string, Record<number, Rating | null>, number, number[]]>([
    [
      'five in a row ending this year',
      { 2021: 'excellent', 2022: 'excellent', 2023: 'excellent', 2024: 'excellent', 2025: 'excellent' },
      2025,
      [2021, 2022, 2023, 2024, 2025]
    ],
    [
      'a HTTNV year breaks it',
      { 2021: 'excellent', 2022: 'excellent', 2023: 'good', 2024: 'excellent', 2025: 'excellent' },
      2025,
      [2024, 2025]
    ],
    [
      'a year with no result on record breaks it',
      { 2021: 'excellent', 2022: 'excellent', 2024: 'excellent', 2025: 'excellent' },
      2025,
      [2024, 2025]
    ],
    ['not xuất sắc this year: no streak', { 2023: 'excellent', 2024: 'excellent', 2025: 'good' }, 2025, []]
  ])('%s', (_l, entries, year, years) => {
    expect(streakEnding(history(entries), year)).toEqual(years)
  })

  it.each<[string, number, number | null]>([
    ['member: 5 years required, 5 on record → candidate', 5, 5],
    ['cell: 3 years required → candidate with the last 3 years', 3, 3],
    ['6 years required → not yet', 6, null]
  ])('%s', (_l, length, expected) => {
    const h = new Map([['x', excellentEveryYear(2021, 2025)]])
    const c = streakCandidates(h, 2025, length)
    if (expected === null) expect(c).toEqual([])
    else expect(c[0].years).toHaveLength(expected)
    if (expected === 3) expect(c[0].years).toEqual([2023, 2024, 2025])
  })

  it('years already used by an earlier streak commendation are not counted again', () => {
    const h = new Map([['x', excellentEveryYear(2021, 2026)]])
    const used = new Map([['x', new Set([2021, 2022, 2023, 2024, 2025])]])
    expect(streakCandidates(h, 2026, 5, used)).toEqual([])
    expect(streakEnding(h.get('x')!, 2026, used.get('x'))).toEqual([2026])
  })
})

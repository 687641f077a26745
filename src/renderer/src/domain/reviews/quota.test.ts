import { describe, expect, it } from 'vitest'
import type { Rating } from '../entities'
import { quotaByUnit, quotaCeiling, quotaShares } from './quota'

const base = { quotaPercent: 20, quotaRounding: 'floor' as const }

describe('quota ceiling (QĐ 124-QĐ/TW: HTXSNV ≤ 20 % số HTTNV, floor rounding)', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [9, 1],
    [10, 2],
    [14, 2],
    [15, 3]
  ])('%i rated HTTNV → at most %i HTXSNV', (good, ceiling) => {
    expect(quotaCeiling(good, base)).toBe(ceiling)
  })

  it.each([
    ['round', 0, 0],
    ['round', 4, 1],
    ['round', 9, 2],
    ['ceil', 1, 1],
    ['ceil', 5, 1],
    ['ceil', 6, 2]
  ] as const)('rounding %s: %i HTTNV → %i (profile parameter)', (quotaRounding, good, ceiling) => {
    expect(quotaCeiling(good, { quotaPercent: 20, quotaRounding })).toBe(ceiling)
  })

  it.each([
    [25, 4, 1],
    [25, 3, 0],
    [25, 8, 2]
  ])('province quota %i %%: %i HTTNV → %i', (quotaPercent, good, ceiling) => {
    expect(quotaCeiling(good, { quotaPercent, quotaRounding: 'floor' })).toBe(ceiling)
  })
})

function unitOf(
  cellId: string,
  good: number,
  excellent: number,
  other = 0
): { cellId: string; rating: Rating | null }[] {
  return [
    ...Array.from({ length: good }, () => ({ cellId, rating: 'good' as Rating })),
    ...Array.from({ length: excellent }, () => ({ cellId, rating: 'excellent' as Rating })),
    ...Array.from({ length: other }, () => ({ cellId, rating: 'complete' as Rating }))
  ]
}

describe('quota counting unit (QĐ 124-QĐ/TW; HD 25: each cell, or the whole đảng bộ)', () => {
  // Cell A: 4 HTTNV + 1 HTXSNV (ceiling 0 → excess 1); cell B: 6 HTTNV + 0 HTXSNV (ceiling 1).
  const rated = [...unitOf('A', 4, 1, 3), ...unitOf('B', 6, 0)]

  it('per cell: cell A is over (4 HTTNV → 0), cell B is within', () => {
    const units = quotaByUnit(rated, { ...base, quotaUnit: 'cell' })
    expect(units.find((u) => u.unitId === 'A')).toMatchObject({
      good: 4,
      ceiling: 0,
      excellent: 1,
      excess: 1
    })
    expect(units.find((u) => u.unitId === 'B')).toMatchObject({
      good: 6,
      ceiling: 1,
      excellent: 0,
      excess: 0
    })
  })

  it('whole đảng bộ: 10 HTTNV → 2, one proposed: within', () => {
    const units = quotaByUnit(rated, { ...base, quotaUnit: 'organization' })
    expect(units).toEqual([
      { unitId: 'organization', unit: 'organization', good: 10, ceiling: 2, excellent: 1, excess: 0 }
    ])
  })

  it('"rated tốt" counts only HTTNV, not HTXSNV: 5 HTTNV + 2 HTXSNV → ceiling 1, excess 1', () => {
    const [u] = quotaByUnit(unitOf('A', 5, 2), { ...base, quotaUnit: 'cell' })
    expect(u).toMatchObject({ good: 5, ceiling: 1, excellent: 2, excess: 1 })
  })
})

describe('each cell’s share of the đảng bộ ceiling, guidance for allocating (HD 21-HD/BTCTW 2019: the quota is counted “trong từng tổ chức cơ sở đảng”)', () => {
  it.each<[string, [string, number, number][], Record<string, number>]>([
    // 4 + 6 = 10 HTTNV → 2; 0.8 and 1.2 → A 1, B 1.
    [
      'A 4, B 6 HTTNV → ceiling 2 → A 1, B 1',
      [
        ['A', 4, 0],
        ['B', 6, 0]
      ],
      { A: 1, B: 1 }
    ],
    // 4 + 4 + 7 = 15 → 3; 0.8, 0.8, 1.4 → 0, 0, 1 + two remainders (A, B: 0.8) → 1, 1, 1.
    [
      'A 4, B 4, C 7 → ceiling 3 → 1, 1, 1',
      [
        ['A', 4, 0],
        ['B', 4, 0],
        ['C', 7, 0]
      ],
      { A: 1, B: 1, C: 1 }
    ],
    // 2 + 3 = 5 → 1; 0.4 and 0.6 → B.
    [
      'A 2, B 3 → ceiling 1 → B',
      [
        ['A', 2, 1],
        ['B', 3, 0]
      ],
      { A: 0, B: 1 }
    ],
    ['nobody HTTNV → no share', [['A', 0, 1]], { A: 0 }]
  ])('%s', (_l, cells, shares) => {
    const rated = cells.flatMap(([id, good, excellent]) => unitOf(id, good, excellent))
    const out = quotaShares(rated, base)
    expect(Object.fromEntries(out.map((c) => [c.cellId, c.share]))).toEqual(shares)
    const total = out.reduce((n, c) => n + c.share, 0)
    const good = out.reduce((n, c) => n + c.good, 0)
    expect(total).toBe(quotaCeiling(good, base))
  })
})

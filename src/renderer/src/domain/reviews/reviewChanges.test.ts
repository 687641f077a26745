import { describe, expect, it } from 'vitest'
import { changeText, overwriteCount, reviewChanges, type ReviewChange } from './reviewChanges'

const stored = { score: 88, selfRating: 'good', cellProposal: null, note: 'Đã nộp bản kiểm điểm' } as const

// docs/design.md §8: nothing is overwritten silently — what a sheet or a paste changes is said first,
// a blank keeps what is stored, an equal value is no change.
describe('what a rating sheet or a paste would change in a stored review (docs/design.md §8)', () => {
  it.each<[string, Parameters<typeof reviewChanges>[1], string[], boolean[]]>([
    ['a blank keeps the stored value', { score: null, selfRating: null, note: '' }, [], []],
    ['an equal value is no change', { score: 88, selfRating: 'good', note: 'Đã nộp bản kiểm điểm' }, [], []],
    [
      'a blank stored value is filled, not overwritten',
      { cellProposal: 'good' },
      ['chi bộ đề xuất — → HTTNV'],
      [false]
    ],
    ['a different level overwrites', { selfRating: 'excellent' }, ['tự xếp loại HTTNV → HTXSNV'], [true]],
    ['a different score overwrites, with a decimal comma', { score: 92.5 }, ['điểm 88 → 92,5'], [true]],
    [
      'a different note overwrites',
      { note: 'Chưa nộp' },
      ['ghi chú “Đã nộp bản kiểm điểm” → “Chưa nộp”'],
      [true]
    ],
    [
      'several fields, said in the order of the sheet',
      { note: 'x', cellProposal: 'complete', score: 70, selfRating: 'good' },
      ['điểm 88 → 70', 'chi bộ đề xuất — → HTNV', 'ghi chú “Đã nộp bản kiểm điểm” → “x”'],
      [true, false, true]
    ]
  ])('%s', (_, values, said, overwrites) => {
    const changes = reviewChanges(stored, values)
    expect(changes.map(changeText)).toEqual(said)
    expect(changes.map((c) => c.overwrites)).toEqual(overwrites)
  })

  it.each<[string, Parameters<typeof reviewChanges>[0], string]>([
    ['no review yet', undefined, 'Đảng ủy quyết định — → HTXSNV'],
    ['a decision stored', { decision: 'good' }, 'Đảng ủy quyết định HTTNV → HTXSNV']
  ])("the committee's decision: %s", (_, before, said) => {
    expect(reviewChanges(before, { decision: 'excellent' }).map(changeText)).toEqual([said])
  })

  it('counts overwritten values and the members they belong to', () => {
    const change = (overwrites: boolean) => ({ overwrites }) as ReviewChange
    expect(overwriteCount([[change(true), change(true)], [change(false)], [], [change(true)]])).toEqual({
      values: 3,
      members: 2
    })
  })
})

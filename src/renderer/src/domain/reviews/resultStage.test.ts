import { describe, expect, it } from 'vitest'
import { provisionalNote, resultsStage, stagedRating } from './resultStage'

// docs/design.md §6: results count the committee's decisions (Đảng ủy quyết định); anything built
// from an earlier step says it is provisional and which step it used.
describe('the step a result comes from', () => {
  it.each([
    [{ selfRating: 'good', cellProposal: 'complete', decision: 'excellent' }, 'excellent', 'decision'],
    [{ selfRating: 'good', cellProposal: 'complete' }, 'complete', 'cellProposal'],
    [{ selfRating: 'good', proposal: 'excellent' }, 'excellent', 'cellProposal'],
    [{ selfRating: 'good' }, 'good', 'selfRating']
  ] as const)('%o counts as %s from %s', (review, rating, stage) => {
    expect(stagedRating(review)).toEqual({ rating, stage })
  })

  it('nobody rated yet: no result', () => {
    expect(stagedRating({})).toBeNull()
    expect(stagedRating(undefined)).toBeNull()
  })

  it.each([
    [[{ decision: 'good' }, { decision: 'excellent' }], 'decision', ''],
    [[{ decision: 'good' }, { cellProposal: 'good' }], 'cellProposal', '(số liệu tạm, theo chi bộ đề xuất)'],
    [[{ decision: 'good' }, { selfRating: 'good' }, {}], 'selfRating', '(số liệu tạm, theo tự đánh giá)'],
    [[{}, {}], null, '(chưa có kết quả đánh giá)']
  ] as const)('a set of results %o is as final as its least advanced entry', (entries, stage, note) => {
    expect(resultsStage(entries)).toBe(stage)
    expect(provisionalNote(resultsStage(entries))).toBe(note)
  })
})

import { describe, expect, it } from 'vitest'
import { member, review, reviewSubjects } from '@renderer/testing/reviewFactories'
import { pastePlan } from './pastedRatings'

const rated = reviewSubjects(2025, [
  member('a', { fullName: 'Trần Văn Ân' }),
  member('b', { fullName: 'Lê Thị Bình' }),
  member('c', { fullName: 'Phạm Văn Cường' })
])
// Ân has a stored proposal; Bình and Cường have none.
const reviews = new Map([['a', review(2025, 'a', { cellProposal: 'good', decision: 'excellent' })]])

// docs/design.md §8: nothing is overwritten silently. A blank pasted cell keeps the stored level, as a
// blank cell of a rating sheet does; what the paste replaces is named for the clerk to confirm.
describe('a column of levels pasted into “Chi bộ đề xuất” (docs/design.md §8)', () => {
  it.each<[string, number, string, string[], string[], number]>([
    ['a blank keeps the stored level', 0, '\r\nHTXSNV\r\n', ['b'], [], 1],
    ['an equal level is no change', 0, 'HTTNV\r\nHTNV\r\n', ['b'], [], 0],
    [
      'a different level overwrites, named',
      0,
      'HTXSNV\r\n',
      ['a'],
      ['Trần Văn Ân: chi bộ đề xuất HTTNV → HTXSNV'],
      0
    ],
    ['from the focused row down', 1, '1\r\n2\r\n', ['b', 'c'], [], 0]
  ])('%s', (_, row, text, members, overwritten, blanks) => {
    const p = pastePlan(rated, reviews, row, 'cellProposal', text)
    expect(p.edits.map((e) => e.memberId)).toEqual(members)
    expect(p.edits.every((e) => e.field === 'cellProposal' && e.value !== null)).toBe(true)
    expect(p.overwritten).toEqual(overwritten)
    expect(p.blanks).toBe(blanks)
  })

  it('an invalid value is named by its row; lines below the last row are counted, not pasted', () => {
    const p = pastePlan(rated, reviews, 1, 'cellProposal', 'Giỏi\r\nHTTNV\r\nHTNV\r\n')
    expect(p.problems).toEqual([
      'Lê Thị Bình: “Giỏi” không phải mức xếp loại (gõ 1–4 hoặc HTXSNV, HTTNV, HTNV, KHTNV).'
    ])
    expect(p.edits).toEqual([{ memberId: 'c', field: 'cellProposal', value: 'good' }])
    expect(p.overflow).toBe(1)
  })

  it("pasted into “Đảng ủy quyết định”: overwriting the committee's decision is named the same way", () => {
    expect(pastePlan(rated, reviews, 0, 'decision', 'HTTNV\r\n').overwritten).toEqual([
      'Trần Văn Ân: Đảng ủy quyết định HTXSNV → HTTNV'
    ])
  })
})

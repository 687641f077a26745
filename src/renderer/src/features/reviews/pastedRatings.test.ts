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

// A clerk copies the cell's list from Excel in its own order (STT, Họ và tên, …, Xếp loại): a column of
// levels alone would land on the wrong people, so the names copied beside the levels decide the row.
describe('levels pasted with the members’ names beside them go by name (docs/design.md §8)', () => {
  it.each<[string, string, [string, string][], string[], number]>([
    [
      'Họ và tên + level, in another order than the grid, pasted on any row',
      'Phạm Văn Cường\tHTTNV\r\nLê Thị Bình\tHTXSNV\r\n',
      [
        ['c', 'good'],
        ['b', 'excellent']
      ],
      [],
      0
    ],
    [
      'STT, name, other columns, level last; names folded (no accents, other case)',
      '1\tpham van cuong\tKhu phố 2\t2\r\n2\tTRẦN VĂN ÂN\tKhu phố 1\t1\r\n',
      [
        ['c', 'good'],
        ['a', 'excellent']
      ],
      [],
      0
    ],
    [
      'a blank level keeps the stored one',
      'Lê Thị Bình\t\r\nPhạm Văn Cường\tHTNV\r\n',
      [['c', 'complete']],
      [],
      1
    ],
    [
      'an unknown name, a repeated member and an invalid level are named, nothing pasted for them',
      'Lê Thị Bình\tHTTNV\r\nLê Thị Bình\tHTNV\r\nĐỗ Văn Đông\tHTTNV\r\nPhạm Văn Cường\tGiỏi\r\n',
      [],
      [
        'Lê Thị Bình có ở nhiều dòng đã dán: hãy nhập tay.',
        'Lê Thị Bình có ở nhiều dòng đã dán: hãy nhập tay.',
        '“Đỗ Văn Đông”: Không có trong danh sách đánh giá của chi bộ.',
        'Phạm Văn Cường: “Giỏi” không phải mức xếp loại (gõ 1–4 hoặc HTXSNV, HTTNV, HTNV, KHTNV).'
      ],
      0
    ]
  ])('%s', (_, text, edits, problems, blanks) => {
    const p = pastePlan(rated, reviews, 2, 'cellProposal', text)
    expect(p.byName).toBe(true)
    expect(p.edits.map((e) => [e.memberId, e.value])).toEqual(edits)
    expect(p.problems).toEqual(problems)
    expect(p.blanks).toBe(blanks)
    expect(p.overflow).toBe(0)
  })

  it('overwriting a stored level by name is named for the confirmation, as by position', () => {
    expect(pastePlan(rated, reviews, 0, 'cellProposal', 'Trần Văn Ân\tHTNV\r\n').overwritten).toEqual([
      'Trần Văn Ân: chi bộ đề xuất HTTNV → HTNV'
    ])
  })

  it('two members of one name in the cell are never guessed between', () => {
    const twins = reviewSubjects(2025, [
      member('x', { fullName: 'Lê Văn Hải' }),
      member('y', { fullName: 'Lê Văn Hải' })
    ])
    const p = pastePlan(
      [...rated, ...twins],
      reviews,
      0,
      'decision',
      'Trần Văn Ân\tHTTNV\r\nLê Văn Hải\tHTXSNV\r\n'
    )
    expect(p.edits.map((e) => e.memberId)).toEqual(['a'])
    expect(p.overwritten).toEqual(['Trần Văn Ân: Đảng ủy quyết định HTXSNV → HTTNV'])
    expect(p.problems).toEqual(['“Lê Văn Hải”: Trùng tên trong chi bộ; hãy nhập tay.'])
  })

  it('several columns with no member’s name in them fill by position from the first column, as before', () => {
    const p = pastePlan(rated, reviews, 1, 'cellProposal', '1\tx\r\n2\ty\r\n')
    expect(p.byName).toBe(false)
    expect(p.edits.map((e) => [e.memberId, e.value])).toEqual([
      ['b', 'excellent'],
      ['c', 'good']
    ])
  })
})

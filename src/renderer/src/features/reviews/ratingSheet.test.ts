import { describe, expect, it } from 'vitest'
import { changeText } from '@renderer/domain/reviews/reviewChanges'
import { member, review, reviewSubjects } from '@renderer/testing/reviewFactories'
import { readRatingSheet, sheetPreview } from './ratingSheet'

const subjects = reviewSubjects(2025, [
  member('a', { fullName: 'Trần Văn Ân' }),
  member('b', { fullName: 'Lê Thị Bình' })
])
const grid = {
  sheetName: 'Phiếu',
  merges: [],
  rows: [
    ['CHI BỘ KHU PHỐ 1'],
    [],
    ['STT', 'Họ và tên', 'Điểm', 'Tự xếp loại', 'Chi bộ đề xuất', 'Ghi chú'],
    [1, 'tran van an', 92, 'HTXSNV', 'HTTNV', ''],
    [2, 'Lê Thị Bình', '75', '2', 'Giỏi', ''],
    [3, 'Phạm Văn Lạ', 80, 'HTTNV', 'HTTNV', '']
  ]
}

describe("a cell secretary's rating sheet (preview, then confirm)", () => {
  const { rows, mapped } = readRatingSheet(grid as never, subjects)
  it.each<[number, string | null, string[]]>([
    [0, 'a', []],
    [1, 'b', ['Chi bộ đề xuất: “Giỏi” không phải mức xếp loại (gõ 1–4 hoặc HTXSNV, HTTNV, HTNV, KHTNV).']],
    [2, null, ['Không có trong danh sách đánh giá của chi bộ']]
  ])('row %i → member %s, errors %j', (i, memberId, errors) => {
    expect(rows[i].memberId).toBe(memberId)
    expect(rows[i].errors).toEqual(errors)
  })
  it('only valid rows become edits, of the sheet\u2019s columns', () => {
    expect(sheetPreview(rows, mapped, new Map()).edits).toEqual([
      { memberId: 'a', field: 'score', value: 92 },
      { memberId: 'a', field: 'selfRating', value: 'excellent' },
      { memberId: 'a', field: 'cellProposal', value: 'good' }
    ])
  })
})

// docs/design.md §8: nothing is overwritten silently — a sheet row never decides by being last, and
// a blank or an Excel error value never wipes what the clerk already entered.
describe('a rating sheet never overwrites silently (docs/design.md §8)', () => {
  const header = ['STT', 'Họ và tên', 'Điểm', 'Tự xếp loại', 'Chi bộ đề xuất']
  const sheet = (...rows: unknown[][]) => ({ sheetName: 'Phiếu', merges: [], rows: [header, ...rows] })
  const stored = new Map([
    [
      'a',
      {
        id: '2025:a',
        year: 2025,
        memberId: 'a',
        cellId: 'c1',
        updatedAt: 'x',
        score: 88,
        selfRating: 'good' as const,
        cellProposal: 'good' as const
      }
    ]
  ])

  it('the same member on two rows: both are problems, neither is saved', () => {
    const { rows, mapped } = readRatingSheet(
      sheet([1, 'Trần Văn Ân', 92, 'HTXSNV', 'HTXSNV'], [2, 'Tran Van An', 70, 'HTNV', 'HTNV']) as never,
      subjects
    )
    expect(rows.map((r) => r.errors)).toEqual([
      ['Trần Văn Ân có ở nhiều dòng (2, 3): giữ một dòng rồi nhập lại'],
      ['Trần Văn Ân có ở nhiều dòng (2, 3): giữ một dòng rồi nhập lại']
    ])
    expect(sheetPreview(rows, mapped, stored).edits).toEqual([])
  })

  it.each(['#REF!', '#DIV/0!', '#N/A', '#VALUE!'])(
    'an error value %s is a problem, never a blank',
    (error) => {
      const { rows } = readRatingSheet(sheet([1, 'Trần Văn Ân', error, error, 'HTTNV']) as never, subjects)
      expect(rows[0].errors).toEqual([
        `Điểm: ô có lỗi công thức Excel (${error})`,
        `Tự xếp loại: ô có lỗi công thức Excel (${error})`
      ])
    }
  )

  it('blank cells keep the score and levels already entered', () => {
    const { rows, mapped } = readRatingSheet(sheet([1, 'Trần Văn Ân', null, '', 'HTXSNV']) as never, subjects)
    expect(rows[0].errors).toEqual([])
    const edits = sheetPreview(rows, mapped, stored).edits
    expect(edits).toEqual([{ memberId: 'a', field: 'cellProposal', value: 'excellent' }])
    // The review screen applies edits field by field onto the stored review.
    const saved = { ...stored.get('a'), ...Object.fromEntries(edits.map((e) => [e.field, e.value])) }
    expect(saved).toEqual({ ...stored.get('a'), cellProposal: 'excellent' })
  })
})

// docs/design.md §8: nothing is overwritten silently — the preview says what each row changes in the
// reviews the screen holds, a row equal to them writes nothing, and the overwrites are counted for the
// confirmation.
describe('the preview says what the sheet changes, before → after (docs/design.md §8)', () => {
  const header = ['STT', 'Họ và tên', 'Điểm', 'Tự xếp loại', 'Chi bộ đề xuất', 'Ghi chú']
  const stored = new Map([
    [
      'a',
      review(2025, 'a', {
        score: 88,
        selfRating: 'good',
        cellProposal: 'good',
        decision: 'good',
        note: 'Đã nộp'
      })
    ]
  ])
  const preview = (row: unknown[], head = header) => {
    const { rows, mapped } = readRatingSheet(
      { sheetName: 'Phiếu', merges: [], rows: [head, row] } as never,
      subjects
    )
    return sheetPreview(rows, mapped, stored)
  }

  it.each<[string, unknown[], string[], { values: number; members: number }]>([
    [
      'values equal to the stored ones: Không đổi',
      [1, 'Trần Văn Ân', 88, 'HTTNV', '2', 'Đã nộp'],
      [],
      { values: 0, members: 0 }
    ],
    [
      'blank cells keep the stored values',
      [1, 'Trần Văn Ân', null, '', '', ''],
      [],
      { values: 0, members: 0 }
    ],
    [
      'different values overwrite, each said',
      [1, 'Trần Văn Ân', 92, 'HTXSNV', 'HTTNV', 'Chưa nộp'],
      ['điểm 88 → 92', 'tự xếp loại HTTNV → HTXSNV', 'ghi chú “Đã nộp” → “Chưa nộp”'],
      { values: 3, members: 1 }
    ],
    [
      'a member with nothing stored: values added, none overwritten',
      [1, 'Lê Thị Bình', 75, 'HTTNV', '', ''],
      ['điểm — → 75', 'tự xếp loại — → HTTNV'],
      { values: 0, members: 0 }
    ]
  ])('%s', (_, row, said, overwrites) => {
    const p = preview(row)
    expect(p.rows[0].changes.map(changeText)).toEqual(said)
    expect(p.overwrites).toEqual(overwrites)
    expect([p.changed, p.unchanged]).toEqual(said.length ? [1, 0] : [0, 1])
    // Only what changes is written: a "Không đổi" row writes nothing.
    expect(p.edits.map((e) => e.field)).toEqual(p.rows[0].changes.map((c) => c.field))
  })

  it("never writes the committee's decision: a file's “Đảng ủy quyết định” column is not read", () => {
    const p = preview(
      [1, 'Trần Văn Ân', 88, 'HTTNV', 'HTTNV', 'HTXSNV'],
      ['STT', 'Họ và tên', 'Điểm', 'Tự xếp loại', 'Chi bộ đề xuất', 'Đảng ủy quyết định']
    )
    expect(p.edits).toEqual([])
    expect(p.unchanged).toBe(1)
  })
})

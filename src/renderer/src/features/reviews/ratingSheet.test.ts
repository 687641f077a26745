import { describe, expect, it } from 'vitest'
import { BUILT_IN_PROFILES, paramsOf } from '@renderer/domain/rules/profiles'
import { buildReviewSubjects } from '@renderer/domain/reviews/eligibility'
import { member } from '@renderer/domain/reviews/testFactories'
import { readRatingSheet, reviewsFromSheet } from './ratingSheet'

const subjects = buildReviewSubjects(
  [member('a', { fullName: 'Trần Văn Ân' }), member('b', { fullName: 'Lê Thị Bình' })],
  new Map(),
  2025,
  '2025-12-15',
  paramsOf(BUILT_IN_PROFILES[0])
)
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
  it('only valid rows become reviews, with the sheet\u2019s columns', () => {
    const reviews = reviewsFromSheet(rows, mapped, 2025, subjects, new Map())
    expect(reviews).toEqual([
      {
        id: '2025:a',
        year: 2025,
        memberId: 'a',
        cellId: 'c1',
        updatedAt: '',
        score: 92,
        selfRating: 'excellent',
        cellProposal: 'good'
      }
    ])
  })
})

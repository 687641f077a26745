// Khen thưởng warns of the year's ratings the committee has not decided yet: members' and cells'
// (chi bộ decided HTXSNV this year are candidates too).
import { describe, expect, it } from 'vitest'
import type { CellReview } from '../entities'
import { cell } from '@renderer/testing/factories'
import { decided, member, review, reviewSubjects } from '@renderer/testing/reviewFactories'
import type { ReviewYearData } from '../reviews/yearData'
import { undecidedOfYear, undecidedWarning } from './undecided'

const YEAR = 2025
const members = [member('m1'), member('m2'), member('m3')]
const cellReview = (cellId: string, over: Partial<CellReview>): CellReview => ({
  id: `${YEAR}:${cellId}`,
  year: YEAR,
  cellId,
  updatedAt: '2020-01-01T00:00:00.000Z',
  ...over
})
const data: ReviewYearData = {
  year: YEAR,
  asOfDate: `${YEAR}-12-15`,
  cells: [cell('c1'), cell('c2'), cell('c3')],
  subjects: reviewSubjects(YEAR, members),
  memberReviews: new Map([
    ['m1', decided(YEAR, 'm1', 'excellent')],
    ['m2', review(YEAR, 'm2', { cellProposal: 'excellent' })]
    // m3: not rated at any step, nothing to decide yet
  ]),
  cellReviews: new Map([
    ['c1', cellReview('c1', { decision: 'excellent' })],
    ['c2', cellReview('c2', { proposal: 'excellent' })]
    // c3: not rated
  ])
}

describe('Khen thưởng: the year still waiting for the committee', () => {
  it('counts undecided members and undecided cells', () => {
    expect(undecidedOfYear(data)).toEqual({ members: 1, cells: 1 })
  })

  it('names both in the warning', () => {
    expect(undecidedWarning(YEAR, { members: 1, cells: 1 })).toBe(
      'Năm 2025: 1 đảng viên, 1 chi bộ chưa có quyết định xếp loại của Đảng ủy. Danh sách chỉ gồm đảng viên, chi bộ Đảng ủy đã quyết định Hoàn thành xuất sắc nhiệm vụ và những đề nghị đã ghi ở trang này.'
    )
    expect(undecidedWarning(YEAR, { members: 0, cells: 2 })).toMatch(
      /^Năm 2025: 2 chi bộ chưa có quyết định xếp loại của Đảng ủy\./
    )
    expect(undecidedWarning(YEAR, { members: 0, cells: 0 })).toBe('')
  })
})

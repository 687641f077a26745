import { describe, expect, it } from 'vitest'
import { planBook } from './plan'
import { rowList } from './outsideRows'
import type { ReturnedRatingRow } from './content'
import { Q1, YEAR, content, context, returned, world } from '@renderer/testing/roundtripBooks'

const kinds = (p: { problems: { kind: string }[] }) => p.problems.map((x) => x.kind)
const below = (rowNumber: number, name: string | null, score: number | null = null): ReturnedRatingRow => ({
  rowNumber,
  name,
  score,
  selfRating: null,
  cellProposal: null
})

describe('cell round trip: what the secretary wrote under a sheet’s table is named, never dropped silently', () => {
  it('lists rows, runs of three or more as a range', () => {
    expect(rowList([25, 26])).toEqual('25, 26')
    expect(rowList([17, 19, 20, 21, 22, 30])).toEqual('17, 19–22, 30')
  })

  it('names the rows under the register in one problem; the register’s own rows are still read', () => {
    const book = returned(content(world(), Q1), { 0: { date: '12/02/2026', type: 'Thường kỳ' } })
    const plan = planBook({ ...book, registerBelow: [25, 26] }, context(world(), Q1))
    expect(plan.problems).toEqual([
      {
        kind: 'outsideRegister',
        place: 'Sổ sinh hoạt, dòng 25, 26',
        message:
          'Dòng 25, 26 của sổ sinh hoạt nằm ngoài các dòng của sổ nên không được đọc: hãy ghi vào các dòng trống có sẵn; nếu sổ đã hết dòng, Văn phòng nhập sổ này rồi tạo sổ mới (các buổi đã nhập có sẵn, thêm dòng trống) để ghi tiếp.'
      }
    ])
    expect(plan.counts.meetingsAdded).toBe(1)
  })

  it('says nothing more when the register is refused whole anyway', () => {
    const book = returned(content(world(), Q1), { 0: { stt: 2 } })
    const plan = planBook({ ...book, registerBelow: [25] }, context(world(), Q1))
    expect(kinds(plan)).toEqual(['registerRowsMoved'])
  })

  it('names each row under the rating roll — a newcomer, a second line of a listed member, a row without a name — and still takes the roll’s ratings', () => {
    const book = returned(content(world(), YEAR), {}, { 1: { score: 88 } })
    const plan = planBook(
      {
        ...book,
        ratingBelow: [below(11, 'Võ Thị Em', 90), below(12, ' nguyễn văn an ', 70), below(13, null, 60)]
      },
      context(world(), YEAR)
    )
    expect(plan.problems.map((p) => [p.kind, p.place, p.message])).toEqual([
      [
        'outsideRatingRoll',
        'Xếp loại, dòng 11',
        'Võ Thị Em (dòng 11) không có trong danh sách của sổ giao nên không được đọc; đảng viên mới chuyển đến cần được ghi ở Sổ Chi bộ rồi tạo sổ mới.'
      ],
      [
        'duplicateMember',
        'Xếp loại, dòng 12',
        'Nguyễn Văn An đã có dòng 7 trong sổ giao; dòng 12 ghi thêm nằm ngoài danh sách nên không được đọc — hãy ghi vào dòng 7.'
      ],
      [
        'outsideRatingRoll',
        'Xếp loại, dòng 13',
        'Dòng 13 nằm ngoài danh sách của sổ giao nên không được đọc; chỉ ghi vào dòng của đồng chí có tên trong sổ.'
      ]
    ])
    expect(plan.changes).toEqual(['Trần Thị Bình: điểm — → 88'])
    expect(plan.reviews.map((r) => r.memberId)).toEqual(['b'])
  })
})

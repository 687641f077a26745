import { describe, expect, it } from 'vitest'
import { planBook } from './plan'
import { rowList } from './outsideRows'
import { Q1, content, context, returned, world } from '@renderer/testing/roundtripBooks'

const kinds = (p: { problems: { kind: string }[] }) => p.problems.map((x) => x.kind)
describe('cell round trip: what the secretary wrote under the register is named, never dropped silently', () => {
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
})

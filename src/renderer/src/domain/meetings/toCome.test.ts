import { describe, expect, it } from 'vitest'
import { dateToComeNote, heldBy, monthToComeNote } from './toCome'

// A month is held by a meeting that took place (Điều lệ Điều 24: chi bộ sinh hoạt thường kỳ mỗi tháng
// một lần): the forms say so when the day typed is still ahead, the grid counts it from that day.
const TODAY = '2026-12-03'

describe('a meeting day still ahead is named on the form', () => {
  it.each<[string, string, string | null]>([
    ['today', '2026-12-03', null],
    ['earlier this month', '2026-12-01', null],
    ['no day yet', '', null],
    [
      'tomorrow',
      '2026-12-04',
      'Ngày 04/12/2026 chưa đến: buổi họp chỉ được tính là đã sinh hoạt từ ngày đó. Ghi nhầm năm thì sửa lại ngày.'
    ],
    [
      'next year, as a year typed wrong',
      '2027-12-01',
      'Ngày 01/12/2027 chưa đến: buổi họp chỉ được tính là đã sinh hoạt từ ngày đó. Ghi nhầm năm thì sửa lại ngày.'
    ]
  ])('%s (%s)', (_l, date, note) => {
    expect(dateToComeNote(date, TODAY)).toBe(note)
  })
})

describe('a month still ahead is named on the month entry', () => {
  it.each<[string, string, string | null]>([
    ['this month', '2026-12', null],
    ['last month', '2026-11', null],
    [
      'next month',
      '2027-01',
      'Tháng 01/2027 chưa đến: các buổi ghi ở đây chỉ được tính là đã sinh hoạt từ ngày họp.'
    ]
  ])('%s (%s)', (_l, month, note) => {
    expect(monthToComeNote(month, TODAY)).toBe(note)
  })
})

describe('what was held by today: meetings and marks dated on or before it', () => {
  it.each<[string, string, boolean]>([
    ['earlier', '2026-11-05', true],
    ['today', '2026-12-03', true],
    ['tomorrow', '2026-12-04', false],
    ['next year', '2027-01-05', false]
  ])('%s (%s): held %s', (_l, date, held) => {
    expect(heldBy([{ date, memberId: 'a' }], TODAY)).toEqual(held ? [{ date, memberId: 'a' }] : [])
  })
})

// Two members of one name in a cell's book must not be confused: each mark column says whose it is.
import { describe, expect, it } from 'vitest'
import { markLabels } from './markLabels'

const births: Record<string, string> = {
  a: '1975-03-02',
  b: '1980-01-01',
  c: '1980-06-15',
  d: '1980-06-15',
  e: '1990-05-05'
}
const entry = (memberId: string, fullName: string) => ({ memberId, fullName })

describe('the heading of a mark column', () => {
  it.each<[string, ReturnType<typeof entry>[], string[]]>([
    [
      'a name no one else has: the name',
      [entry('a', 'Nguyễn Văn Hùng'), entry('e', 'Lê Thị Mai')],
      ['Nguyễn Văn Hùng', 'Lê Thị Mai']
    ],
    [
      'namesakes born in different years: the year (accents and case do not make two names)',
      [entry('a', 'Nguyễn Văn Hùng'), entry('b', 'NGUYỄN VĂN HÙNG')],
      ['Nguyễn Văn Hùng (sinh 1975)', 'NGUYỄN VĂN HÙNG (sinh 1980)']
    ],
    [
      'namesakes born the same year: the whole date',
      [entry('b', 'Trần Thị Bình'), entry('c', 'Trần Thị Bình')],
      ['Trần Thị Bình (sinh 01/01/1980)', 'Trần Thị Bình (sinh 15/06/1980)']
    ],
    [
      'namesakes born the same day, or a birth unknown: their place among them',
      [entry('c', 'Trần Thị Bình'), entry('d', 'Trần Thị Bình'), entry('x', 'Trần Thị Bình')],
      ['Trần Thị Bình (người thứ 1)', 'Trần Thị Bình (người thứ 2)', 'Trần Thị Bình (người thứ 3)']
    ]
  ])('%s', (_, roll, expected) => {
    const labels = markLabels(roll, (id) => births[id])
    expect(roll.map((e) => labels.get(e.memberId))).toEqual(expected)
  })
})

import { describe, expect, it } from 'vitest'
import { planBook } from './plan'
import type { ReturnedBook } from './content'
import {
  MEMBERS,
  Q1,
  SUBJECTS,
  YEAR,
  asFormatOne,
  content,
  context,
  marksFor,
  member,
  returned,
  storedMeeting,
  subject,
  world
} from '@renderer/testing/roundtripBooks'

const JAN = storedMeeting('m1', '2026-01-05', { conclusion: 'Kết luận buổi 05/01' })
const FEB = storedMeeting('m2', '2026-02-03')
const marks = (m: typeof JAN) => marksFor(m, { a: 'present', b: 'present', c: 'present', d: 'exempt' })
const two = world({
  meetings: [
    { meeting: JAN, marks: marks(JAN) },
    { meeting: FEB, marks: marks(FEB) }
  ]
})
const kinds = (p: { problems: { kind: string }[] }) => p.problems.map((x) => x.kind)

/** The book as a secretary left it after moving its rows around: rows in the new order. */
function reordered(book: ReturnedBook, order: number[]): ReturnedBook {
  const rows = order.map((from, i) => ({ ...book.register[from], rowNumber: 8 + i }))
  return { ...book, register: [...rows, ...book.register.slice(rows.length)] }
}

describe('cell round trip: register rows inserted, deleted or sorted are refused, never re-matched', () => {
  it('a sort that moved the STT numbers along', () => {
    const plan = planBook(reordered(returned(content(two, Q1)), [1, 0]), context(two, Q1))
    expect(kinds(plan)).toEqual(['registerRowsMoved'])
    expect(plan.problems[0].message).toMatch(/\(dòng 8 mang số thứ tự 2, sổ giao là 1\)/)
    expect(plan.meetings).toEqual([])
  })

  it('a sort that left the STT column behind', () => {
    const book = reordered(returned(content(two, Q1)), [1, 0])
    book.register.forEach((row, i) => (row.stt = i + 1))
    const plan = planBook(book, context(two, Q1))
    expect(kinds(plan)).toEqual(['registerRowsMoved'])
    expect(plan.problems[0].message).toMatch(
      /\(buổi thường kỳ ngày 05\/01\/2026 ở dòng 8 nay nằm ở dòng 9\)\. Sổ sinh hoạt không được nhập/
    )
  })

  it('a recorded meeting’s row deleted', () => {
    const book = returned(content(two, Q1))
    const rows = book.register.slice(1).map((row, i) => ({ ...row, rowNumber: 8 + i }))
    const plan = planBook(
      { ...book, register: [...rows, { ...rows[0], stt: null, date: null, type: null }] },
      context(two, Q1)
    )
    expect(kinds(plan)).toEqual(['registerRowsMoved'])
    expect(plan.problems[0].message).toMatch(/dòng 8 mang số thứ tự 2, sổ giao là 1/)
  })

  it('a recorded meeting’s date and type corrected in its own row is taken', () => {
    const plan = planBook(
      returned(content(two, Q1), { 0: { date: '07/01/2026', type: 'Chuyên đề' } }),
      context(two, Q1)
    )
    expect(plan.problems).toEqual([])
    expect(plan.changes).toEqual([
      'Sửa buổi sinh hoạt ngày 05/01/2026: ngày 05/01/2026 → 07/01/2026; loại thường kỳ → chuyên đề'
    ])
  })

  it('a book made before the check (format 1) is read as before', () => {
    const book = returned(content(two, Q1), { 0: { date: '07/01/2026' } })
    const plan = planBook({ ...book, identity: asFormatOne(book.identity) }, context(two, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.changes).toEqual(['Sửa buổi sinh hoạt ngày 05/01/2026: ngày 05/01/2026 → 07/01/2026'])
  })
})

describe('cell round trip: the rating sheet is matched by name as well as by row', () => {
  const c = content(world(), YEAR)

  it('takes names written with other case or spacing', () => {
    const plan = planBook(
      returned(c, {}, { 0: { name: ' nguyễn  văn AN ', score: 90 } }),
      context(world(), YEAR)
    )
    expect(plan.problems).toEqual([])
    expect(plan.changes).toEqual(['Nguyễn Văn An: điểm — → 90'])
  })

  it('refuses the sheet when two namesakes’ rows were swapped: their locked STT moved with them', () => {
    const twins = world({
      members: [...MEMBERS, member('e', 'Nguyễn Văn An')],
      subjects: [...SUBJECTS, subject('e', 'Nguyễn Văn An')]
    })
    const made = content(twins, YEAR)
    expect(made.rating!.lines.slice(0, 2).map((l) => [l.memberId, l.fullName])).toEqual([
      ['a', 'Nguyễn Văn An'],
      ['e', 'Nguyễn Văn An']
    ])
    // The secretary cut and pasted e's row above a's: the names still read in the given order.
    const plan = planBook(
      returned(made, {}, { 0: { stt: 2, score: 70 }, 1: { stt: 1, score: 90 } }),
      context(twins, YEAR)
    )
    expect(kinds(plan)).toEqual(['ratingRowsMoved'])
    expect(plan.problems[0].message).toMatch(/dòng 7 mang số thứ tự 2, sổ giao là 1/)
    expect(plan.reviews).toEqual([])
  })

  it('refuses the whole sheet when one row names another member', () => {
    const plan = planBook(
      returned(
        c,
        {},
        { 0: { score: 90 }, 1: { name: 'Lê Văn Cường', score: 70 }, 2: { name: 'Trần Thị Bình' } }
      ),
      context(world(), YEAR)
    )
    expect(kinds(plan)).toEqual(['ratingRowsMoved'])
    expect(plan.problems[0].message).toMatch(/\(dòng 8 ghi “Lê Văn Cường”, sổ giao là “Trần Thị Bình”\)/)
    expect(plan.reviews).toEqual([])
  })
})

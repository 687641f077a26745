import { describe, expect, it } from 'vitest'
import { makeIdentity } from './identity'
import { planBatch, planBook } from './plan'
import type { ProblemKind } from './problems'
import type { AttendanceMark } from '../entities'
import {
  CELL,
  cellNow,
  EVENTS,
  MEMBERS,
  Q1,
  SUBJECTS,
  YEAR,
  content,
  context,
  marksFor,
  member,
  reasonRow,
  returned,
  storedMeeting,
  subject,
  world
} from '@renderer/testing/roundtripBooks'

const kinds = (p: { problems: { kind: ProblemKind }[] }) => p.problems.map((x) => x.kind)
const statusesOf = (marks: readonly AttendanceMark[]) =>
  Object.fromEntries(marks.map((m) => [m.memberId, m.status]))
const JAN = storedMeeting('m1', '2026-01-05')
const JAN_MARKS = marksFor(JAN, { a: 'present', b: 'present', c: 'excused', d: 'exempt' })
const withJanuary = () => world({ meetings: [{ meeting: JAN, marks: JAN_MARKS }] })
/** The cell with Võ Thị Em (e) transferred in on `date`. */
const withNewcomerFrom = (date: string) =>
  world({
    members: [...MEMBERS, member('e', 'Võ Thị Em')],
    events: [...EVENTS, { id: 'e2', memberId: 'e', type: 'transferIn', date, cellId: 'c1', createdAt: 'x' }]
  })

describe('cell round trip: new meetings (Điều lệ Đảng Điều 24; docs/design.md §7)', () => {
  it('adds a meeting with every expected member marked; the exempt member gets an exempt mark, the chair is matched', () => {
    const w = world()
    const book = returned(
      content(w, Q1),
      {
        0: {
          date: '12/02/2026',
          type: 'Thường kỳ',
          topic: 'Công tác tháng 2',
          chair: 'nguyen van an',
          start: '8h',
          end: '10:30',
          marks: ['C', 'P', 'K']
        }
      },
      {},
      [reasonRow('12/02/2026', 'Trần Thị Bình', 'Ốm')]
    )
    const plan = planBook(book, context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.meetings).toHaveLength(1)
    const { meeting, marks } = plan.meetings[0]
    expect(meeting).toMatchObject({
      date: '2026-02-12',
      type: 'regular',
      startTime: '08:00',
      endTime: '10:30',
      chairMemberId: 'a',
      topic: 'Công tác tháng 2'
    })
    expect(statusesOf(marks)).toEqual({ a: 'present', b: 'excused', c: 'unexcused', d: 'exempt' })
    expect(marks.find((m) => m.memberId === 'b')?.reason).toBe('Ốm')
    expect(meeting.attendanceCounts).toEqual({ present: 1, excused: 1, unexcused: 1, exempt: 1 })
    expect(plan.counts).toEqual({ meetingsAdded: 1, meetingsChanged: 0, marks: 3, reviews: 0 })
    expect(plan.changes[0]).toBe(
      'Thêm buổi sinh hoạt thường kỳ ngày 12/02/2026 (1 có mặt, 1 vắng có lý do, 1 vắng không lý do)'
    )
  })

  it('a meeting dated after today counts from its day, and its line says so (as the minutes do)', () => {
    // The batch is planned on 01/04/2026 (context().now).
    const Q2 = { kind: 'quarter', year: 2026, index: 2 } as const
    const ahead = (day: string) =>
      `Ngày ${day} chưa đến: buổi họp chỉ được tính là đã sinh hoạt từ ngày đó. Ghi nhầm năm thì sửa lại ngày.`
    const w = world()
    const added = planBook(
      returned(content(w, Q2), {
        0: { date: '15/04/2026', type: 'Thường kỳ' },
        1: { date: '01/04/2026', type: 'Chuyên đề' }
      }),
      context(w, Q2)
    )
    expect(added.changes).toEqual([
      `Thêm buổi sinh hoạt thường kỳ ngày 15/04/2026 (chưa điểm danh) — ${ahead('15/04/2026')}`,
      'Thêm buổi sinh hoạt chuyên đề ngày 01/04/2026 (chưa điểm danh)'
    ])
    const APRIL = storedMeeting('m4', '2026-04-01')
    const stored = world({ meetings: [{ meeting: APRIL, marks: [] }] })
    const moved = planBook(returned(content(stored, Q2), { 0: { date: '20/04/2026' } }), context(stored, Q2))
    expect(moved.changes).toEqual([
      `Sửa buổi sinh hoạt ngày 01/04/2026: ngày 01/04/2026 → 20/04/2026 — ${ahead('20/04/2026')}`
    ])
    const retitled = planBook(
      returned(content(stored, Q2), { 0: { topic: 'Sơ kết quý' } }),
      context(stored, Q2)
    )
    expect(retitled.changes).toEqual(['Sửa buổi sinh hoạt ngày 01/04/2026: chủ đề — → Sơ kết quý'])
  })

  it('adds a meeting without attendance when no mark at all was written', () => {
    const w = world()
    const plan = planBook(
      returned(content(w, Q1), { 0: { date: new Date(Date.UTC(2026, 2, 3)), type: 'Chuyên đề' } }),
      context(w, Q1)
    )
    expect(plan.meetings[0].marks).toEqual([])
    expect(plan.changes[0]).toContain('(chưa điểm danh)')
  })

  it('ignores rows left blank and a file returned untouched', () => {
    const w = withJanuary()
    const plan = planBook(returned(content(w, Q1)), context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.meetings).toEqual([])
    expect(plan.changes).toEqual([])
  })
})

describe('cell round trip: namesakes’ mark columns (no member gets another’s mark)', () => {
  const w = world({
    members: [
      ...MEMBERS.map((m) => (m.id === 'b' ? { ...m, birthDate: '1975-03-04' } : m)),
      { ...member('e', 'Trần Thị Bình'), birthDate: '1985-02-02' }
    ]
  })
  const c = content(w, Q1)

  it('heads each column with the birth year, and takes the chair picked by that heading', () => {
    const book = returned(c, {
      0: {
        date: '12/02/2026',
        type: 'Thường kỳ',
        chair: 'Trần Thị Bình (sinh 1985)',
        marks: c.roll.expected.map(() => 'C')
      }
    })
    expect([c.labels.get('b'), c.labels.get('e'), c.labels.get('a')]).toEqual([
      'Trần Thị Bình (sinh 1975)',
      'Trần Thị Bình (sinh 1985)',
      'Nguyễn Văn An'
    ])
    const plan = planBook(book, context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.meetings[0].meeting).toMatchObject({ chairMemberId: 'e', chairName: 'Trần Thị Bình' })
  })

  it('still reads a book made when the columns said the name alone', () => {
    const old = { ...returned(c), markHeaders: c.roll.expected.map((e) => e.fullName) }
    expect(planBook(old, context(w, Q1)).problems).toEqual([])
    const swapped = { ...old, markHeaders: [...old.markHeaders].reverse() }
    expect(kinds(planBook(swapped, context(w, Q1)))).toEqual(['columnsMoved'])
  })

  it('reads a book whose namesake’s birth the office corrected since, but not namesakes’ columns swapped', () => {
    const corrected = world({
      members: w.members.map((m) => (m.id === 'e' ? { ...m, birthDate: '1986-02-02' } : m))
    })
    expect(planBook(returned(c), context(corrected, Q1)).problems).toEqual([])
    const book = returned(c)
    const [b, e] = ['b', 'e'].map((id) => c.roll.expected.findIndex((x) => x.memberId === id))
    ;[book.markHeaders[b], book.markHeaders[e]] = [book.markHeaders[e], book.markHeaders[b]]
    expect(kinds(planBook(book, context(w, Q1)))).toEqual(['columnsMoved'])
  })
})

describe('cell round trip: meetings already recorded — blanks and error values never overwrite', () => {
  it('changes only what was written differently; blank topic, chair and marks keep the stored values', () => {
    const w = withJanuary()
    const book = returned(content(w, Q1), {
      0: { topic: 'Nghị quyết tháng 1', chair: null, marks: [null, 'C', 'K'] }
    })
    const plan = planBook(book, context(w, Q1))
    expect(plan.problems).toEqual([])
    const { meeting, marks } = plan.meetings[0]
    expect(meeting.chairName).toBe('Nguyễn Văn An')
    expect(meeting.topic).toBe('Nghị quyết tháng 1')
    expect(statusesOf(marks)).toEqual({ a: 'present', b: 'present', c: 'unexcused', d: 'exempt' })
    expect(plan.counts).toEqual({ meetingsAdded: 0, meetingsChanged: 1, marks: 1, reviews: 0 })
    expect(plan.changes[0]).toBe(
      'Sửa buổi sinh hoạt ngày 05/01/2026: chủ đề — → Nghị quyết tháng 1; 1 dấu điểm danh (Lê Văn Cường: vắng có lý do → vắng không lý do)'
    )
  })

  it('a stored mark the book changes is shown before → after, by name (docs/design.md §8: nothing overwritten silently)', () => {
    const w = withJanuary()
    // The book still holds the marks it was made with; the office has since recorded others.
    const plan = planBook(returned(content(w, Q1), { 0: { marks: ['K', 'C', 'C'] } }), context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.changes).toEqual([
      'Sửa buổi sinh hoạt ngày 05/01/2026: 2 dấu điểm danh (Nguyễn Văn An: có mặt → vắng không lý do; Lê Văn Cường: vắng có lý do → có mặt)'
    ])
  })

  it('a meeting the office changed after the file was made: the change line says so (the file may hold the old values)', () => {
    const made = content(withJanuary(), Q1)
    const edited = { ...JAN, updatedAt: '2026-02-10T03:00:00.000Z' }
    const marks = marksFor(edited, { a: 'present', b: 'unexcused', c: 'excused', d: 'exempt' })
    const office = world({ meetings: [{ meeting: edited, marks }] })
    // Returned untouched: the file still shows Bình present, as when it was made.
    const plan = planBook(returned(made), context(office, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.changes).toEqual([
      'Sửa buổi sinh hoạt ngày 05/01/2026: 1 dấu điểm danh (Trần Thị Bình: vắng không lý do → có mặt) — lưu ý: Văn phòng đã sửa buổi này ngày 10/02/2026, sau ngày tạo tệp (05/01/2026); giá trị trong tệp có thể là giá trị cũ, kiểm tra trước khi ghi'
    ])
  })

  it('keeps the stored mark of a member the roll of that date no longer lists', () => {
    const extra = marksFor(JAN, { z: 'excused' })
    const w = world({ meetings: [{ meeting: JAN, marks: [...JAN_MARKS, ...extra] }] })
    const plan = planBook(returned(content(w, Q1), { 0: { marks: ['K', null, null] } }), context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.meetings[0].marks.find((m) => m.memberId === 'z')?.status).toBe('excused')
    expect(plan.meetings[0].marks.find((m) => m.memberId === 'a')?.status).toBe('unexcused')
  })

  it('an error value in a new row: the row is not taken, and its message says so (nothing old to keep)', () => {
    const w = world()
    const plan = planBook(
      returned(content(w, Q1), { 0: { date: '12/02/2026', type: 'Thường kỳ', marks: ['C', '#N/A', 'K'] } }),
      context(w, Q1)
    )
    expect(plan.meetings).toEqual([])
    expect(plan.problems.map((p) => [p.kind, p.place, p.message])).toEqual([
      [
        'errorValue',
        'Sổ sinh hoạt, dòng 8',
        'Điểm danh cột Trần Thị Bình: ô lỗi #N/A — dòng không được nhập (sửa ô rồi gửi lại)'
      ]
    ])
  })

  it('a recorded meeting not yet marked takes every mark or none, as a new one (the meeting form asks all)', () => {
    const w = world({ meetings: [{ meeting: JAN, marks: [] }] })
    const part = planBook(returned(content(w, Q1), { 0: { marks: ['C', null, 'K'] } }), context(w, Q1))
    expect(kinds(part)).toEqual(['missingMarks'])
    expect(part.problems[0].message).toMatch(/Chưa điểm danh Trần Thị Bình/)
    expect(part.problems[0].place).toBe('Sổ sinh hoạt, dòng 8')
    expect(part.meetings).toEqual([])
    const all = planBook(
      returned(content(w, Q1), { 0: { marks: ['C', 'P', 'K'] } }, {}, [
        reasonRow('05/01/2026', 'Trần Thị Bình', 'Đi công tác')
      ]),
      context(w, Q1)
    )
    expect(all.problems).toEqual([])
    expect(statusesOf(all.meetings[0].marks)).toEqual({
      a: 'present',
      b: 'excused',
      c: 'unexcused',
      d: 'exempt'
    })
  })

  it('an error value (#REF!, #DIV/0!) is reported and keeps the stored value', () => {
    const w = withJanuary()
    const plan = planBook(
      returned(content(w, Q1), { 0: { start: '#DIV/0!', marks: ['#REF!', 'C', 'P'] } }),
      context(w, Q1)
    )
    expect(kinds(plan)).toEqual(['errorValue', 'errorValue'])
    expect(plan.meetings).toEqual([])
  })
})

describe('cell round trip: every problem kind has a Vietnamese reason and writes nothing of its part', () => {
  const w = world()
  const c = content(w, Q1)
  const rowCases: [ProblemKind, Record<string, unknown>, RegExp][] = [
    ['missingField', { marks: ['C', 'C', 'C'] }, /Thiếu Ngày, Loại sinh hoạt/],
    ['badDate', { date: 'hôm qua', type: 'Thường kỳ' }, /không phải ngày/],
    ['outsidePeriod', { date: '05/04/2026', type: 'Thường kỳ' }, /không thuộc Quý 1\/2026/],
    ['badType', { date: '05/02/2026', type: 'Họp chi ủy' }, /không phải loại sinh hoạt/],
    ['badTime', { date: '05/02/2026', type: 'Thường kỳ', start: '25:00' }, /không phải giờ/],
    [
      'badTime',
      { date: '05/02/2026', type: 'Thường kỳ', start: '9:00', end: '8:00' },
      /không sau giờ bắt đầu/
    ],
    ['badMark', { date: '05/02/2026', type: 'Thường kỳ', marks: ['C', 'V', 'C'] }, /không phải mã điểm danh/],
    [
      'missingMarks',
      { date: '05/02/2026', type: 'Thường kỳ', marks: ['C', null, 'C'] },
      /Chưa điểm danh Trần Thị Bình/
    ]
  ]
  it.each(rowCases)('%s', (kind, row, message) => {
    const plan = planBook(returned(c, { 0: row }), context(w, Q1))
    expect(kinds(plan)).toEqual([kind])
    expect(plan.problems[0].message).toMatch(message)
    expect(plan.problems[0].place).toBe('Sổ sinh hoạt, dòng 8')
    expect(plan.meetings).toEqual([])
  })

  // The brief of every problem: sheet and row in `place`, the column in the message.
  it.each<[ProblemKind, Record<string, unknown>, string]>([
    ['badDate', { date: '31/02/2026', type: 'Thường kỳ' }, 'Ngày họp: “31/02/2026” không phải ngày có thật'],
    ['badDate', { date: '29/02/2026', type: 'Thường kỳ' }, 'Ngày họp: “29/02/2026” không phải ngày có thật'],
    [
      'badDate',
      { date: 'hôm qua', type: 'Thường kỳ' },
      'Ngày họp: “hôm qua” không phải ngày (gõ dạng 15/03/2026)'
    ],
    [
      'badType',
      { date: '05/02/2026', type: 'Họp chi ủy' },
      'Loại sinh hoạt: “Họp chi ủy” không phải loại sinh hoạt (chọn trong danh sách)'
    ],
    [
      'badTime',
      { date: '05/02/2026', type: 'Thường kỳ', start: '25:00' },
      'Bắt đầu: “25:00” không phải giờ trong ngày'
    ],
    [
      'badTime',
      { date: '05/02/2026', type: 'Thường kỳ', start: '9:00', end: '7h7' },
      'Kết thúc: “7h7” không phải giờ (gõ dạng 8:00 hoặc 8h30)'
    ]
  ])('%s names its column: %j', (kind, row, message) => {
    const plan = planBook(returned(c, { 0: row }), context(w, Q1))
    expect(plan.problems.map((p) => [p.kind, p.place, p.message])).toEqual([
      [kind, 'Sổ sinh hoạt, dòng 8', message]
    ])
  })

  it('outsideCellLife: a row dated before the cell was founded (in the period) is refused, naming the founding', () => {
    const founded = { ...CELL, foundedOn: '2026-02-01' }
    const ctx = { ...context(w, Q1), cellNow: () => ({ ...cellNow(w, Q1), cell: founded }) }
    const row = { date: '20/01/2026', type: 'Thường kỳ', marks: ['C', 'C', 'C'] }
    const plan = planBook(returned(c, { 0: row }), ctx)
    expect(kinds(plan)).toEqual(['outsideCellLife'])
    expect(plan.problems[0].message).toBe(
      'Chi bộ Khu phố 1 thành lập ngày 01/02/2026: chưa có buổi sinh hoạt trước ngày này. Dòng không được nhập.'
    )
    expect(plan.meetings).toEqual([])
  })

  it('duplicateMeeting: two rows for the same date and type, or one already recorded since the file was made', () => {
    const row = { date: '05/02/2026', type: 'Thường kỳ', marks: ['C', 'C', 'C'] }
    const plan = planBook(returned(c, { 0: row, 1: row }), context(w, Q1))
    expect(kinds(plan)).toEqual(['duplicateMeeting'])
    expect(plan.meetings).toHaveLength(1)
    const recorded = storedMeeting('m9', '2026-02-05')
    const later = world({ meetings: [{ meeting: recorded, marks: [] }] })
    expect(kinds(planBook(returned(c, { 0: row }), context(later, Q1)))).toEqual(['duplicateMeeting'])
  })

  it('duplicateMeeting: a new row at the date and type of a recorded meeting whose own row was not taken', () => {
    const recorded = withJanuary()
    const again = { date: '05/01/2026', type: 'Thường kỳ', marks: ['C', 'C', 'C'] }
    // Row 8 (the recorded meeting) has a mark that cannot be read; row 9 writes the meeting again.
    const plan = planBook(
      returned(content(recorded, Q1), { 0: { marks: ['C', '?', 'P'] }, 1: again }),
      context(recorded, Q1)
    )
    expect(plan.problems.map((p) => [p.kind, p.place])).toEqual([
      ['badMark', 'Sổ sinh hoạt, dòng 8'],
      ['duplicateMeeting', 'Sổ sinh hoạt, dòng 9']
    ])
    expect(plan.meetings).toEqual([])
  })

  it('notOnRoll: a mark for a member who joined the cell after the meeting is dropped, the meeting kept', () => {
    const joined = withNewcomerFrom('2026-02-15')
    const book = returned(content(joined, Q1), {
      0: { date: '05/02/2026', type: 'Thường kỳ', marks: ['C', 'C', 'C', 'C'] }
    })
    const plan = planBook(book, context(joined, Q1))
    expect(kinds(plan)).toEqual(['notOnRoll'])
    expect(plan.problems[0].message).toMatch(/Võ Thị Em không phải dự buổi ngày 05\/02\/2026/)
    expect(plan.meetings[0].marks.map((m) => m.memberId).sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('meetingGone: a recorded meeting deleted at the office since the file was made', () => {
    const made = content(withJanuary(), Q1)
    const plan = planBook(returned(made, { 0: { topic: 'x' } }), context(world(), Q1))
    expect(kinds(plan)).toEqual(['meetingGone'])
  })

  it('tampered: an identity edited by hand', () => {
    const book = returned(c)
    const plan = planBook({ ...book, identity: { ...book.identity, period: '2026-Q2' } }, context(w, Q1))
    expect(kinds(plan)).toEqual(['tampered'])
  })

  it('unknownCell, wrongCell, wrongPeriod: the file is refused whole', () => {
    const other = makeIdentity({ ...c.identity, cellId: 'gone', cellName: 'Chi bộ cũ' })
    expect(kinds(planBook({ ...returned(c), identity: other }, context(w, Q1)))).toEqual(['unknownCell'])
    const wrongCell = planBook(returned(c), context(w, Q1, ['c2']))
    expect(kinds(wrongCell)).toEqual(['wrongCell'])
    expect(wrongCell.problems[0].message).toBe(
      'Tệp của chi bộ “Chi bộ Khu phố 1”, không thuộc các chi bộ đã chọn để nhập.'
    )
    const wrongPeriod = planBook(
      returned(c, { 0: { date: '05/02/2026', type: 'Thường kỳ' } }),
      context(w, { kind: 'month', year: 2026, index: 2 })
    )
    expect(kinds(wrongPeriod)).toEqual(['wrongPeriod'])
    expect(wrongPeriod.problems[0].message).toBe('Tệp làm cho Quý 1/2026, không phải Tháng 2/2026 đang nhập.')
    expect(wrongPeriod.meetings).toEqual([])
  })

  it('rollChanged: a member who joined since the file was made refuses the register, naming who', () => {
    const later = withNewcomerFrom('2026-01-20')
    const plan = planBook(
      returned(c, { 0: { date: '05/02/2026', type: 'Thường kỳ', marks: ['C', 'C', 'C'] } }),
      context(later, Q1)
    )
    expect(kinds(plan)).toEqual(['rollChanged'])
    expect(plan.problems[0].message).toMatch(/đã thay đổi từ khi tạo tệp \(thêm Võ Thị Em\)/)
    expect(plan.meetings).toEqual([])
  })

  it('rollChanged: an exemption ended since the file was made also counts', () => {
    const later = world({
      events: [
        ...EVENTS,
        { id: 'e3', memberId: 'd', type: 'exemptionEnd', date: '2026-01-10', createdAt: 'x' }
      ]
    })
    expect(kinds(planBook(returned(c), context(later, Q1)))).toEqual(['rollChanged'])
  })

  it('columnsMoved: mark columns no longer headed by the roll’s names', () => {
    const book = returned(c)
    expect(
      kinds(
        planBook({ ...book, markHeaders: ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Văn Cường'] }, context(w, Q1))
      )
    ).toEqual(['columnsMoved'])
  })

  it('duplicateFile: two files of the same cell in one batch — neither is imported', () => {
    const row = { 0: { date: '05/02/2026', type: 'Thường kỳ', marks: ['C', 'C', 'C'] } }
    const plans = planBatch(
      [returned(c, row), { ...returned(c, row), fileName: 'ban-sao.xlsx' }],
      context(w, Q1)
    )
    expect(plans.map(kinds)).toEqual([['duplicateFile'], ['duplicateFile']])
    expect(plans.every((p) => p.meetings.length === 0)).toBe(true)
  })

  it('unreadable and notABook come from the reader and refuse the file', () => {
    const plans = planBatch(
      [{ fileName: 'x.xlsx', problem: { kind: 'notABook', message: 'Tệp không phải sổ chi bộ' } }],
      context(w, Q1)
    )
    expect(kinds(plans[0])).toEqual(['notABook'])
  })
})

describe('cell round trip: the rating sheet (QĐ 366-QĐ/TW 2025: điểm 0–100, four levels)', () => {
  const w = world({
    reviews: [
      { id: '2026:a', year: 2026, memberId: 'a', cellId: 'c1', score: 80, selfRating: 'good', updatedAt: 'x' }
    ]
  })
  const c = content(w, YEAR)

  it('fills the roll with the member not to be rated and why; writes changed scores and levels, keeps what is blank', () => {
    expect(c.rating!.lines.map((l) => [l.fullName, l.notRatedText])).toEqual([
      ['Nguyễn Văn An', null],
      ['Trần Thị Bình', null],
      ['Lê Văn Cường', null],
      ['Phạm Văn Dũng', 'Miễn công tác và sinh hoạt đảng']
    ])
    const plan = planBook(
      returned(
        c,
        {},
        {
          0: { score: 92, selfRating: null, cellProposal: 'HTXSNV' },
          1: { score: '75,5', selfRating: 'httnv' }
        }
      ),
      context(w, YEAR)
    )
    expect(plan.problems).toEqual([])
    expect(plan.reviews).toEqual([
      expect.objectContaining({ memberId: 'a', score: 92, selfRating: 'good', cellProposal: 'excellent' }),
      expect.objectContaining({ id: '2026:b', memberId: 'b', score: 75.5, selfRating: 'good', cellId: 'c1' })
    ])
    expect(plan.changes).toEqual([
      'Nguyễn Văn An: điểm 80 → 92; chi bộ đề xuất — → HTXSNV',
      'Trần Thị Bình: điểm — → 75.5; tự xếp loại — → HTTNV'
    ])
  })

  it('a review the office changed after the file was made: the change line says so', () => {
    const later = world({
      reviews: [{ ...w.reviews[0], score: 85, updatedAt: '2026-02-10T03:00:00.000Z' }]
    })
    // Returned untouched: the file still shows the score of the day it was made (80).
    const plan = planBook(returned(c), context(later, YEAR))
    expect(plan.changes).toEqual([
      'Nguyễn Văn An: điểm 85 → 80 — lưu ý: Văn phòng đã sửa ngày 10/02/2026, sau ngày tạo tệp (05/01/2026); giá trị trong tệp có thể là giá trị cũ, kiểm tra trước khi ghi'
    ])
  })

  it('carries the version of every record it would replace, for the write to check', () => {
    const plan = planBook(returned(c, {}, { 0: { score: 92 }, 1: { score: 70 } }), context(w, YEAR))
    expect(plan.reviewsSeen).toEqual(
      new Map([
        ['2026:a', 'x'],
        ['2026:b', null]
      ])
    )
    const jan = withJanuary()
    const register = planBook(
      returned(content(jan, Q1), {
        0: { topic: 'Sửa chủ đề' },
        1: { date: '05/02/2026', type: 'Thường kỳ' }
      }),
      context(jan, Q1)
    )
    expect(register.meetings.map((m) => [m.meeting.id, m.seen])).toEqual([
      ['m1', JAN.updatedAt],
      ['new1', null]
    ])
  })

  const ratingCases: [ProblemKind, number, Record<string, unknown>][] = [
    ['badScore', 1, { score: 120 }],
    ['badRating', 1, { selfRating: 'Giỏi' }],
    ['errorValue', 1, { score: '#REF!' }],
    ['notRatedFilled', 3, { cellProposal: 'HTTNV' }]
  ]
  it.each(ratingCases)('%s', (kind, row, values) => {
    const plan = planBook(returned(c, {}, { [row]: values }), context(w, YEAR))
    expect(kinds(plan)).toEqual([kind])
    expect(plan.reviews).toEqual([])
  })

  it('yearLocked: a finalised year takes no rating', () => {
    const plan = planBook(returned(c, {}, { 1: { score: 70 } }), context({ ...w, locked: true }, YEAR))
    expect(kinds(plan)).toEqual(['yearLocked'])
    expect(plan.reviews).toEqual([])
  })

  it('ratingRollChanged: a member no longer to be rated since the file was made', () => {
    const later = {
      ...w,
      subjects: [
        ...SUBJECTS.slice(0, 2),
        subject('c', 'Lê Văn Cường', false, 'Kết nạp chưa đủ 6 tháng'),
        SUBJECTS[3]
      ]
    }
    expect(kinds(planBook(returned(c, {}, { 1: { score: 70 } }), context(later, YEAR)))).toEqual([
      'ratingRollChanged'
    ])
  })

  it('duplicateMember: the same member rated in two cells’ files — rated by neither', () => {
    const c2 = { id: 'c2', name: 'Chi bộ Khu phố 2', status: 'active' as const }
    const w2 = world({
      members: [member('a', 'Nguyễn Văn An', 'c2'), member('x', 'Đỗ Văn Xuân', 'c2')],
      events: [],
      subjects: [subject('a', 'Nguyễn Văn An'), subject('x', 'Đỗ Văn Xuân')]
    })
    const book2 = returned(content(w2, YEAR, c2), {}, { 0: { score: 60 }, 1: { score: 61 } })
    const plans = planBatch(
      [returned(c, {}, { 0: { score: 90 } }), book2],
      context(w, YEAR, ['c1', 'c2'], [{ cell: c2, world: w2 }])
    )
    expect(plans.map(kinds)).toEqual([['duplicateMember'], ['duplicateMember']])
    expect(plans[0].reviews).toEqual([])
    expect(plans[1].reviews.map((r) => r.memberId)).toEqual(['x'])
    expect(plans[1].changes).toEqual(['Đỗ Văn Xuân: điểm — → 61'])
  })
})

describe('cell book identity', () => {
  it('the cell the file names is kept in it', () => {
    expect(content(world(), Q1).identity).toMatchObject({
      cellId: CELL.id,
      period: '2026-Q1',
      roll: ['a', 'b', 'c'],
      apart: ['d']
    })
  })
})

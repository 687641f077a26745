// "Lý do vắng" of a returned cell's book. The minutes hold why a member was absent with reason
// (docs/design.md §6; HD 12-HD/BTCTW 2018, biên bản: có mặt, vắng có lý do, vắng không lý do), and the
// editors refuse an excused absence without one: the book is held to the same rule.
import { describe, expect, it } from 'vitest'
import { planBook } from './plan'
import { recordedReasons } from './reasons'
import {
  MEMBERS,
  Q1,
  asFormatTwo,
  content,
  context,
  marksFor,
  member,
  reasonRow,
  returned,
  storedMeeting,
  world
} from '@renderer/testing/roundtripBooks'
import type { SheetValue } from './values'

const FEB = { date: '12/02/2026', type: 'Thường kỳ' }
type Row = { date?: SheetValue; type?: SheetValue; marks?: SheetValue[] }
type Reason = { date?: SheetValue; name?: SheetValue; reason?: SheetValue }

/** A new meeting of 12/02/2026 marked `marks` (An, Bình, Cường), with `reasons` written. */
function planFebruary(marks: SheetValue[], reasons: Reason[], extra: Record<number, Row> = {}) {
  const w = world()
  return planBook(returned(content(w, Q1), { 0: { ...FEB, marks }, ...extra }, {}, reasons), context(w, Q1))
}
const reasonOf = (plan: ReturnType<typeof planFebruary>, memberId: string) =>
  plan.meetings[0]?.marks.find((m) => m.memberId === memberId)?.reason
const problemsOf = (plan: ReturnType<typeof planFebruary>) =>
  plan.problems.map((p) => [p.kind, p.place, p.message])

describe('cell book: the reason of an absence comes with its mark', () => {
  it.each<[string, SheetValue[], Reason[], Record<string, string | undefined>]>([
    [
      'an excused absence and its reason',
      ['C', 'P', 'C'],
      [reasonRow('12/02/2026', 'Trần Thị Bình', 'Ốm')],
      { b: 'Ốm' }
    ],
    [
      'the name written without accents, the date as a date cell',
      ['C', 'P', 'C'],
      [{ date: new Date(Date.UTC(2026, 1, 12)), name: 'tran thi binh', reason: 'Đi công tác' }],
      { b: 'Đi công tác' }
    ],
    [
      'an absence without reason may carry one too; it is not asked',
      ['K', 'P', 'K'],
      [reasonRow('12/02/2026', 'Nguyễn Văn An', 'Không báo'), reasonRow('12/02/2026', 'Trần Thị Bình', 'Ốm')],
      { a: 'Không báo', b: 'Ốm', c: undefined }
    ]
  ])('%s', (_, marks, reasons, expected) => {
    const plan = planFebruary(marks, reasons)
    expect(plan.problems).toEqual([])
    for (const [memberId, reason] of Object.entries(expected)) expect(reasonOf(plan, memberId)).toBe(reason)
  })

  it('an excused absence without its reason: the meeting is not taken, and the message says where to write it', () => {
    const plan = planFebruary(['P', 'P', 'C'], [reasonRow('12/02/2026', 'Trần Thị Bình', 'Ốm')])
    expect(plan.meetings).toEqual([])
    expect(problemsOf(plan)).toEqual([
      [
        'missingReason',
        'Sổ sinh hoạt, dòng 8',
        'Vắng có lý do (P) mà chưa ghi lý do: Nguyễn Văn An. Ghi ngày họp, họ tên và lý do ở trang “Lý do vắng”; dòng không được nhập.'
      ]
    ])
  })
})

describe('cell book: a reason row that cannot be used is named, never dropped', () => {
  const place = 'Lý do vắng, dòng 6'
  it.each<[string, Reason, string]>([
    ['no reason', { date: '12/02/2026', name: 'Trần Thị Bình' }, 'Thiếu Lý do vắng; dòng không được nhập.'],
    ['no date, no name', { reason: 'Ốm' }, 'Thiếu Ngày họp, Họ và tên; dòng không được nhập.'],
    [
      'a day that does not exist',
      reasonRow('31/02/2026', 'Trần Thị Bình', 'Ốm'),
      'Ngày họp: “31/02/2026” không phải ngày có thật; dòng không được nhập.'
    ],
    [
      'a day outside the book’s period',
      reasonRow('12/05/2026', 'Trần Thị Bình', 'Ốm'),
      'Ngày 12/05/2026 không thuộc Quý 1/2026; dòng không được nhập.'
    ],
    [
      'a name not on the book’s roll',
      reasonRow('12/02/2026', 'Hoàng Văn Hải', 'Ốm'),
      '“Hoàng Văn Hải” không có trong danh sách điểm danh của sổ (chọn tên trong danh sách thả xuống); dòng không được nhập.'
    ],
    ['an Excel error', reasonRow('12/02/2026', '#REF!', 'Ốm'), 'Ô lỗi #REF!; dòng không được nhập.'],
    [
      'a member present that day',
      reasonRow('12/02/2026', 'Lê Văn Cường', 'Ốm'),
      'Lê Văn Cường có mặt (C) buổi ngày 12/02/2026; lý do vắng không được ghi.'
    ],
    [
      'a day with no meeting in the register',
      reasonRow('13/02/2026', 'Lê Văn Cường', 'Ốm'),
      'Sổ sinh hoạt không có buổi ngày 13/02/2026 mà Lê Văn Cường vắng (P hoặc K); lý do vắng không được ghi.'
    ]
  ])('%s', (_, row, message) => {
    const plan = planFebruary(['C', 'K', 'C'], [row])
    expect(plan.meetings).toHaveLength(1)
    expect(problemsOf(plan)).toEqual([['badReason', place, message]])
  })

  it('the same absence twice: the first row is used, the second named', () => {
    const plan = planFebruary(
      ['C', 'P', 'C'],
      [reasonRow('12/02/2026', 'Trần Thị Bình', 'Ốm'), reasonRow('12/02/2026', 'Trần Thị Bình', 'Bận việc')]
    )
    expect(reasonOf(plan, 'b')).toBe('Ốm')
    expect(problemsOf(plan)).toEqual([
      [
        'badReason',
        'Lý do vắng, dòng 7',
        'Đã có lý do vắng của Trần Thị Bình buổi ngày 12/02/2026 ở dòng 6; dòng không được nhập.'
      ]
    ])
  })

  it('two members of one name: the reason goes to the one absent that day; absent both, to neither', () => {
    const w = world({ members: [...MEMBERS, member('e', 'Trần Thị Bình')] })
    const c = content(w, Q1)
    const marks = (absent: string[]) => c.roll.expected.map((e) => (absent.includes(e.memberId) ? 'P' : 'C'))
    const plan = (absent: string[]) =>
      planBook(
        returned(c, { 0: { ...FEB, marks: marks(absent) } }, {}, [
          reasonRow('12/02/2026', 'Trần Thị Bình', 'Ốm')
        ]),
        context(w, Q1)
      )
    const one = plan(['e'])
    expect(one.problems).toEqual([])
    expect(reasonOf(one, 'e')).toBe('Ốm')
    const both = plan(['b', 'e'])
    expect(problemsOf(both)).toEqual([
      [
        'badReason',
        'Lý do vắng, dòng 6',
        'Sổ có 2 đồng chí tên “Trần Thị Bình” cùng vắng buổi ngày 12/02/2026: ghi lý do vắng của từng đồng chí trong biên bản trên màn hình Sinh hoạt chi bộ; dòng không được nhập.'
      ],
      [
        'missingReason',
        'Sổ sinh hoạt, dòng 8',
        'Vắng có lý do (P) mà chưa ghi lý do: Trần Thị Bình, Trần Thị Bình. Ghi ngày họp, họ tên và lý do ở trang “Lý do vắng”; dòng không được nhập.'
      ]
    ])
    expect(problemsOf(plan([]))[0][2]).toBe(
      'Sổ sinh hoạt không có buổi ngày 12/02/2026 mà đồng chí nào tên “Trần Thị Bình” vắng (P hoặc K); dòng không được nhập.'
    )
  })
})

describe('cell book: the reasons of a recorded meeting', () => {
  const JAN = storedMeeting('m1', '2026-01-05')
  const recorded = (marks: Parameters<typeof marksFor>[1], reasons: Record<string, string> = {}) =>
    world({
      meetings: [
        {
          meeting: JAN,
          marks: marksFor(JAN, marks).map((m) =>
            reasons[m.memberId] ? { ...m, reason: reasons[m.memberId] } : m
          )
        }
      ]
    })

  it('comes back as written and changes nothing; another reason written over it is a change the preview names', () => {
    const w = recorded({ a: 'present', b: 'excused', c: 'present', d: 'exempt' }, { b: 'Ốm' })
    const c = content(w, Q1)
    expect(planBook(returned(c), context(w, Q1))).toMatchObject({ problems: [], changes: [], meetings: [] })
    const book = returned(c)
    book.reasons![0].reason = 'Ốm, nằm viện'
    const plan = planBook(book, context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.changes).toEqual([
      'Sửa buổi sinh hoạt ngày 05/01/2026: lý do vắng (Trần Thị Bình: “Ốm” → “Ốm, nằm viện”)'
    ])
    expect(plan.meetings[0].marks.find((m) => m.memberId === 'b')?.reason).toBe('Ốm, nằm viện')
  })

  it('a mark the book turns into P asks its reason; a P the office recorded without one is left as it is', () => {
    const w = recorded({ a: 'excused', b: 'present', c: 'present', d: 'exempt' })
    const turned = planBook(returned(content(w, Q1), { 0: { marks: ['P', 'P', 'C'] } }), context(w, Q1))
    expect(turned.problems.map((p) => [p.kind, p.message])).toEqual([
      [
        'missingReason',
        'Vắng có lý do (P) mà chưa ghi lý do: Trần Thị Bình. Ghi ngày họp, họ tên và lý do ở trang “Lý do vắng”; dòng không được nhập.'
      ]
    ])
    const given = planBook(
      returned(content(w, Q1), { 0: { marks: ['P', 'P', 'C'] } }, {}, [
        reasonRow('05/01/2026', 'Trần Thị Bình', 'Con ốm')
      ]),
      context(w, Q1)
    )
    expect(given.problems).toEqual([])
    expect(given.changes).toEqual([
      'Sửa buổi sinh hoạt ngày 05/01/2026: 1 dấu điểm danh (Trần Thị Bình: có mặt → vắng có lý do)'
    ])
    expect(given.meetings[0].marks.find((m) => m.memberId === 'b')?.reason).toBe('Con ốm')
  })
})

describe('cell book: the reasons it is made with', () => {
  it('carries each stored reason under its column’s heading (namesakes told apart), and comes back unchanged', () => {
    const JAN = storedMeeting('m1', '2026-01-05')
    const FEB5 = storedMeeting('m2', '2026-02-05')
    const withReasons = (m: typeof JAN, statuses: Parameters<typeof marksFor>[1]) => ({
      meeting: m,
      marks: marksFor(m, statuses).map((x) =>
        x.status === 'present' ? x : { ...x, reason: `Ốm (${x.memberId})` }
      )
    })
    const w = world({
      members: [
        ...MEMBERS.map((m) => (m.id === 'b' ? { ...m, birthDate: '1975-03-04' } : m)),
        { ...member('e', 'Trần Thị Bình'), birthDate: '1985-02-02' }
      ],
      meetings: [
        withReasons(JAN, { a: 'excused', b: 'excused', c: 'present', e: 'unexcused' }),
        withReasons(FEB5, { a: 'present', b: 'present', c: 'present', e: 'excused' })
      ]
    })
    const c = content(w, Q1)
    expect(recordedReasons(c)).toEqual([
      { date: '2026-01-05', name: 'Nguyễn Văn An', reason: 'Ốm (a)' },
      { date: '2026-01-05', name: 'Trần Thị Bình (sinh 1975)', reason: 'Ốm (b)' },
      { date: '2026-01-05', name: 'Trần Thị Bình (sinh 1985)', reason: 'Ốm (e)' },
      { date: '2026-02-05', name: 'Trần Thị Bình (sinh 1985)', reason: 'Ốm (e)' }
    ])
    expect(planBook(returned(c), context(w, Q1))).toMatchObject({ problems: [], changes: [] })
    // The secretary picks the other heading for a new absence: it reaches that member, not the namesake.
    const book = returned(
      c,
      { 2: { ...FEB, marks: c.roll.expected.map((e) => (e.memberId === 'b' ? 'P' : 'C')) } },
      {},
      [reasonRow('12/02/2026', 'Trần Thị Bình (sinh 1975)', 'Đi viện')]
    )
    const plan = planBook(book, context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.meetings[0].marks.find((m) => m.memberId === 'b')?.reason).toBe('Đi viện')
  })
})

describe('cell book made before "Lý do vắng" (format 2)', () => {
  it('takes its excused absences without a reason, as then, and the preview says whose reason the minutes need', () => {
    const w = world()
    const c = content(w, Q1)
    const book = {
      ...returned(c, { 0: { ...FEB, marks: ['C', 'P', 'K'] } }),
      identity: asFormatTwo(c.identity),
      reasons: null
    }
    const plan = planBook(book, context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.meetings).toHaveLength(1)
    expect(plan.changes).toEqual([
      'Thêm buổi sinh hoạt thường kỳ ngày 12/02/2026 (1 có mặt, 1 vắng có lý do, 1 vắng không lý do) — sổ tạo trước khi có trang “Lý do vắng”: ghi lý do vắng của Trần Thị Bình vào biên bản'
    ])
  })
})

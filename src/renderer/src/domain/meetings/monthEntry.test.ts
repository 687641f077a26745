// "Ghi cả tháng": each rule of a month line, table-driven. The date, type and duration feed the
// compliance grids (Điều lệ Đảng Điều 24; HD 42-HD/BTCTW 2025), the unexcused marks the absence
// warning (Điều lệ Đảng Điều 8.2).
import { describe, expect, it } from 'vitest'
import type { AttendanceMark, Meeting } from '../entities'
import { buildMarks, type MarkInput } from './attendance'
import type { Roll, RollEntry } from './roll'
import { cellLifeCheck, type LifeCell } from './cellLife'
import {
  choicesOfLine,
  emptyLine,
  lineChanged,
  lineDate,
  lineOfMeeting,
  meetingOfLine,
  parseMonth,
  rollCandidatesByCell,
  validateMonthLine,
  type MonthLine
} from './monthEntry'

const line = (over: Partial<MonthLine> = {}): MonthLine => ({ ...emptyLine(undefined), day: '5', ...over })
const entry = (memberId: string): RollEntry => ({ memberId, fullName: memberId, official: true, apart: null })
const roll: Roll = { expected: [entry('a'), entry('b'), entry('c')], apart: [] }
/** A cell that exists on every date. */
const alive = cellLifeCheck({ name: 'Chi bộ Khu phố 1', status: 'active' }, () => undefined)

describe('the day of a month line is a real day of that month', () => {
  it.each([
    ['2027-02', '28', '2027-02-28'],
    ['2027-02', '29', null],
    ['2028-02', '29', '2028-02-29'],
    ['2027-01', '31', '2027-01-31'],
    ['2027-04', '31', null],
    ['2027-01', '0', null],
    ['2027-01', 'x', null],
    ['2027-01', '', null],
    ['2027-13', '1', null]
  ])('%s, day "%s" → %s', (month, day, expected) => {
    expect(lineDate(month, day)).toBe(expected)
  })
  it.each([
    ['2027-01', [2027, 1]],
    ['1929-01', null],
    ['2027-1', null]
  ] as const)('month %s → %j', (m, expected) => expect(parseMonth(m)).toEqual(expected))
})

describe('problems of a line, one rule at a time (HD 42-HD/BTCTW 2025 times, chuyên đề topic)', () => {
  const cases: [string, MonthLine, boolean, Record<string, string>][] = [
    ['a new line with no day is not saved: no problem', line({ day: '' }), false, {}],
    [
      'a stored meeting is not deleted from the month screen',
      line({ day: '' }),
      true,
      { day: 'Buổi này đã ghi: muốn xóa, mở biên bản đầy đủ và bấm "Xóa biên bản".' }
    ],
    [
      'a day outside the month',
      line({ day: '31' }),
      false,
      { day: 'Ngày "31" không có trong tháng 2/2027.' }
    ],
    [
      'a start that is not a time',
      line({ startTime: '7h' }),
      false,
      { startTime: 'Giờ không hợp lệ, nhập dạng 19:30.' }
    ],
    [
      'an end that is not a time',
      line({ endTime: '25:00' }),
      false,
      { endTime: 'Giờ không hợp lệ, nhập dạng 21:30.' }
    ],
    [
      'an end before the start',
      line({ startTime: '19:30', endTime: '19:00' }),
      false,
      { endTime: 'Giờ kết thúc phải sau giờ bắt đầu.' }
    ],
    [
      'a thematic meeting needs a topic',
      line({ type: 'thematic' }),
      false,
      { topic: 'Sinh hoạt chuyên đề cần ghi chủ đề.' }
    ],
    [
      'a combined meeting needs a topic',
      line({ type: 'combined', topic: ' ' }),
      false,
      { topic: 'Sinh hoạt chuyên đề cần ghi chủ đề.' }
    ],
    [
      'nobody is absent both with and without reason',
      line({ excused: ['a'], unexcused: ['a'] }),
      false,
      { absent: 'Một người không thể vừa vắng có lý do vừa vắng không lý do.' }
    ],
    [
      'an excused absence needs its reason, as in the full minutes',
      line({ excused: ['a', 'b'], reasons: { a: 'Ốm', b: '  ' } }),
      false,
      { reasons: 'Ghi lý do vắng cho: b.' }
    ],
    [
      'an excused absence with its reason',
      line({ excused: ['a'], reasons: { a: 'Đi công tác' } }),
      false,
      {}
    ],
    ['an unexcused absence needs no reason', line({ unexcused: ['c'] }), false, {}],
    [
      'a reason left from a name no longer excused is not asked for',
      line({ excused: [], unexcused: ['b'], reasons: {} }),
      false,
      {}
    ],
    [
      'a complete line',
      line({ startTime: '19:30', endTime: '21:00', type: 'thematic', topic: 'Tự soi, tự sửa' }),
      false,
      {}
    ]
  ]
  it.each(cases)('%s', (_, l, stored, expected) => {
    expect(validateMonthLine('2027-02', l, roll, alive, stored)).toEqual(expected)
  })
  // Điều lệ Đảng Điều 24; HD 42-HD/BTCTW 2025: a meeting dated outside the cell's life counts in no month.
  it.each<[string, LifeCell, string, string | undefined]>([
    [
      'a day from the merge of the cell on',
      { name: 'Chi bộ Khu phố 1', status: 'merged', closedOn: '2027-02-01', mergedIntoId: 'c2' },
      '5',
      'Chi bộ Khu phố 1 đã hợp nhất vào Chi bộ Khu phố 2 ngày 01/02/2027: buổi sinh hoạt từ ngày này ghi cho Chi bộ Khu phố 2.'
    ],
    [
      'a day before the founding of the cell',
      { name: 'Chi bộ Khu phố 2', status: 'active', foundedOn: '2027-02-10' },
      '5',
      'Chi bộ Khu phố 2 thành lập ngày 10/02/2027: chưa có buổi sinh hoạt trước ngày này.'
    ],
    [
      'a day of the cell’s life',
      { name: 'Chi bộ Khu phố 2', status: 'active', foundedOn: '2027-02-10' },
      '10',
      undefined
    ]
  ])('%s', (_, cell, day, expected) => {
    const life = cellLifeCheck(cell, (id) => (id === 'c2' ? 'Chi bộ Khu phố 2' : undefined))
    expect(validateMonthLine('2027-02', line({ day }), roll, life).day).toBe(expected)
  })
})

describe('attendance is "all present except …" (Điều lệ Đảng Điều 8.2 counts the unexcused)', () => {
  it('everyone on the roll is present but the absentees, each with the reason typed', () => {
    const choices = choicesOfLine(roll, {
      excused: ['b'],
      unexcused: ['c'],
      reasons: { a: 'left from before', b: 'Ốm' }
    })
    expect(choices).toEqual({
      a: { status: 'present' },
      b: { status: 'excused', reason: 'Ốm' },
      c: { status: 'unexcused' }
    })
  })
  it('an absentee no longer on the roll of the date is left out', () => {
    expect(Object.keys(choicesOfLine(roll, { excused: ['zz'], unexcused: [], reasons: {} }))).toEqual([
      'a',
      'b',
      'c'
    ])
  })
  it.each<[string, Partial<MonthLine>, Record<string, MarkInput>]>([
    [
      'excused with a reason, unexcused without',
      { excused: ['b'], unexcused: ['c'], reasons: { b: ' Ốm ' } },
      { a: { status: 'present' }, b: { status: 'excused', reason: ' Ốm ' }, c: { status: 'unexcused' } }
    ],
    [
      'unexcused with a note',
      { unexcused: ['a'], reasons: { a: 'Không báo' } },
      { a: { status: 'unexcused', reason: 'Không báo' }, b: { status: 'present' }, c: { status: 'present' } }
    ]
  ])('the marks saved are those the full minutes save for the same roll: %s', (_, over, editor) => {
    const meeting = { id: 'm1', cellId: 'c1', date: '2027-02-05' }
    expect(buildMarks(meeting, roll, choicesOfLine(roll, line(over)))).toEqual(
      buildMarks(meeting, roll, editor)
    )
  })
})

const stored: Meeting = {
  id: 'm1',
  cellId: 'c1',
  type: 'regular',
  date: '2027-02-05',
  startTime: '19:30',
  endTime: '21:00',
  chairName: 'Nguyễn Văn An',
  guests: [],
  presentations: [],
  attachments: [],
  createdAt: 'x',
  updatedAt: 'x'
}
const mark = (memberId: string, status: AttendanceMark['status'], reason?: string): AttendanceMark => ({
  id: `m1:${memberId}`,
  meetingId: 'm1',
  memberId,
  cellId: 'c1',
  date: '2027-02-05',
  status,
  ...(reason ? { reason } : {})
})

describe('a stored meeting on the month screen', () => {
  const marks = [
    mark('a', 'present'),
    mark('b', 'excused', 'Ốm'),
    mark('c', 'unexcused'),
    mark('d', 'exempt')
  ]
  it('reads back as the line that saved it, and saves the same marks again', () => {
    expect(lineOfMeeting(stored, marks)).toEqual({
      day: '5',
      type: 'regular',
      startTime: '19:30',
      endTime: '21:00',
      topic: '',
      excused: ['b'],
      unexcused: ['c'],
      reasons: { b: 'Ốm' },
      marked: ['a', 'b', 'c']
    })
    const rollOfMarks: Roll = { expected: [entry('a'), entry('b'), entry('c')], apart: [entry('d')] }
    expect(
      buildMarks(stored, rollOfMarks, choicesOfLine(rollOfMarks, lineOfMeeting(stored, marks))).marks
    ).toEqual(marks)
  })
  it.each([
    ['unchanged', {}, false],
    ['another day', { day: '6' }, true],
    ['absentees in another order', { excused: ['b'], unexcused: ['c'] }, false],
    ['one more absentee', { excused: ['a', 'b'] }, true],
    ['another type', { type: 'thematic' as const }, true],
    ['another reason', { reasons: { b: 'Đi công tác' } }, true],
    ['the same reason with other spaces', { reasons: { b: ' Ốm ' } }, false],
    ['a reason typed for someone present', { reasons: { a: 'x', b: 'Ốm' } }, false]
  ])('%s → changed %s', (_, over, expected) => {
    const base = lineOfMeeting(stored, marks)
    expect(lineChanged({ ...base, ...over }, base)).toBe(expected)
  })
  it('keeps the full minutes’ fields when saved from the line', () => {
    const m = meetingOfLine(line({ day: '6', startTime: '08:00', endTime: '10:00' }), '2027-02-06', stored)
    expect(m).toMatchObject({ id: 'm1', chairName: 'Nguyễn Văn An', date: '2027-02-06', startTime: '08:00' })
  })
  it('a new line makes a meeting with only the line’s fields', () => {
    const m = meetingOfLine(line({ type: 'combined', topic: ' Tự soi ' }), '2027-02-05', {
      id: 'n',
      cellId: 'c2',
      now: 'now'
    })
    expect(m).toEqual({
      id: 'n',
      cellId: 'c2',
      type: 'combined',
      date: '2027-02-05',
      startTime: undefined,
      endTime: undefined,
      topic: 'Tự soi',
      guests: [],
      presentations: [],
      attachments: [],
      createdAt: 'now',
      updatedAt: 'now'
    })
  })
  it('a new line is saved only once a day is typed; its times come from the last meeting', () => {
    expect(lineChanged(emptyLine(stored), null)).toBe(false)
    expect(emptyLine(stored)).toMatchObject({ startTime: '19:30', endTime: '21:00', type: 'regular' })
    expect(lineChanged({ ...emptyLine(stored), day: '3' }, null)).toBe(true)
  })
})

describe('a stored meeting: a member on the roll with no stored mark is not taken as present (the full minutes refuse him unmarked)', () => {
  // Stored 5/2: a present, b absent without reason. Later x's history puts him in the cell from 1/2.
  const marks = [mark('a', 'present'), mark('b', 'unexcused')]
  const base = lineOfMeeting(stored, marks)
  const withX: Roll = { expected: [entry('a'), entry('b'), entry('x')], apart: [] }
  const unmarked = (names: string) =>
    `Còn ${names.split(', ').length} đảng viên chưa điểm danh: ${names}. Buổi đã ghi chưa có điểm danh của những người này và màn hình tháng không tự ghi là có mặt: mở biên bản (liên kết dưới tên chi bộ) để điểm danh, hoặc chọn vào ô vắng nếu vắng.`
  it.each<[string, MonthLine, Roll, string | undefined]>([
    [
      'only the start time changed: x is named, not stored present',
      { ...base, startTime: '19:00' },
      withX,
      unmarked('x')
    ],
    ['the clerk lists x absent on the line: marked', { ...base, unexcused: ['b', 'x'] }, withX, undefined],
    [
      'a member exempt on the stored day, expected now: his exempt mark is no attendance',
      lineOfMeeting(stored, [...marks, mark('x', 'exempt')]),
      withX,
      unmarked('x')
    ],
    [
      'a meeting stored without attendance (a cell book row "chưa điểm danh")',
      lineOfMeeting(stored, []),
      roll,
      unmarked('a, b, c')
    ],
    ['the roll it was marked on', base, { expected: [entry('a'), entry('b')], apart: [] }, undefined],
    ['a new line: everyone not listed absent is present (the documented default)', line(), withX, undefined]
  ])('%s', (_, l, r, expected) => {
    expect(validateMonthLine('2027-02', l, r, alive).unmarked).toBe(expected)
  })
  it('x gets no mark at all from the line, so nothing is written for him as present', () => {
    const edited: MonthLine = { ...base, startTime: '19:00' }
    const choices = choicesOfLine(withX, edited)
    expect(choices).toEqual({ a: { status: 'present' }, b: { status: 'unexcused' } })
    expect(buildMarks(stored, withX, choices).unmarked).toEqual(['x'])
  })
})

describe('roll candidates per cell: members now in the cell and those whose history names it', () => {
  it('groups each member under every cell it was in', () => {
    const members = [
      { id: 'a', cellId: 'c1' },
      { id: 'b', cellId: 'c2' }
    ]
    const got = rollCandidatesByCell(members, [{ memberId: 'b', cellId: 'c2', fromCellId: 'c1' }])
    expect(got.get('c1')!.map((m) => m.id)).toEqual(['a', 'b'])
    expect(got.get('c2')!.map((m) => m.id)).toEqual(['b'])
  })
})

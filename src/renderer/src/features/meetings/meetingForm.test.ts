// The "Ghi sinh hoạt" form's checks: each rule validateMeetingForm enforces, table-driven, with the
// Vietnamese message the clerk sees at the field. A valid baseline form is varied one field at a time
// so each case shows that exactly that rule fires (and nothing else).
import { describe, expect, it } from 'vitest'
import type { MeetingTask } from '@renderer/domain/entities'
import type { Roll, RollEntry } from '@renderer/domain/meetings/roll'
import {
  blankMeetingForm,
  formFromMeeting,
  meetingFromForm,
  secretaryOn,
  validateMeetingForm,
  type FormErrors,
  type MeetingForm
} from './meetingForm'
import { meeting, task as taskOf } from '@renderer/testing/factories'
import { cellLifeCheck, type LifeCell } from '@renderer/domain/meetings/cellLife'

const entry = (memberId: string, fullName: string): RollEntry => ({
  memberId,
  fullName,
  official: true,
  apart: null
})

const roll: Roll = {
  expected: [entry('m1', 'Nguyễn Văn An'), entry('m2', 'Trần Thị Bình'), entry('m3', 'Lê Văn Cường')],
  apart: [{ memberId: 'm4', fullName: 'Phạm Văn Dũng', official: true, apart: 'exempt' }]
}

const task = (title: string): MeetingTask => taskOf('t1', { id: 'mt1', cellId: 'c1' }, { title })

function validForm(): MeetingForm {
  return {
    ...blankMeetingForm('c1'),
    date: '2026-03-05',
    startTime: '19:30',
    endTime: '21:30',
    place: 'Nhà văn hóa khu phố 1',
    chair: 'Nguyễn Văn An',
    secretary: 'Trần Thị Bình',
    choices: { m1: { status: 'present' }, m2: { status: 'present' }, m3: { status: 'present' } }
  }
}

// What the clerk reads at the field, shared by the rows that expect it.
const BAD_START: FormErrors = { startTime: 'Giờ không hợp lệ, nhập dạng 19:30.' }
const BAD_END: FormErrors = { endTime: 'Giờ không hợp lệ, nhập dạng 21:30.' }
const END_BEFORE_START: FormErrors = { endTime: 'Giờ kết thúc phải sau giờ bắt đầu.' }
const NO_TOPIC: FormErrors = { topic: 'Sinh hoạt chuyên đề cần ghi chủ đề.' }
const BAD_SCORE: FormErrors = { qualityScore: 'Điểm chất lượng từ 0 đến 100.' }

const withForm = (patch: Partial<MeetingForm>): MeetingForm => ({ ...validForm(), ...patch })
/** A cell that exists on every date (no founding, not closed). */
const alive = cellLifeCheck({ name: 'Chi bộ Khu phố 1', status: 'active' }, () => undefined)

describe('validateMeetingForm', () => {
  it('accepts a complete regular meeting with everyone marked present', () => {
    expect(validateMeetingForm(validForm(), roll, alive)).toEqual({})
  })

  it('members listed apart (exempt/suspended) need no mark — they are not on the expected roll', () => {
    // m4 is exempt and has no choice in the baseline form.
    expect(validateMeetingForm(validForm(), roll, alive).attendance).toBeUndefined()
  })

  it.each<[string, Partial<MeetingForm>, FormErrors]>([
    // Required fields.
    ['chi bộ is required', { cellId: '' }, { cellId: 'Vui lòng chọn chi bộ.' }],
    [
      'the meeting date is required',
      { date: '' },
      { date: 'Vui lòng nhập ngày sinh hoạt (ngày/tháng/năm).' }
    ],
    // Times: format HH:mm, 0–23 h, 00–59 min.
    ['a start time not in HH:mm is rejected', { startTime: '7g30' }, BAD_START],
    ['a start hour above 23 is rejected', { startTime: '24:00' }, BAD_START],
    ['an end time with minutes above 59 is rejected', { endTime: '21:60' }, BAD_END],
    ['an end time that is text is rejected', { endTime: 'tối' }, BAD_END],
    // Duration: the end must be after the start.
    ['an end before the start is rejected', { startTime: '21:00', endTime: '19:30' }, END_BEFORE_START],
    [
      'an end equal to the start is rejected (zero minutes)',
      { startTime: '19:30', endTime: '19:30' },
      END_BEFORE_START
    ],
    [
      'a bad start time is reported once, not also as an ordering error on the end',
      { startTime: '25:00', endTime: '21:30' },
      BAD_START
    ],
    [
      'both bad times are reported at their own fields',
      { startTime: 'abc', endTime: 'xyz' },
      { ...BAD_START, ...BAD_END }
    ],
    // Topic: required for thematic and combined meetings (HD 42-HD/BTCTW: sinh hoạt chuyên đề has a chủ đề).
    ['a thematic meeting needs a topic', { type: 'thematic', topic: '' }, NO_TOPIC],
    ['a combined meeting needs a topic', { type: 'combined', topic: '' }, NO_TOPIC],
    ['a topic of only spaces counts as empty', { type: 'thematic', topic: '   \n ' }, NO_TOPIC],
    // Attendance: every expected member marked; an excused absence needs a reason.
    [
      'unmarked members are counted and named, in roll order',
      { choices: { m2: { status: 'present' } } },
      { attendance: 'Còn 2 đảng viên chưa điểm danh: Nguyễn Văn An, Lê Văn Cường.' }
    ],
    [
      'an excused absence without a reason is named',
      { choices: { m1: { status: 'present' }, m2: { status: 'excused' }, m3: { status: 'present' } } },
      { attendance: 'Ghi lý do vắng cho: Trần Thị Bình.' }
    ],
    [
      'a reason of only spaces counts as missing',
      {
        choices: {
          m1: { status: 'excused', reason: '  ' },
          m2: { status: 'present' },
          m3: { status: 'excused', reason: '' }
        }
      },
      { attendance: 'Ghi lý do vắng cho: Nguyễn Văn An, Lê Văn Cường.' }
    ],
    [
      'unmarked members are reported before missing reasons',
      { choices: { m1: { status: 'excused' }, m2: { status: 'present' } } },
      { attendance: 'Còn 1 đảng viên chưa điểm danh: Lê Văn Cường.' }
    ],
    // Tasks: no blank task rows.
    [
      'a task without a title is rejected',
      { tasks: [task('Hoàn thành bản kiểm điểm'), task('   ')] },
      { tasks: 'Mỗi nhiệm vụ cần có nội dung (hoặc bỏ dòng trống).' }
    ],
    // Quality score: 0–100.
    ['a quality score above 100 is rejected', { qualityScore: 101 }, BAD_SCORE],
    ['a negative quality score is rejected', { qualityScore: -1 }, BAD_SCORE],
    ['a quality score that is not a number is rejected', { qualityScore: Number.NaN }, BAD_SCORE]
  ])('rejects: %s', (_rule, patch, expected) => {
    expect(validateMeetingForm(withForm(patch), roll, alive)).toEqual(expected)
  })

  it.each<[string, Partial<MeetingForm>]>([
    ['times are optional (both empty)', { startTime: '', endTime: '' }],
    ['only a start time', { startTime: '19:30', endTime: '' }],
    ['only an end time', { startTime: '', endTime: '21:30' }],
    ['single-digit hour', { startTime: '7:30', endTime: '9:00' }],
    ['a regular meeting needs no topic', { type: 'regular', topic: '' }],
    ['an extraordinary meeting needs no topic', { type: 'extraordinary', topic: '' }],
    ['a thematic meeting with a topic', { type: 'thematic', topic: 'Học tập Nghị quyết Đại hội XIV' }],
    [
      'excused and unexcused absences (unexcused needs no reason)',
      {
        choices: {
          m1: { status: 'excused', reason: 'Ốm' },
          m2: { status: 'unexcused' },
          m3: { status: 'present' }
        }
      }
    ],
    ['a task with a title', { tasks: [task('Nộp bản kiểm điểm trước 15/12')] }],
    ['quality score 0 (lower bound)', { qualityScore: 0 }],
    ['quality score 100 (upper bound)', { qualityScore: 100 }]
  ])('accepts: %s', (_case, patch) => {
    expect(validateMeetingForm(withForm(patch), roll, alive)).toEqual({})
  })

  it('with nobody on the roll there is nothing to mark', () => {
    expect(validateMeetingForm(withForm({ choices: {} }), { expected: [], apart: [] }, alive)).toEqual({})
  })

  it('reports every failing field at once', () => {
    const errors = validateMeetingForm(
      withForm({ cellId: '', date: '', type: 'thematic', topic: '', choices: {}, qualityScore: 150 }),
      roll,
      alive
    )
    expect(Object.keys(errors).sort()).toEqual(['attendance', 'cellId', 'date', 'qualityScore', 'topic'])
  })
})

describe('a meeting only while its cell exists (Điều lệ Đảng Điều 24; HD 42-HD/BTCTW 2025: a meeting outside the cell’s life counts in no month)', () => {
  const cells = new Map<string, LifeCell>([
    ['c1', { name: 'Chi bộ Khu phố 1', status: 'merged', closedOn: '2026-03-01', mergedIntoId: 'c2' }],
    ['c2', { name: 'Chi bộ Khu phố 2', status: 'active', foundedOn: '2026-03-01' }]
  ])
  const lifeOf = (cellId: string) => cellLifeCheck(cells.get(cellId), (id) => cells.get(id)?.name)
  it.each<[string, string, string, string | undefined]>([
    [
      'a merged cell after its merge',
      'c1',
      '2026-03-05',
      'Chi bộ Khu phố 1 đã hợp nhất vào Chi bộ Khu phố 2 ngày 01/03/2026: buổi sinh hoạt từ ngày này ghi cho Chi bộ Khu phố 2.'
    ],
    ['a merged cell before its merge', 'c1', '2026-02-20', undefined],
    [
      'a cell before its founding',
      'c2',
      '2026-02-20',
      'Chi bộ Khu phố 2 thành lập ngày 01/03/2026: chưa có buổi sinh hoạt trước ngày này.'
    ],
    ['the receiving cell from its founding', 'c2', '2026-03-05', undefined]
  ])('%s', (_l, cellId, date, message) => {
    expect(validateMeetingForm(withForm({ cellId, date }), roll, lifeOf(cellId)).date).toBe(message)
  })
})

describe('the chair of the minutes (HD 12-HD/BTCTW 2018; HD 42-HD/BTCTW 2025: biên bản ghi người chủ trì)', () => {
  it.each<[string, string, string | undefined]>([
    ['empty chair → required', '', 'Ghi người chủ trì buổi sinh hoạt (bắt buộc trong biên bản).'],
    ['only spaces → required', '   ', 'Ghi người chủ trì buổi sinh hoạt (bắt buộc trong biên bản).'],
    ['a name → fine', 'Nguyễn Văn An', undefined]
  ])('%s', (_l, chair, message) => {
    expect(validateMeetingForm(withForm({ chair }), roll, alive).chair).toBe(message)
  })

  const cell = {
    committee: [
      { memberId: 'old', role: 'secretary' as const, from: '2015-01-01', to: '2025-06-30' },
      { memberId: 'dep', role: 'deputySecretary' as const, from: '2015-01-01', to: null },
      { memberId: 'new', role: 'secretary' as const, from: '2025-07-01', to: null }
    ]
  }
  it.each<[string, string, string | null]>([
    ['before the change → the former secretary', '2025-06-30', 'old'],
    ['from the day of the change → the new secretary', '2025-07-01', 'new'],
    ['before anyone held the seat → nobody', '2014-12-31', null],
    ['no date yet → nobody', '', null]
  ])('default chair: %s', (_l, date, expected) => {
    expect(secretaryOn(cell, date)).toBe(expected)
  })
})

describe('a saved meeting opens in its form as it was saved', () => {
  it('the form of a meeting saves back the same record', () => {
    const m = meeting('mt1', {
      cellId: 'c1',
      date: '2026-03-05',
      type: 'thematic',
      topic: 'Học tập Nghị quyết',
      startTime: '19:30',
      chairName: 'Nguyễn Văn An',
      guests: ['Đồng chí Lê Anh Trường']
    })
    const form = { ...formFromMeeting(m, [], []), carried: [] }
    const names = new Map([['Nguyễn Văn An', 'm1']])
    expect(meetingFromForm(form, m.id, names, m)).toEqual({
      ...m,
      chairMemberId: 'm1',
      secretaryMemberId: null,
      qualityScore: null
    })
  })
})

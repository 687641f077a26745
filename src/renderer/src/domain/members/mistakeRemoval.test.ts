import { describe, expect, it } from 'vitest'
import type { Cell, Meeting, MeetingTask } from '../entities'
import { sheetOf } from '../meetings/attendanceSheet'
import { meeting as meetingOf, task as taskOf } from '@renderer/testing/factories'
import {
  NO_REFERENCES,
  cellWithout,
  meetingWithout,
  mistakeRemovalQuestion,
  mistakeRemovalRefusal,
  mistakeRemovalSummary,
  sameReferenceCounts,
  sheetWithout,
  taskWithout,
  type MistakeReferenceCounts
} from './mistakeRemoval'

const X = { id: 'x', fullName: 'Lê Văn Nhầm' }
const TAIL = ' Chỉ dùng khi hồ sơ được tạo nhầm — đảng viên chuyển đi, từ trần… hãy ghi sự kiện, không xóa.'
const counts = (c: Partial<MistakeReferenceCounts>): MistakeReferenceCounts => ({ ...NO_REFERENCES, ...c })

describe('what the confirmation and the audit log say goes with a record created by mistake', () => {
  const rows: [string, Partial<MistakeReferenceCounts>, string, string][] = [
    ['nothing but the record', {}, 'Xóa hẳn hồ sơ "Lê Văn Nhầm"?', 'Xóa hồ sơ tạo nhầm: Lê Văn Nhầm'],
    [
      'events, marks, one review year, a proposal',
      { events: 5, markedMeetings: 3, reviewYears: [2025], commendationsProposed: 1 },
      'Xóa hẳn hồ sơ "Lê Văn Nhầm" cùng 5 sự kiện, điểm danh ở 3 buổi sinh hoạt, kết quả xếp loại năm 2025, 1 đề nghị khen thưởng?',
      'Xóa hồ sơ tạo nhầm: Lê Văn Nhầm (cùng 5 sự kiện, điểm danh ở 3 buổi sinh hoạt, kết quả xếp loại năm 2025, 1 đề nghị khen thưởng)'
    ],
    [
      'every kind, two review years',
      {
        events: 2,
        markedMeetings: 1,
        presentations: 1,
        taskCompletions: 2,
        reviewYears: [2024, 2025],
        commendationsProposed: 1,
        commendationsAwarded: 1,
        badgesProposed: 1,
        badgesAwarded: 1,
        committeeSeats: 1
      },
      'Xóa hẳn hồ sơ "Lê Văn Nhầm" cùng 2 sự kiện, điểm danh ở 1 buổi sinh hoạt, 1 tham luận trong biên bản, đánh dấu hoàn thành ở 2 nhiệm vụ, kết quả xếp loại 2 năm (2024, 2025), 1 đề nghị khen thưởng, 1 quyết định khen thưởng, 1 đề nghị tặng Huy hiệu Đảng, 1 quyết định tặng Huy hiệu Đảng, 1 chức vụ trong chi ủy?',
      'Xóa hồ sơ tạo nhầm: Lê Văn Nhầm (cùng 2 sự kiện, điểm danh ở 1 buổi sinh hoạt, 1 tham luận trong biên bản, đánh dấu hoàn thành ở 2 nhiệm vụ, kết quả xếp loại 2 năm (2024, 2025), 1 đề nghị khen thưởng, 1 quyết định khen thưởng, 1 đề nghị tặng Huy hiệu Đảng, 1 quyết định tặng Huy hiệu Đảng, 1 chức vụ trong chi ủy)'
    ],
    [
      'names kept where he chaired or owned a task',
      { events: 1, chairedMeetings: 2, ownedTasks: 1 },
      'Xóa hẳn hồ sơ "Lê Văn Nhầm" cùng 1 sự kiện? Giữ tên, bỏ liên kết đến hồ sơ ở: chủ trì/thư ký 2 buổi sinh hoạt, người thực hiện 1 nhiệm vụ.',
      'Xóa hồ sơ tạo nhầm: Lê Văn Nhầm (cùng 1 sự kiện; giữ tên ở: chủ trì/thư ký 2 buổi sinh hoạt, người thực hiện 1 nhiệm vụ)'
    ]
  ]
  it.each(rows)('%s', (_, given, question, summary) => {
    const c = counts(given)
    expect(mistakeRemovalQuestion(X.fullName, c)).toBe(question + TAIL)
    expect(mistakeRemovalSummary(X.fullName, c)).toBe(summary)
  })

  it('refuses while a locked review year holds his result, naming the year and what to do', () => {
    expect(mistakeRemovalRefusal(X.fullName, counts({ reviewYears: [2024, 2025] }))).toBeNull()
    expect(
      mistakeRemovalRefusal(X.fullName, counts({ reviewYears: [2024, 2025], lockedYears: [2024] }))
    ).toBe(
      'Kết quả xếp loại năm 2024 đã khóa và có kết quả của Lê Văn Nhầm; chưa xóa gì. Mở khóa năm 2024 (Đánh giá, xếp loại), xóa hồ sơ, rồi khóa lại.'
    )
  })

  it('compares what was confirmed with what is found, field by field', () => {
    expect(sameReferenceCounts(counts({ reviewYears: [2025] }), counts({ reviewYears: [2025] }))).toBe(true)
    expect(sameReferenceCounts(counts({ markedMeetings: 3 }), counts({ markedMeetings: 4 }))).toBe(false)
    expect(sameReferenceCounts(counts({ reviewYears: [2025] }), counts({ reviewYears: [2024, 2025] }))).toBe(
      false
    )
  })
})

describe('what each record keeps without him', () => {
  const place = { meetingId: 'mt', cellId: 'c1', date: '2025-03-03' }

  it('a sheet loses his mark and its unexcused key; the others keep theirs, reasons included', () => {
    const sheet = sheetOf(place, [
      { memberId: 'a', status: 'unexcused' },
      { memberId: 'b', status: 'excused', reason: 'Ốm' },
      { memberId: 'x', status: 'unexcused' }
    ])
    expect(sheetWithout(sheet, 'x')).toEqual({
      ...place,
      marks: [
        { memberId: 'a', status: 'unexcused' },
        { memberId: 'b', status: 'excused', reason: 'Ốm' }
      ],
      unexcusedKeys: ['a|2025-03-03']
    })
    expect(sheetWithout(sheet, 'nobody')).toBeNull()
  })

  /** What `without` makes of the record `given` is the same record with `expected` over it, all else kept. */
  function expectWithout<T>(
    make: (over: Partial<T>) => T,
    without: (record: T, who: typeof X) => T | null,
    given: Partial<T>,
    expected: Partial<T>
  ) {
    expect(without(make(given), X)).toEqual(make({ ...given, ...expected }))
  }

  const meeting = (m: Partial<Meeting>): Meeting => meetingOf('mt', m)

  it.each<[string, Partial<Meeting>, Partial<Meeting>]>([
    [
      'chair by id and name: the name stays',
      { chairMemberId: 'x', chairName: 'Lê Văn Nhầm' },
      { chairMemberId: null, chairName: 'Lê Văn Nhầm' }
    ],
    [
      'secretary by id only: his name is written in',
      { secretaryMemberId: 'x' },
      { secretaryMemberId: null, secretaryName: 'Lê Văn Nhầm' }
    ],
    [
      'his presentation line goes, another stays',
      {
        presentations: [
          { memberId: 'x', subject: 'Tự phê bình' },
          { memberId: 'a', subject: 'Kinh tế' }
        ]
      },
      { presentations: [{ memberId: 'a', subject: 'Kinh tế' }] }
    ]
  ])('meeting: %s', (_, given, expected) => {
    expectWithout(meeting, meetingWithout, given, expected)
  })

  it('a meeting that does not name him is left alone', () => {
    expect(meetingWithout(meeting({ chairMemberId: 'a', chairName: 'A' }), X)).toBeNull()
  })

  const task = (t: Partial<MeetingTask>): MeetingTask =>
    taskOf('t', { id: 'mt', cellId: 'c1' }, { title: 'Thu đảng phí', ...t })

  it.each<[string, Partial<MeetingTask>, Partial<MeetingTask>]>([
    [
      'owned: the name stays',
      { ownerMemberId: 'x', ownerName: 'Lê Văn Nhầm' },
      { ownerMemberId: null, ownerName: 'Lê Văn Nhầm' }
    ],
    [
      'his completion goes',
      {
        forAllMembers: 1,
        completions: [
          { memberId: 'a', doneOn: '2025-04-01' },
          { memberId: 'x', doneOn: '2025-04-02' }
        ]
      },
      { completions: [{ memberId: 'a', doneOn: '2025-04-01' }] }
    ]
  ])('task: %s', (_, given, expected) => {
    expectWithout(task, taskWithout, given, expected)
  })

  it('a task that does not name him is left alone', () => {
    expect(taskWithout(task({ ownerMemberId: 'a' }), X)).toBeNull()
  })

  it('a cell loses his committee seats only', () => {
    const cell = {
      id: 'c1',
      committee: [
        { memberId: 'a', role: 'secretary', from: '2020-01-01' },
        { memberId: 'x', role: 'committeeMember', from: '2020-01-01' }
      ]
    } as Cell
    expect(cellWithout(cell, 'x')?.committee).toEqual([
      { memberId: 'a', role: 'secretary', from: '2020-01-01' }
    ])
    expect(cellWithout(cell, 'b')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { checkIntegrity, type IntegrityData, type FixAt, type IntegrityKind } from './integrity'
import type { AttendanceMark, Cell, Meeting, Member, MemberEvent } from './entities'
import { T, cell, mark as markOf, meeting, member } from '@renderer/testing/factories'

const TODAY = '2026-11-21'
// Marks here take the meeting's defaults (cell c1, 3/3/2026) unless a test says otherwise.
const mark = (meetingId: string, memberId: string, extra: Partial<AttendanceMark> = {}): AttendanceMark =>
  markOf({ id: meetingId, cellId: 'c1', date: '2026-03-03' }, memberId, 'present', extra)

/** A kỷ luật khai trừ of m1 as versions before the expulsion type was enforced stored it. */
const KHAI_TRU: MemberEvent = {
  id: 'e1',
  memberId: 'm1',
  type: 'discipline',
  disciplineLevel: 'expulsion',
  date: '2024-05-01',
  createdAt: T
}

/** A small consistent ward: no issue. */
type Data = IntegrityData & {
  cells: Cell[]
  members: Member[]
  meetings: Meeting[]
  attendance: AttendanceMark[]
}
const base = (): Data => ({
  cells: [cell('c1'), cell('c2')],
  members: [
    member('m1', { partyCardNumber: '10000001', idNumber: '001070000001' }),
    member('m2', { partyCardNumber: '10000002', idNumber: '001070000002' })
  ],
  meetings: [meeting('mt1')],
  attendance: [mark('mt1', 'm1'), mark('mt1', 'm2')]
})

describe('integrity check (docs/design.md §8)', () => {
  it('a consistent database has no issue', () => {
    expect(checkIntegrity(base(), TODAY)).toEqual([])
  })

  it('a rating before the admission names the year and what to do; one in the admission year, or a row with no rating, is not one', () => {
    const d = base()
    d.members[0].fullName = 'Lê Thị Mai'
    d.memberReviews = [
      { id: '1994:m1', year: 1994, memberId: 'm1', cellId: 'c1', selfRating: 'good', updatedAt: T },
      { id: '1995:m1', year: 1995, memberId: 'm1', cellId: 'c1', decision: 'good', updatedAt: T },
      { id: '1993:m1', year: 1993, memberId: 'm1', cellId: 'c1', updatedAt: T }
    ]
    expect(checkIntegrity(d, TODAY).map((i) => i.message)).toEqual([
      'Đánh giá năm 1994 của Lê Thị Mai: trước năm vào Đảng (1995). Xóa mức xếp loại năm đó hoặc sửa ngày vào Đảng.'
    ])
  })

  it('a meeting stored after its cell was merged names the cell it belongs to and what to do', () => {
    const d = base()
    Object.assign(d.cells[0], {
      name: 'Chi bộ Khu phố 1',
      status: 'merged',
      closedOn: '2026-03-01',
      mergedIntoId: 'c2'
    })
    d.cells[1].name = 'Chi bộ Khu phố 1-2'
    expect(checkIntegrity(d, TODAY).map((i) => i.message)).toEqual([
      'Buổi sinh hoạt ngày 03/03/2026 của Chi bộ Khu phố 1: Chi bộ Khu phố 1 đã hợp nhất vào Chi bộ Khu phố 1-2 ngày 01/03/2026: buổi sinh hoạt từ ngày này ghi cho Chi bộ Khu phố 1-2. Xóa buổi này rồi ghi lại cho đúng chi bộ.'
    ])
  })

  it.each<{
    rule: string
    change: (d: Data) => void
    kind: IntegrityKind
    entity: string
    field: string
    link: FixAt
  }>([
    {
      rule: 'member in a cell that does not exist',
      change: (d) => (d.members[0].cellId = 'gone'),
      kind: 'missingReference',
      entity: 'members',
      field: 'cellId',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'event of a member who does not exist',
      change: (d) =>
        (d.memberEvents = [{ id: 'e1', memberId: 'ghost', type: 'award', date: '2020-01-01', createdAt: T }]),
      kind: 'missingReference',
      entity: 'memberEvents',
      field: 'memberId',
      link: { page: 'member', id: 'ghost' }
    },
    {
      rule: 'attendance for a meeting that does not exist',
      change: (d) => d.attendance.push(mark('gone', 'm1')),
      kind: 'missingReference',
      entity: 'attendance',
      field: 'meetingId',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'attendance of a member who does not exist',
      change: (d) => d.attendance.push(mark('mt1', 'ghost')),
      kind: 'missingReference',
      entity: 'attendance',
      field: 'memberId',
      link: { page: 'meeting', id: 'mt1' }
    },
    {
      rule: 'meeting of a cell that does not exist',
      change: (d) => (d.meetings[0].cellId = 'gone'),
      kind: 'missingReference',
      entity: 'meetings',
      field: 'cellId',
      link: { page: 'meeting', id: 'mt1' }
    },
    {
      rule: 'meeting chaired by a member who does not exist',
      change: (d) => (d.meetings[0].chairMemberId = 'ghost'),
      kind: 'missingReference',
      entity: 'meetings',
      field: 'chairMemberId',
      link: { page: 'meeting', id: 'mt1' }
    },
    {
      rule: 'task of a meeting that does not exist',
      change: (d) =>
        (d.meetingTasks = [
          {
            id: 't1',
            cellId: 'c1',
            meetingId: 'gone',
            title: 'Nộp bản kiểm điểm',
            forAllMembers: 1,
            status: 'open',
            completions: []
          }
        ]),
      kind: 'missingReference',
      entity: 'meetingTasks',
      field: 'meetingId',
      link: { page: 'cells' }
    },
    {
      rule: 'task owned by a member who does not exist',
      change: (d) =>
        (d.meetingTasks = [
          {
            id: 't1',
            cellId: 'c1',
            meetingId: 'mt1',
            title: 'Báo cáo',
            ownerMemberId: 'ghost',
            forAllMembers: 0,
            status: 'open',
            completions: []
          }
        ]),
      kind: 'missingReference',
      entity: 'meetingTasks',
      field: 'ownerMemberId',
      link: { page: 'meeting', id: 'mt1' }
    },
    {
      rule: 'review of a member who does not exist',
      change: (d) =>
        (d.memberReviews = [{ id: '2025:ghost', year: 2025, memberId: 'ghost', cellId: 'c1', updatedAt: T }]),
      kind: 'missingReference',
      entity: 'memberReviews',
      field: 'memberId',
      link: { page: 'cells' }
    },
    {
      rule: 'a rating for a year before the member was admitted (he joined in 1995)',
      change: (d) =>
        (d.memberReviews = [
          { id: '1994:m1', year: 1994, memberId: 'm1', cellId: 'c1', decision: 'excellent', updatedAt: T }
        ]),
      kind: 'dateOrder',
      entity: 'memberReviews',
      field: 'year',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'review of a cell that does not exist',
      change: (d) => (d.cellReviews = [{ id: '2025:gone', year: 2025, cellId: 'gone', updatedAt: T }]),
      kind: 'missingReference',
      entity: 'cellReviews',
      field: 'cellId',
      link: { page: 'cells' }
    },
    {
      rule: 'badge of a member who does not exist',
      change: (d) =>
        (d.badges = [
          { id: 'b1', memberId: 'ghost', milestone: 30, ceremonyDate: '2026-02-03', status: 'proposed' }
        ]),
      kind: 'missingReference',
      entity: 'badges',
      field: 'memberId',
      link: { page: 'cells' }
    },
    {
      rule: 'a meeting dated before its cell was founded (it counts in no month)',
      change: (d) => (d.cells[0].foundedOn = '2026-04-01'),
      kind: 'dateOrder',
      entity: 'meetings',
      field: 'date',
      link: { page: 'meeting', id: 'mt1' }
    },
    {
      rule: 'a meeting dated on or after its cell was merged into another',
      change: (d) =>
        Object.assign(d.cells[0], { status: 'merged', closedOn: '2026-03-03', mergedIntoId: 'c2' }),
      kind: 'dateOrder',
      entity: 'meetings',
      field: 'date',
      link: { page: 'meeting', id: 'mt1' }
    },
    {
      rule: 'cell merged into a cell that does not exist',
      change: (d) => (d.cells[1].mergedIntoId = 'gone'),
      kind: 'missingReference',
      entity: 'cells',
      field: 'mergedIntoId',
      link: { page: 'cells' }
    },
    {
      rule: 'cell committee seat of a member who does not exist',
      change: (d) => (d.cells[0].committee = [{ memberId: 'ghost', role: 'secretary', from: '2020-01-01' }]),
      kind: 'missingReference',
      entity: 'cells',
      field: 'committee',
      link: { page: 'cells' }
    },
    {
      rule: 'a birth date that is not a real day (31/02)',
      change: (d) => (d.members[0].birthDate = '1970-02-31'),
      kind: 'invalidDate',
      entity: 'members',
      field: 'birthDate',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'an admission date in the future',
      change: (d) => (d.members[0].admissionDate = '2027-01-01'),
      kind: 'futureDate',
      entity: 'members',
      field: 'admissionDate',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'birth after admission',
      change: (d) => (d.members[0].birthDate = '1996-01-01'),
      kind: 'dateOrder',
      entity: 'members',
      field: 'birthDate',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'admitted before 18 (Điều lệ Đảng, Điều 1)',
      change: (d) => (d.members[0].birthDate = '1980-01-01'),
      kind: 'dateOrder',
      entity: 'members',
      field: 'admissionDate',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'official before admission',
      change: (d) => (d.members[0].officialDate = '1990-01-01'),
      kind: 'dateOrder',
      entity: 'members',
      field: 'officialDate',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'an event that is not a real day',
      change: (d) =>
        (d.memberEvents = [{ id: 'e1', memberId: 'm1', type: 'award', date: '2020-13-01', createdAt: T }]),
      kind: 'invalidDate',
      entity: 'memberEvents',
      field: 'date',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'an event ending before it starts',
      change: (d) =>
        (d.memberEvents = [
          {
            id: 'e1',
            memberId: 'm1',
            type: 'sickLeave',
            date: '2024-05-01',
            endDate: '2024-01-01',
            createdAt: T
          }
        ]),
      kind: 'dateOrder',
      entity: 'memberEvents',
      field: 'endDate',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'a kỷ luật khai trừ stored as a discipline, with no expulsion recorded that day',
      change: (d) => (d.memberEvents = [KHAI_TRU]),
      kind: 'eventType',
      entity: 'memberEvents',
      field: 'type',
      link: { page: 'member', id: 'm1' }
    },
    {
      rule: 'a meeting date that is not a real day',
      change: (d) => (d.meetings[0].date = '2026-02-30'),
      kind: 'invalidDate',
      entity: 'meetings',
      field: 'date',
      link: { page: 'meeting', id: 'mt1' }
    },
    {
      rule: 'attendance dated apart from its meeting',
      change: (d) => (d.attendance[0].date = '2026-03-04'),
      kind: 'dateOrder',
      entity: 'attendance',
      field: 'date',
      link: { page: 'meeting', id: 'mt1' }
    }
  ])('finds $rule', ({ change, kind, entity, field, link }) => {
    const data = base()
    change(data)
    const issues = checkIntegrity(data, TODAY)
    expect(issues.map((i) => [i.kind, i.entity, i.field, i.link])).toContainEqual([kind, entity, field, link])
    for (const issue of issues) expect(issue.message).toMatch(/[À-ỹ]/)
  })

  it.each([
    { rule: 'party card', field: 'partyCardNumber', value: '10000001' },
    { rule: 'CCCD (kept as text: leading zeros count)', field: 'idNumber', value: '001070000001' }
  ] as const)('finds duplicate $rule numbers and names both members', ({ field, value }) => {
    const data = base()
    data.members[1][field] = value
    const dupes = checkIntegrity(data, TODAY).filter((i) => i.kind === 'duplicate')
    expect(dupes.map((i) => i.entityId).sort()).toEqual(['m1', 'm2'])
    expect(dupes[0].message).toContain(value)
    expect(dupes[0].message).toContain('Đảng viên m2')
  })

  it.each([
    { rule: 'a bare year is a valid date', change: (d: Data) => (d.members[0].birthDate = '1970') },
    {
      rule: 'a planned meeting may be dated ahead',
      change: (d: Data) => (
        (d.meetings[0].date = '2026-12-03'),
        d.attendance.forEach((a) => (a.date = '2026-12-03'))
      )
    },
    {
      rule: 'empty optional dates are fine',
      change: (d: Data) => ((d.members[0].birthDate = null), (d.members[0].officialDate = undefined))
    },
    {
      rule: 'a member without card or CCCD is not a duplicate',
      change: (d: Data) => d.members.forEach((m) => ((m.partyCardNumber = ''), (m.idNumber = undefined)))
    },
    { rule: 'today is not the future', change: (d: Data) => (d.members[0].officialDate = TODAY) },
    {
      rule: 'a kỷ luật khai trừ with the expulsion recorded the same day, and a cảnh cáo',
      change: (d: Data) =>
        (d.memberEvents = [
          KHAI_TRU,
          { id: 'e2', memberId: 'm1', type: 'expulsion', date: '2024-05-01', createdAt: T },
          {
            id: 'e3',
            memberId: 'm2',
            type: 'discipline',
            disciplineLevel: 'warning',
            date: '2024-05-01',
            createdAt: T
          }
        ])
    }
  ])('no false alarm: $rule', ({ change }) => {
    const data = base()
    change(data)
    expect(checkIntegrity(data, TODAY)).toEqual([])
  })
})

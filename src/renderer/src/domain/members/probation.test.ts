import type { Member, MemberEvent } from '../entities'
import { PROBATION_NOTICE_DAYS, probationDue as due60 } from './probation'
import { event } from '@renderer/testing/reviewFactories'

/** The 60-day notice of the screens, with the members' histories (none unless given). */
const probationDue = (members: Member[], today: string, events: MemberEvent[] = []) =>
  due60(
    members,
    today,
    PROBATION_NOTICE_DAYS,
    new Map(members.map((x) => [x.id, events.filter((e) => e.memberId === x.id)]))
  )

const TODAY = '2026-11-21'
const m = (
  id: string,
  fullName: string,
  admissionDate: string | null,
  extra: Partial<Member> = {}
): Member => ({
  id,
  fullName,
  admissionDate,
  gender: 'male',
  cellId: 'c',
  status: 'probationary',
  active: 1,
  searchText: '',
  createdAt: '',
  updatedAt: '',
  ...extra
})

describe('probationDue: 12 months from admission (Điều lệ, Điều 5), notice 60 days', () => {
  it.each([
    ['ends in 25 days', '2025-12-16', 25],
    ['ends today', '2025-11-21', 0],
    ['ends in exactly 60 days', '2026-01-20', 60],
    ['overdue by 10 days, not yet decided', '2025-11-11', -10]
  ])('%s → listed', (_n, admission, daysLeft) => {
    const [due] = probationDue([m('a', 'A', admission)], TODAY)
    expect(due.daysLeft).toBe(daysLeft)
  })

  it.each([
    ['ends in 61 days', m('a', 'A', '2026-01-21')],
    ['already official', m('a', 'A', '2025-12-16', { status: 'official' })],
    ['transferred out', m('a', 'A', '2025-12-16', { active: 0, status: 'transferredOut' })],
    ['no admission date', m('a', 'A', null)],
    ['only a bare year', m('a', 'A', '2025')]
  ])('%s → not listed', (_n, member) => {
    expect(probationDue([member], TODAY)).toEqual([])
  })

  it('sorts by due date, then by name', () => {
    const list = probationDue(
      [
        m('1', 'Trần Văn Bình', '2026-01-01'),
        m('2', 'Lê Văn An', '2026-01-01'),
        m('3', 'Ngô Văn Cường', '2025-12-01')
      ],
      TODAY
    )
    expect(list.map((d) => d.member.fullName)).toEqual(['Ngô Văn Cường', 'Lê Văn An', 'Trần Văn Bình'])
    expect(list[0].dueDate).toBe('2026-12-01')
  })
})

describe('a readmitted member serves a new probation (QĐ 294-QĐ/TW 2025, điểm 3.5.1: như người vào Đảng lần đầu)', () => {
  // Admitted 1990, removed 2019, readmitted 16/12/2025: due on 16/12/2026, not 35 years overdue.
  const member = m('a', 'A', '1990-05-19')
  const history = [
    event('a', 'admission', '1990-05-19'),
    event('a', 'removal', '2019-03-01'),
    event('a', 'readmission', '2025-12-16')
  ]
  it('counts the 12 months from the readmission and says so', () => {
    const [due] = probationDue([member], TODAY, history)
    expect([due.dueDate, due.daysLeft, due.probationFrom, due.readmitted]).toEqual([
      '2026-12-16',
      25,
      '2025-12-16',
      true
    ])
    expect(due.admissionDate).toBe('1990-05-19')
  })
  it('is not listed while the new probation has more than 60 days to run', () => {
    const later = history.map((e) => (e.type === 'readmission' ? { ...e, date: '2026-06-01' } : e))
    expect(probationDue([member], TODAY, later)).toEqual([])
  })
})

describe('a probationary member exempt or suspended, or staying here for a while', () => {
  // The stored status reads "exempt" / "suspended" whatever the member's standing (memberState.ts):
  // the 12 months run out all the same and the cell must still consider him (Điều lệ, Điều 5), as
  // the overview and the statistics count him among the probationary members.
  it.each([
    ['suspended (đình chỉ sinh hoạt)', 'suspension' as const, 'suspended' as const],
    ['exempt (miễn sinh hoạt)', 'exemption' as const, 'exempt' as const]
  ])('%s, never made official → listed', (_n, type, status) => {
    const a = m('a', 'A', '2025-12-16', { status })
    const history = [event('a', 'admission', '2025-12-16'), event('a', type, '2026-06-01')]
    const [due] = probationDue([a], TODAY, history)
    expect([due?.dueDate, due?.member.status, due?.guest]).toEqual(['2026-12-16', status, false])
  })

  it('suspended but already official → not listed', () => {
    const a = m('a', 'A', '2024-12-16', { status: 'suspended', officialDate: '2025-12-16' })
    const history = [
      event('a', 'admission', '2024-12-16'),
      event('a', 'official', '2025-12-16'),
      event('a', 'suspension', '2026-06-01')
    ]
    expect(probationDue([a], TODAY, history)).toEqual([])
  })

  // docs/design.md §6 Temporary transfers: an official decision made in the đảng bộ a guest comes
  // from is not the ward's; he is listed (the cell he attends gives its view) and marked a guest.
  it('a probationary member of another đảng bộ staying here → listed as a guest', () => {
    const g = m('g', 'G', '2025-12-16')
    const history = [
      event('g', 'admission', '2025-12-16'),
      event('g', 'transferIn', '2026-03-01', { transferKind: 'temporary', endDate: '2027-03-01' })
    ]
    const [due] = probationDue([g], TODAY, history)
    expect([due?.dueDate, due?.guest]).toEqual(['2026-12-16', true])
    expect(probationDue([m('a', 'A', '2025-12-16')], TODAY)[0].guest).toBe(false)
  })
})

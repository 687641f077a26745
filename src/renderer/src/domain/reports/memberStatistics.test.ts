import { describe, expect, it } from 'vitest'
import type { MemberEvent } from '../entities'
import { event, member } from '@renderer/testing/reviewFactories'
import { groupEventsByMember } from '../reviews/eligibility'
import { memberMovements, movementGroups, movementsByKind } from './movements'
import { memberStatistics } from './memberStatistics'

const FROM = '2026-01-01'
const TO = '2026-06-30'

// docs/design.md §6 Members: a member's state comes from dated events (admission, official,
// transfers, removal, expulsion, leaving, death); old records without entry events count from the
// record's own dates.
describe('movements of a period come from the member events', () => {
  it.each([
    ['admission in the period', [event('a', 'admission', '2026-03-02')], 'admitted', '2026-03-02'],
    [
      'readmission counts as admitted, noted',
      [event('a', 'readmission', '2026-03-02')],
      'admitted',
      '2026-03-02'
    ],
    ['official', [event('a', 'official', '2026-05-01')], 'official', '2026-05-01'],
    [
      'transfer in',
      [event('a', 'transferIn', '2026-02-01', { cellId: 'c2' })],
      'transferredIn',
      '2026-02-01'
    ],
    ['transfer out', [event('a', 'transferOut', '2026-06-30')], 'transferredOut', '2026-06-30'],
    ['death', [event('a', 'death', '2026-04-04')], 'deceased', '2026-04-04'],
    ['removal (xóa tên)', [event('a', 'removal', '2026-04-04')], 'removed', '2026-04-04'],
    ['expulsion (khai trừ)', [event('a', 'expulsion', '2026-04-04')], 'expelled', '2026-04-04'],
    ['leaving (ra khỏi Đảng)', [event('a', 'leaving', '2026-04-04')], 'left', '2026-04-04'],
    ['lost contact counts as left', [event('a', 'lostContact', '2026-04-04')], 'left', '2026-04-04']
  ] as [string, MemberEvent[], string, string][])('%s', (_, events, kind, date) => {
    const found = memberMovements(member('a', { admissionDate: '2000-01-01' }), events, FROM, TO)
    expect(found.map((m) => [m.kind, m.date])).toContainEqual([kind, date])
  })

  it('events outside the period are not movements of it', () => {
    const events = [event('a', 'admission', '2025-12-31'), event('a', 'transferOut', '2026-07-01')]
    expect(memberMovements(member('a', { officialDate: null }), events, FROM, TO)).toEqual([])
  })

  it('an old record with no entry events is admitted and made official by its own dates, a year-only date kept', () => {
    const found = memberMovements(
      member('a', { admissionDate: '2026', officialDate: '2026-05-20' }),
      [],
      FROM,
      TO
    )
    expect(found.map((m) => [m.kind, m.date])).toEqual([
      ['admitted', '2026'],
      ['official', '2026-05-20']
    ])
  })

  it('a departure names the cell the member left; a transfer out says where to and whether temporary', () => {
    const events = [
      event('a', 'cellChange', '2020-01-01', { cellId: 'c7' }),
      event('a', 'transferOut', '2026-02-01', { place: 'Đảng bộ phường Hà Đông', transferKind: 'temporary' })
    ]
    const [out] = memberMovements(member('a'), events, FROM, TO)
    expect(out).toMatchObject({
      cellId: 'c7',
      place: 'Đảng bộ phường Hà Đông',
      note: 'Chuyển sinh hoạt tạm thời'
    })
  })
})

describe('Thống kê đảng viên: start + gains − losses = end, and the make-up at the end', () => {
  const members = [
    member('old', {
      birthDate: '1950-05-01',
      admissionDate: '1975-01-01',
      theoryLevel: 'intermediate',
      ethnicity: 'Kinh',
      religion: 'Không',
      education: '10/10'
    }),
    member('new', {
      birthDate: '2000-02-02',
      gender: 'female',
      admissionDate: null,
      officialDate: null,
      ethnicity: 'Tày',
      religion: 'Phật giáo',
      education: 'Đại học'
    }),
    member('moved', { birthDate: '1980-01-01', admissionDate: '2010-01-01' }),
    member('dead', { birthDate: '1940-01-01', admissionDate: '1965-01-01' }),
    member('came', { birthDate: '1990-01-01', admissionDate: '2015-01-01', ethnicity: 'Kinh' }),
    member('gone', { admissionDate: '2001-01-01' })
  ]
  const events = groupEventsByMember([
    event('new', 'admission', '2026-03-02', { cellId: 'c1' }),
    event('moved', 'transferOut', '2026-02-10'),
    event('dead', 'death', '2026-05-01'),
    event('came', 'transferIn', '2026-04-01', { cellId: 'c1' }),
    event('gone', 'removal', '2025-11-01')
  ])
  const s = memberStatistics(members, events, FROM, TO)

  it('counts members on the day before the period and at its end', () => {
    // At 31/12/2025: old, moved, dead (came transfers in later, gone was removed in 2025, new not yet admitted).
    expect([s.start, s.end]).toEqual([3, 3])
    expect(s.counts).toMatchObject({
      admitted: 1,
      transferredIn: 1,
      transferredOut: 1,
      deceased: 1,
      removed: 0
    })
    expect([s.gains, s.losses, s.unexplained]).toEqual([2, 2, 0])
  })

  const group = (title: string) => s.composition.find((g) => g.title === title)!.lines
  it.each([
    ['Giới tính', 'Nam', 2],
    ['Giới tính', 'Nữ', 1],
    ['Đảng viên chính thức, dự bị', 'Đảng viên dự bị', 1],
    ['Độ tuổi', 'Đến 30 tuổi', 1],
    ['Độ tuổi', 'Từ 31 đến 40 tuổi', 1],
    ['Độ tuổi', 'Trên 70 tuổi', 1],
    ['Dân tộc', 'Kinh', 2],
    ['Dân tộc', 'Tày', 1],
    ['Tôn giáo', 'Không theo tôn giáo', 1],
    ['Tôn giáo', 'Phật giáo', 1],
    ['Tôn giáo', 'Chưa ghi', 1],
    ['Trình độ lý luận chính trị', 'Trung cấp', 1],
    ['Trình độ lý luận chính trị', 'Chưa ghi', 2],
    ['Tuổi Đảng', 'Dưới 10 năm', 1],
    ['Tuổi Đảng', 'Từ 10 đến dưới 20 năm', 1],
    ['Tuổi Đảng', 'Từ 50 năm trở lên', 1]
  ])('%s — %s: %i', (title, label, count) => {
    expect(group(title).find((l) => l.label === label)?.count).toBe(count)
  })

  it('percentages are of the members at the end, one decimal', () => {
    expect(group('Giới tính')).toEqual([
      { label: 'Nam', count: 2, percent: 66.7 },
      { label: 'Nữ', count: 1, percent: 33.3 }
    ])
  })

  it('movement lists group the same movements by kind', () => {
    const byKind = movementsByKind(members, events, FROM, TO)
    expect(byKind.admitted.map((m) => m.memberId)).toEqual(['new'])
    expect(byKind.removed).toEqual([])
  })
})

describe('movement lists: one group per kind that has anyone, with who and where', () => {
  it('joins names, birth dates, sex and cells; empty kinds are left out', () => {
    const members = [member('a', { fullName: 'Lê Thị Hoa', gender: 'female', birthDate: '1990' })]
    const events = groupEventsByMember([
      event('a', 'admission', '2026-03-02', { cellId: 'c1', decisionNumber: '12-QĐ/ĐU' })
    ])
    const groups = movementGroups(
      movementsByKind(members, events, FROM, TO),
      new Map(members.map((m) => [m.id, m])),
      [{ id: 'c1', name: 'Chi bộ Khu phố 1' }]
    )
    expect(groups.map((g) => g.label)).toEqual(['Kết nạp đảng viên'])
    expect(groups[0].rows[0]).toMatchObject({
      fullName: 'Lê Thị Hoa',
      birthDate: '1990',
      gender: 'Nữ',
      cellName: 'Chi bộ Khu phố 1',
      date: '2026-03-02',
      decisionNumber: '12-QĐ/ĐU'
    })
  })
})

import { describe, expect, it } from 'vitest'
import type { MemberEvent } from '../entities'
import {
  badgeCandidate,
  badgeHoldSource,
  ceremonyCandidates,
  ceremonyDates,
  DEFAULT_BADGE_HOLD,
  earlyWindowMonths,
  isCeremonyDate
} from './badges'
import { event, member } from '@renderer/testing/reviewFactories'
import { BUILT_IN_PROFILES } from '../rules/profiles'
import { importRows } from '../members/importRows'
import { cell } from '@renderer/testing/factories'
import { earlyNote } from './badgeRows'

/** An event of member 'm', the one member every case here is about. */
const ev = (type: MemberEvent['type'], date: string) => event('m', type, date)

describe('ceremony dates (3/2, 19/5, 2/9, 7/11)', () => {
  it('lists the four days of a year', () => {
    expect(ceremonyDates(2026)).toEqual(['2026-02-03', '2026-05-19', '2026-09-02', '2026-11-07'])
  })
  it.each([
    ['2026-02-03', true],
    ['2026-09-02', true],
    ['2026-09-03', false]
  ])('%s is a ceremony day: %s', (d, ok) => expect(isCeremonyDate(d)).toBe(ok))
})

describe('badge candidates for a ceremony (early award: 12 months for 30–65, 24 for 70–90, posthumous 12)', () => {
  const ceremony = '2026-02-03'
  it.each<[string, string, boolean, number[], number | null, string | null]>([
    ['30 years reached on the day → 30', '1996-02-03', false, [], 30, null],
    ['30 years reached the day after → none', '1996-02-04', false, [], null, null],
    ['ill, 30 years due in 12 months → early 30', '1997-02-03', true, [], 30, 'illness'],
    ['ill, 30 years due in 12 months + 1 day → none', '1997-02-04', true, [], null, null],
    [
      'ill, 70 years due in 24 months → early 70',
      '1958-02-03',
      true,
      [30, 40, 45, 50, 55, 60, 65],
      70,
      'illness'
    ],
    [
      'ill, 70 years due in 24 months + 1 day → none',
      '1958-02-04',
      true,
      [30, 40, 45, 50, 55, 60, 65],
      null,
      null
    ],
    [
      'not ill, 70 years due in 24 months → none',
      '1958-02-03',
      false,
      [30, 40, 45, 50, 55, 60, 65],
      null,
      null
    ],
    ['40 years reached, 30 already awarded → 40', '1986-01-01', false, [30], 40, null],
    ['40 already awarded → nothing new until 45', '1984-01-01', false, [30, 40], null, null],
    ['45 reached, never awarded anything → the highest, 45', '1980-06-01', false, [], 45, null]
  ])('%s', (_l, admission, ill, awarded, milestone, early) => {
    const c = badgeCandidate(
      {
        member: member('m', { admissionDate: admission }),
        events: [event('m', 'admission', admission)],
        awarded: new Set(awarded),
        seriouslyIll: ill
      },
      ceremony
    )
    expect(c?.milestone ?? null).toBe(milestone)
    if (c) expect(c.early).toBe(early)
  })

  it.each<[string, string, string, number | null]>([
    [
      'died 6 months before, 30 years would be reached 10 months after death → posthumous 30',
      '1996-06-03',
      '2025-08-03',
      30
    ],
    ['died, milestone 13 months after death → none', '1996-09-04', '2025-08-03', null],
    ['died more than 12 months before the ceremony → none', '1990-01-01', '2024-12-01', null]
  ])('%s', (_l, admission, death, milestone) => {
    const c = badgeCandidate(
      {
        member: member('m', { admissionDate: admission }),
        events: [event('m', 'admission', admission), event('m', 'death', death)],
        awarded: new Set()
      },
      ceremony
    )
    expect(c?.milestone ?? null).toBe(milestone)
    if (c) expect(c.early).toBe('posthumous')
  })

  it.each<[string, string | null, MemberEvent[], number | null]>([
    [
      'the record shows the readmission (2001): the first admission (1990) decides, minus the gap → 30',
      '2001-01-01',
      [ev('admission', '1990-02-03'), ev('removal', '2000-01-01'), ev('readmission', '2001-01-01')],
      30
    ],
    ['no admission on record or timeline → none', null, [ev('official', '1990-02-03')], null],
    ['admission known only by its year, 30 years in 2026 → 30', '1996', [], 30],
    ['admission known only by its year, 30 years in 2029 → none, even if ill', '1999', [], null]
  ])('first admission from the record and the timeline: %s', (_l, admissionDate, events, milestone) => {
    const c = badgeCandidate(
      { member: member('m', { admissionDate }), events, awarded: new Set(), seriouslyIll: true },
      ceremony
    )
    expect(c?.milestone ?? null).toBe(milestone)
  })

  it('a member transferred out is not a candidate of this ward', () => {
    const c = badgeCandidate(
      {
        member: member('m', { admissionDate: '1990-01-01' }),
        events: [ev('admission', '1990-01-01'), ev('transferOut', '2020-01-01')],
        awarded: new Set()
      },
      ceremony
    )
    expect(c).toBeNull()
  })

  // docs/design.md §6 Temporary transfers: a member of another đảng bộ staying here "is in none of
  // the ward's figures, its review or its honours" — dead or alive. A posthumous badge is the ward's
  // to propose only for its own member, judged on the day before his death.
  const posthumous30: [string, number, string] = ['m', 30, 'posthumous']
  const moved = (type: 'transferIn' | 'transferOut', date: string, kind: 'temporary' | 'permanent') => ({
    ...ev(type, date),
    transferKind: kind
  })
  it.each<[string, MemberEvent[], [string, number, string][]]>([
    ['a member of the ward who died here → posthumous 30', [], [posthumous30]],
    [
      'a guest (sinh hoạt tạm thời, another đảng bộ) who died during his stay → none',
      [moved('transferIn', '2025-03-01', 'temporary')],
      []
    ],
    [
      'a member transferred out for good, who then died → none',
      [moved('transferOut', '2025-03-01', 'permanent')],
      []
    ],
    [
      'a member away for a while (still in the đảng số) who died away → posthumous 30',
      [moved('transferOut', '2025-03-01', 'temporary')],
      [posthumous30]
    ],
    [
      "a member transferred out for good on the day he died: the ward's the day before → posthumous 30",
      [moved('transferOut', '2026-06-01', 'permanent')],
      [posthumous30]
    ]
  ])("posthumous, only for the ward's own member: %s", (_l, moves, expected) => {
    // Admitted 01/08/1996, died 01/06/2026: 30 years two months after his death, ceremony 2/9/2026.
    const events = [ev('admission', '1996-08-01'), ...moves, ev('death', '2026-06-01')]
    const list = ceremonyCandidates({
      members: [member('m', { admissionDate: '1996-08-01' })],
      eventsByMember: new Map([['m', events]]),
      events,
      recorded: [],
      seriouslyIll: new Set(),
      ceremony: '2026-09-02',
      hold: DEFAULT_BADGE_HOLD
    })
    expect(list.map((c) => [c.memberId, c.milestone, c.early])).toEqual(expected)
  })

  it.each([
    [30, 12],
    [65, 12],
    [70, 24],
    [90, 24]
  ])('early window for %i years: %i months', (m, months) =>
    expect(earlyWindowMonths(m, 'illness')).toBe(months)
  )
})

describe('held back by discipline (QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021: 6 months after khiển trách, 9 after cảnh cáo, 12 after cách chức)', () => {
  const ceremony = '2026-09-02'
  const input = (events: MemberEvent[]) => ({
    member: member('m', { admissionDate: '1996-02-03' }),
    events: [ev('admission', '1996-02-03'), ...events],
    awarded: new Set<number>()
  })
  it.each<[string, MemberEvent['disciplineLevel'], string, string | null]>([
    ['khiển trách 10/03/2026 → considered from 10/09/2026', 'reprimand', '2026-03-10', '2026-09-10'],
    ['khiển trách 02/03/2026 → 6 months reached on the ceremony day', 'reprimand', '2026-03-02', null],
    ['cảnh cáo 01/01/2026 → considered from 01/10/2026', 'warning', '2026-01-01', '2026-10-01'],
    ['cảnh cáo 01/12/2025 → 9 months passed', 'warning', '2025-12-01', null],
    ['cách chức 01/10/2025 → considered from 01/10/2026', 'dismissal', '2025-10-01', '2026-10-01'],
    ['cách chức 01/09/2025 → 12 months passed', 'dismissal', '2025-09-01', null],
    ['khiển trách known only by year 2026 → counted from 31/12/2026', 'reprimand', '2026', '2027-06-30']
  ])('%s', (_l, level, date, until) => {
    const c = badgeCandidate(
      input([event('m', 'discipline', date, { disciplineLevel: level, decisionNumber: '12-QĐ/ĐU' })]),
      ceremony
    )
    expect(c?.milestone).toBe(30)
    expect(c?.heldBack?.until ?? null).toBe(until)
    if (until) expect(c?.heldBack?.reason).toMatch(/^Kỷ luật .* ngày .*: chưa xét trong \d+ tháng$/)
  })

  it('the months are parameters of the rules profile (a province’s 12 months after khiển trách)', () => {
    const c = badgeCandidate(
      input([event('m', 'discipline', '2025-12-01', { disciplineLevel: 'reprimand' })]),
      ceremony,
      { badgeHoldReprimandMonths: 12, badgeHoldWarningMonths: 12, badgeHoldDismissalMonths: 12 }
    )
    expect(c?.heldBack?.until).toBe('2026-12-01')
  })

  it('the list of those held back names the texts its periods follow, a province’s beside the national ones', () => {
    const national = BUILT_IN_PROFILES[0].sources
    expect(badgeHoldSource(national)).toBe('QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021')
    expect(
      badgeHoldSource({ ...national, badgeHoldWarningMonths: 'HD 05-HD/TU 2026 (12 tháng sau cảnh cáo)' })
    ).toBe('QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021; HD 05-HD/TU 2026')
  })
})

describe('dates known only by year keep their precision (docs/design.md §6: never invent 1 January)', () => {
  it.each<[string, string, string, number | null, string | null]>([
    // Admitted "1996": 30 years fall in 2026, day unknown → a candidate of every 2026 ceremony, flagged.
    ['admitted 1996 (year only), ceremony 03/02/2026', '1996', '2026-02-03', 30, '2026'],
    ['admitted 1996 (year only), ceremony 07/11/2026', '1996', '2026-11-07', 30, '2026'],
    ['admitted 1997 (year only), ceremony 07/11/2026 → not yet', '1997', '2026-11-07', null, null]
  ])('%s', (_l, admission, ceremony, milestone, due) => {
    const c = badgeCandidate(
      { member: member('m', { admissionDate: admission }), events: [], awarded: new Set() },
      ceremony
    )
    expect(c?.milestone ?? null).toBe(milestone)
    if (c) {
      expect(c.dueDate).toBe(due)
      expect(c.needsVerification).toBe(true)
      expect(c.firstAdmission).toBe(admission)
    }
  })

  it('a day-precise admission is not flagged', () => {
    const c = badgeCandidate(
      { member: member('m', { admissionDate: '1996-02-03' }), events: [], awarded: new Set() },
      '2026-02-03'
    )
    expect(c?.needsVerification).toBe(false)
    expect(c?.dueDate).toBe('2026-02-03')
  })
})

describe('re-admitted member (HD 01-HD/TW 2021 mục 18: party age from the first admission minus the gaps)', () => {
  it.each<[string, string, number | null, string | null]>([
    // Admitted 03/02/1990, removed 01/06/2000, readmitted 01/06/2003 (1095 days) → 30 years on 02/02/2023.
    ['ceremony 03/02/2023 → 30, gap subtracted', '2023-02-03', 30, '2023-02-02'],
    ['ceremony 19/05/2020 (30 years from first admission, without the gap) → none', '2020-05-19', null, null]
  ])('%s', (_l, ceremony, milestone, due) => {
    const c = badgeCandidate(
      {
        member: member('m', { admissionDate: '2003-06-01' }),
        events: [ev('admission', '1990-02-03'), ev('removal', '2000-06-01'), ev('readmission', '2003-06-01')],
        awarded: new Set()
      },
      ceremony
    )
    expect(c?.milestone ?? null).toBe(milestone)
    if (c) {
      expect(c.dueDate).toBe(due)
      expect(c.firstAdmission).toBe('1990-02-03')
      expect(c.gapDays).toBe(1095)
    }
  })
})

describe('one list per ceremony: Khen thưởng shows it, exports it and Tổng quan counts it', () => {
  const ceremony = '2027-02-03'
  // Four members reaching 30 years on 03/02/2027.
  const members = ['a', 'b', 'c', 'd'].map((id) => member(id, { admissionDate: '1997-01-10' }))
  const list = (
    recorded: { memberId: string; milestone: number; ceremonyDate: string }[],
    events: MemberEvent[] = []
  ) =>
    ceremonyCandidates({
      members,
      eventsByMember: new Map(members.map((m) => [m.id, events.filter((e) => e.memberId === m.id)])),
      events,
      recorded,
      seriouslyIll: new Set(),
      ceremony,
      hold: DEFAULT_BADGE_HOLD
    }).map((c) => c.memberId)

  it.each<[string, { memberId: string; milestone: number; ceremonyDate: string }[], MemberEvent[], string[]]>(
    [
      ['nobody proposed yet: all four', [], [], ['a', 'b', 'c', 'd']],
      [
        'a proposed for this ceremony: still in its list',
        [{ memberId: 'a', milestone: 30, ceremonyDate: ceremony }],
        [],
        ['a', 'b', 'c', 'd']
      ],
      [
        'b proposed for another ceremony: not proposed twice',
        [{ memberId: 'b', milestone: 30, ceremonyDate: '2026-11-07' }],
        [],
        ['a', 'c', 'd']
      ],
      [
        'c awarded 30 years before Sổ Chi bộ (history): not proposed again',
        [],
        [event('c', 'badge', '2026-11-07', { milestone: 30 })],
        ['a', 'b', 'd']
      ],
      [
        'd awarded at this ceremony (the decision writes a badge event): still in its list',
        [{ memberId: 'd', milestone: 30, ceremonyDate: ceremony }],
        [event('d', 'badge', ceremony, { milestone: 30, id: `badge:${ceremony}:d` })],
        ['a', 'b', 'c', 'd']
      ]
    ]
  )('%s', (_l, recorded, events, ids) => {
    expect(list(recorded, events)).toEqual(ids)
  })
})

describe('a date the member import stood in for (the file gave none) is verified, never taken as the real day', () => {
  // Imported on 10/06/2026 with "Từ trần" and no date: the import dates the death that day, with a note.
  const imported = importRows(
    [
      {
        rowNumber: 5,
        values: {
          fullName: 'Trần Văn Bốn',
          gender: 'Nam',
          cellName: 'Chi bộ 1',
          admissionDate: '01/08/1996',
          status: 'Từ trần'
        }
      }
    ],
    {
      today: '2026-06-10',
      existingMembers: [],
      cells: [cell('c1', { name: 'Chi bộ 1' })],
      createMissingCells: false,
      newId: () => 'n',
      now: 'now'
    }
  ).rows[0]

  it('a death dated the import day: the posthumous candidate is flagged, with the reason on Khen thưởng', () => {
    const death = imported.events.find((e) => e.type === 'death')!
    expect(death.date).toBe('2026-06-10')
    // 30 years on 01/08/2026, within 12 months of the stand-in death: posthumous 30 if that day were real.
    const c = badgeCandidate(
      { member: imported.member, events: imported.events, awarded: new Set() },
      '2026-09-02'
    )!
    expect(c.early).toBe('posthumous')
    expect(c.needsVerification).toBe(true)
    expect(c.verifyReason).toContain(
      'Cần xác minh ngày từ trần: tệp Excel không ghi, đã ghi theo ngày nhập 10/06/2026'
    )
    expect(earlyNote(c)).toBe(`Truy tặng; ${c.verifyReason}`)
  })

  it('a death recorded with its own day is not flagged', () => {
    const c = badgeCandidate(
      {
        member: imported.member,
        events: imported.events.map((e) => (e.type === 'death' ? { ...e, note: undefined } : e)),
        awarded: new Set()
      },
      '2026-09-02'
    )!
    expect(c.needsVerification).toBe(false)
    expect(c.verifyReason).toBeUndefined()
  })

  it('a removal dated the import day, then a readmission: party age less a gap that may start earlier', () => {
    const c = badgeCandidate(
      {
        member: member('m', { admissionDate: '1990-01-01' }),
        events: [
          ev('admission', '1990-01-01'),
          {
            ...ev('removal', '2020-03-01'),
            note: 'Nhập từ Excel: trạng thái "Đã xóa tên" trong danh sách, chưa rõ ngày — ghi theo ngày nhập.'
          },
          ev('readmission', '2021-03-01')
        ],
        awarded: new Set([30])
      },
      '2031-02-03'
    )!
    expect(c.milestone).toBe(40)
    expect(c.needsVerification).toBe(true)
    expect(c.verifyReason).toContain('Cần xác minh ngày xóa tên')
  })
})

describe('a re-admitted member on probation is not considered yet (Điều lệ Đảng Điều 5; QĐ 24-QĐ/TW 2021 điểm 4.5: "Đảng viên kết nạp lại được công nhận chính thức thì tuổi đảng tính từ ngày … kết nạp lần đầu"; QĐ 294-QĐ/TW 2025 điểm 3.5.1: dự bị như người vào Đảng lần đầu)', () => {
  // Admitted 01/01/1981, lost contact 01/01/2021 (40 years reached that day, never awarded),
  // readmitted 01/03/2025: on probation until 01/03/2026.
  const history = [
    ev('admission', '1981-01-01'),
    ev('lostContact', '2021-01-01'),
    ev('readmission', '2025-03-01')
  ]
  const candidate = (ceremony: string, events: MemberEvent[] = history) =>
    badgeCandidate(
      {
        member: member('m', { admissionDate: '1981-01-01', officialDate: '1982-01-01' }),
        events,
        awarded: new Set([30])
      },
      ceremony
    )

  it('ceremony 07/11/2025, still on probation: listed apart, held until the probation ends', () => {
    const c = candidate('2025-11-07')
    expect(c?.milestone).toBe(40)
    expect(c?.heldBack?.until).toBe('2026-03-01')
    expect(c?.heldBack?.reason).toMatch(/dự bị/)
  })
  it('ceremony 19/05/2026, recognised official on 01/03/2026: considered (40 years, the gap subtracted)', () => {
    const c = candidate('2026-05-19', [...history, ev('official', '2026-03-01')])
    expect(c?.milestone).toBe(40)
    expect(c?.heldBack).toBeNull()
  })
  it('a member admitted once and long official is not held', () => {
    const c = badgeCandidate(
      { member: member('m', { admissionDate: '1995-11-07' }), events: [], awarded: new Set() },
      '2025-11-07'
    )
    expect(c?.heldBack).toBeNull()
  })
})

describe("a member's proposal or decision at a ceremony keeps his candidate at its milestone", () => {
  const ceremony = '2026-02-03'
  // Admitted 03/02/1957, nothing awarded: 65 years on 03/02/2022 (reached), 70 on 03/02/2027 (within
  // the 24 months of an early award when seriously ill).
  const admissionDate = '1957-02-03'
  const candidatesOf = (
    recorded: { memberId: string; milestone: number; ceremonyDate: string }[],
    ill: boolean,
    events: MemberEvent[] = []
  ) =>
    ceremonyCandidates({
      members: [member('m', { admissionDate })],
      eventsByMember: new Map([['m', [ev('admission', admissionDate), ...events]]]),
      events,
      recorded,
      seriouslyIll: new Set(ill ? ['m'] : []),
      ceremony,
      hold: DEFAULT_BADGE_HOLD
    })
  const shown = (list: ReturnType<typeof candidatesOf>) => list.map((c) => [c.memberId, c.milestone, c.early])
  const at = (milestone: number) => [{ memberId: 'm', milestone, ceremonyDate: ceremony }]

  it('nothing recorded: 65 when not ill, early 70 when ill', () => {
    expect(shown(candidatesOf([], false))).toEqual([['m', 65, null]])
    expect(shown(candidatesOf([], true))).toEqual([['m', 70, 'illness']])
  })

  it('proposed 65 at this ceremony, then marked ill: still 65 (its proposal shown), never 70 beside it', () => {
    expect(shown(candidatesOf(at(65), true))).toEqual([['m', 65, null]])
  })

  it('awarded 65 at this ceremony, then marked ill: the decision stays in the list', () => {
    const events = [event('m', 'badge', ceremony, { milestone: 65, id: `badge:${ceremony}:m:65` })]
    expect(shown(candidatesOf(at(65), true, events))).toEqual([['m', 65, null]])
  })

  it('proposed early at 70 while ill: 70, early', () => {
    expect(shown(candidatesOf(at(70), true))).toEqual([['m', 70, 'illness']])
  })

  it('proposed early at 70, then the mark taken off: still 70 (never 65 beside it), flagged to look at again', () => {
    const list = candidatesOf(at(70), false)
    expect(shown(list)).toEqual([['m', 70, null]])
    expect(list[0].needsVerification).toBe(true)
    expect(list[0].verifyReason).toBe(
      'Đã ghi đề nghị Huy hiệu 70 năm ở đợt này nhưng nay chưa đủ tuổi Đảng (kể cả tặng sớm): cần xem lại'
    )
  })
})

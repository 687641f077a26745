// Chuyển sinh hoạt tạm thời: "Đảng viên sinh hoạt đảng tạm thời không tính vào đảng số của tổ chức
// đảng nơi sinh hoạt tạm thời" (QĐ 232-QĐ/TW 2025, tiểu mục 6.3.2; QĐ 24-QĐ/TW 2021 before it). A
// member of the ward away for a while stays in its đảng số and its review, off its meeting rolls; a
// member of another đảng bộ here for a while attends a cell's meetings and is in none of the ward's
// figures. Each rule below is checked where the app applies it: the state, the roll, the review, the
// period statistics and the movement list.
import { describe, expect, it } from 'vitest'
import type { MemberEvent } from './entities'
import { guestStaysOn, memberStateOn, stayEndedOn, stayEndedText, stayText } from './memberState'
import { rollOn } from './meetings/roll'
import { reviewSubject } from './reviews/eligibility'
import { memberMovements } from './reports/movements'
import { memberStatistics } from './reports/memberStatistics'
import { BUILT_IN_PROFILES, paramsOf } from './rules/profiles'
import { decided, event, member } from '../testing/reviewFactories'
import { countedReviews } from './reviews/countedReviews'
import { officialSplit, visitingText } from './overview/totals'

const HOME = member('home', { fullName: 'Nguyễn Văn An', admissionDate: '2000-01-01', cellId: 'c1' })
/** Of another đảng bộ: the ward knows him only from his temporary transfer in. */
const GUEST = member('guest', { fullName: 'Trần Văn Bình', admissionDate: '1995-05-05', cellId: 'c1' })

const awayMar: MemberEvent = event('home', 'transferOut', '2026-03-01', {
  transferKind: 'temporary',
  endDate: '2026-08-31',
  place: 'Đảng bộ phường Hà Đông'
})
const guestIn: MemberEvent = event('guest', 'transferIn', '2026-03-01', {
  transferKind: 'temporary',
  endDate: '2026-12-31',
  cellId: 'c1'
})

/** What the member form records for a new member with a known admission date. */
const admittedElsewhere: MemberEvent = event('guest', 'admission', '1995-05-05', { cellId: 'c1' })

describe('memberStateOn: a temporary stay does not move the đảng số (QĐ 232-QĐ/TW 2025, 6.3.2)', () => {
  it.each([
    // [case, member, events, date, inWard, away, visiting, status]
    ['before going away', HOME, [awayMar], '2026-02-28', true, false, false, 'official'],
    [
      'away: still in the đảng số, off the rolls',
      HOME,
      [awayMar],
      '2026-05-01',
      true,
      true,
      false,
      'official'
    ],
    ['the last day of the stay', HOME, [awayMar], '2026-08-31', true, true, false, 'official'],
    ['back after its "đến ngày"', HOME, [awayMar], '2026-09-01', true, false, false, 'official'],
    [
      'back early: a transfer in before the "đến ngày"',
      HOME,
      [awayMar, event('home', 'transferIn', '2026-06-15', { transferKind: 'temporary' })],
      '2026-06-20',
      true,
      false,
      false,
      'official'
    ],
    [
      'a stay with no "đến ngày" lasts until the transfer back',
      HOME,
      [{ ...awayMar, endDate: null }],
      '2027-06-01',
      true,
      true,
      false,
      'official'
    ],
    [
      'a "đến ngày" known by its year only runs to 31/12, never to 1 January',
      HOME,
      [{ ...awayMar, endDate: '2026' }],
      '2026-12-31',
      true,
      true,
      false,
      'official'
    ],
    [
      'a permanent transfer out still takes the member off the đảng số',
      HOME,
      [event('home', 'transferOut', '2026-03-01')],
      '2026-05-01',
      false,
      false,
      false,
      'transferredOut'
    ],
    ['a guest before his stay', GUEST, [guestIn], '2026-02-28', false, false, false, 'official'],
    [
      'a guest during his stay: on a roll, in no figure',
      GUEST,
      [guestIn],
      '2026-05-01',
      false,
      false,
      true,
      'official'
    ],
    ['a guest after his "đến ngày"', GUEST, [guestIn], '2027-01-01', false, false, false, 'transferredOut'],
    [
      'a guest who leaves before it',
      GUEST,
      [guestIn, event('guest', 'transferOut', '2026-06-30')],
      '2026-07-01',
      false,
      false,
      false,
      'transferredOut'
    ],
    // The member form and the import record a new member's admission from his card: a guest
    // registered that way ("thêm hồ sơ, rồi Chuyển sinh hoạt đến, Tạm thời") was admitted elsewhere.
    [
      'a guest whose admission the form recorded, during his stay',
      GUEST,
      [admittedElsewhere, guestIn],
      '2026-05-01',
      false,
      false,
      true,
      'official'
    ],
    [
      'the same guest before his stay: a party member, not the ward’s',
      GUEST,
      [admittedElsewhere, guestIn],
      '2026-02-28',
      false,
      false,
      false,
      'official'
    ],
    [
      'the same guest after his "đến ngày"',
      GUEST,
      [admittedElsewhere, guestIn],
      '2027-01-01',
      false,
      false,
      false,
      'transferredOut'
    ],
    [
      'a member of the ward back from a stay elsewhere is not a guest',
      HOME,
      [
        event('home', 'admission', '2000-01-01', { cellId: 'c1' }),
        awayMar,
        event('home', 'transferIn', '2026-06-15', { transferKind: 'temporary' })
      ],
      '2026-06-20',
      true,
      false,
      false,
      'official'
    ],
    [
      'a guest whose sinh hoạt moves here for good',
      GUEST,
      [guestIn, event('guest', 'transferIn', '2026-06-01', { cellId: 'c2' })],
      '2026-07-01',
      true,
      false,
      false,
      'official'
    ]
  ] as const)('%s', (_, who, events, date, inWard, away, visiting, status) => {
    const s = memberStateOn(who, events as readonly MemberEvent[], date)
    expect({ inWard: s.inWard, away: s.away, visiting: s.visiting, status: s.status }).toEqual({
      inWard,
      away,
      visiting,
      status
    })
  })
})

describe('where the rule applies', () => {
  const eventsOf = (id: string) => (id === 'home' ? [awayMar] : id === 'guest' ? [guestIn] : [])

  it('the meeting roll: the member away attends elsewhere, the guest attends here', () => {
    const roll = rollOn([HOME, GUEST], eventsOf, 'c1', '2026-05-05')
    expect(roll.expected.map((e) => e.fullName)).toEqual(['Trần Văn Bình'])
    // Back after his "đến ngày" (31/08), beside the guest, still here until 31/12.
    expect(rollOn([HOME, GUEST], eventsOf, 'c1', '2026-09-05').expected.map((e) => e.fullName)).toEqual([
      'Nguyễn Văn An',
      'Trần Văn Bình'
    ])
    expect(rollOn([HOME, GUEST], eventsOf, 'c1', '2027-01-05').expected.map((e) => e.fullName)).toEqual([
      'Nguyễn Văn An'
    ])
  })

  it('the review: the member away is rated by the ward; the guest is rated at home, not listed here', () => {
    const params = paramsOf(BUILT_IN_PROFILES[0])
    expect(reviewSubject(HOME, eventsOf('home'), 2026, '2026-05-01', params)).toMatchObject({
      eligible: true,
      inWard: true
    })
    expect(reviewSubject(GUEST, eventsOf('guest'), 2026, '2026-12-15', params)).toBeNull()
    // Gone home before the review: still not the ward's to list.
    const left = [guestIn, event('guest', 'transferOut', '2026-06-30')]
    expect(reviewSubject(GUEST, left, 2026, '2026-12-15', params)).toBeNull()
  })

  it('Thống kê đảng viên of a quarter: neither stay is a gain or a loss, and start + gains − losses = end', () => {
    const events = new Map([
      ['home', [awayMar]],
      ['guest', [guestIn]]
    ])
    const s = memberStatistics([HOME, GUEST], events, '2026-01-01', '2026-03-31')
    expect({ start: s.start, end: s.end }).toEqual({ start: 1, end: 1 })
    expect(s.counts.transferredIn + s.counts.transferredOut).toBe(0)
    expect({ in: s.counts.temporaryIn, out: s.counts.temporaryOut }).toEqual({ in: 1, out: 1 })
  })

  it('Danh sách biến động lists the stays apart, and a return says so', () => {
    const back = event('home', 'transferIn', '2026-06-15', { transferKind: 'temporary' })
    const moves = memberMovements(HOME, [awayMar, back], '2026-01-01', '2026-12-31')
    expect(moves.map((m) => [m.kind, m.date])).toEqual([
      ['temporaryOut', '2026-03-01'],
      ['temporaryIn', '2026-06-15']
    ])
    expect(moves[1].note).toMatch(/^Trở về sau thời gian sinh hoạt tạm thời nơi khác/)
    expect(memberMovements(GUEST, [guestIn], '2026-01-01', '2026-12-31').map((m) => m.kind)).toEqual([
      'temporaryIn'
    ])
  })
})

it('the member page says what a stay means beside the status', () => {
  expect(stayText(memberStateOn(HOME, [awayMar], '2026-05-01'))).toBe(
    'đang sinh hoạt tạm thời nơi khác, vẫn tính vào đảng số của Đảng bộ'
  )
  expect(stayText(memberStateOn(GUEST, [guestIn], '2026-05-01'))).toBe(
    'sinh hoạt tạm thời tại Đảng bộ, không tính vào đảng số'
  )
  expect(stayText(memberStateOn(HOME, [awayMar], '2026-09-01'))).toBe('')
})

it('Tổng quan: a guest is on the ward’s lists but named apart from its đảng số', () => {
  const split = officialSplit(
    [HOME, GUEST],
    new Map([
      ['home', [awayMar]],
      ['guest', [guestIn]]
    ]),
    '2026-05-01'
  )
  expect(split.visiting).toBe(1)
  expect(visitingText(split.visiting)).toBe('trong đó 1 sinh hoạt tạm thời, không tính vào đảng số')
  expect(visitingText(0)).toBe('')
})

it('the rating charts do not count a rating kept on a guest (countedReviews, as the review)', () => {
  const params = paramsOf(BUILT_IN_PROFILES[0])
  const counted = countedReviews(
    [decided(2026, 'guest', 'good'), decided(2026, 'home', 'good')],
    new Map([
      ['guest', GUEST],
      ['home', HOME]
    ]),
    new Map([
      ['guest', [guestIn]],
      ['home', [awayMar]]
    ]),
    () => ({ asOfDate: '2026-12-15', params })
  )
  expect(counted.map((r) => r.memberId)).toEqual(['home'])
})

it.each([
  // [case, guest's events, date, guestStaysOn]
  [
    'during the stay: the guest, staying (null); the member away is still the ward’s',
    [guestIn],
    '2026-05-01',
    [['guest', null]]
  ],
  [
    'over, the leaving not recorded: the stay’s last day, still not the ward’s own',
    [{ ...guestIn, endDate: '2026-06-30' }],
    '2026-07-01',
    [['guest', '2026-06-30']]
  ],
  [
    'over and the leaving recorded: no longer a guest',
    [
      { ...guestIn, endDate: '2026-06-30' },
      event('guest', 'transferOut', '2026-07-02', { transferKind: 'temporary' })
    ],
    '2026-07-05',
    []
  ],
  ['before he came: nobody', [guestIn], '2026-02-01', []]
])('guestStaysOn: %s', (_case, guestEvents, date, stays) => {
  const events = new Map<string, MemberEvent[]>([
    ['home', [awayMar]],
    ['guest', guestEvents as MemberEvent[]]
  ])
  expect([...guestStaysOn([HOME, GUEST], events, date)]).toEqual(stays)
})

describe('a guest whose "đến ngày" is over and whose leaving is not recorded (stayEndedOn)', () => {
  const shortStay = { ...guestIn, endDate: '2026-06-30' }
  it.each([
    // [case, events, date, ended]
    ['during the stay: not over', [shortStay], '2026-06-30', null],
    ['the day after its last day: over since 30/06', [shortStay], '2026-07-01', '2026-06-30'],
    ['a stay known only by its year runs to 31/12', [{ ...guestIn, endDate: '2026' }], '2026-12-31', null],
    [
      'his leaving recorded: nothing to say',
      [shortStay, event('guest', 'transferOut', '2026-07-02', { transferKind: 'temporary' })],
      '2026-08-01',
      null
    ],
    [
      'a stay with no "đến ngày" never ends by itself',
      [{ ...guestIn, endDate: undefined }],
      '2027-06-01',
      null
    ]
  ] as const)('%s', (_case, events, date, ended) => {
    expect(stayEndedOn(GUEST, events, date)).toBe(ended)
  })

  it('the ward’s own member back from his stay elsewhere is not a guest whose stay ended', () => {
    expect(stayEndedOn(HOME, [awayMar], '2026-12-01')).toBeNull()
  })

  it('Tổng quan keeps him with the guests, never in the đảng số, and says to record his leaving', () => {
    const split = officialSplit([HOME, GUEST], new Map([['guest', [shortStay]]]), '2026-07-01')
    expect(split).toMatchObject({ visiting: 1, staysEnded: 1 })
    expect(visitingText(split.visiting, split.staysEnded)).toBe(
      'trong đó 1 sinh hoạt tạm thời (1 đã hết hạn, cần ghi chuyển đi), không tính vào đảng số'
    )
    expect(stayEndedText('2026-06-30')).toContain('30/06/2026')
    expect(stayEndedText('2026-06-30')).toContain('"Chuyển sinh hoạt đi"')
  })
})

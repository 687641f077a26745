import { describe, expect, it } from 'vitest'
import type { MemberEvent } from '../entities'
import { BUILT_IN_PROFILES, paramsOf } from '../rules/profiles'
import {
  longestSickLeaveMonths,
  notRatedRulesText,
  reviewSubject,
  sickDaysInYear,
  sickLeaveReaches
} from './eligibility'
import { event, member } from '@renderer/testing/reviewFactories'

const params = paramsOf(BUILT_IN_PROFILES[0])
const AS_OF = '2025-12-15'

describe('who is reviewed in 2025 and why not (HD 43-HD/BTCTW 2025; docs/design.md §6 "Not rated")', () => {
  it.each<
    [
      string,
      Partial<Parameters<typeof member>[1]>,
      (id: string) => MemberEvent[],
      boolean,
      string | null,
      string
    ]
  >([
    ['an official member is reviewed', {}, () => [], true, null, ''],
    [
      'admitted 01/07/2025 (< 6 months before 15/12): not rated',
      { admissionDate: '2025-07-01', officialDate: null },
      (id) => [event(id, 'admission', '2025-07-01', { cellId: 'c1' })],
      false,
      'probationShort',
      'Kết nạp chưa đủ 6 tháng (kết nạp 01/07/2025)'
    ],
    [
      'admitted 15/06/2025 (exactly 6 months): reviewed',
      { admissionDate: '2025-06-15', officialDate: null },
      (id) => [event(id, 'admission', '2025-06-15', { cellId: 'c1' })],
      true,
      null,
      ''
    ],
    [
      'exempt from activities: not rated',
      {},
      (id) => [event(id, 'exemption', '2024-03-01')],
      false,
      'exempt',
      'Miễn công tác và sinh hoạt đảng'
    ],
    [
      'exemption ended in the year: reviewed',
      {},
      (id) => [event(id, 'exemption', '2024-03-01'), event(id, 'exemptionEnd', '2025-02-01')],
      true,
      null,
      ''
    ],
    [
      'suspended: not rated',
      {},
      (id) => [event(id, 'suspension', '2025-09-01')],
      false,
      'suspended',
      'Đình chỉ sinh hoạt'
    ],
    [
      'transferred out in the year: listed, not rated',
      {},
      (id) => [event(id, 'transferOut', '2025-05-01', { transferKind: 'permanent' })],
      false,
      'transferredOut',
      'Đã chuyển sinh hoạt đi'
    ],
    [
      'died in the year: listed, not rated',
      {},
      (id) => [event(id, 'death', '2025-04-01')],
      false,
      'notActive',
      'Không còn sinh hoạt (Từ trần)'
    ]
  ])('%s', (_label, over, events, eligible, reason, text) => {
    const m = member('m1', over)
    const s = reviewSubject(m, events('m1'), 2025, AS_OF, params)
    expect(s).not.toBeNull()
    expect(s!.eligible).toBe(eligible)
    expect(s!.reason).toBe(reason)
    expect(s!.reasonText).toBe(text)
  })

  it.each<[string, (id: string) => MemberEvent[], Partial<Parameters<typeof member>[1]>]>([
    ['transferred out the year before', (id) => [event(id, 'transferOut', '2024-06-01')], {}],
    [
      'admitted after the as-of date',
      (id) => [event(id, 'admission', '2025-12-20', { cellId: 'c1' })],
      { admissionDate: '2025-12-20' }
    ]
  ])('not listed at all: %s', (_l, events, over) => {
    expect(reviewSubject(member('m1', over), events('m1'), 2025, AS_OF, params)).toBeNull()
  })

  it('the not-rated rules are profile parameters: a copy that rates exempt members', () => {
    const s = reviewSubject(member('m1'), [event('m1', 'exemption', '2024-03-01')], 2025, AS_OF, {
      ...params,
      notRatedExempt: false
    })
    expect(s!.eligible).toBe(true)
  })

  it('the review cell is the cell on the as-of date (cellChange in the year)', () => {
    const s = reviewSubject(
      member('m1', { cellId: 'c1' }),
      [event('m1', 'cellChange', '2025-08-01', { cellId: 'c2' })],
      2025,
      AS_OF,
      params
    )
    expect(s!.cellId).toBe('c2')
  })

  it('discipline events dated in the year are collected (one violation counts once)', () => {
    const s = reviewSubject(
      member('m1'),
      [
        event('m1', 'discipline', '2024-12-30'),
        event('m1', 'discipline', '2025-03-01', { disciplineLevel: 'reprimand' })
      ],
      2025,
      AS_OF,
      params
    )
    expect(s!.disciplines.map((d) => d.date)).toEqual(['2025-03-01'])
  })
})

describe('6 months from admission at a month’s end: counted forward from the admission, as probation’s 12 months are', () => {
  // "Kết nạp chưa đủ 6 tháng": the months run from the admission day; a month without the matching
  // day ends on its last day (31/05 + 6 months = 30/11; BLDS 2015 Điều 148), as probation's
  // 12 months are counted (members/probation.ts).
  it.each<[string, string, string, boolean]>([
    ['admitted 31/05, as of 30/11: 6 months are full', '2026-05-31', '2026-11-30', true],
    ['admitted 31/05, as of 29/11: a day short', '2026-05-31', '2026-11-29', false],
    ['admitted 30/05, as of 30/11: 6 months', '2026-05-30', '2026-11-30', true],
    ['admitted 31/08/2025, as of 28/02/2026: 6 months are full', '2025-08-31', '2026-02-28', true],
    ['admitted 29/08/2025, as of 28/02/2026: 6 months (no 29 February)', '2025-08-29', '2026-02-28', true],
    ['admitted 15/06, as of 14/12: a day short', '2026-06-15', '2026-12-14', false],
    ['admitted 15/06, as of 15/12: exactly 6 months', '2026-06-15', '2026-12-15', true]
  ])('%s', (_l, admitted, asOf, rated) => {
    const s = reviewSubject(
      member('m', { admissionDate: admitted, officialDate: null }),
      [event('m', 'admission', admitted, { cellId: 'c1' })],
      Number(asOf.slice(0, 4)),
      asOf,
      params
    )!
    expect(s.eligible).toBe(rated)
    expect(s.reason).toBe(rated ? null : 'probationShort')
  })
})

/** A sick leave of member m from `from` to `to` (open without it). */
const sick = (from: string, to?: string) => event('m', 'sickLeave', from, to ? { endDate: to } : {})

/** The days off sick in 2025, the longest leave in calendar months, and whether they reach 3 months. */
function expectSickLeave(events: MemberEvent[], days: number, months: number, reaches: boolean) {
  const d = sickDaysInYear(events, 2025, AS_OF)
  const longest = longestSickLeaveMonths(events, 2025, AS_OF)
  expect(d).toBe(days)
  expect(longest).toBe(months)
  expect(sickLeaveReaches(d, 3, 2025, longest)).toBe(reaches)
}

describe('sick leave in the year (HD 43: nghỉ ốm từ 3 tháng → không quá HTNV)', () => {
  it.each<[string, MemberEvent[], number, boolean]>([
    ['01/03–31/05 = 92 days', [sick('2025-03-01', '2025-05-31')], 92, true],
    [
      '01/03–29/05 = 90 days: exactly 3 months from 1 Jan (90 days)',
      [sick('2025-03-01', '2025-05-29')],
      90,
      true
    ],
    ['01/03–28/05 = 89 days', [sick('2025-03-01', '2025-05-28')], 89, false],
    [
      'two leaves add up: 45 + 46 days',
      [sick('2025-01-01', '2025-02-14'), sick('2025-10-01', '2025-11-15')],
      91,
      true
    ],
    ['leave from the previous year counts from 1 Jan', [sick('2024-11-01', '2025-01-10')], 10, false],
    ['open leave runs to the as-of date', [sick('2025-10-01')], 76, false]
  ])('%s', (_l, events, days, reaches) => {
    const d = sickDaysInYear(events, 2025, AS_OF)
    expect(d).toBe(days)
    expect(sickLeaveReaches(d, 3, 2025)).toBe(reaches)
  })
})

describe('one sick leave of 3 calendar months reaches 3 months, however short the months (nghỉ ốm từ 3 tháng trở lên trong năm)', () => {
  it.each<[string, MemberEvent[], number, number, boolean]>([
    ['01/02–30/04: 89 days, but February to April', [sick('2025-02-01', '2025-04-30')], 89, 3, true],
    ['01/09–30/11: 91 days', [sick('2025-09-01', '2025-11-30')], 91, 3, true],
    ['01/02–29/04: a day short of 3 months', [sick('2025-02-01', '2025-04-29')], 88, 2, false],
    ['15/01–14/04: from mid-month', [sick('2025-01-15', '2025-04-14')], 90, 3, true],
    ['01/11/2024–31/01/2025: only January is in the year', [sick('2024-11-01', '2025-01-31')], 31, 1, false],
    ['open from 15/09: runs to the as-of date 15/12', [sick('2025-09-15')], 92, 3, true]
  ])('%s', (_l, events, days, months, reaches) => {
    expectSickLeave(events, days, months, reaches)
  })

  it('the review subject carries it, so the cap applies to 01/02–30/04', () => {
    const s = reviewSubject(member('m'), [sick('2025-02-01', '2025-04-30')], 2025, AS_OF, params)!
    expect(s.sickLeaveDays).toBe(89)
    expect(s.sickLeaveLongestMonths).toBe(3)
  })
})

describe('a day of sick leave counts once, however many records cover it, and a leave without a break is one leave (nghỉ ốm từ 3 tháng trở lên trong năm)', () => {
  // The rule counts days off sick in the year; a leave recorded again, or extended by a second record
  // that starts before the first ends, is the same days, not more of them. A record starting the day
  // after another ends continues it: off sick without a break is one leave of calendar months.
  it.each<[string, MemberEvent[], number, number, boolean]>([
    [
      'the same leave recorded twice, 01/03–15/04 (46 days)',
      [sick('2025-03-01', '2025-04-15'), sick('2025-03-01', '2025-04-15')],
      46,
      1,
      false
    ],
    [
      'an extension recorded from 01/04 over a leave 01/03–15/04: 01/03–20/04 (51 days)',
      [sick('2025-03-01', '2025-04-15'), sick('2025-04-01', '2025-04-20')],
      51,
      1,
      false
    ],
    [
      'overlapping records making one leave 01/02–30/04: 3 calendar months',
      [sick('2025-02-01', '2025-03-31'), sick('2025-03-15', '2025-04-30')],
      89,
      3,
      true
    ],
    [
      '01/02–28/02 then 01/03–30/04: one leave of 3 calendar months, though 89 days',
      [sick('2025-02-01', '2025-02-28'), sick('2025-03-01', '2025-04-30')],
      89,
      3,
      true
    ],
    [
      'the same two records in the other order: the same leave',
      [sick('2025-03-01', '2025-04-30'), sick('2025-02-01', '2025-02-28')],
      89,
      3,
      true
    ],
    [
      'a day back at work between them (01/03): two leaves, 28 + 60 days',
      [sick('2025-02-01', '2025-02-28'), sick('2025-03-02', '2025-04-30')],
      88,
      1,
      false
    ],
    [
      'separate leaves still add up: 45 + 46 days',
      [sick('2025-01-01', '2025-02-14'), sick('2025-10-01', '2025-11-15')],
      91,
      1,
      true
    ]
  ])('%s', (_l, events, days, months, reaches) => {
    expectSickLeave(events, days, months, reaches)
  })
})

describe('who the year’s rules leave unrated, in words (a rules profile may change them)', () => {
  const qd366 = paramsOf(BUILT_IN_PROFILES[0])
  it.each<[string, Partial<typeof qd366>, string]>([
    [
      'QĐ 366 as built in',
      {},
      'miễn sinh hoạt, đình chỉ sinh hoạt, kết nạp chưa đủ 6 tháng, chuyển sinh hoạt đi…'
    ],
    [
      'a province counting 12 months',
      { notRatedAdmittedMonths: 12 },
      'miễn sinh hoạt, đình chỉ sinh hoạt, kết nạp chưa đủ 12 tháng, chuyển sinh hoạt đi…'
    ],
    [
      'exempt members rated, no admission rule',
      { notRatedExempt: false, notRatedAdmittedMonths: 0 },
      'đình chỉ sinh hoạt, chuyển sinh hoạt đi…'
    ]
  ])('%s', (_l, change, text) => {
    expect(notRatedRulesText({ ...qd366, ...change })).toBe(text)
  })
})

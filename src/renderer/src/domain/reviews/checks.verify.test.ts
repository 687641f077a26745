// Checks that ask the clerk to verify a record the year's review reads: a state recorded "đến ngày"
// that has passed without its end event, a date known only by its year.
import { describe, expect, it } from 'vitest'
import type { MemberEvent } from '../entities'
import { BUILT_IN_PROFILES, paramsOf } from '../rules/profiles'
import { checkMember, type CheckContext } from './checks'
import { reviewSubject } from './eligibility'
import { event, member, review } from '@renderer/testing/reviewFactories'

const profile = BUILT_IN_PROFILES[0]
const params = paramsOf(profile)
const ctx: CheckContext = { params, sources: profile.sources, cellName: (id) => `Chi bộ ${id}` }
const AS_OF = '2025-12-15'

const subjectOf = (events: MemberEvent[], over: Parameters<typeof member>[1] = {}) =>
  reviewSubject(member('m', { fullName: 'Nguyễn Văn A', ...over }), events, 2025, AS_OF, params)!

describe('miễn / đình chỉ sinh hoạt "đến ngày" passed without its end event: the member stays unrated — say so', () => {
  it('exempt 01/01/2025 to 31/03/2025, no “Thôi miễn sinh hoạt” → the check names the rule and what to record', () => {
    const s = subjectOf([event('m', 'exemption', '2025-01-01', { endDate: '2025-03-31' })])
    expect(s.reason).toBe('exempt')
    const checks = checkMember(s, undefined, ctx).filter((c) => c.rule === 'pastEndDate')
    expect(checks).toHaveLength(1)
    expect(checks[0].message).toBe(
      'Nguyễn Văn A: miễn sinh hoạt đến 31/03/2025 nhưng chưa ghi “Thôi miễn sinh hoạt” — nếu đã sinh hoạt trở lại, ghi sự kiện đó để được đánh giá, xếp loại.'
    )
    expect(checks[0].ruleText).toContain('Miễn công tác và sinh hoạt đảng → không xếp loại')
    expect(checks[0].memberId).toBe('m')
  })

  it('suspended to 30/06/2025, no “Hết đình chỉ sinh hoạt” → the same check, with the suspension’s words', () => {
    const s = subjectOf([event('m', 'suspension', '2025-02-01', { endDate: '2025-06-30' })])
    const [c] = checkMember(s, undefined, ctx).filter((x) => x.rule === 'pastEndDate')
    expect(c.message).toBe(
      'Nguyễn Văn A: đình chỉ sinh hoạt đến 30/06/2025 nhưng chưa ghi “Hết đình chỉ sinh hoạt” — nếu đã sinh hoạt trở lại, ghi sự kiện đó để được đánh giá, xếp loại.'
    )
  })

  it.each<[string, MemberEvent[]]>([
    ['no end date', [event('m', 'exemption', '2025-01-01')]],
    [
      'end date on or after the as-of date',
      [event('m', 'exemption', '2025-01-01', { endDate: '2025-12-15' })]
    ],
    [
      'the end recorded after the as-of date (the clerk knows it ran longer)',
      [
        event('m', 'exemption', '2025-01-01', { endDate: '2025-03-31' }),
        event('m', 'exemptionEnd', '2026-01-10')
      ]
    ],
    [
      'an earlier exemption ended by its date, the one in force has none',
      [
        event('m', 'exemption', '2023-01-01', { endDate: '2023-03-31' }),
        event('m', 'exemptionEnd', '2023-04-01'),
        event('m', 'exemption', '2025-05-01')
      ]
    ]
  ])('no check: %s', (_l, events) => {
    const s = subjectOf(events)
    expect(s.reason).toBe('exempt')
    expect(checkMember(s, undefined, ctx).map((c) => c.rule)).not.toContain('pastEndDate')
  })

  it('ended by its event: rated, no check', () => {
    const s = subjectOf([
      event('m', 'exemption', '2025-01-01', { endDate: '2025-03-31' }),
      event('m', 'exemptionEnd', '2025-04-01')
    ])
    expect(s.eligible).toBe(true)
    expect(checkMember(s, review(2025, 'm'), ctx).map((c) => c.rule)).not.toContain('pastEndDate')
  })
})

describe('an admission known only by its year keeps that precision (never 1 January): asked to verify when it decides', () => {
  it('admitted "2025", reviewed as of 15/12/2025: may be under 6 months → check, naming the latest day that is enough', () => {
    const s = subjectOf([], { admissionDate: '2025', officialDate: null })
    const checks = checkMember(s, undefined, ctx).filter((c) => c.rule === 'admissionYearOnly')
    expect(checks).toHaveLength(1)
    expect(checks[0].message).toBe(
      'Nguyễn Văn A: kết nạp năm 2025, chưa rõ ngày — chỉ đủ 6 tháng nếu kết nạp từ 15/06/2025 trở về trước; ghi ngày kết nạp để biết có thuộc diện đánh giá, xếp loại hay không.'
    )
    expect(checks[0].ruleText).toContain('Kết nạp chưa đủ 6 tháng → không đánh giá, xếp loại')
  })

  it.each<[string, Parameters<typeof member>[1], MemberEvent[]]>([
    [
      'admitted "2024": 6 months by 15/12/2025 whatever the day',
      { admissionDate: '2024', officialDate: null },
      []
    ],
    ['admitted on a known day', { admissionDate: '2025-03-01', officialDate: null }, []],
    [
      'admitted "2025" but exempt: not rated anyway',
      { admissionDate: '2025', officialDate: null },
      [event('m', 'exemption', '2025-11-01')]
    ]
  ])('no check: %s', (_l, over, events) => {
    expect(checkMember(subjectOf(events, over), undefined, ctx).map((c) => c.rule)).not.toContain(
      'admissionYearOnly'
    )
  })
})

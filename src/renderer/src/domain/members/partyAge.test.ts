import { describe, expect, it } from 'vitest'
import type { MemberEvent } from '../entities'
import { milestoneDate, partyAgeOn, partyAgesOn, partyTimeline, partyYearsOn } from './partyAge'
import { event, member } from '@renderer/testing/reviewFactories'

/** An event of member 'm', the one member most cases here are about. */
const ev = (type: MemberEvent['type'], date: string) => event('m', type, date)

describe('party age with gaps (HD 01-HD/TW 2021 mục 18: from first admission, minus the gaps)', () => {
  it.each<[string, MemberEvent[], number, string | null]>([
    ['no gap: 30 years from 03/02/1996', [ev('admission', '1996-02-03')], 30, '2026-02-03'],
    [
      'removed 01/01/2000, readmitted 01/01/2002 (730 days): 30 years on 03/02/2028',
      [ev('admission', '1996-02-03'), ev('removal', '2000-01-01'), ev('readmission', '2002-01-01')],
      30,
      '2028-02-04'
    ],
    [
      'lost contact for 1 year then readmitted',
      [ev('admission', '1986-05-19'), ev('lostContact', '1990-05-19'), ev('readmission', '1991-05-19')],
      40,
      '2027-05-19'
    ],
    [
      'still out of the Party: no milestone',
      [ev('admission', '1980-01-01'), ev('expulsion', '1990-01-01')],
      40,
      null
    ],
    [
      'a gap after the milestone does not delay it',
      [ev('admission', '1960-01-01'), ev('leaving', '1995-01-01'), ev('readmission', '1996-01-01')],
      30,
      '1990-01-01'
    ]
  ])('%s', (_l, events, milestone, expected) => {
    const t = partyTimeline(member('m', { admissionDate: null }), events)
    expect(milestoneDate(t, milestone)).toBe(expected)
  })

  it('counts from the FIRST admission for a re-admitted member (record shows the readmission date)', () => {
    const t = partyTimeline(member('m', { admissionDate: '2002-01-01' }), [
      ev('admission', '1996-02-03'),
      ev('removal', '2000-01-01'),
      ev('readmission', '2002-01-01')
    ])
    expect(t.firstAdmission).toBe('1996-02-03')
    expect(partyYearsOn(t, '2026-02-03')).toBe(28)
  })
})

describe('dates known only by year (docs/design.md §6: never an invented 1 January)', () => {
  it('the same admission recorded by year and by day: the day wins', () => {
    const t = partyTimeline(member('m', { admissionDate: '1996' }), [ev('admission', '1996-05-19')])
    expect(t.firstAdmissionRecorded).toBe('1996-05-19')
    expect(t.yearOnly).toBe(false)
  })

  it('a gap known only by year makes the milestone year-only too', () => {
    const t = partyTimeline(member('m', { admissionDate: '1990-03-01' }), [
      ev('removal', '2000'),
      ev('readmission', '2003-05-01')
    ])
    expect(t.yearOnly).toBe(true)
  })
})

describe('party age on a day, the one count every list uses (HD 01-HD/TW 2021 mục 18)', () => {
  it.each<[string, string | null, MemberEvent[], number | null]>([
    ['admitted 03/02/1996, no gap: 30 years on 03/02/2026', '1996-02-03', [], 30],
    ['one day short of 30 years', '1996-02-04', [], 29],
    [
      're-admitted: the record shows 01/06/2003, the first admission 03/02/1990 and a 3-year gap count',
      '2003-06-01',
      [ev('admission', '1990-02-03'), ev('removal', '2000-06-01'), ev('readmission', '2003-06-01')],
      33
    ],
    [
      'expelled 01/06/2020 and still out: 30 years and 5 months in the Party, the years after do not count',
      '1990-01-01',
      [ev('expulsion', '2020-06-01')],
      30
    ],
    ['no admission recorded: unknown', null, [], null]
  ])('%s', (_l, admissionDate, events, years) => {
    expect(partyAgeOn(member('m', { admissionDate }), events, '2026-02-03')).toBe(years)
  })

  it('counts a whole list at once, each member with their own history, leaving out the unknown', () => {
    const a = member('a', { admissionDate: '2003-06-01' })
    const b = member('b', { admissionDate: '2003-06-01' })
    const c = member('c', { admissionDate: null })
    const history = new Map([
      [
        'a',
        [
          event('a', 'admission', '1990-02-03'),
          event('a', 'removal', '2000-06-01'),
          event('a', 'readmission', '2003-06-01')
        ]
      ]
    ])
    expect(partyAgesOn([a, b, c], history, '2026-02-03')).toEqual(
      new Map([
        ['a', 33],
        ['b', 22]
      ])
    )
  })
})

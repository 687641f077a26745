import type { Member, MemberEvent } from './entities'
import { eventsFollowingRecord } from './memberRecord'
import { event } from '@renderer/testing/reviewFactories'

// The record's admission and official dates and the decision events of the timeline are the same
// decisions: a correction of the one must not leave the other on the typo.
describe('the decision events a corrected record date carries along', () => {
  type Dates = Pick<Member, 'admissionDate' | 'officialDate'>
  const record: Dates = { admissionDate: '2020-03-10', officialDate: '2021-03-10' }
  const adm = event('m', 'admission', '2020-03-10', { id: 'adm' })
  const off = event('m', 'official', '2021-03-10', { id: 'off' })
  const re = event('m', 'readmission', '2020-03-10', { id: 're' })
  it.each<[string, Dates | undefined, Dates, MemberEvent[], [string, string][]]>([
    [
      'admission corrected: its event moves',
      record,
      { admissionDate: '2019-03-10' },
      [adm, off],
      [['adm', '2019-03-10']]
    ],
    [
      'official corrected: its event moves',
      record,
      { officialDate: '2021-04-10' },
      [adm, off],
      [['off', '2021-04-10']]
    ],
    [
      'both corrected: both move',
      record,
      { admissionDate: '2019-03-10', officialDate: '2020-03-10' },
      [adm, off],
      [
        ['adm', '2019-03-10'],
        ['off', '2020-03-10']
      ]
    ],
    [
      'a year only becomes a day: the event takes the day',
      { ...record, admissionDate: '2020' },
      { admissionDate: '2020-03-10' },
      [{ ...adm, date: '2020' }],
      [['adm', '2020-03-10']]
    ],
    ['nothing changed', record, {}, [adm, off], []],
    ['the date cleared from the record: the event stays', record, { admissionDate: null }, [adm], []],
    [
      'no event on the old date (an earlier admission elsewhere): nothing moves',
      record,
      { admissionDate: '2019-03-10' },
      [{ ...adm, date: '1990-01-01' }],
      []
    ],
    ['a readmission on that date is another decision', record, { admissionDate: '2019-03-10' }, [re], []],
    [
      'two admissions on the old date: neither is guessed at',
      record,
      { admissionDate: '2019-03-10' },
      [adm, { ...adm, id: 'adm2' }],
      []
    ],
    ['a new member: nothing to carry', undefined, { admissionDate: '2019-03-10' }, [adm], []]
  ])('%s', (_l, before, change, events, moved) => {
    const after = { ...record, ...change }
    expect(eventsFollowingRecord(before, after, events).map((e) => [e.id, e.date])).toEqual(moved)
  })
})

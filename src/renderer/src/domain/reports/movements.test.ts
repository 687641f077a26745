// A movement known only by its year, in a quarter or half-year: counted where the member's state puts
// it (the period holding 1 January) so the statistics balance, and named in the row's note — never
// silently dated 1 January.
import { describe, expect, it } from 'vitest'
import { event, member } from '@renderer/testing/reviewFactories'
import { groupEventsByMember } from '../reviews/eligibility'
import { memberMovements, movementsByKind } from './movements'
import { memberStatistics } from './memberStatistics'

const members = [
  member('record', { admissionDate: '2026', officialDate: null }),
  member('event', { admissionDate: null, officialDate: null }),
  member('known', { admissionDate: '2026-02-10', officialDate: null })
]
const events = [event('event', 'admission', '2026'), event('known', 'admission', '2026-02-10')]
const byMember = groupEventsByMember(events)

describe('year-only movements in a sub-year period (quý, 6 tháng)', () => {
  it('quý I 2026: admitted "2026" is counted with a note asking for the day; a known day has none', () => {
    const admitted = movementsByKind(members, byMember, '2026-01-01', '2026-03-31').admitted
    const note = (id: string) => admitted.find((m) => m.memberId === id)!.note
    expect(note('record')).toBe(
      'Chỉ biết năm 2026, chưa rõ ngày: tạm tính vào kỳ có ngày 01/01/2026, cần xác minh'
    )
    expect(note('event')).toBe(note('record'))
    expect(note('known')).toBe('')
  })

  it('start + gains − losses = end holds in every quarter, and the year-only ones are counted once', () => {
    const quarters = [
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2026-10-01', '2026-12-31']
    ]
    const admittedPerQuarter = quarters.map(([from, to]) => {
      const s = memberStatistics(members, byMember, from, to)
      expect(s.unexplained).toBe(0)
      return s.counts.admitted
    })
    expect(admittedPerQuarter).toEqual([3, 0, 0, 0])
  })

  it('the whole year: no note, the year is all that is asked', () => {
    expect(memberMovements(members[0], [], '2026-01-01', '2026-12-31')[0].note).toBe('')
  })
})

// A movement known only by its year, in a quarter or half-year: counted where the member's state puts
// it (the period holding 1 January) so the statistics balance, and named in the row's note — never
// silently dated 1 January.
import { describe, expect, it } from 'vitest'
import type { MemberEvent } from '../entities'
import { event, member } from '@renderer/testing/reviewFactories'
import { groupEventsByMember } from '../reviews/eligibility'
import { MOVEMENT_LABELS, memberMovements, movementsByKind } from './movements'
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

// QĐ 232-QĐ/TW 2025, 6.3.2: a member sinh hoạt tạm thời is not in the đảng số where he stays; and a
// member transferred in was admitted (and made official) in the đảng bộ he came from. Only what
// happens while a member is the ward's is its gain, loss or official decision (docs/design.md §6).
describe('what happened elsewhere is not the ward’s movement', () => {
  const came = (kind: 'temporary' | 'permanent', date: string, cellId = 'c1') =>
    event('x', 'transferIn', date, {
      transferKind: kind,
      cellId,
      endDate: kind === 'temporary' ? '2026-12-31' : null
    })
  const x = member('x', { admissionDate: '2010-05-05', officialDate: '2011-05-05' })
  it.each([
    // [case, events, the movements of 2026 (kind, date)]
    [
      'transferred in for good, his admission from his card (the form records it): one transfer in, from August',
      [event('x', 'admission', '2010-05-05', { cellId: 'c1' }), came('permanent', '2026-08-01')],
      [['transferredIn', '2026-08-01']]
    ],
    [
      'a guest admitted at home in February, here from May: nothing of the ward’s but his coming, listed apart',
      [event('x', 'admission', '2026-02-10', { cellId: 'c1' }), came('temporary', '2026-05-01')],
      [['temporaryIn', '2026-05-01']]
    ],
    [
      'a guest made official at home while here: not the ward’s official decision',
      [
        event('x', 'admission', '2025-05-05', { cellId: 'c1' }),
        came('temporary', '2026-01-10'),
        event('x', 'official', '2026-05-05')
      ],
      [['temporaryIn', '2026-01-10']]
    ],
    [
      'a member transferred in for good made official here after: the ward’s decision',
      [
        event('x', 'admission', '2025-12-01', { cellId: 'c1' }),
        came('permanent', '2026-02-01'),
        event('x', 'official', '2026-12-01')
      ],
      [
        ['transferredIn', '2026-02-01'],
        ['official', '2026-12-01']
      ]
    ]
  ])('%s', (_case, events, expected) => {
    const moves = memberMovements(x, events as MemberEvent[], '2026-01-01', '2026-12-31')
    expect(moves.map((m) => [m.kind, m.date])).toEqual(expected)
  })

  it('the year’s statistics balance with such a member: start + gains − losses = end', () => {
    const events = [event('x', 'admission', '2010-05-05', { cellId: 'c1' }), came('permanent', '2026-08-01')]
    const s = memberStatistics([x], groupEventsByMember(events), '2026-01-01', '2026-12-31')
    expect([s.start, s.end, s.counts.transferredIn, s.unexplained]).toEqual([0, 1, 1, 0])
    const q1 = memberStatistics([x], groupEventsByMember(events), '2026-01-01', '2026-03-31')
    expect([q1.start, q1.end]).toEqual([0, 0])
  })

  it('a guest going home is listed as the end of his stay, never as "still in the đảng số"', () => {
    const events = [
      event('x', 'admission', '2010-05-05', { cellId: 'c1' }),
      came('temporary', '2026-03-01'),
      event('x', 'transferOut', '2026-09-01', { transferKind: 'permanent' })
    ]
    const out = memberMovements(x, events, '2026-01-01', '2026-12-31').find((m) => m.date === '2026-09-01')!
    expect(out.kind).toBe('temporaryOut')
    expect(MOVEMENT_LABELS.temporaryOut).not.toMatch(/vẫn tính vào đảng số/)
    expect(out.note).toMatch(/^Hết sinh hoạt tạm thời tại Đảng bộ, trở về nơi sinh hoạt chính thức/)
  })

  it('an admission known only from the record is listed in the cell he was admitted into, not today’s', () => {
    const moved = member('y', { admissionDate: '2026-03-01', officialDate: null, cellId: 'B' })
    const events = [event('y', 'cellChange', '2026-09-01', { fromCellId: 'A', cellId: 'B' })]
    const admitted = memberMovements(moved, events, '2026-01-01', '2026-12-31').filter(
      (m) => m.kind === 'admitted'
    )
    expect(admitted.map((m) => m.cellId)).toEqual(['A'])
  })
})

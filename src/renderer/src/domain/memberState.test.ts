import { describe, expect, it } from 'vitest'
import type { MemberEvent, MemberEventType } from './entities'
import { memberStateOn } from './memberState'

let n = 0
const ev = (type: MemberEventType, date: string, extra: Partial<MemberEvent> = {}): MemberEvent => ({
  id: `e${++n}`,
  memberId: 'm1',
  type,
  date,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra
})
const member = { admissionDate: '2020-03-10', officialDate: '2021-03-10', cellId: 'c1' }

describe('memberStateOn — the current state derived from dated life events', () => {
  it.each([
    // [date, events, expected status, inWard, cellId]
    ['2020-03-09', [ev('admission', '2020-03-10', { cellId: 'c1' })], 'probationary', false, 'c1'],
    ['2020-03-10', [ev('admission', '2020-03-10', { cellId: 'c1' })], 'probationary', true, 'c1'],
    ['2021-03-10', [ev('admission', '2020-03-10'), ev('official', '2021-03-10')], 'official', true, 'c1'],
    ['2022-01-01', [ev('admission', '2020-03-10'), ev('exemption', '2021-06-01')], 'exempt', true, 'c1'],
    [
      '2022-01-01',
      [ev('admission', '2020-03-10'), ev('exemption', '2021-06-01'), ev('exemptionEnd', '2021-12-01')],
      'official',
      true,
      'c1'
    ],
    [
      '2022-01-01',
      [ev('admission', '2020-03-10'), ev('transferOut', '2021-06-01')],
      'transferredOut',
      false,
      'c1'
    ],
    [
      '2022-01-01',
      [ev('transferIn', '2021-06-01', { cellId: 'c2' }), ev('cellChange', '2021-09-01', { cellId: 'c3' })],
      'official',
      true,
      'c3'
    ],
    ['2021-05-31', [ev('transferIn', '2021-06-01', { cellId: 'c2' })], 'official', false, 'c1'],
    ['2024-01-01', [ev('admission', '2020-03-10'), ev('death', '2023-12-31')], 'deceased', false, 'c1'],
    ['2024-01-01', [ev('admission', '2020-03-10'), ev('removal', '2023-05-01')], 'removed', false, 'c1'],
    ['2024-01-01', [ev('admission', '2020-03-10'), ev('suspension', '2023-05-01')], 'suspended', true, 'c1']
  ])('on %s → %s', (date, events, status, inWard, cellId) => {
    const s = memberStateOn(member, events as MemberEvent[], date as string)
    expect(s.status).toBe(status)
    expect(s.inWard).toBe(inWard)
    expect(s.cellId).toBe(cellId)
  })

  it('treats a record without entry events as a member since its admission date (old records)', () => {
    expect(memberStateOn(member, [], '2020-01-01').isMember).toBe(false)
    expect(memberStateOn(member, [], '2020-06-01').status).toBe('probationary')
    expect(memberStateOn(member, [], '2021-06-01').status).toBe('official')
  })

  it('restarts probation on re-admission', () => {
    const events = [
      ev('admission', '2010-01-01'),
      ev('removal', '2015-01-01'),
      ev('readmission', '2020-03-10')
    ]
    const s = memberStateOn(
      { admissionDate: '2010-01-01', officialDate: '2011-01-01', cellId: 'c1' },
      events,
      '2020-06-01'
    )
    expect(s.status).toBe('probationary')
    expect(s.inWard).toBe(true)
  })
})

describe('the cell before a recorded move (a merge records the cell it left)', () => {
  const old = { admissionDate: null, officialDate: '2001-01-01', cellId: 'B' }
  const moved = [ev('cellChange', '2026-07-01', { cellId: 'B', fromCellId: 'A' })]
  it.each([
    ['before the move: the cell it left', '2026-03-03', 'A'],
    ['on the day of the move: the new one', '2026-07-01', 'B'],
    ['after it', '2026-09-01', 'B']
  ])('%s', (_, date, cellId) => {
    expect(memberStateOn(old, moved, date).cellId).toBe(cellId)
  })
})

import { describe, expect, it } from 'vitest'
import type { MemberEvent } from '../entities'
import { eventsByMember } from '../meetings/roll'
import { periodRoll } from './periodRoll'
import { member } from '@renderer/testing/roundtripBooks'

const ev = (
  memberId: string,
  type: MemberEvent['type'],
  date: string,
  extra: Partial<MemberEvent> = {}
): MemberEvent => ({
  id: `${memberId}-${type}-${date}`,
  memberId,
  type,
  date,
  createdAt: 'x',
  ...extra
})
const Q1 = { kind: 'quarter' as const, year: 2026, index: 1 }

describe('the roll of a period: everyone on the cell’s roll on some day of it (docs/design.md §6, Meetings)', () => {
  const members = [
    member('stay', 'Nguyễn Văn An'),
    member('in', 'Trần Văn Bình', 'c2'),
    member('out', 'Lê Văn Cường', 'c2'),
    member('exempt', 'Phạm Văn Dũng'),
    member('back', 'Võ Văn Em'),
    member('later', 'Đỗ Văn Giang', 'c2')
  ]
  const events = [
    ev('in', 'cellChange', '2026-02-10', { cellId: 'c1', fromCellId: 'c2' }),
    ev('out', 'cellChange', '2026-03-01', { cellId: 'c2', fromCellId: 'c1' }),
    ev('out', 'admission', '2000-01-01', { cellId: 'c1' }),
    ev('exempt', 'exemption', '2025-05-01'),
    ev('back', 'exemption', '2025-05-01'),
    ev('back', 'exemptionEnd', '2026-03-20'),
    ev('later', 'cellChange', '2026-04-02', { cellId: 'c1', fromCellId: 'c2' })
  ]
  const roll = periodRoll(members, eventsByMember(events), 'c1', Q1)

  it('expects those who stayed, joined or left during the period, and one exempt only part of it', () => {
    expect(roll.expected.map((e) => e.memberId).sort()).toEqual(['back', 'in', 'out', 'stay'])
  })
  it('lists apart the member exempt for the whole period; leaves out one who joins after it', () => {
    expect(roll.apart.map((e) => [e.memberId, e.apart])).toEqual([['exempt', 'exempt']])
  })
})

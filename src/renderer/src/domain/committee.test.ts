import { describe, expect, it } from 'vitest'
import { roleOn, seatHolderName } from './committee'

describe('a committee seat names its holder, and says when he has left the ward', () => {
  it.each([
    [
      'a member on the lists: his name',
      { fullName: 'Lê Văn An', status: 'official', active: 1 },
      'Lê Văn An'
    ],
    [
      'a member who died: his name, what happened, what to do',
      { fullName: 'Lê Văn An', status: 'deceased', active: 0 },
      'Lê Văn An (từ trần — cập nhật chi ủy)'
    ],
    [
      'a member moved away',
      { fullName: 'Lê Văn An', status: 'transferredOut', active: 0 },
      'Lê Văn An (đã chuyển đi — cập nhật chi ủy)'
    ],
    ['no member (a seat not filled in)', undefined, '']
  ] as const)('%s', (_case, member, name) => {
    expect(seatHolderName(member)).toBe(name)
  })
})

describe('roleOn: the seat a member held on a day (from and to inclusive)', () => {
  const cell = {
    committee: [
      { memberId: 'a', role: 'secretary' as const, from: '2020-01-01', to: '2025-06-30' },
      { memberId: 'b', role: 'deputySecretary' as const, from: '2020-01-01' },
      { memberId: 'a', role: 'committeeMember' as const, from: '2025-07-01' }
    ]
  }
  it.each([
    ['a', '2025-06-30', 'secretary'],
    ['a', '2025-07-01', 'committeeMember'],
    ['b', '2026-02-03', 'deputySecretary'],
    ['b', '2019-12-31', null],
    ['c', '2026-02-03', null]
  ])('%s on %s → %s', (memberId, date, role) => {
    expect(roleOn(cell, memberId, date)).toBe(role)
  })
})

describe('a seat ends when its cell closes, though the clerk never closed it (the closing day is the first the cell no longer exists)', () => {
  const merged = {
    closedOn: '2026-07-01',
    committee: [{ memberId: 'a', role: 'secretary' as const, from: '2020-01-01' }]
  }
  it.each([
    ['the day before the merge: still its secretary', '2026-06-30', 'secretary'],
    ['the day of the merge: no seat', '2026-07-01', null],
    ['at the year-end review: no seat', '2026-12-31', null]
  ])('%s', (_l, date, role) => {
    expect(roleOn(merged, 'a', date)).toBe(role)
  })
})

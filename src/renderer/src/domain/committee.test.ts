import { describe, expect, it } from 'vitest'
import { seatHolderName } from './committee'

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

import { describe, expect, it } from 'vitest'
import { decisionSavedMessage, illTags } from './honoursTable'
import { member } from '@renderer/testing/factories'

describe('the seriously ill tags name every member marked, never an internal id (docs/design.md §7: nothing internal shown)', () => {
  const members = [
    member('m-1', { fullName: 'Trần Văn An' }),
    member('m-2', { fullName: 'Lê Thị Bình', status: 'deceased', active: 0 }),
    member('m-3', { fullName: 'Phạm Văn Cường', status: 'transferredOut', active: 0 })
  ]
  it.each<[string, string, string]>([
    ['an active member: the name', 'm-1', 'Trần Văn An'],
    ['a member who has since died: the name and the status', 'm-2', 'Lê Thị Bình (từ trần)'],
    ['a member transferred out: the name and the status', 'm-3', 'Phạm Văn Cường (đã chuyển đi)'],
    ['a record deleted since: said so', 'gone', 'Đảng viên không còn trong sổ']
  ])('%s', (_l, id, name) => {
    expect(illTags([id], members)).toEqual([{ id, name }])
  })
})

describe('the message after a decision is recorded says where it shows', () => {
  it.each<[string, Parameters<typeof decisionSavedMessage>[0], string]>([
    [
      "a member's commendation: on his timeline",
      { kind: 'commendation', c: { subject: 'member', name: 'Trần Văn An' } },
      'Đã ghi quyết định; quyết định hiện trong quá trình của đảng viên.'
    ],
    [
      "a cell's commendation: in the list (a cell has no timeline)",
      { kind: 'commendation', c: { subject: 'cell', name: 'Chi bộ Khu phố 1' } },
      'Đã ghi quyết định khen thưởng Chi bộ Khu phố 1; quyết định hiện ở cột Trạng thái của danh sách.'
    ],
    [
      'a badge: on the member’s timeline',
      { kind: 'badge' },
      'Đã ghi quyết định; quyết định hiện trong quá trình của đảng viên.'
    ],
    [
      'an earlier ceremony’s badge: on the member’s timeline',
      { kind: 'pending' },
      'Đã ghi quyết định; quyết định hiện trong quá trình của đảng viên.'
    ]
  ])('%s', (_l, decision, message) => {
    expect(decisionSavedMessage(decision)).toBe(message)
  })
})

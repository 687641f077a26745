import { describe, expect, it } from 'vitest'
import { illTags } from './honoursTable'
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

import { describe, expect, it } from 'vitest'
import { guestTag } from './guestTag'

describe('the member list’s tag for a guest (QĐ 232-QĐ/TW 2025, 6.3.2: not in the đảng số)', () => {
  it.each([
    ['staying', null, 'Tạm thời', /^Sinh hoạt tạm thời tại Đảng bộ, không tính vào đảng số/],
    [
      'stay over, leaving not recorded',
      '2026-06-30',
      'Hết hạn tạm thời',
      /hết thời hạn sinh hoạt tạm thời ngày 30\/06\/2026.*Chuyển sinh hoạt đi/
    ]
  ])('%s', (_case, ended, text, title) => {
    const tag = guestTag(ended)
    expect(tag.text).toBe(text)
    expect(tag.title).toMatch(title)
  })
})

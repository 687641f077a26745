import { describe, expect, it } from 'vitest'
import { daysSince, lastOffPcText } from './backupStatus'

// The reminder in the shell and the Sao lưu page say the same thing about the last backup off the PC.
describe('the last backup off the PC', () => {
  const now = new Date(2026, 11, 2, 9, 0)

  it.each([
    [new Date(2026, 11, 2, 6, 37), 0, '02/12/2026 06:37 (hôm nay)'],
    [new Date(2026, 11, 1, 23, 59), 1, '01/12/2026 23:59 (1 ngày trước)'],
    [new Date(2026, 10, 24, 8, 0), 8, '24/11/2026 08:00 (8 ngày trước)']
  ])('at %s: %i days, "%s"', (at, days, text) => {
    expect(daysSince(at.toISOString(), now)).toBe(days)
    expect(lastOffPcText(at.toISOString(), now)).toBe(text)
  })

  it('never: no days, "chưa có"', () => {
    expect(daysSince(null, now)).toBeNull()
    expect(lastOffPcText(null, now)).toBe('chưa có')
  })
})

import { describe, expect, it } from 'vitest'
import { posthumousInTime } from './posthumous'

// HD 01-HD/TW 2021 mục 18: a member who dies may receive the badge posthumously (truy tặng) at a
// ceremony in the 12 months after the death.
describe('truy tặng Huy hiệu Đảng: in the 12 months after the death', () => {
  it.each([
    ['the day of the death', '2024-03-10', '2024-03-10', true],
    ['the next 3/2 ceremony', '2024-03-10', '2025-02-03', true],
    ['the last day before 12 months are full', '2024-03-10', '2025-03-09', true],
    ['12 months to the day: too late', '2024-03-10', '2025-03-10', false],
    ['before the death: not posthumous', '2024-03-10', '2024-02-03', false],
    ['a death known by its year, an award the next year: may fit', '2024', '2025-02-03', true],
    ['a death known by its year, an award two years on: too late', '2024', '2026-02-03', false]
  ])('%s (died %s, awarded %s) → %s', (_, died, awardedOn, expected) => {
    expect(posthumousInTime(died, awardedOn)).toBe(expected)
  })
})

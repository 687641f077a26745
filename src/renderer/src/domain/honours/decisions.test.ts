import { describe, expect, it } from 'vitest'
import { decisionDateProblem, honourChangedSince } from './decisions'
import type { Badge } from '../entities'

describe('a decision date that can be (recorded once issued; a commendation of year N decided from year N on)', () => {
  const today = '2026-12-02'
  it.each<[string, string, number | null, RegExp | null]>([
    ['today', '2026-12-02', null, null],
    ['tomorrow', '2026-12-03', null, /sau ngày hôm nay \(02\/12\/2026\)/],
    [
      'a badge decision of the 3/2/2027 ceremony dated on the ceremony, still to come',
      '2027-02-03',
      null,
      /sau ngày hôm nay/
    ],
    [
      'a commendation of 2026 decided on 20/12/2026 — but that is after today',
      '2026-12-20',
      2026,
      /sau ngày hôm nay/
    ],
    ['a commendation of 2025 decided on 15/01/2026', '2026-01-15', 2025, null],
    ['a commendation of 2025 decided on 30/12/2024', '2024-12-30', 2025, /trước năm 2025/],
    ['31/02 is no day', '2026-02-31', null, /không phải ngày hợp lệ/],
    ['a bare year is no decision date', '2026', null, /không phải ngày hợp lệ/]
  ])('%s', (_l, date, year, problem) => {
    const said = decisionDateProblem(date, today, year)
    if (problem) expect(said).toMatch(problem)
    else expect(said).toBeNull()
  })
})

describe('whether the stored proposal or decision is still the one a window saw', () => {
  const proposed: Badge = {
    id: 'b',
    memberId: 'a',
    milestone: 30,
    ceremonyDate: '2026-02-03',
    status: 'proposed'
  }
  const decided: Badge = {
    ...proposed,
    status: 'awarded',
    decisionNumber: '1-QĐ/TU',
    awardedOn: '2026-01-20'
  }
  it.each<[string, Badge | undefined, Badge | null, boolean]>([
    ['nothing stored, nothing seen', undefined, null, false],
    ['proposed by another window since', proposed, null, true],
    ['decided by another window since', decided, proposed, true],
    ['another decision number since', { ...decided, decisionNumber: '2-QĐ/TU' }, decided, true],
    ['withdrawn by another window since', undefined, proposed, true],
    ['as seen', decided, { ...decided }, false]
  ])('%s → %s', (_l, stored, seen, changed) => expect(honourChangedSince(stored, seen)).toBe(changed))
})

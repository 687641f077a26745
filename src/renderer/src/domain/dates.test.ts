import { describe, expect, it } from 'vitest'
import {
  addMonths,
  daysBetween,
  formatDate,
  formatDateTime,
  fullYearsBetween,
  parseIsoDate,
  parseTypedDate
} from './dates'

describe('parseTypedDate — what a clerk types (docs/design.md §4: accept d/m/yyyy)', () => {
  it.each([
    ['3/2/1930', '1930-02-03'],
    ['03/02/1930', '1930-02-03'],
    ['3-2-1930', '1930-02-03'],
    ['3.2.1930', '1930-02-03'],
    ['1930-02-03', '1930-02-03'],
    [' 29/02/2024 ', '2024-02-29'],
    ['1975', '1975'],
    ['31/02/2020', null],
    ['29/02/2023', null],
    ['0/1/2000', null],
    ['12/13/2000', null],
    ['hôm qua', null],
    ['', null]
  ])('%s → %s', (text, expected) => {
    expect(parseTypedDate(text)).toBe(expected)
  })
})

describe('stored dates', () => {
  it('shows ISO dates as dd/mm/yyyy and bare years as the year', () => {
    expect(formatDate('2026-11-07')).toBe('07/11/2026')
    expect(formatDate('1968')).toBe('1968')
    expect(formatDate(null)).toBe('')
  })
  it('reads a bare year as 1 January', () => {
    expect(parseIsoDate('1968')).toEqual({ year: 1968, month: 1, day: 1 })
    expect(parseIsoDate('2020-02-31')).toBeNull()
  })
  it('adds months clamping to the end of the month (probation: 12 months)', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28')
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15')
  })
  it('counts completed years and days', () => {
    expect(fullYearsBetween('2000-05-20', '2018-05-19')).toBe(17)
    expect(fullYearsBetween('2000-05-20', '2018-05-20')).toBe(18)
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59)
  })
})

describe('a moment as the clerk reads it (audit log, backups, checks)', () => {
  // Local time, the day as dd/mm/yyyy with a four-digit year: the browser's own vi-VN short style
  // wrote "05:36 2/12/26" on the backup screens.
  it.each([
    [new Date(2026, 10, 21, 10, 30), '21/11/2026 10:30'],
    [new Date(2026, 0, 2, 5, 6), '02/01/2026 05:06'],
    [new Date(2026, 11, 31, 23, 59), '31/12/2026 23:59']
  ])('%s → %s', (at, text) => {
    expect(formatDateTime(at)).toBe(text)
    expect(formatDateTime(at.toISOString())).toBe(text)
  })

  it('a text that is not a moment is shown as it is', () => {
    expect(formatDateTime('không rõ')).toBe('không rõ')
  })
})

import { describe, expect, it } from 'vitest'
import { addMonths, daysBetween, formatDate, fullYearsBetween, parseIsoDate, parseTypedDate } from './dates'

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

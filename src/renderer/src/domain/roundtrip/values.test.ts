import { describe, expect, it } from 'vitest'
import {
  isBlank,
  isErrorValue,
  parseDateValue,
  parseMark,
  parseMeetingType,
  parseScore,
  parseTime,
  type Parsed,
  type SheetValue
} from './values'

describe('what a secretary types into a cell book', () => {
  it.each<[string, (v: SheetValue) => Parsed<unknown>, SheetValue, unknown]>([
    ['mark', parseMark, 'C', 'present'],
    ['mark', parseMark, 'c', 'present'],
    ['mark', parseMark, 'x', 'present'],
    ['mark', parseMark, 'Có mặt', 'present'],
    ['mark', parseMark, 'P', 'excused'],
    ['mark', parseMark, 'vắng có lý do', 'excused'],
    ['mark', parseMark, 'K', 'unexcused'],
    ['mark', parseMark, 'vang khong ly do', 'unexcused'],
    ['meeting type', parseMeetingType, 'Thường kỳ', 'regular'],
    ['meeting type', parseMeetingType, 'chuyen de', 'thematic'],
    ['meeting type', parseMeetingType, 'Thường kỳ kết hợp chuyên đề', 'combined'],
    ['meeting type', parseMeetingType, 'Kết hợp', 'combined'],
    ['meeting type', parseMeetingType, 'Bất thường', 'extraordinary'],
    ['time', parseTime, '8:00', '08:00'],
    ['time', parseTime, '8h', '08:00'],
    ['time', parseTime, '8h30', '08:30'],
    ['time', parseTime, '19.45', '19:45'],
    ['time', parseTime, 0.8125, '19:30'],
    ['time', parseTime, new Date(Date.UTC(1899, 11, 30, 7, 15)), '07:15'],
    ['date', parseDateValue, new Date(Date.UTC(2026, 2, 15)), '2026-03-15'],
    ['date', parseDateValue, '15/03/2026', '2026-03-15'],
    ['date', parseDateValue, '2026-03-15', '2026-03-15']
  ])('%s %j → %s', (_kind, parse, input, value) => {
    expect(parse(input)).toEqual({ ok: true, value })
  })

  it('refuses other marks with the codes in the message', () => {
    expect(parseMark('V')).toEqual({ ok: false, message: '“V” không phải mã điểm danh (C, P hoặc K)' })
  })

  it.each<[string, (v: SheetValue) => Parsed<unknown>, SheetValue]>([
    ['time', parseTime, '25:00'],
    ['time', parseTime, '8:75'],
    ['time', parseTime, 'sáng'],
    ['date', parseDateValue, '31/02/2026'],
    ['date', parseDateValue, '2026'],
    ['date', parseDateValue, 'mai']
  ])('refuses the %s %j', (_kind, parse, input) => {
    expect(parse(input).ok).toBe(false)
  })

  it('scores from 0 to 100, a decimal comma accepted (QĐ 366-QĐ/TW 2025)', () => {
    expect(parseScore('85,5')).toEqual({ ok: true, value: 85.5 })
    expect(parseScore(0)).toEqual({ ok: true, value: 0 })
    expect(parseScore(100.5).ok).toBe(false)
    expect(parseScore('tốt').ok).toBe(false)
  })

  it('blank and Excel error values are no value', () => {
    expect(isBlank(null)).toBe(true)
    expect(isBlank('  ')).toBe(true)
    expect(isBlank(0)).toBe(false)
    for (const e of ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', ' #NAME? ']) expect(isErrorValue(e)).toBe(true)
    expect(isErrorValue('#1')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import {
  isBlank,
  isErrorValue,
  parseDateValue,
  parseMark,
  parseMeetingType,
  parseScore,
  parseTime
} from './values'

describe('what a secretary types into a cell book', () => {
  it.each([
    ['C', 'present'],
    ['c', 'present'],
    ['x', 'present'],
    ['Có mặt', 'present'],
    ['P', 'excused'],
    ['vắng có lý do', 'excused'],
    ['K', 'unexcused'],
    ['vang khong ly do', 'unexcused']
  ])('mark %j → %s', (text, status) => {
    expect(parseMark(text)).toEqual({ ok: true, value: status })
  })
  it('refuses other marks with the codes in the message', () => {
    expect(parseMark('V')).toEqual({ ok: false, message: '“V” không phải mã điểm danh (C, P hoặc K)' })
  })

  it.each([
    ['Thường kỳ', 'regular'],
    ['chuyen de', 'thematic'],
    ['Thường kỳ kết hợp chuyên đề', 'combined'],
    ['Kết hợp', 'combined'],
    ['Bất thường', 'extraordinary']
  ])('meeting type %j → %s', (text, type) => {
    expect(parseMeetingType(text)).toEqual({ ok: true, value: type })
  })

  it.each([
    ['8:00', '08:00'],
    ['8h', '08:00'],
    ['8h30', '08:30'],
    ['19.45', '19:45'],
    [0.8125, '19:30'],
    [new Date(Date.UTC(1899, 11, 30, 7, 15)), '07:15']
  ])('time %j → %s', (v, t) => {
    expect(parseTime(v)).toEqual({ ok: true, value: t })
  })
  it.each(['25:00', '8:75', 'sáng'])('refuses the time %j', (v) => {
    expect(parseTime(v).ok).toBe(false)
  })

  it.each([
    [new Date(Date.UTC(2026, 2, 15)), '2026-03-15'],
    ['15/03/2026', '2026-03-15'],
    ['2026-03-15', '2026-03-15']
  ])('date %j → %s', (v, d) => {
    expect(parseDateValue(v)).toEqual({ ok: true, value: d })
  })
  it.each(['31/02/2026', '2026', 'mai'])('refuses the date %j', (v) => {
    expect(parseDateValue(v).ok).toBe(false)
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

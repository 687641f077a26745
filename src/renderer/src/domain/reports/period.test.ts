import { describe, expect, it } from 'vitest'
import { notBegunNote, periodRange, periodsOfYear, rangeUpTo } from './period'

// The Ban Tổ chức's statistics are yearly and half-yearly; meetings are counted by quarter
// (HD 42-HD/BTCTW 2025: a thematic meeting each quarter).
describe('report periods: year, half-year, quarter', () => {
  it.each([
    [{ kind: 'year', year: 2026 }, '2026-01-01', '2026-12-31', 'năm 2026'],
    [{ kind: 'half', year: 2026, index: 1 }, '2026-01-01', '2026-06-30', '6 tháng đầu năm 2026'],
    [{ kind: 'half', year: 2026, index: 2 }, '2026-07-01', '2026-12-31', '6 tháng cuối năm 2026'],
    [{ kind: 'quarter', year: 2024, index: 1 }, '2024-01-01', '2024-03-31', 'quý I năm 2024'],
    [{ kind: 'quarter', year: 2026, index: 2 }, '2026-04-01', '2026-06-30', 'quý II năm 2026'],
    [{ kind: 'quarter', year: 2026, index: 3 }, '2026-07-01', '2026-09-30', 'quý III năm 2026'],
    [{ kind: 'quarter', year: 2026, index: 4 }, '2026-10-01', '2026-12-31', 'quý IV năm 2026']
  ] as const)('%o runs from %s to %s and is called "%s"', (p, from, to, label) => {
    expect(periodRange(p)).toMatchObject({ from, to, label })
  })

  it('a heading starts with a capital', () => {
    expect(periodRange({ kind: 'quarter', year: 2026, index: 3 }).heading).toBe('Quý III năm 2026')
  })

  it('a quarter 5 does not exist', () => {
    expect(() => periodRange({ kind: 'quarter', year: 2026, index: 5 })).toThrow('Kỳ báo cáo không hợp lệ')
  })

  it('the picker offers the year, both halves and the four quarters', () => {
    expect(periodsOfYear(2026).map((p) => p.label)).toEqual([
      'Năm 2026',
      '6 tháng đầu năm 2026',
      '6 tháng cuối năm 2026',
      'Quý I năm 2026',
      'Quý II năm 2026',
      'Quý III năm 2026',
      'Quý IV năm 2026'
    ])
  })
})

describe('rangeUpTo: a period still running ends today; one over, or not begun, is left whole', () => {
  const year = periodRange({ kind: 'year', year: 2026 })
  it.each([
    ['running: ends today', '2026-12-02', '2026-12-02'],
    ['its first day', '2026-01-01', '2026-01-01'],
    ['its last day: whole', '2026-12-31', '2026-12-31'],
    ['over', '2027-01-05', '2026-12-31'],
    ['not begun', '2025-12-31', '2026-12-31']
  ])('%s', (_what, today, to) => {
    const r = rangeUpTo(year, today)
    expect([r.from, r.to, r.label, r.slug]).toEqual(['2026-01-01', to, 'năm 2026', '2026'])
  })
})

// Not begun, a period has no figures: a document of it would state days to come (rangeUpTo leaves it
// whole); the exports say so instead of saving one.
describe('notBegunNote: a period not begun on the day says so; from its first day it has figures', () => {
  it.each<[string, string, string | null]>([
    [
      'the day before',
      '2025-12-31',
      'Năm 2026 chưa bắt đầu (từ ngày 01/01/2026): chưa có số liệu để báo cáo.'
    ],
    ['its first day', '2026-01-01', null],
    ['running', '2026-12-02', null]
  ])('%s', (_what, today, note) => {
    expect(notBegunNote('2026-01-01', 'Năm 2026', today)).toBe(note)
  })
})

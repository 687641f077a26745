// A meeting is the cell's only while the cell exists (Điều lệ Đảng Điều 24; HD 42-HD/BTCTW 2025: the
// cell meets every month — a meeting dated outside its life is counted in no month): from its founding
// to the day before its closing; a merge moves the members on the closing day itself.
import { describe, expect, it } from 'vitest'
import { cellLifeCheck, type LifeCell } from './cellLife'

const A: LifeCell = { name: 'Chi bộ Khu phố 1', status: 'active', foundedOn: '2026-03-10' }
const MERGED: LifeCell = {
  name: 'Chi bộ Khu phố 2',
  status: 'merged',
  closedOn: '2026-03-01',
  mergedIntoId: 'b'
}
const DISSOLVED: LifeCell = { name: 'Chi bộ Khu phố 3', status: 'dissolved', closedOn: '2026-03-15' }
const names = new Map([['b', 'Chi bộ Khu phố 5']])

describe('a meeting date must fall in the cell’s life (founding to the day before closing)', () => {
  it.each<[string, LifeCell, string, string | null]>([
    [
      'before the founding',
      A,
      '2026-03-09',
      'Chi bộ Khu phố 1 thành lập ngày 10/03/2026: chưa có buổi sinh hoạt trước ngày này.'
    ],
    ['on the founding day', A, '2026-03-10', null],
    ['after the founding', A, '2026-04-02', null],
    [
      'before a founding known by its year only',
      { ...A, foundedOn: '2005' },
      '2004-12-31',
      'Chi bộ Khu phố 1 thành lập năm 2005: chưa có buổi sinh hoạt trước năm này.'
    ],
    ['in the year of a founding known by its year only', { ...A, foundedOn: '2005' }, '2005-01-01', null],
    ['no founding date: always existed', { ...A, foundedOn: null }, '1990-01-01', null],
    ['the day before a merge', MERGED, '2026-02-28', null],
    [
      'the merge day itself (the members are the receiving cell’s from that day)',
      MERGED,
      '2026-03-01',
      'Chi bộ Khu phố 2 đã hợp nhất vào Chi bộ Khu phố 5 ngày 01/03/2026: buổi sinh hoạt từ ngày này ghi cho Chi bộ Khu phố 5.'
    ],
    [
      'after a merge',
      MERGED,
      '2026-03-10',
      'Chi bộ Khu phố 2 đã hợp nhất vào Chi bộ Khu phố 5 ngày 01/03/2026: buổi sinh hoạt từ ngày này ghi cho Chi bộ Khu phố 5.'
    ],
    [
      'after a merge into a cell no longer in the data',
      { ...MERGED, mergedIntoId: 'gone' },
      '2026-03-10',
      'Chi bộ Khu phố 2 đã hợp nhất vào chi bộ nhận hợp nhất ngày 01/03/2026: buổi sinh hoạt từ ngày này ghi cho chi bộ nhận hợp nhất.'
    ],
    ['before a dissolution', DISSOLVED, '2026-03-14', null],
    [
      'from a dissolution on',
      DISSOLVED,
      '2026-03-15',
      'Chi bộ Khu phố 3 đã giải thể ngày 15/03/2026: không ghi buổi sinh hoạt từ ngày này.'
    ],
    ['closed without a date: nothing to check against', { ...DISSOLVED, closedOn: null }, '2030-01-01', null],
    ['no date typed yet', A, '', null]
  ])('%s', (_, cell, date, expected) => {
    expect(cellLifeCheck(cell, (id) => names.get(id))(date)).toBe(expected)
  })
  it('no cell chosen yet: nothing to check', () => {
    expect(cellLifeCheck(undefined, () => undefined)('2026-03-10')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import type { Cell, CellReview, Rating } from '../entities'
import { BUILT_IN_PROFILES, paramsOf } from '../rules/profiles'
import { cell } from '@renderer/testing/factories'
import { cellDecided } from '@renderer/testing/reviewFactories'
import { checkCells, type CheckContext } from './checks'
import { cellResultCounts, cellResultRows } from './reportRows'
import { cellQuota, closedNote, reviewYearCells } from './yearCells'
import type { ReviewYearData } from './yearData'

const OF = { year: 2024, asOfDate: '2024-12-15' }
const profile = BUILT_IN_PROFILES.find((p) => p.id === 'qd124-2023')!
const params = paramsOf(profile)
const ctx: CheckContext = { params, sources: profile.sources, cellName: (id) => `Chi bộ ${id}` }

describe('the cells of a review year: founded by the as-of date, not closed on or before 1 January — not today’s status (docs/design.md §6, Cells; the compliance grid’s rule)', () => {
  it.each<[string, Partial<Cell>, boolean]>([
    ['no founding date, active → in', {}, true],
    ['founded 01/07/2025, after the year (active today) → out', { foundedOn: '2025-07-01' }, false],
    ['founded on the as-of date 15/12/2024 → in', { foundedOn: '2024-12-15' }, true],
    ['founded 20/12/2024, after the as-of date → out', { foundedOn: '2024-12-20' }, false],
    ['founded in 2024, day unknown → in (a year stays a year)', { foundedOn: '2024' }, true],
    ['founded in 2025, day unknown → out', { foundedOn: '2025' }, false],
    ['dissolved 30/09/2024, during the year → in', { status: 'dissolved', closedOn: '2024-09-30' }, true],
    [
      'merged 01/01/2024, on the year’s first day → out (its members were the receiving cell’s from that day)',
      { status: 'merged', closedOn: '2024-01-01' },
      false
    ],
    ['merged 02/01/2024, the year’s second day → in', { status: 'merged', closedOn: '2024-01-02' }, true],
    ['dissolved 31/12/2023, before the year → out', { status: 'dissolved', closedOn: '2023-12-31' }, false],
    [
      'dissolved 01/03/2025, after the year → in (it existed all year)',
      { status: 'dissolved', closedOn: '2025-03-01' },
      true
    ],
    ['dissolved without a date → out (in no year, as in the compliance grid)', { status: 'dissolved' }, false]
  ])('%s', (_l, extra, inYear) => {
    expect(reviewYearCells([cell('x', extra)], OF).map((c) => c.id)).toEqual(inYear ? ['x'] : [])
  })

  it('lists the cells in the one cell order (Khu phố 2 before Khu phố 10)', () => {
    const cells = [cell('k10', { name: 'Chi bộ Khu phố 10' }), cell('k2', { name: 'Chi bộ Khu phố 2' })]
    expect(reviewYearCells(cells, OF).map((c) => c.id)).toEqual(['k2', 'k10'])
  })
})

describe('a cell closed in the review year says so on its row', () => {
  const names = (id: string) => (id === 'k2' ? 'Chi bộ Khu phố 2' : undefined)
  it.each<[string, Partial<Cell>, typeof OF, string]>([
    ['active → nothing', {}, OF, ''],
    [
      'dissolved 30/09/2024 → đã giải thể ngày 30/09/2024',
      { status: 'dissolved', closedOn: '2024-09-30' },
      OF,
      'đã giải thể ngày 30/09/2024'
    ],
    [
      'merged into Khu phố 2 on 30/09/2024 → names the cell it went into',
      { status: 'merged', closedOn: '2024-09-30', mergedIntoId: 'k2' },
      OF,
      'đã hợp nhất vào Chi bộ Khu phố 2 ngày 30/09/2024'
    ],
    [
      'merged into a cell no longer listed → chi bộ khác',
      { status: 'merged', closedOn: '2024-09-30', mergedIntoId: 'gone' },
      OF,
      'đã hợp nhất vào chi bộ khác ngày 30/09/2024'
    ],
    [
      'dissolved 01/03/2025, after the year → nothing (it existed all year)',
      { status: 'dissolved', closedOn: '2025-03-01' },
      OF,
      ''
    ],
    [
      'dissolved 05/01/2025 with the as-of date 10/01/2025 → said (its members had left by then)',
      { status: 'dissolved', closedOn: '2025-01-05' },
      { year: 2024, asOfDate: '2025-01-10' },
      'đã giải thể ngày 05/01/2025'
    ]
  ])('%s', (_l, extra, of, note) => {
    expect(closedNote(cell('x', extra), of, names)).toBe(note)
  })
})

const good = (id: string): [Cell, Rating] => [cell(id), 'good']

/** A year's data with only cells and their reviews: the cell sheet and checks need nothing else. */
function yearOf(rated: [Cell, Rating | null][]): ReviewYearData {
  const cellReviews = new Map<string, CellReview>()
  for (const [c, r] of rated) if (r) cellReviews.set(c.id, cellDecided(2024, c.id, r))
  return { ...OF, cells: rated.map(([c]) => c), subjects: [], memberReviews: new Map(), cellReviews }
}

describe('the Chi bộ tab’s quota band, the cell quota warning and the exported sheet count the same cells (QĐ 124-QĐ/TW: chi bộ HTXSNV ≤ 20 % số chi bộ HTTNV, toàn Đảng bộ)', () => {
  // 5 cells HTTNV, 1 active cell HTXSNV, a cell dissolved 30/09 holding HTXSNV, and two cells not of
  // 2024 holding a rating: one founded 01/07/2025, one dissolved in 2023.
  const data = yearOf([
    good('g1'),
    good('g2'),
    good('g3'),
    good('g4'),
    good('g5'),
    [cell('x1'), 'excellent'],
    [cell('gone', { status: 'dissolved', closedOn: '2024-09-30' }), 'excellent'],
    [cell('later', { foundedOn: '2025-07-01' }), 'excellent'],
    [cell('old', { status: 'dissolved', closedOn: '2023-06-30' }), 'good']
  ])
  const yearCells = reviewYearCells(data.cells, data)
  const screen = cellQuota(yearCells, data.cellReviews, params)
  const checks = checkCells(data.cells, data.cellReviews, [], new Map(), data, ctx)
  const rows = cellResultRows(data)

  it('the year’s cells are the dissolved one and the seven others, not the cells of 2025 or 2023', () => {
    expect(yearCells.map((c) => c.id).sort()).toEqual(['g1', 'g2', 'g3', 'g4', 'g5', 'gone', 'x1'])
  })

  it('the exported rows are exactly the year’s cells, the dissolved one saying so', () => {
    expect(rows.map((r) => r.cellId)).toEqual(yearCells.map((c) => c.id))
    expect(rows.find((r) => r.cellId === 'gone')!.closed).toBe('đã giải thể ngày 30/09/2024')
  })

  it('the screen counts 5 HTTNV → tối đa 1, đề xuất 2 (over the ceiling), as the export does', () => {
    expect(screen).toMatchObject({ good: 5, ceiling: 1, excellent: 2, excess: 1 })
    const counts = cellResultCounts(rows)
    expect([counts.good, counts.excellent]).toEqual([screen.good, screen.excellent])
  })

  it('the warning quotes the same figures', () => {
    expect(checks.find((c) => c.rule === 'cellQuota')!.message).toBe(
      `Đảng bộ có ${screen.good} chi bộ HTTNV → tối đa ${screen.ceiling} chi bộ HTXSNV, đề xuất ${screen.excellent}.`
    )
  })

  it('a rating kept on a cell not of the year is counted nowhere, and said (docs/design.md §8)', () => {
    const outside = checks.filter((c) => c.rule === 'cellOutsideYear')
    expect(outside.map((c) => c.cellId).sort()).toEqual(['later', 'old'])
    expect(outside.find((c) => c.cellId === 'later')!.message).toBe(
      'Chi bộ later thành lập 01/07/2025, sau ngày tính 15/12/2024, nhưng có xếp loại năm 2024 (HTXSNV): không hiện ở bảng chi bộ, không tính vào kết quả năm. Nếu ngày thành lập ghi sai, sửa ở trang Chi bộ.'
    )
    expect(outside.find((c) => c.cellId === 'old')!.message).toContain(
      'đã giải thể ngày 30/06/2023, trước năm 2024'
    )
  })

  it('the checks take the as-of date the year was opened with: a cell founded 20/12/2024 is in when the list is worked out at 31/12', () => {
    const late = yearOf([good('g1'), [cell('dec', { foundedOn: '2024-12-20' }), 'good']])
    const rule = (of: { year: number; asOfDate: string }) =>
      checkCells(late.cells, late.cellReviews, [], new Map(), of, ctx).map((c) => c.rule)
    expect(rule(OF)).toEqual(['cellOutsideYear'])
    expect(rule({ year: 2024, asOfDate: '2024-12-31' })).toEqual([])
  })
})

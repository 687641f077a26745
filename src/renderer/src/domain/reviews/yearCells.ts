// The cells of a review year: the one list the Chi bộ tab, its quota band, the cell checks and the
// exported cell sheet all use, so the screen, the warnings and the sheet count the same cells.
//
// A cell is in year Y's review when it existed at some point between 1 January of Y and the year's
// as-of date ("Tính đến ngày", the date the review's lists are worked out at): founded by that date
// (a founding known by its year only, by that year; no founding date = always existed) and not
// closed (dissolved or merged, closedOn) on or before 1 January, its closing day being the first day
// it no longer exists. A cell closed during the year is in it:
// it existed, it may have been rated, and its row says it has closed. Today's status does not
// decide: the review page opens last year by default early in the year. This is the compliance
// grid's rule (cellsOfPeriod) over [1/1, as-of date], so a cell closed without a date is in no year.
import type { Cell, CellReview, IsoDate } from '../entities'
import type { RulesParams } from '../rules/params'
import { cellsOfPeriod } from '../meetings/compliance'
import { formatDate } from '../dates'
import { sortCells } from '../names'
import { currentRating } from './ratings'
import { quotaByUnit, type QuotaUnitResult } from './quota'

/** Which review: its year and as-of date (a ReviewYearData or an OpenedYear is one). */
export interface ReviewYearOf {
  year: number
  asOfDate: IsoDate
}

/** The cells of the review year, in the one order every list of cells uses (sortCells). */
export function reviewYearCells<T extends Cell>(cells: readonly T[], of: ReviewYearOf): T[] {
  return sortCells(cellsOfPeriod(cells, `${of.year}-01-01`, of.asOfDate))
}

/**
 * "đã giải thể ngày 30/09/2024", "đã hợp nhất vào Chi bộ Khu phố 2 ngày 30/09/2024" for a cell of
 * the year that closed by the year's end (or by the as-of date when that is later); '' otherwise. A
 * cell closed in a later year existed through the whole review year, so its row says nothing.
 */
export function closedNote(
  cell: Cell,
  of: ReviewYearOf,
  cellName: (cellId: string) => string | undefined
): string {
  if (!cell.closedOn || cell.status === 'active') return ''
  const yearEnd = `${of.year}-12-31`
  if (cell.closedOn > (of.asOfDate > yearEnd ? of.asOfDate : yearEnd)) return ''
  const on = `ngày ${formatDate(cell.closedOn)}`
  if (cell.status === 'merged')
    return `đã hợp nhất vào ${cellName(cell.mergedIntoId ?? '') ?? 'chi bộ khác'} ${on}`
  return `đã giải thể ${on}`
}

/**
 * The quota on cells (docs/design.md §6, Quota: "the same for cells"): chi bộ HTXSNV at most
 * quotaPercent % of the chi bộ rated HTTNV — HTTNV only, as HD 21-HD/BTCTW 2019 words the base —,
 * counted over the whole đảng bộ (the tổ chức cơ sở đảng), each cell by its current rating. Give it
 * the year's cells (reviewYearCells): a rating kept on a cell that is not in the year counts nowhere.
 */
export function cellQuota(
  yearCells: readonly Cell[],
  cellReviews: ReadonlyMap<string, CellReview>,
  params: Pick<RulesParams, 'quotaPercent' | 'quotaRounding'>
): QuotaUnitResult {
  const rated = yearCells.map((c) => ({
    cellId: 'organization',
    rating: currentRating(cellReviews.get(c.id))
  }))
  const [unit] = quotaByUnit(rated, { ...params, quotaUnit: 'organization' })
  return (
    unit ?? { unitId: 'organization', unit: 'organization', good: 0, ceiling: 0, excellent: 0, excess: 0 }
  )
}

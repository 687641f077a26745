// Rows of the year-end spreadsheets (docs/design.md §7), built from domain objects only. Excel builders in
// excel/reports/ turn them into Party documents; the screens can show the same rows.
import type { Cell, NotRatedReason, Rating } from '../entities'
import { CELL_TYPE_LABELS, RATING_LABELS } from '../labels'
import { sortByVietnameseName } from '../names'
import { RATINGS, currentRating } from './ratings'
import { countedRating, type ReviewYearData } from './yearData'
import { compareCellNames, sortCells } from '../names'
import { stagedRating, type ReviewStage } from './resultStage'
import { closedNote, reviewYearCells } from './yearCells'

export interface SummaryRow {
  cellId: string | null
  cellName: string
  total: number
  reviewed: number
  notExempt: number
  notProbation: number
  notOther: number
  /** To be rated but with no rating at any step yet: "chưa có kết quả", never counted under a reason. */
  unrated: number
  counts: Record<Rating, number>
  /** % of reviewed, one per level; null when nobody was reviewed. */
  percents: Record<Rating, number | null>
  /** Xuất sắc as % of those rated hoàn thành tốt (the quota's base); null when none rated tốt. */
  excellentOfGood: number | null
}

const zero = (): Record<Rating, number> => ({ excellent: 0, good: 0, complete: 0, incomplete: 0 })

/** A summary row's counts before the percentages are worked out. */
type Tally = Omit<SummaryRow, 'percents' | 'excellentOfGood'>

/** A row with nothing counted yet: a cell's, or the total's (cellId null). */
const emptyTally = (cellId: string | null, cellName: string): Tally => ({
  cellId,
  cellName,
  total: 0,
  reviewed: 0,
  notExempt: 0,
  notProbation: 0,
  notOther: 0,
  unrated: 0,
  counts: zero()
})

export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null
}

function finish(row: Tally): SummaryRow {
  const percents = {} as Record<Rating, number | null>
  for (const r of RATINGS) percents[r] = percent(row.counts[r], row.reviewed)
  return { ...row, percents, excellentOfGood: percent(row.counts.excellent, row.counts.good) }
}

const NOT_REVIEWED_BUCKET: Record<NotRatedReason, 'notExempt' | 'notProbation' | 'notOther'> = {
  exempt: 'notExempt',
  probationShort: 'notProbation',
  suspended: 'notOther',
  absent: 'notOther',
  other: 'notOther',
  transferredOut: 'notOther',
  notActive: 'notOther'
}

/**
 * 1. Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên — a row per cell (with members in the
 * ward on the as-of date) and the total as the last row. Members transferred out or no longer
 * active are not counted in "tổng số". Eligible members without any rating yet count apart ("chưa có
 * kết quả"), not under a reason they do not have (docs/design.md §6).
 */
export function memberSummaryRows(data: ReviewYearData): SummaryRow[] {
  const byCell = new Map<string, Tally>()
  const names = new Map(data.cells.map((c) => [c.id, c.name]))
  for (const s of data.subjects) {
    if (!s.inWard) continue
    let row = byCell.get(s.cellId)
    if (!row) byCell.set(s.cellId, (row = emptyTally(s.cellId, names.get(s.cellId) ?? 'Chi bộ không rõ')))
    row.total++
    const review = data.memberReviews.get(s.memberId)
    const rating = countedRating(s, review)
    const reason = s.reason ?? review?.notRatedReason
    if (rating) {
      row.reviewed++
      row.counts[rating]++
    } else if (reason) row[NOT_REVIEWED_BUCKET[reason]]++
    else row.unrated++
  }
  const rows = [...byCell.values()].sort((a, b) => compareCellNames(a.cellName, b.cellName)).map(finish)
  const total = emptyTally(null, 'Tổng cộng')
  for (const r of rows) {
    total.total += r.total
    total.reviewed += r.reviewed
    total.notExempt += r.notExempt
    total.notProbation += r.notProbation
    total.notOther += r.notOther
    total.unrated += r.unrated
    for (const k of RATINGS) total.counts[k] += r.counts[k]
  }
  return [...rows, finish(total)]
}

export interface CellResultRow {
  cellId: string
  cellName: string
  cellType: string
  members: number
  selfRating: Rating | null
  proposal: Rating | null
  decision: Rating | null
  /** The result shown: decision, else proposal, else self-rating. */
  rating: Rating | null
  ratingLabel: string
  note: string
  /** "đã giải thể ngày …" / "đã hợp nhất vào … ngày …" for a cell that closed in the year (closedNote), else ''. */
  closed: string
}

/**
 * 2. Kết quả xếp loại chất lượng chi bộ — a row per cell of the review year (reviewYearCells: the
 * Chi bộ tab's cells and the cell quota's), a cell closed in the year saying so.
 */
export function cellResultRows(data: ReviewYearData): CellResultRow[] {
  const members = new Map<string, number>()
  for (const s of data.subjects) if (s.inWard) members.set(s.cellId, (members.get(s.cellId) ?? 0) + 1)
  const names = new Map(data.cells.map((c) => [c.id, c.name]))
  return reviewYearCells(data.cells, data).map((c) => {
    const cr = data.cellReviews.get(c.id)
    const rating = currentRating(cr)
    return {
      cellId: c.id,
      cellName: c.name,
      cellType: CELL_TYPE_LABELS[c.type],
      members: members.get(c.id) ?? 0,
      selfRating: cr?.selfRating ?? null,
      proposal: cr?.proposal ?? null,
      decision: cr?.decision ?? null,
      rating,
      ratingLabel: rating ? RATING_LABELS[rating] : 'Chưa xếp loại',
      note: cr?.note ?? '',
      closed: closedNote(c, data, (id) => names.get(id))
    }
  })
}

export function cellResultCounts(rows: readonly CellResultRow[]): Record<Rating | 'none', number> {
  const out = { ...zero(), none: 0 }
  for (const r of rows) out[r.rating ?? 'none']++
  return out
}

export interface ExcellentMember {
  memberId: string
  fullName: string
  score: number | null
  note: string
}

export interface CellGroup<T> {
  cellId: string
  cellName: string
  items: T[]
}

/** 3. Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ — by cell, names in Vietnamese order. */
export function excellentMemberGroups(data: ReviewYearData): CellGroup<ExcellentMember>[] {
  const byCell = new Map<string, ExcellentMember[]>()
  for (const s of data.subjects) {
    const r = data.memberReviews.get(s.memberId)
    if (countedRating(s, r) !== 'excellent') continue
    const list = byCell.get(s.cellId) ?? []
    list.push({ memberId: s.memberId, fullName: s.fullName, score: r?.score ?? null, note: r?.note ?? '' })
    byCell.set(s.cellId, list)
  }
  return groupByCells(data.cells, byCell)
}

export function groupByCells<T extends { fullName: string }>(
  cells: readonly Cell[],
  byCell: Map<string, T[]>
): CellGroup<T>[] {
  const known = sortCells(cells).filter((c) => byCell.has(c.id))
  const groups = known.map((c) => ({
    cellId: c.id,
    cellName: c.name,
    items: sortByVietnameseName(byCell.get(c.id)!, (m) => m.fullName)
  }))
  for (const [cellId, items] of byCell)
    if (!cells.some((c) => c.id === cellId))
      groups.push({
        cellId,
        cellName: 'Chi bộ không rõ',
        items: sortByVietnameseName(items, (m) => m.fullName)
      })
  return groups
}

/** Levels per cell for the chart on the review page and the overview. */
export interface LevelsPerCell {
  cellName: string
  counts: Record<Rating, number>
}

export function levelsPerCell(data: ReviewYearData): LevelsPerCell[] {
  return memberSummaryRows(data)
    .filter((r) => r.cellId !== null)
    .map((r) => ({ cellName: r.cellName, counts: r.counts }))
}

export interface LevelsPerYear {
  year: number
  counts: Record<Rating, number>
  /** The least advanced step a counted rating comes from ('decision' when all are decided). */
  stage: ReviewStage
}

/**
 * Counts of each level per year, over every year on record (year-over-year chart). Give it the counted
 * reviews (countedReviews, countedReviewsOf): every stored one would count members the summary leaves
 * out (transferred out, exempt…), who may keep a rating on record.
 */
export function levelsPerYear(
  reviews: Iterable<{
    year: number
    notRatedReason?: NotRatedReason | null
    decision?: Rating | null
    cellProposal?: Rating | null
    selfRating?: Rating | null
  }>
): LevelsPerYear[] {
  const byYear = new Map<number, Record<Rating, number>>()
  const stages = new Map<number, ReviewStage>()
  const order: ReviewStage[] = ['decision', 'cellProposal', 'selfRating']
  for (const r of reviews) {
    if (r.notRatedReason) continue
    const staged = stagedRating(r)
    if (!staged) continue
    let c = byYear.get(r.year)
    if (!c) byYear.set(r.year, (c = zero()))
    c[staged.rating]++
    const was = stages.get(r.year) ?? 'decision'
    if (order.indexOf(staged.stage) > order.indexOf(was)) stages.set(r.year, staged.stage)
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, counts]) => ({ year, counts, stage: stages.get(year) ?? 'decision' }))
}

// The review side of the overview: rating levels per year (chart) and this year's progress
// (self-rating → cell proposal → committee decision) among the members to be rated.
import { entryFor } from '../collections'
import type { Member, MemberEvent, MemberReview, Rating } from '../entities'
import { memberStateOn } from '../memberState'
import { countedReviews, type YearRule } from '../reviews/countedReviews'
import type { ReviewSubject } from '../reviews/eligibility'
import { currentRating } from '../reviews/ratings'
import { resultsStage, type ReviewStage } from '../reviews/resultStage'

export interface YearRatings {
  year: number
  excellent: number
  good: number
  complete: number
  incomplete: number
  /** True when some counted rating is not yet the committee's decision. */
  provisional: boolean
  /** The least advanced step a counted rating comes from ('decision' when all are decided). */
  stage: ReviewStage
}

/**
 * Members per rating level and year: the decision, else the latest step so far (marked provisional).
 * Give it the counted reviews (countedReviews), so a year's bar equals its summary sheet.
 */
export function ratingsPerYear(reviews: readonly MemberReview[]): YearRatings[] {
  const byYear = new Map<number, YearRatings>()
  const counted = new Map<number, MemberReview[]>()
  for (const r of reviews) {
    const rating: Rating | null = currentRating(r)
    if (!rating || r.notRatedReason) continue
    const y = entryFor(byYear, r.year, (): YearRatings => ({
      year: r.year,
      excellent: 0,
      good: 0,
      complete: 0,
      incomplete: 0,
      provisional: false,
      stage: 'decision'
    }))
    y[rating]++
    if (!r.decision) {
      y.provisional = true
      entryFor(counted, r.year, () => []).push(r)
    }
  }
  for (const [year, list] of counted) byYear.get(year)!.stage = resultsStage(list) ?? 'decision'
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

export interface ReviewProgress {
  year: number
  /** Members to be rated this year (eligible review subjects). */
  toRate: number
  selfRated: number
  proposed: number
  decided: number
  /** Not rated, with a reason (exempt, admitted < 6 months, suspended, or marked by the clerk). */
  notRated: number
  /** To be rated but with no rating at any step yet: "chưa đánh giá". */
  unrated: number
  finalized: boolean
}

export function reviewProgress(
  year: number,
  subjects: readonly ReviewSubject[],
  reviews: readonly MemberReview[],
  finalized: boolean
): ReviewProgress {
  const byMember = new Map(reviews.filter((r) => r.year === year).map((r) => [r.memberId, r]))
  const p: ReviewProgress = {
    year,
    toRate: 0,
    selfRated: 0,
    proposed: 0,
    decided: 0,
    notRated: 0,
    unrated: 0,
    finalized
  }
  for (const s of subjects) {
    if (!s.inWard) continue
    const r = byMember.get(s.memberId)
    if (!s.eligible || r?.notRatedReason) {
      p.notRated++
      continue
    }
    p.toRate++
    if (r?.selfRating) p.selfRated++
    if (r?.cellProposal) p.proposed++
    if (r?.decision) p.decided++
    if (!currentRating(r)) p.unrated++
  }
  return p
}

export interface CellRatings {
  cellId: string
  name: string
  excellent: number
  good: number
  complete: number
  incomplete: number
}

/**
 * Members per rating level in each cell, for one year: the committee's decision, else the latest step
 * (as ratingsPerYear counts them; counted reviews only). Each review under `cellOf` its member (by
 * default the cell it was made in; ratingCharts gives the member's cell at the year's as-of date, as
 * the summary sheet and the review page's chart group him). Cells in the order given; cells with no
 * rating left out.
 */
export function ratingsPerCell(
  reviews: readonly MemberReview[],
  year: number,
  cells: readonly { id: string; name: string }[],
  cellOf: (review: MemberReview) => string = (r) => r.cellId
): CellRatings[] {
  const byCell = new Map<string, CellRatings>()
  for (const c of cells)
    byCell.set(c.id, { cellId: c.id, name: c.name, excellent: 0, good: 0, complete: 0, incomplete: 0 })
  const counted = new Set<string>()
  for (const r of reviews) {
    if (r.year !== year || r.notRatedReason) continue
    const rating: Rating | null = currentRating(r)
    const cellId = cellOf(r)
    const row = byCell.get(cellId)
    if (!rating || !row) continue
    row[rating]++
    counted.add(cellId)
  }
  return [...byCell.values()].filter((c) => counted.has(c.cellId))
}

/** The year the per-cell chart shows: the latest year the committee has decided, else the latest with any rating. */
export function latestRatedYear(perYear: readonly YearRatings[]): number | null {
  const decided = perYear.filter((y) => !y.provisional)
  return (decided.at(-1) ?? perYear.at(-1))?.year ?? null
}

export interface RatingCharts {
  perYear: YearRatings[]
  perCell: CellRatings[]
  perCellYear: number | null
}

/**
 * Tổng quan's two rating charts from every year's reviews: only the reviews that count in their year
 * (countedReviews: eligible review subjects, as the summary sheet), then per year and, for the latest
 * decided year, per cell.
 */
export function ratingCharts(
  reviews: readonly MemberReview[],
  members: readonly Member[],
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  ruleOf: (year: number) => YearRule,
  cells: readonly { id: string; name: string }[]
): RatingCharts {
  const byId = new Map(members.map((m) => [m.id, m]))
  const counted = countedReviews(reviews, byId, eventsByMember, ruleOf)
  const perYear = ratingsPerYear(counted)
  const perCellYear = latestRatedYear(perYear)
  // The member's cell at the year's as-of date (reviewSubject's), not the one stored on the review:
  // a member rated and then moved before it is counted where the summary sheet lists him.
  const cellOf = (r: MemberReview) => {
    const m = byId.get(r.memberId)
    if (!m) return r.cellId
    return memberStateOn(m, eventsByMember.get(m.id) ?? [], ruleOf(r.year).asOfDate).cellId ?? r.cellId
  }
  const perCell = perCellYear === null ? [] : ratingsPerCell(counted, perCellYear, cells, cellOf)
  return { perYear, perCell, perCellYear }
}

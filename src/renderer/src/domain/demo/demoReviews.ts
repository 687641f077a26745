// The demo ward's year-end reviews. Past years are decided (self-rating → cell proposal →
// committee decision) and finalised; the current year is in progress (some self-ratings and
// proposals, no decisions yet). Ratings follow a realistic spread and stay within the 20 % quota
// (xuất sắc ≤ 20 % of tốt) in most cells, with a few excesses for the checks to flag.
import type { CellReview, IsoDate, MemberReview, Rating, ReviewYear } from '../entities'
import { addMonths } from '../dates'
import { profileForYear } from '../rules/profiles'
import type { Rng } from './prng'
import type { CellPlan } from './demoCells'
import { exemptOn, inWardOn, type MemberPlan } from './demoMembers'

export interface ReviewOutput {
  memberReviews: MemberReview[]
  cellReviews: CellReview[]
  reviewYears: ReviewYear[]
}

const LEVELS: Rating[] = ['excellent', 'good', 'complete', 'incomplete']
const SCORE: Record<Rating, [number, number]> = {
  excellent: [90, 98],
  good: [72, 89],
  complete: [52, 69],
  incomplete: [30, 49]
}

function higher(r: Rating): Rating {
  return LEVELS[Math.max(0, LEVELS.indexOf(r) - 1)]
}

export function generateReviews(
  rng: Rng,
  cells: readonly CellPlan[],
  rollByCell: ReadonlyMap<string, readonly MemberPlan[]>,
  years: readonly number[],
  today: IsoDate,
  out: ReviewOutput
): void {
  const currentYear = years[years.length - 1]
  for (const year of years) {
    const inProgress = year === currentYear
    const asOfDate = `${year}-12-31`
    const on = inProgress ? today : asOfDate
    const at = inProgress ? `${today}T08:00:00.000Z` : `${year + 1}-01-15T08:00:00.000Z`
    out.reviewYears.push({
      year,
      profileId: profileForYear(year).id,
      asOfDate,
      finalized: inProgress ? 0 : 1,
      finalizedAt: inProgress ? null : `${year + 1}-01-20T08:00:00.000Z`
    })
    // In the current year only the first cells have started their review.
    const startedCells = inProgress ? Math.ceil(cells.length * 0.6) : cells.length
    cells.forEach((plan, cellIndex) => {
      const cellId = plan.cell.id
      const reviewed = (rollByCell.get(cellId) ?? []).filter((p) => inWardOn(p, on))
      const rated: { p: MemberPlan; rating: Rating }[] = []
      const reviewOf = (p: MemberPlan): MemberReview => ({
        id: `${year}:${p.member.id}`,
        year,
        memberId: p.member.id,
        cellId,
        updatedAt: at
      })
      for (const p of reviewed) {
        const base = reviewOf(p)
        if (exemptOn(p, on)) {
          if (!inProgress || cellIndex < startedCells)
            out.memberReviews.push({ ...base, notRatedReason: 'exempt' })
          continue
        }
        if (p.admittedHere && p.admittedHere > addMonths(on, -6)) {
          if (!inProgress || cellIndex < startedCells)
            out.memberReviews.push({ ...base, notRatedReason: 'probationShort' })
          continue
        }
        const rating: Rating = p.disciplineYears.has(year)
          ? 'incomplete'
          : rng.weighted([
              ['good', 80],
              ['complete', 17],
              ['incomplete', 1]
            ] as const)
        rated.push({ p, rating })
      }
      // Xuất sắc out of the tốt: at most 1/6 of them keeps it within 20 % of the rest; a few cells exceed.
      const goods = rated.filter((r) => r.rating === 'good')
      let excellent = Math.floor(goods.length / 6)
      if (rng.chance(0.06)) excellent += 1
      else if (excellent > 0 && rng.chance(0.3)) excellent -= 1
      for (let i = 0; i < excellent && goods.length; i++) {
        const j = rng.int(0, goods.length - 1)
        goods[j].rating = 'excellent'
        goods.splice(j, 1)
      }

      if (inProgress && cellIndex >= startedCells) return
      const proposalsDone = !inProgress || cellIndex < Math.ceil(cells.length * 0.25)
      for (const { p, rating } of rated) {
        const review = reviewOf(p)
        const [lo, hi] = SCORE[rating]
        if (inProgress) {
          if (!rng.chance(0.85)) {
            out.memberReviews.push(review)
            continue
          }
          review.selfRating = rng.chance(0.2) ? higher(rating) : rating
          if (proposalsDone) {
            review.cellProposal = rating
            review.score = rng.int(lo, hi)
          }
        } else {
          review.score = rng.int(lo, hi)
          review.exceedsRequirement = rating === 'excellent'
          review.selfRating = rng.chance(0.2) ? higher(rating) : rating
          // Now and then the committee lowers a proposal.
          review.cellProposal = rating !== 'excellent' && rng.chance(0.03) ? higher(rating) : rating
          review.decision = rating
        }
        out.memberReviews.push(review)
      }

      const cellRating = rng.weighted([
        ['excellent', 15],
        ['good', 65],
        ['complete', 17],
        ['incomplete', 3]
      ] as const)
      const cellReview: CellReview = { id: `${year}:${cellId}`, year, cellId, updatedAt: at }
      if (inProgress) {
        if (proposalsDone) cellReview.selfRating = cellRating
      } else {
        cellReview.score = rng.int(SCORE[cellRating][0], SCORE[cellRating][1])
        cellReview.selfRating = rng.chance(0.2) ? higher(cellRating) : cellRating
        cellReview.proposal = cellRating
        cellReview.decision = cellRating
      }
      out.cellReviews.push(cellReview)
    })
  }
}

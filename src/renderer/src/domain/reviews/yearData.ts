// Everything a year's review screen, checks and reports need, held in maps so every question is
// answered in O(1) per member (no per-row DB reads). Built once when a year is opened.
import type { Cell, CellReview, IsoDate, MemberReview, Rating } from '../entities'
import type { ReviewSubject } from './eligibility'
import { currentRating } from './ratings'
import { resultsStage, type ReviewStage } from './resultStage'

export interface ReviewYearData {
  year: number
  asOfDate: IsoDate
  cells: readonly Cell[]
  subjects: readonly ReviewSubject[]
  /** By member id. */
  memberReviews: ReadonlyMap<string, MemberReview>
  /** By cell id. */
  cellReviews: ReadonlyMap<string, CellReview>
}

/** The member's counted rating for the year: null when not rated (not eligible, or marked absent/other). */
export function countedRating(subject: ReviewSubject, review: MemberReview | undefined): Rating | null {
  if (!subject.eligible || review?.notRatedReason) return null
  return currentRating(review)
}

/** The year's reviews whose rating counts (countedRating), of `cellId`'s members when given. */
export function countedReviewsOf(data: ReviewYearData, cellId: string | null = null): MemberReview[] {
  const counted: MemberReview[] = []
  for (const s of data.subjects) {
    if (cellId && s.cellId !== cellId) continue
    const review = data.memberReviews.get(s.memberId)
    if (review && countedRating(s, review)) counted.push(review)
  }
  return counted
}

/**
 * How final the year's counted results are (resultsStage), of `cellId`'s members when given. Only
 * counted reviews decide it: a self-rating kept on a member marked absent, or on one transferred out,
 * is on record but counts nowhere, so it does not make a decided year a draft.
 */
export function countedStage(data: ReviewYearData, cellId: string | null = null): ReviewStage | null {
  return resultsStage(countedReviewsOf(data, cellId))
}

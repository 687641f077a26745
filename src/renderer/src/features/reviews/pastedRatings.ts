// A column of levels pasted from Excel into the review grid → the edits to save, and what they change.
// It fills the rows below the focused one by position (the column holds no names), so what it would
// overwrite is named, member by member, for the clerk to confirm (docs/design.md §8). As with a rating
// sheet, a blank pasted cell keeps the stored level, and a level equal to the stored one is no change.
import type { MemberReview } from '@renderer/domain/entities'
import type { ReviewSubject } from '@renderer/domain/reviews/eligibility'
import { parsePastedRatings } from '@renderer/domain/reviews/ratings'
import { changeText, reviewChanges } from '@renderer/domain/reviews/reviewChanges'
import type { MemberEdit } from './useReviewYear'

export interface PastePlan {
  edits: MemberEdit[]
  /** "Trần Văn Ân: tự xếp loại HTTNV → HTXSNV", for the rows whose stored level is replaced. */
  overwritten: string[]
  /** Blank pasted cells: the stored level is kept. */
  blanks: number
  /** Invalid values, each with the member of its row: nothing is pasted there. */
  problems: string[]
  /** Pasted lines below the last row. */
  overflow: number
}

export function pastePlan(
  rated: readonly ReviewSubject[],
  reviews: ReadonlyMap<string, MemberReview>,
  row: number,
  field: 'selfRating' | 'cellProposal' | 'decision',
  text: string
): PastePlan {
  const pasted = parsePastedRatings(text)
  const plan: PastePlan = { edits: [], overwritten: [], blanks: 0, problems: [], overflow: 0 }
  for (const { offset, rating } of pasted.values) {
    const s = rated[row + offset]
    if (!s) plan.overflow++
    else if (rating === null) plan.blanks++
    else
      for (const c of reviewChanges(reviews.get(s.memberId), { [field]: rating })) {
        plan.edits.push({ memberId: s.memberId, field, value: c.after })
        if (c.overwrites) plan.overwritten.push(`${s.fullName}: ${changeText(c)}`)
      }
  }
  for (const { offset, message } of pasted.errors) {
    const s = rated[row + offset]
    if (s) plan.problems.push(`${s.fullName}: ${message}`)
    else plan.overflow++
  }
  return plan
}

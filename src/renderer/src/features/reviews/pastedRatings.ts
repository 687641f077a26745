// Levels pasted from Excel into the review grid → the edits to save, and what they change.
// A single column has no names: it fills the rows below the focused one by position, so what it
// would overwrite is named, member by member, for the clerk to confirm (docs/design.md §8). Copied
// with the members' names beside it (e.g. "Họ và tên" then "Xếp loại", an STT before them), each
// level goes to the member its line names, wherever the clerk pasted; the level is the last column.
// As with a rating sheet, a blank pasted cell keeps the stored level, and an equal level is no change.
import type { MemberReview, Rating } from '@renderer/domain/entities'
import type { ReviewSubject } from '@renderer/domain/reviews/eligibility'
import { parsePastedRatings, parseRatingInput, splitPastedRows } from '@renderer/domain/reviews/ratings'
import { changeText, reviewChanges } from '@renderer/domain/reviews/reviewChanges'
import { subjectByName, type NameMatch } from '@renderer/domain/reviews/subjectByName'
import type { MemberEdit } from './useReviewYear'

type RatingField = 'selfRating' | 'cellProposal' | 'decision'

export interface PastePlan {
  /** Each line went to the member it names (true), or the rows below the focused one (false). */
  byName: boolean
  edits: MemberEdit[]
  /** "Trần Văn Ân: tự xếp loại HTTNV → HTXSNV", for the rows whose stored level is replaced. */
  overwritten: string[]
  /** Blank pasted cells: the stored level is kept. */
  blanks: number
  /** Invalid values and unknown or repeated names: nothing is pasted there. */
  problems: string[]
  /** Pasted lines below the last row. */
  overflow: number
}

export function pastePlan(
  rated: readonly ReviewSubject[],
  reviews: ReadonlyMap<string, MemberReview>,
  row: number,
  field: RatingField,
  text: string
): PastePlan {
  const lines = splitPastedRows(text)
  const find = subjectByName(rated)
  const names = namesColumn(lines, find)
  const plan: PastePlan = {
    byName: names !== null,
    edits: [],
    overwritten: [],
    blanks: 0,
    problems: [],
    overflow: 0
  }
  const add = (s: ReviewSubject, rating: Rating | null): void => {
    if (rating === null) {
      plan.blanks++
      return
    }
    for (const c of reviewChanges(reviews.get(s.memberId), { [field]: rating })) {
      plan.edits.push({ memberId: s.memberId, field, value: c.after })
      if (c.overwrites) plan.overwritten.push(`${s.fullName}: ${changeText(c)}`)
    }
  }
  if (names === null) {
    const pasted = parsePastedRatings(text)
    for (const { offset, rating } of pasted.values) {
      const s = rated[row + offset]
      if (s) add(s, rating)
      else plan.overflow++
    }
    for (const { offset, message } of pasted.errors) {
      const s = rated[row + offset]
      if (s) plan.problems.push(`${s.fullName}: ${message}`)
      else plan.overflow++
    }
    return plan
  }
  const named = lines.filter((l) => l[names])
  const seen = new Map<string, number>()
  for (const l of named) {
    const id = find(l[names]).subject?.memberId
    if (id) seen.set(id, (seen.get(id) ?? 0) + 1)
  }
  for (const l of named) {
    const name = l[names]
    const { subject, problem } = find(name)
    const level =
      l.length > names + 1 ? parseRatingInput(l[l.length - 1]) : ({ ok: true, rating: null } as const)
    if (!subject) plan.problems.push(`“${name}”: ${problem}.`)
    else if (seen.get(subject.memberId)! > 1)
      plan.problems.push(`${subject.fullName} có ở nhiều dòng đã dán: hãy nhập tay.`)
    else if (!level.ok) plan.problems.push(`${subject.fullName}: ${level.message}`)
    else add(subject, level.rating)
  }
  return plan
}

/**
 * The column of the members' names: the one, before the last, where most lines name a member of the
 * grid; null when none does (a column of levels alone, or cells with no names).
 */
function namesColumn(lines: readonly string[][], find: (name: string) => NameMatch): number | null {
  const width = Math.max(...lines.map((l) => l.length))
  let best: number | null = null
  let bestCount = 0
  for (let col = 0; col < width - 1; col++) {
    const count = lines.filter((l) => l[col] && find(l[col]).subject).length
    if (count > bestCount) [best, bestCount] = [col, count]
  }
  return best
}

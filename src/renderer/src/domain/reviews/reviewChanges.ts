// What a rating sheet or a pasted column would change in a member's stored review, said before it is
// written (docs/design.md §8: nothing is overwritten silently). A blank value in the file keeps what
// is stored, and a value equal to the stored one is no change; a change of a non-blank stored value
// is an overwrite, which the clerk confirms by its count.
import type { MemberReview } from '../entities'
import { RATING_SHORT } from '../labels'

/** The review values a sheet or a paste can bring, in the order a change is said. */
export const REVIEW_VALUE_FIELDS = ['score', 'selfRating', 'cellProposal', 'decision', 'note'] as const
export type ReviewValueField = (typeof REVIEW_VALUE_FIELDS)[number]

type Values = Partial<Pick<MemberReview, ReviewValueField>>

export interface ReviewChange {
  field: ReviewValueField
  /** null where nothing was stored. */
  before: Values[ReviewValueField] | null
  after: NonNullable<Values[ReviewValueField]>
  /** A stored value is replaced (not a blank filled). */
  overwrites: boolean
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === ''

/** The fields `values` would change in `stored`, blanks kept, equal values left alone. */
export function reviewChanges(stored: Values | undefined, values: Values): ReviewChange[] {
  const changes: ReviewChange[] = []
  for (const field of REVIEW_VALUE_FIELDS) {
    const after = values[field]
    if (blank(after)) continue
    const before = blank(stored?.[field]) ? null : stored![field]!
    if (after === before) continue
    changes.push({ field, before, after: after!, overwrites: before !== null })
  }
  return changes
}

// The wording of every review change list (a rating sheet, a paste, a returned cell book's plan): "tự xếp loại HTTNV → HTXSNV".
const LABELS: Record<ReviewValueField, string> = {
  score: 'điểm',
  selfRating: 'tự xếp loại',
  cellProposal: 'chi bộ đề xuất',
  decision: 'Đảng ủy quyết định',
  note: 'ghi chú'
}

function shown(field: ReviewValueField, v: ReviewChange['before']): string {
  if (v === null) return '—'
  if (field === 'score') return String(v).replace('.', ',')
  if (field === 'note') return `“${v}”`
  return RATING_SHORT[v as keyof typeof RATING_SHORT]
}

/** "tự xếp loại HTTNV → HTXSNV", "điểm — → 92,5". */
export function changeText(c: ReviewChange): string {
  return `${LABELS[c.field]} ${shown(c.field, c.before)} → ${shown(c.field, c.after)}`
}

/** The overwrites among many members' changes: values replaced, and of how many members. */
export function overwriteCount(changesPerMember: readonly (readonly ReviewChange[])[]): {
  values: number
  members: number
} {
  const counts = changesPerMember.map((list) => list.filter((c) => c.overwrites).length)
  return { values: counts.reduce((a, b) => a + b, 0), members: counts.filter((n) => n > 0).length }
}

// Which step of the review a result comes from (docs/design.md §6: "Results count the committee's
// decisions; anything built from an earlier stage says it is provisional"). Every screen, list and
// spreadsheet that shows a year's results asks this module, so they all say the same thing.
import type { Rating } from '../entities'

/** The three steps of the year-end review, most advanced first. */
export type ReviewStage = 'decision' | 'cellProposal' | 'selfRating'

export const STAGE_LABELS: Record<ReviewStage, string> = {
  decision: 'Đảng ủy quyết định',
  cellProposal: 'chi bộ đề xuất',
  selfRating: 'tự đánh giá'
}

interface StagedFields {
  decision?: Rating | null
  cellProposal?: Rating | null
  /** Cell reviews call the cell step `proposal`. */
  proposal?: Rating | null
  selfRating?: Rating | null
}

export interface StagedRating {
  rating: Rating
  stage: ReviewStage
}

/** The rating that counts so far and the step it comes from; null when nobody has rated yet. */
export function stagedRating(r: StagedFields | undefined): StagedRating | null {
  if (!r) return null
  if (r.decision) return { rating: r.decision, stage: 'decision' }
  const proposal = r.cellProposal ?? r.proposal
  if (proposal) return { rating: proposal, stage: 'cellProposal' }
  if (r.selfRating) return { rating: r.selfRating, stage: 'selfRating' }
  return null
}

/**
 * How final a set of results is: 'decision' only when every rated entry is the committee's decision;
 * otherwise the least advanced step any counted result comes from. Null when nothing is rated.
 */
export function resultsStage(entries: Iterable<StagedFields>): ReviewStage | null {
  const order: ReviewStage[] = ['decision', 'cellProposal', 'selfRating']
  let worst = -1
  for (const e of entries) {
    const s = stagedRating(e)
    if (s) worst = Math.max(worst, order.indexOf(s.stage))
  }
  return worst < 0 ? null : order[worst]
}

/** The words a provisional result carries: "(số liệu tạm, theo chi bộ đề xuất)"; '' when decided. */
export function provisionalNote(stage: ReviewStage | null): string {
  if (stage === 'decision') return ''
  if (stage === null) return '(chưa có kết quả đánh giá)'
  return `(số liệu tạm, theo ${STAGE_LABELS[stage]})`
}

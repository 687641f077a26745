// Danh sách đánh giá, xếp loại đảng viên theo chi bộ: every member reviewed in the year with the level
// counted, or why not rated (docs/design.md §6 "Not rated"; QĐ 366-QĐ/TW 2025, HD 43-HD/BTCTW 2025),
// and the list of members rated không hoàn thành nhiệm vụ. Results count the committee's decisions;
// a list built from an earlier step says so (resultStage.ts).
import type { Member, MemberEvent, Rating } from '../entities'
import { formatDate } from '../dates'
import { DISCIPLINE_LABELS, RATING_LABELS } from '../labels'
import { NOT_RATED_LABELS } from '../reviews/eligibility'
import { groupByCells, type CellGroup } from '../reviews/reportRows'
import { STAGE_LABELS, stagedRating, type ReviewStage } from '../reviews/resultStage'
import { countedStage, type ReviewYearData } from '../reviews/yearData'
import { positionOf } from './position'

export const NOT_YET_RATED = 'Chưa đánh giá'

export interface RatingListRow {
  memberId: string
  fullName: string
  birthDate: string | null
  position: string
  rating: Rating | null
  /** The level in words, or "Không xếp loại" / "Chưa đánh giá". */
  result: string
  /** Why not rated, with detail; '' when rated. */
  reason: string
  /** The step the level comes from when not the committee's decision; disciplines of the year. */
  note: string
  /** Stage of the counted level (null when not rated). */
  stage: ReviewStage | null
}

export interface RatingList {
  groups: CellGroup<RatingListRow>[]
  /** The least final step among the levels listed (null: nothing rated yet). */
  stage: ReviewStage | null
  /**
   * `notRated`: members of the đảng số on the as-of date not rated (exempt, too new, suspended, marked
   * absent…), the summary sheet's "chưa đánh giá, xếp loại" columns; `left`: members listed because
   * they were the ward's in the year but left its đảng số by the as-of date (transferred out, died…),
   * whom the summary sheet's total leaves out.
   */
  counts: Record<Rating, number> & { notRated: number; notYet: number; left: number }
}

type MemberInfo = Pick<Member, 'id' | 'birthDate' | 'partyPosition' | 'occupation'>

/** Every member of the year's review (in `cellId` only, when given), by cell then name. */
export function ratingList(
  data: ReviewYearData,
  members: ReadonlyMap<string, MemberInfo>,
  cellId: string | null = null
): RatingList {
  const byCell = new Map<string, RatingListRow[]>()
  const counts = { excellent: 0, good: 0, complete: 0, incomplete: 0, notRated: 0, notYet: 0, left: 0 }
  for (const s of data.subjects) {
    if (cellId && s.cellId !== cellId) continue
    const review = data.memberReviews.get(s.memberId)
    const m = members.get(s.memberId)
    const row: RatingListRow = {
      memberId: s.memberId,
      fullName: s.fullName,
      birthDate: m?.birthDate ?? null,
      position: m ? positionOf(m, data.cells, data.asOfDate) : '',
      rating: null,
      result: 'Không xếp loại',
      reason: '',
      note: '',
      stage: null
    }
    const manual = review?.notRatedReason
    if (!s.eligible || manual) {
      row.reason = s.eligible ? NOT_RATED_LABELS[manual!] : s.reasonText
      if (review?.note) row.note = review.note
      if (s.inWard) counts.notRated++
      else counts.left++
    } else {
      const staged = stagedRating(review)
      if (staged) {
        row.rating = staged.rating
        row.stage = staged.stage
        row.result = RATING_LABELS[staged.rating]
        counts[staged.rating]++
        const notes: string[] = []
        if (staged.stage !== 'decision') notes.push(`Theo ${STAGE_LABELS[staged.stage]}`)
        for (const d of s.disciplines) notes.push(disciplineNote(d))
        if (review?.note) notes.push(review.note)
        row.note = notes.join('; ')
      } else {
        row.result = NOT_YET_RATED
        counts.notYet++
      }
    }
    const list = byCell.get(s.cellId) ?? []
    list.push(row)
    byCell.set(s.cellId, list)
  }
  return { groups: groupByCells(data.cells, byCell), stage: countedStage(data, cellId), counts }
}

/** The members rated không hoàn thành nhiệm vụ, by cell. */
export function incompleteGroups(list: RatingList): CellGroup<RatingListRow>[] {
  return list.groups
    .map((g) => ({ ...g, items: g.items.filter((r) => r.rating === 'incomplete') }))
    .filter((g) => g.items.length > 0)
}

/** "Bị kỷ luật cảnh cáo (12/05/2026)" — a year-only date stays the year. */
export function disciplineNote(d: Pick<MemberEvent, 'disciplineLevel' | 'date'>): string {
  const level = d.disciplineLevel ? ` ${DISCIPLINE_LABELS[d.disciplineLevel].toLocaleLowerCase('vi')}` : ''
  return `Bị kỷ luật${level} (${formatDate(d.date)})`
}

// Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm N đề nghị khen thưởng: this year's xuất sắc
// members (not only the multi-year streaks), with date of birth, position and the proposed form of
// award (docs/design.md §6 Honours). Who is a candidate is commendations.ts' (the committee's
// decision of a member counted in the year, or a proposal recorded on the Khen thưởng page); this only
// adds the columns. Cells xuất sắc in the year are candidates too, but not on this list of members.
import type { Cell, Member, MemberReview } from '../entities'
import type { CommendationCandidate } from '../honours/commendations'
import { yearsText } from '../honours/commendations'
import { groupByCells, type CellGroup } from '../reviews/reportRows'
import { resultsStage, type ReviewStage } from '../reviews/resultStage'
import { positionOf } from './position'

/** What a ward's Đảng ủy awards its own members for a year of xuất sắc; the clerk may change it. */
export const DEFAULT_AWARD_FORM = 'Giấy khen của Đảng ủy'

export interface ExcellentProposalRow {
  memberId: string
  fullName: string
  birthDate: string | null
  position: string
  awardForm: string
  /** "Hoàn thành xuất sắc nhiệm vụ 5 năm liền (2022–2026)" when the member's streak is proposed too. */
  note: string
}

export interface ExcellentProposals {
  groups: CellGroup<ExcellentProposalRow>[]
  total: number
  /** From the listed members' reviews of the year; null when nobody is listed. */
  stage: ReviewStage | null
}

export function excellentProposals(
  year: number,
  candidates: readonly CommendationCandidate[],
  members: ReadonlyMap<string, Pick<Member, 'id' | 'birthDate' | 'partyPosition' | 'occupation'>>,
  reviews: ReadonlyMap<string, Pick<MemberReview, 'decision' | 'cellProposal'>>,
  cells: readonly Cell[],
  awardForm: string = DEFAULT_AWARD_FORM,
  cellId: string | null = null
): ExcellentProposals {
  const streaks = new Map(
    candidates
      .filter((c) => c.subject === 'member' && c.basis === 'excellentStreak' && c.memberId)
      .map((c) => [c.memberId!, c.years])
  )
  const byCell = new Map<string, ExcellentProposalRow[]>()
  const stages: Pick<MemberReview, 'decision' | 'cellProposal'>[] = []
  let total = 0
  for (const c of candidates) {
    if (c.subject !== 'member' || c.basis !== 'excellentYear' || !c.memberId || !c.cellId) continue
    if (cellId && c.cellId !== cellId) continue
    const m = members.get(c.memberId)
    const streak = streaks.get(c.memberId)
    const review = reviews.get(c.memberId)
    if (review) stages.push(review)
    const list = byCell.get(c.cellId) ?? []
    list.push({
      memberId: c.memberId,
      fullName: c.name,
      birthDate: m?.birthDate ?? null,
      position: m ? positionOf(m, cells, `${year}-12-31`) : '',
      awardForm: awardForm.normalize('NFC').trim() || DEFAULT_AWARD_FORM,
      note: streak
        ? `Hoàn thành xuất sắc nhiệm vụ ${streak.length} năm liền (${yearsText(streak)}): đề nghị cấp trên khen thưởng`
        : ''
    })
    byCell.set(c.cellId, list)
    total++
  }
  return { groups: groupByCells(cells, byCell), total, stage: resultsStage(stages) }
}

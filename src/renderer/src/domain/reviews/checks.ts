// Checks on a year's ratings (docs/design.md §6). Each names the rule it applies (with the profile's source)
// and WARNS: no check ever changes a rating. All checks of a year are computed in O(n) over maps,
// so recomputing after every edit stays cheap at 10,000 members.
import { entryFor } from '../collections'
import type { Cell, CellReview, MemberReview, Rating } from '../entities'
import { RATING_SHORT } from '../labels'
import type { RulesParams, RulesSources } from '../rules/params'
import { shortSource } from '../rules/profiles'
import { currentRating, isAbove, ratingFromScore } from './ratings'
import { quotaByUnit } from './quota'
import { cellQuota, reviewYearCells, type ReviewYearOf } from './yearCells'
import { defaultAsOfDate } from './openYear'
import { NOT_RATED_LABELS, sickLeaveReaches, type ReviewSubject } from './eligibility'
import { formatPercent } from '../numbers'
import { formatDate } from '../dates'
import { EVENT_TYPE_LABELS } from '../members/events'

export type CheckRule =
  | 'quota'
  | 'disciplineCap'
  | 'sickLeaveCap'
  | 'scoreMismatch'
  | 'excellentNeedsConfirmation'
  | 'missingDecision'
  | 'ratedButNotEligible'
  | 'pastEndDate'
  | 'admissionYearOnly'
  | 'cellQuota'
  | 'cellIncompleteShare'
  | 'cellGoodThresholds'
  | 'cellCommitteeDiscipline'
  | 'cellMissingDecision'
  | 'cellOutsideYear'

export interface ReviewCheck {
  rule: CheckRule
  /** The rule and its source, e.g. "Tỷ lệ HTXSNV (QĐ 124-QĐ/TW 2023: ≤ 20 % số HTTNV)". */
  ruleText: string
  message: string
  memberId?: string
  cellId?: string
}

export interface CheckContext {
  params: RulesParams
  sources: RulesSources
  cellName: (cellId: string) => string
  /** When finalising, missing decisions are reported too. */
  finalising?: boolean
}

/** Why a member is not rated: the year's reason, else the one the clerk chose on the row. */
function notRatedText(subject: ReviewSubject, review: MemberReview | undefined): string {
  if (subject.reasonText) return subject.reasonText
  const chosen = review?.notRatedReason
  return chosen ? NOT_RATED_LABELS[chosen] : 'không thuộc diện xếp loại'
}

/** The checks of one member's row (everything except the quota, which needs the whole unit). */
export function checkMember(
  subject: ReviewSubject,
  review: MemberReview | undefined,
  ctx: CheckContext
): ReviewCheck[] {
  const { params, sources } = ctx
  const out: ReviewCheck[] = []
  const id = subject.memberId
  const rating = currentRating(review)
  const manualNotRated = !!review?.notRatedReason
  if (!subject.eligible || manualNotRated) {
    if (rating)
      out.push({
        rule: 'ratedButNotEligible',
        ruleText: `Không đánh giá, xếp loại (${shortSource(sources.notRatedAdmittedMonths, 'Hướng dẫn')})`,
        message: `${subject.fullName}: ${notRatedText(subject, review)} nhưng đã có mức ${RATING_SHORT[rating]}.`,
        memberId: id,
        cellId: subject.cellId
      })
    if (subject.pastEndDate) out.push(pastEndDateCheck(subject, subject.pastEndDate, sources))
    return out
  }
  if (subject.admissionYearOnly) {
    const n = params.notRatedAdmittedMonths
    const { year, latestEnough } = subject.admissionYearOnly
    out.push({
      rule: 'admissionYearOnly',
      ruleText: `Kết nạp chưa đủ ${n} tháng → không đánh giá, xếp loại (${shortSource(sources.notRatedAdmittedMonths, 'Hướng dẫn')})`,
      message: `${subject.fullName}: kết nạp năm ${year}, chưa rõ ngày — chỉ đủ ${n} tháng nếu kết nạp từ ${formatDate(latestEnough)} trở về trước; ghi ngày kết nạp để biết có thuộc diện đánh giá, xếp loại hay không.`,
      memberId: id,
      cellId: subject.cellId
    })
  }
  const stages: [string, Rating | null | undefined][] = [
    ['tự xếp loại', review?.selfRating],
    ['chi bộ đề xuất', review?.cellProposal],
    ['Đảng ủy quyết định', review?.decision]
  ]
  if (params.disciplineCapsToIncomplete && subject.disciplines.length > 0) {
    for (const [stage, r] of stages)
      if (r && r !== 'incomplete')
        out.push({
          rule: 'disciplineCap',
          ruleText: `Bị kỷ luật trong năm → KHTNV (${shortSource(sources.disciplineCapsToIncomplete, 'HD 21-HD/BTCTW 2019')})`,
          message: `${subject.fullName}: bị kỷ luật trong năm nhưng ${stage} ${RATING_SHORT[r]}.`,
          memberId: id,
          cellId: subject.cellId
        })
  }
  if (
    params.sickLeaveCapMonths > 0 &&
    sickLeaveReaches(
      subject.sickLeaveDays,
      params.sickLeaveCapMonths,
      subject.year,
      subject.sickLeaveLongestMonths
    )
  ) {
    for (const [stage, r] of stages)
      if (r && isAbove(r, 'complete'))
        out.push({
          rule: 'sickLeaveCap',
          ruleText: `Nghỉ ốm từ ${params.sickLeaveCapMonths} tháng → không quá HTNV (${shortSource(sources.sickLeaveCapMonths, 'Hướng dẫn')})`,
          message: `${subject.fullName}: nghỉ ốm ${subject.sickLeaveDays} ngày trong năm nhưng ${stage} ${RATING_SHORT[r]}.`,
          memberId: id,
          cellId: subject.cellId
        })
  }
  const score = review?.score
  if (score !== null && score !== undefined && rating) {
    const suggested = ratingFromScore(score, params, review?.exceedsRequirement)
    if (rating === 'excellent' && score >= params.scoreExcellent && !review?.exceedsRequirement) {
      out.push({
        rule: 'excellentNeedsConfirmation',
        ruleText: `HTXSNV cần hoàn thành 100 % và vượt ≥ 30 % chỉ tiêu (${shortSource(sources.scoreExcellent, 'QĐ 366-QĐ/TW')})`,
        message: `${subject.fullName}: ${score} điểm, xếp HTXSNV nhưng chưa xác nhận vượt chỉ tiêu.`,
        memberId: id,
        cellId: subject.cellId
      })
    } else if (suggested !== rating) {
      out.push({
        rule: 'scoreMismatch',
        ruleText: `Thang điểm (${shortSource(sources.scoreGood, 'QĐ 366-QĐ/TW')}: ≥ ${params.scoreExcellent} xuất sắc, ${params.scoreGood}–< ${params.scoreExcellent} tốt, ${params.scoreComplete}–< ${params.scoreGood} hoàn thành)`,
        message: `${subject.fullName}: ${score} điểm ứng với ${RATING_SHORT[suggested]} nhưng xếp ${RATING_SHORT[rating]}.`,
        memberId: id,
        cellId: subject.cellId
      })
    }
  }
  if (ctx.finalising && !review?.decision)
    out.push({
      rule: 'missingDecision',
      ruleText: 'Đảng ủy quyết định xếp loại',
      message: `${subject.fullName} (${ctx.cellName(subject.cellId)}): chưa có quyết định xếp loại của Đảng ủy.`,
      memberId: id,
      cellId: subject.cellId
    })
  return out
}

/**
 * Not rated for an exemption or suspension whose "đến ngày" has passed: the state lasts until its
 * end event is recorded (memberState.ts), so without it the member silently stays unrated.
 */
function pastEndDateCheck(
  subject: ReviewSubject,
  past: NonNullable<ReviewSubject['pastEndDate']>,
  sources: RulesSources
): ReviewCheck {
  const exempt = past.type === 'exemption'
  const state = exempt ? 'miễn sinh hoạt' : 'đình chỉ sinh hoạt'
  const end = EVENT_TYPE_LABELS[exempt ? 'exemptionEnd' : 'suspensionEnd']
  const source = sources[exempt ? 'notRatedExempt' : 'notRatedSuspended']
  return {
    rule: 'pastEndDate',
    ruleText: `${exempt ? 'Miễn công tác và sinh hoạt đảng' : 'Đình chỉ sinh hoạt'} → không xếp loại, đến khi ghi “${end}” (${shortSource(source, 'Hướng dẫn')})`,
    message: `${subject.fullName}: ${state} đến ${formatDate(past.endDate)} nhưng chưa ghi “${end}” — nếu đã sinh hoạt trở lại, ghi sự kiện đó để được đánh giá, xếp loại.`,
    memberId: subject.memberId,
    cellId: subject.cellId
  }
}

/** Quota checks, one per counting unit in excess. */
export function checkQuota(
  subjects: readonly ReviewSubject[],
  reviews: ReadonlyMap<string, MemberReview>,
  ctx: CheckContext
): ReviewCheck[] {
  const { params, sources } = ctx
  const rated = []
  for (const s of subjects) {
    const r = reviews.get(s.memberId)
    if (!s.eligible || r?.notRatedReason) continue
    rated.push({ cellId: s.cellId, rating: currentRating(r) })
  }
  const ruleText = `Vượt tỷ lệ HTXSNV (${shortSource(sources.quotaPercent, 'QĐ 124-QĐ/TW')}: ≤ ${params.quotaPercent} % số HTTNV)`
  return quotaByUnit(rated, params)
    .filter((u) => u.excess > 0)
    .map((u) => ({
      rule: 'quota' as const,
      ruleText,
      message: `${u.unitId === 'organization' ? 'Toàn Đảng bộ' : ctx.cellName(u.unitId)} có ${u.good} HTTNV → tối đa ${u.ceiling}, đề xuất ${u.excellent}.`,
      cellId: u.unitId === 'organization' ? undefined : u.unitId
    }))
}

/**
 * A level kept on someone the year does not rate (a member not rated, a cell outside the year): it
 * counts nowhere, and only clearing it (ReviewsPage, "Xóa mức đã ghi") ends the warning.
 */
export function isStrayRating(check: ReviewCheck): boolean {
  return check.rule === 'ratedButNotEligible' || check.rule === 'cellOutsideYear'
}

/** Every member check of the year: per-row checks plus the quota. O(n). */
export function checkMembers(
  subjects: readonly ReviewSubject[],
  reviews: ReadonlyMap<string, MemberReview>,
  ctx: CheckContext
): ReviewCheck[] {
  const out = checkQuota(subjects, reviews, ctx)
  for (const s of subjects) out.push(...checkMember(s, reviews.get(s.memberId), ctx))
  return out
}

// ——— Cells ———

export interface CellStats {
  cellId: string
  members: number
  rated: number
  counts: Record<Rating, number>
}

export function cellStats(
  subjects: readonly ReviewSubject[],
  reviews: ReadonlyMap<string, MemberReview>
): Map<string, CellStats> {
  const map = new Map<string, CellStats>()
  for (const s of subjects) {
    if (!s.inWard) continue
    const st = entryFor(map, s.cellId, () => ({
      cellId: s.cellId,
      members: 0,
      rated: 0,
      counts: { excellent: 0, good: 0, complete: 0, incomplete: 0 }
    }))
    st.members++
    const r = reviews.get(s.memberId)
    const rating = s.eligible && !r?.notRatedReason ? currentRating(r) : null
    if (rating) {
      st.rated++
      st.counts[rating]++
    }
  }
  return map
}

/** Members who sat on the cell's committee during the year and were disciplined in it. */
export function disciplinedCommittee(
  cell: Cell,
  year: number,
  subjectsById: ReadonlyMap<string, ReviewSubject>
): ReviewSubject[] {
  const start = `${year}-01-01`
  const end = `${year}-12-31`
  const out: ReviewSubject[] = []
  for (const seat of cell.committee ?? []) {
    if (seat.from > end || (seat.to && seat.to < start)) continue
    const s = subjectsById.get(seat.memberId)
    if (s && s.disciplines.length > 0 && !out.includes(s)) out.push(s)
  }
  return out
}

/**
 * The checks of the year's cells (reviewYearCells), the cell quota counted over the same cells as the
 * Chi bộ tab and the exported sheet. `year` with its as-of date; a bare year stands for its default
 * as-of date (defaultAsOfDate).
 */
export function checkCells(
  cells: readonly Cell[],
  cellReviews: ReadonlyMap<string, CellReview>,
  subjects: readonly ReviewSubject[],
  reviews: ReadonlyMap<string, MemberReview>,
  year: number | ReviewYearOf,
  ctx: CheckContext
): ReviewCheck[] {
  const { params, sources } = ctx
  const of = typeof year === 'number' ? { year, asOfDate: defaultAsOfDate(year) } : year
  const yearCells = reviewYearCells(cells, of)
  const stats = cellStats(subjects, reviews)
  const byId = new Map(subjects.map((s) => [s.memberId, s]))
  const out: ReviewCheck[] = []
  const hd21 = (k: keyof RulesParams) => shortSource(sources[k], 'HD 21-HD/BTCTW 2019')
  for (const cell of yearCells) {
    const st = stats.get(cell.id)
    const cr = cellReviews.get(cell.id)
    const rating = currentRating(cr)
    if (!st && !cr) continue
    const name = cell.name
    if (rating && st && st.rated > 0) {
      const pct = (n: number) => (n * 100) / st.rated
      const incompletePct = pct(st.counts.incomplete)
      if (incompletePct > params.cellIncompleteOverPercent && rating !== 'incomplete')
        out.push({
          rule: 'cellIncompleteShare',
          ruleText: `Trên ${params.cellIncompleteOverPercent} % đảng viên KHTNV → chi bộ KHTNV (${hd21('cellIncompleteOverPercent')})`,
          message: `${name}: ${st.counts.incomplete}/${st.rated} đảng viên KHTNV (${formatPercent(incompletePct)}) nhưng chi bộ xếp ${RATING_SHORT[rating]}.`,
          cellId: cell.id
        })
      if (rating === 'excellent' || rating === 'good') {
        const completePct = pct(st.rated - st.counts.incomplete)
        const goodPct = pct(st.counts.excellent + st.counts.good)
        if (completePct < params.cellGoodMinCompletePercent || goodPct < params.cellGoodMinGoodPercent)
          out.push({
            rule: 'cellGoodThresholds',
            ruleText: `Chi bộ từ HTTNV: ${params.cellGoodMinCompletePercent} % đảng viên từ HTNV, ≥ ${params.cellGoodMinGoodPercent} % từ HTTNV (${hd21('cellGoodMinGoodPercent')})`,
            message: `${name} xếp ${RATING_SHORT[rating]}: ${formatPercent(completePct)} từ HTNV, ${formatPercent(goodPct)} từ HTTNV.`,
            cellId: cell.id
          })
      }
    }
    if (rating === 'excellent' && params.cellExcellentNoCommitteeDiscipline) {
      const bad = disciplinedCommittee(cell, of.year, byId)
      if (bad.length)
        out.push({
          rule: 'cellCommitteeDiscipline',
          ruleText: `Chi bộ HTXSNV: chi ủy không ai bị kỷ luật (${hd21('cellExcellentNoCommitteeDiscipline')})`,
          message: `${name} xếp HTXSNV nhưng chi ủy viên ${bad.map((b) => b.fullName).join(', ')} bị kỷ luật trong năm.`,
          cellId: cell.id
        })
    }
    if (ctx.finalising && !cr?.decision && st && st.members > 0)
      out.push({
        rule: 'cellMissingDecision',
        ruleText: 'Đảng ủy quyết định xếp loại chi bộ',
        message: `${name}: chưa có quyết định xếp loại chi bộ.`,
        cellId: cell.id
      })
  }
  // The same quota applies to party organisations (QĐ 124: tổ chức đảng HTXSNV ≤ 20 % số HTTNV).
  const u = cellQuota(yearCells, cellReviews, params)
  if (u.excess > 0)
    out.push({
      rule: 'cellQuota',
      ruleText: `Vượt tỷ lệ chi bộ HTXSNV (${shortSource(sources.quotaPercent, 'QĐ 124-QĐ/TW')}: ≤ ${params.quotaPercent} % số chi bộ HTTNV)`,
      message: `Đảng bộ có ${u.good} chi bộ HTTNV → tối đa ${u.ceiling} chi bộ HTXSNV, đề xuất ${u.excellent}.`
    })
  out.push(...ratedOutsideYear(cells, yearCells, cellReviews, of, ctx))
  return out
}

/**
 * A rating kept on a cell that is not in the year (founded after the as-of date, closed before the
 * year, or closed without a date) is neither listed nor counted: said here rather than dropped in
 * silence (docs/design.md §8), with what would bring the cell into the year.
 */
function ratedOutsideYear(
  cells: readonly Cell[],
  yearCells: readonly Cell[],
  cellReviews: ReadonlyMap<string, CellReview>,
  of: ReviewYearOf,
  ctx: CheckContext
): ReviewCheck[] {
  const inYear = new Set(yearCells.map((c) => c.id))
  const byId = new Map(cells.map((c) => [c.id, c]))
  const out: ReviewCheck[] = []
  for (const [cellId, cr] of cellReviews) {
    const rating = currentRating(cr)
    if (!rating || inYear.has(cellId)) continue
    const cell = byId.get(cellId)
    const closed = cell?.status === 'merged' ? 'hợp nhất' : 'giải thể'
    const foundedLater = !!cell?.foundedOn && cell.foundedOn.slice(0, 10) > of.asOfDate
    const why = !cell
      ? 'không còn trong danh sách chi bộ'
      : foundedLater
        ? `thành lập ${formatDate(cell.foundedOn)}, sau ngày tính ${formatDate(of.asOfDate)}`
        : cell.closedOn
          ? `đã ${closed} ngày ${formatDate(cell.closedOn)}, trước năm ${of.year}`
          : `đã ${closed} nhưng chưa ghi ngày ${closed}`
    // Only the founding date is edited on the Chi bộ page; a closing date is the dissolution's or merger's.
    const fix = foundedLater ? ' Nếu ngày thành lập ghi sai, sửa ở trang Chi bộ.' : ''
    out.push({
      rule: 'cellOutsideYear',
      ruleText: `Chỉ xếp loại chi bộ có trong năm (thành lập đến ngày tính, chưa giải thể, hợp nhất trước năm ${of.year})`,
      message: `${cell?.name ?? ctx.cellName(cellId)} ${why}, nhưng có xếp loại năm ${of.year} (${RATING_SHORT[rating]}): không hiện ở bảng chi bộ, không tính vào kết quả năm.${fix}`,
      cellId
    })
  }
  return out
}

/**
 * Member checks recomputed after an edit without redoing the rows that did not change: a row's
 * checks are kept while its subject, its review object (replaced, never mutated, on each edit) and
 * the context are the same. The quota is recounted every time (one O(n) pass of counting).
 */
export function incrementalMemberChecks(): (
  subjects: readonly ReviewSubject[],
  reviews: ReadonlyMap<string, MemberReview>,
  ctx: CheckContext
) => ReviewCheck[] {
  const cache = new Map<
    string,
    { subject: ReviewSubject; review: MemberReview | undefined; ctx: CheckContext; checks: ReviewCheck[] }
  >()
  return (subjects, reviews, ctx) => {
    const out = checkQuota(subjects, reviews, ctx)
    for (const s of subjects) {
      const review = reviews.get(s.memberId)
      let hit = cache.get(s.memberId)
      if (!hit || hit.subject !== s || hit.review !== review || hit.ctx !== ctx) {
        hit = { subject: s, review, ctx, checks: checkMember(s, review, ctx) }
        cache.set(s.memberId, hit)
      }
      for (const c of hit.checks) out.push(c)
    }
    return out
  }
}

// Past ratings (year, member, level decided by the Party committee) read from Excel, so streaks
// (QĐ 124-QĐ/TW: "5 năm liền") and the year-over-year charts start from the ward's real history.
// Every row is new, the same as what is recorded, or a problem with its reason; a decision already
// recorded is never overwritten, and a locked year is never touched.
import type { IsoDate, Member, MemberEvent, MemberReview, Rating } from '../entities'
import { RATING_SHORT } from '../labels'
import { memberStateOn } from '../memberState'
import { parseRatingInput } from '../reviews/ratings'
import { valueText, type ImportValue } from '../members/importValues'
import { MemberMatcher, type IdentityValues, type MatchKey } from './memberMatch'

export interface PastRatingValues extends IdentityValues {
  year?: ImportValue
  rating?: ImportValue
}

export interface HistoryRecord<V> {
  rowNumber: number
  values: V
}

/** new: will be written; same: already recorded so, nothing to write; problem: not written. */
export type HistoryOutcome = 'new' | 'same' | 'problem'

export interface PastRatingRow {
  rowNumber: number
  outcome: HistoryOutcome
  /** The name as in the file, or the member's. */
  name: string
  member?: Member
  matchedBy?: MatchKey
  year?: number
  rating?: Rating
  /** The review to write (new, or the stored one with its decision filled). */
  review?: MemberReview
  problems: string[]
  note?: string
}

export interface PastRatingContext {
  today: IsoDate
  members: readonly Member[]
  events: readonly MemberEvent[]
  reviews: readonly MemberReview[]
  lockedYears: ReadonlySet<number>
  now: string
}

export function countOutcomes(rows: readonly { outcome: HistoryOutcome }[]): Record<HistoryOutcome, number> {
  const counts: Record<HistoryOutcome, number> = { new: 0, same: 0, problem: 0 }
  for (const r of rows) counts[r.outcome]++
  return counts
}

/** Rows naming the same key: each of them (the first too) is a problem naming the others. */
export function flagDuplicates<R extends { rowNumber: number; outcome: HistoryOutcome; problems: string[] }>(
  rows: R[],
  keyOf: (r: R) => string | null,
  message: (others: number[]) => string
): void {
  const groups = new Map<string, R[]>()
  for (const r of rows) {
    const k = keyOf(r)
    if (k) groups.set(k, [...(groups.get(k) ?? []), r])
  }
  for (const group of groups.values())
    if (group.length > 1)
      for (const r of group) {
        r.problems.push(message(group.filter((o) => o !== r).map((o) => o.rowNumber)))
        r.outcome = 'problem'
      }
}

export function analyzePastRatings(
  records: readonly HistoryRecord<PastRatingValues>[],
  ctx: PastRatingContext
): PastRatingRow[] {
  const matcher = new MemberMatcher(ctx.members)
  const stored = new Map(ctx.reviews.map((r) => [r.id, r]))
  const eventsOf = new Map<string, MemberEvent[]>()
  for (const e of ctx.events) eventsOf.set(e.memberId, [...(eventsOf.get(e.memberId) ?? []), e])
  const thisYear = Number(ctx.today.slice(0, 4))

  const rows = records.map((rec): PastRatingRow => {
    const v = rec.values
    const problems: string[] = []
    const yearText = valueText(v.year ?? null)
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN
    if (!yearText) problems.push('Thiếu năm.')
    else if (!(year >= 1976 && year <= thisYear))
      problems.push(`Năm "${yearText}" không hợp lệ (từ 1976 đến ${thisYear}).`)
    const ratingText = valueText(v.rating ?? null)
    const parsed = parseRatingInput(ratingText)
    let rating: Rating | undefined
    if (!ratingText) problems.push('Thiếu mức xếp loại.')
    else if (!parsed.ok) problems.push(parsed.message)
    else rating = parsed.rating ?? undefined
    const match = matcher.match(v)
    const name = match.member?.fullName ?? valueText(v.fullName ?? null)
    if (!match.member) problems.push(match.problem)
    const row: PastRatingRow = { rowNumber: rec.rowNumber, outcome: 'problem', name, problems }
    if (match.member) Object.assign(row, { member: match.member, matchedBy: match.by })
    if (!isNaN(year)) row.year = year
    if (rating) row.rating = rating
    if (problems.length || !match.member || !rating) return row

    const member = match.member
    if (ctx.lockedYears.has(year)) {
      problems.push(`Kết quả năm ${year} đã khóa: không ghi thêm.`)
      return row
    }
    const before = stored.get(`${year}:${member.id}`)
    if (before?.decision === rating) {
      row.outcome = 'same'
      row.note = `Đã có trong sổ: năm ${year} ${RATING_SHORT[rating]}.`
      return row
    }
    if (before?.decision) {
      problems.push(
        `Năm ${year} đã có quyết định ${RATING_SHORT[before.decision]} trong sổ, tệp ghi ${RATING_SHORT[rating]}: không ghi đè (sửa ở trang Đánh giá, xếp loại nếu cần).`
      )
      return row
    }
    const cellId =
      memberStateOn(member, eventsOf.get(member.id) ?? [], `${year}-12-31`).cellId ?? member.cellId
    row.review = before
      ? { ...before, decision: rating, updatedAt: ctx.now }
      : {
          id: `${year}:${member.id}`,
          year,
          memberId: member.id,
          cellId,
          decision: rating,
          updatedAt: ctx.now
        }
    row.outcome = 'new'
    return row
  })
  flagDuplicates(
    rows,
    (r) => (r.member && r.year ? `${r.member.id}|${r.year}` : null),
    (others) => `Năm này của đảng viên này còn ở dòng ${others.join(', ')}: chỉ giữ một dòng.`
  )
  return rows
}

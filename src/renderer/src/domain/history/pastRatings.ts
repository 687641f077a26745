// Past ratings (year, member, level decided by the Party committee) read from Excel, so streaks
// (QĐ 124-QĐ/TW: "5 năm liền") and the year-over-year charts start from the ward's real history.
// Every row is new, the same as what is recorded, or a problem with its reason; a decision already
// recorded is never overwritten, and a locked year is never touched.
import type { IsoDate, Member, MemberEvent, MemberReview, Rating } from '../entities'
import { RATING_SHORT } from '../labels'
import { MEMBER_STATUS_LABELS, memberStateOn } from '../memberState'
import { defaultAsOfDate } from '../reviews/openYear'
import { comparable, formatDate } from '../dates'
import { parseRatingInput } from '../reviews/ratings'
import { normalizeIdNumber, normalizePartyCard, valueText, type ImportValue } from '../members/importValues'
import { foldForSearch } from '../names'
import { labelInSentence } from '../members/fieldLabels'
import { NOT_RATED_LABELS, groupEventsByMember } from '../reviews/eligibility'
import { MemberMatcher, type IdentityValues, type MatchKey } from './memberMatch'
import type { SeenVersion } from '../staleRecord'

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

/** What every history row says: its place in the file, its outcome, the member it names, its problems. */
export interface HistoryRowBase {
  rowNumber: number
  outcome: HistoryOutcome
  /** The matched member's name, or the name as in the file when none is matched. */
  name: string
  /** The file's name when it is not the matched member's (the row is then a problem). */
  nameInFile?: string
  member?: Member
  matchedBy?: MatchKey
  problems: string[]
  note?: string
}

export interface PastRatingRow extends HistoryRowBase {
  year?: number
  rating?: Rating
  /** The review to write (new, or the stored one with its decision filled). */
  review?: MemberReview
  /** With `review`: the stored review's `updatedAt` it was built from (null: none), checked at the write. */
  seen?: SeenVersion
}

export interface PastRatingContext {
  today: IsoDate
  members: readonly Member[]
  events: readonly MemberEvent[]
  reviews: readonly MemberReview[]
  lockedYears: ReadonlySet<number>
  /** Each opened review year's as-of date (Đánh giá › ngày chốt danh sách); others take the default. */
  asOfDates?: ReadonlyMap<number, IsoDate>
  now: string
}

export function countOutcomes(rows: readonly { outcome: HistoryOutcome }[]): Record<HistoryOutcome, number> {
  const counts: Record<HistoryOutcome, number> = { new: 0, same: 0, problem: 0 }
  for (const r of rows) counts[r.outcome]++
  return counts
}

/**
 * A row's start, once its own columns are checked (their problems first): the member its identity
 * columns name, or why none is found. A problem row until the caller finds nothing wrong.
 */
export function matchedRow(
  matcher: MemberMatcher,
  rec: HistoryRecord<IdentityValues>,
  problems: string[]
): HistoryRowBase {
  const match = matcher.match(rec.values)
  const inFile = valueText(rec.values.fullName ?? null)
  const name = match.member?.fullName ?? inFile
  if (!match.member) problems.push(match.problem)
  const row: HistoryRowBase = { rowNumber: rec.rowNumber, outcome: 'problem', name, problems }
  if (match.member) Object.assign(row, { member: match.member, matchedBy: match.by })
  // Found by card or CCCD under another name: a typo'd number would give this member another's
  // past (streaks count it). Not guessed at, as the member import does not (identityProblems).
  if (match.member && match.by !== 'nameBirth' && inFile && foldForSearch(inFile) !== foldForSearch(name)) {
    row.nameInFile = inFile
    const key =
      match.by === 'partyCard'
        ? `Số thẻ ${normalizePartyCard(rec.values.partyCardNumber).value}`
        : `CCCD ${normalizeIdNumber(rec.values.idNumber).value}`
    problems.push(
      `${key} là của đồng chí ${name}, nhưng tệp ghi họ tên “${inFile}”: không ghi. Nếu số thẻ hoặc CCCD trong tệp gõ nhầm, sửa tệp rồi chọn lại; nếu đúng là một người, sửa họ tên trên màn hình Đảng viên.`
    )
  }
  return row
}

/**
 * One row per member and year (or milestone): rows naming the same member and the same `what`
 * are each a problem naming the others, the first too: the app does not choose one for the clerk.
 */
export function flagDuplicates<R extends HistoryRowBase>(
  rows: R[],
  whatOf: (r: R) => number | undefined,
  what: string
): void {
  const groups = new Map<string, R[]>()
  for (const r of rows) {
    const w = whatOf(r)
    if (!r.member || !w) continue
    const key = `${r.member.id}|${w}`
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  for (const group of groups.values())
    if (group.length > 1)
      for (const r of group) {
        const others = group.filter((o) => o !== r).map((o) => o.rowNumber)
        r.problems.push(`${what} của đảng viên này còn ở dòng ${others.join(', ')}: chỉ giữ một dòng.`)
        r.outcome = 'problem'
      }
}

export function analyzePastRatings(
  records: readonly HistoryRecord<PastRatingValues>[],
  ctx: PastRatingContext
): PastRatingRow[] {
  const matcher = new MemberMatcher(ctx.members)
  const stored = new Map(ctx.reviews.map((r) => [r.id, r]))
  const eventsOf = groupEventsByMember(ctx.events)
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
    const row: PastRatingRow = matchedRow(matcher, rec, problems)
    if (!isNaN(year)) row.year = year
    if (rating) row.rating = rating
    if (problems.length || !row.member || !rating) return row

    const member = row.member
    // A year before he was admitted has no rating of his: a typo'd year would feed the streaks
    // commendations count (domain/honours).
    if (member.admissionDate && comparable(member.admissionDate) > `${year}-12-31`) {
      problems.push(
        `Năm ${year} đồng chí chưa vào Đảng (kết nạp ${formatDate(member.admissionDate)}): không có xếp loại đảng viên năm này.`
      )
      return row
    }
    // The ward rates the members in its đảng số on the year's as-of date (docs/design.md §6 "Not
    // rated"; QĐ 232-QĐ/TW 2025, 6.3.2 for a guest): not one who died or left before it, nor a
    // member of another đảng bộ staying here for a while.
    const asOf = ctx.asOfDates?.get(year) ?? defaultAsOfDate(year)
    const state = memberStateOn(member, eventsOf.get(member.id) ?? [], asOf)
    if (!state.inWard) {
      const why = state.visiting
        ? 'sinh hoạt tạm thời, là đảng viên của đảng bộ khác'
        : !state.isMember
          ? 'chưa chuyển đến Đảng bộ'
          : labelInSentence(MEMBER_STATUS_LABELS[state.status])
      problems.push(
        `Năm ${year} đồng chí không thuộc đảng số của Đảng bộ (${why}, ngày chốt danh sách ${formatDate(asOf)}): không có xếp loại của Đảng bộ năm này.`
      )
      return row
    }
    const before = stored.get(`${year}:${member.id}`)
    if (before?.decision === rating) {
      row.outcome = 'same'
      row.note = `Đã có trong sổ: năm ${year} ${RATING_SHORT[rating]}.`
      return row
    }
    if (ctx.lockedYears.has(year)) {
      problems.push(`Kết quả năm ${year} đã khóa: không ghi thêm.`)
      return row
    }
    if (before?.decision) {
      problems.push(
        `Năm ${year} đã có quyết định ${RATING_SHORT[before.decision]} trong sổ, tệp ghi ${RATING_SHORT[rating]}: không ghi đè (sửa ở trang Đánh giá, xếp loại nếu cần).`
      )
      return row
    }
    // Marked "không xếp loại" on the review page (absent from the review meeting…): a decision on
    // top would never count (countedReviews) and says the opposite of what the book holds.
    if (before?.notRatedReason) {
      problems.push(
        `Năm ${year} sổ ghi đồng chí không xếp loại (${NOT_RATED_LABELS[before.notRatedReason]}), tệp ghi ${RATING_SHORT[rating]}: không ghi (sửa ở trang Đánh giá, xếp loại nếu cần).`
      )
      return row
    }
    const cellId = state.cellId ?? member.cellId
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
    row.seen = before?.updatedAt ?? null
    row.outcome = 'new'
    return row
  })
  flagDuplicates(rows, (r) => r.year, 'Năm này')
  return rows
}

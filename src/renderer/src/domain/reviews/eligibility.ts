// Who is reviewed in year N, and why not (docs/design.md §6 "Not rated"). Everything goes through
// memberStateOn, the single source of truth for "who belongs where on a date".
import type { IsoDate, Member, MemberEvent, NotRatedReason } from '../entities'
import {
  addDays,
  addMonths,
  comparable,
  compareDates,
  daysBetween,
  formatDate,
  isYearOnly,
  yearOf
} from '../dates'
import { memberStateOn, MEMBER_STATUS_LABELS } from '../memberState'
import type { RulesParams } from '../rules/params'
import { probationStart } from '../members/probation'

export const NOT_RATED_LABELS: Record<NotRatedReason, string> = {
  probationShort: 'Kết nạp chưa đủ 6 tháng',
  exempt: 'Miễn công tác và sinh hoạt đảng',
  suspended: 'Đình chỉ sinh hoạt',
  transferredOut: 'Đã chuyển sinh hoạt đi',
  absent: 'Vắng buổi kiểm điểm',
  notActive: 'Không còn sinh hoạt',
  other: 'Lý do khác'
}

/**
 * Who the year's rules leave unrated, in words for a sentence ("miễn sinh hoạt, kết nạp chưa đủ 6
 * tháng, chuyển sinh hoạt đi…"): a rules profile may turn a reason off or change the months.
 */
export function notRatedRulesText(
  params: Pick<RulesParams, 'notRatedAdmittedMonths' | 'notRatedExempt' | 'notRatedSuspended'>
): string {
  const why = [
    params.notRatedExempt && 'miễn sinh hoạt',
    params.notRatedSuspended && 'đình chỉ sinh hoạt',
    params.notRatedAdmittedMonths > 0 && `kết nạp chưa đủ ${params.notRatedAdmittedMonths} tháng`
  ].filter(Boolean)
  return `${[...why, 'chuyển sinh hoạt đi'].join(', ')}…`
}

/** Reasons a clerk may set by hand on a member who would otherwise be reviewed. */
export const MANUAL_NOT_RATED: readonly NotRatedReason[] = ['absent', 'other']

export interface ReviewSubject {
  memberId: string
  fullName: string
  year: number
  /** The member's cell for the year's review (as of the chosen date). */
  cellId: string
  /** In the ward's lists on the as-of date (counted in "tổng số đảng viên"). */
  inWard: boolean
  /** To be rated, unless the clerk marks absent/other on the review. */
  eligible: boolean
  reason: NotRatedReason | null
  /** Vietnamese reason, with detail (e.g. "Kết nạp chưa đủ 6 tháng (05/09/2025)"). */
  reasonText: string
  /** Discipline events dated in the year (one violation counts once). */
  disciplines: MemberEvent[]
  /** Days of sick leave falling inside the year (sickLeave events, date..endDate). */
  sickLeaveDays: number
  /** Whole calendar months of the longest single sick leave inside the year (longestSickLeaveMonths). */
  sickLeaveLongestMonths?: number
  admissionDate: IsoDate | null
  /**
   * Not rated for an exemption or suspension recorded "đến ngày" a day before the as-of date, with no
   * end event after it: memberStateOn ends the state only on its end event, so the clerk is asked
   * (checks.ts, pastEndDate) whether the member is back. Absent otherwise.
   */
  pastEndDate?: { type: 'exemption' | 'suspension'; endDate: IsoDate }
  /**
   * Rated, but admitted in a year known without its day, late enough that the months since admission
   * may be short on the as-of date: kept to its year (never read as 1 January) and asked to verify
   * (checks.ts, admissionYearOnly). The latest day that still gives the months is `latestEnough`.
   */
  admissionYearOnly?: { year: number; latestEnough: IsoDate }
}

type MemberLike = Pick<Member, 'id' | 'fullName' | 'cellId' | 'admissionDate' | 'officialDate'>

const ENTRY = new Set(['admission', 'readmission', 'transferIn'])

/**
 * The review subject for one member, or null when the member does not belong to the year at all
 * (left before 1 January, or not yet admitted on the as-of date).
 */
export function reviewSubject(
  member: MemberLike,
  events: readonly MemberEvent[],
  year: number,
  asOfDate: IsoDate,
  params: Pick<RulesParams, 'notRatedAdmittedMonths' | 'notRatedExempt' | 'notRatedSuspended'>
): ReviewSubject | null {
  const yearStart = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  const end = memberStateOn(member, events, asOfDate)
  if (!end.isMember) return null
  if (!end.inWard) {
    // Listed only when the member was in the ward's đảng số at some point of the year. A member of
    // another đảng bộ staying here for a while (a temporary transfer in) never was: rated at home.
    const start = memberStateOn(member, events, yearStart)
    const enteredInYear = events.some(
      (e) =>
        ENTRY.has(e.type) &&
        comparable(e.date) >= yearStart &&
        comparable(e.date) <= asOfDate &&
        memberStateOn(member, events, e.date).inWard
    )
    if (!start.inWard && !enteredInYear) return null
  }

  // The latest admission decision (a readmission starts over), as probation counts it.
  const start = probationStart(member, events)
  const admissionDate = start ? comparable(start) : null

  const disciplines = events.filter(
    (e) => e.type === 'discipline' && comparable(e.date) >= yearStart && comparable(e.date) <= yearEnd
  )
  const sickLeaveDays = sickDaysInYear(events, year, asOfDate)
  const sickLeaveLongestMonths = sickLeaveDays > 0 ? longestSickLeaveMonths(events, year, asOfDate) : 0

  let reason: NotRatedReason | null = null
  let detail = ''
  if (!end.inWard) {
    reason = end.status === 'transferredOut' ? 'transferredOut' : 'notActive'
    if (reason === 'notActive') detail = MEMBER_STATUS_LABELS[end.status]
  } else if (end.suspended && params.notRatedSuspended) {
    reason = 'suspended'
  } else if (end.exempt && params.notRatedExempt) {
    reason = 'exempt'
  } else if (
    admissionDate &&
    params.notRatedAdmittedMonths > 0 &&
    comparable(admissionDate) > latestAdmissionCounted(asOfDate, params.notRatedAdmittedMonths)
  ) {
    reason = 'probationShort'
    detail = `kết nạp ${formatDate(admissionDate)}`
  }
  // A year-only admission counts as eligible from its first possible day (comparable), but its last
  // possible day may fall within the months: say so rather than decide either way.
  const latestEnough = latestAdmissionCounted(asOfDate, params.notRatedAdmittedMonths)
  const admissionYearOnly =
    reason === null &&
    start &&
    isYearOnly(start) &&
    params.notRatedAdmittedMonths > 0 &&
    `${start}-12-31` > latestEnough
      ? { year: yearOf(start), latestEnough }
      : undefined
  const pastEndDate =
    reason === 'exempt' || reason === 'suspended'
      ? stateRecordedPastEnd(events, reason === 'exempt' ? 'exemption' : 'suspension', asOfDate)
      : undefined
  let reasonText = reason ? NOT_RATED_LABELS[reason] : ''
  if (reason === 'probationShort') reasonText = `Kết nạp chưa đủ ${params.notRatedAdmittedMonths} tháng`
  if (detail) reasonText += ` (${detail})`

  return {
    memberId: member.id,
    fullName: member.fullName,
    year,
    cellId: end.cellId ?? member.cellId,
    inWard: end.inWard,
    eligible: reason === null,
    reason,
    reasonText,
    disciplines,
    sickLeaveDays,
    sickLeaveLongestMonths,
    admissionDate,
    ...(pastEndDate ? { pastEndDate } : {}),
    ...(admissionYearOnly ? { admissionYearOnly } : {})
  }
}

/**
 * The latest admission day that has its `months` full on `asOfDate`: the months run forward from the
 * admission, a month without the matching day ending on its last day (31/05 + 6 months = 30/11), as
 * probation's 12 months are counted (members/probation.ts). Counting back from the as-of date instead
 * (30/11 − 6 months = 30/05) would leave a member admitted on 31/05 unrated on 30/11.
 */
export function latestAdmissionCounted(asOfDate: IsoDate, months: number): IsoDate {
  let latest = addMonths(asOfDate, -months)
  for (;;) {
    const next = addDays(latest, 1)
    if (addMonths(next, months) > asOfDate) return latest
    latest = next
  }
}

/**
 * The exemption or suspension in force on the as-of date (the latest one recorded by then), when its
 * "đến ngày" is before that date and no end event follows it — not even one dated after the as-of
 * date, which says the clerk knows it ran longer.
 */
function stateRecordedPastEnd(
  events: readonly MemberEvent[],
  type: 'exemption' | 'suspension',
  asOfDate: IsoDate
): ReviewSubject['pastEndDate'] {
  const endType = type === 'exemption' ? 'exemptionEnd' : 'suspensionEnd'
  let latest: MemberEvent | null = null
  for (const e of events)
    if (
      e.type === type &&
      comparable(e.date) <= asOfDate &&
      (!latest || compareDates(e.date, latest.date) >= 0)
    )
      latest = e
  const last: MemberEvent | null = latest
  if (!last?.endDate || comparable(last.endDate) >= asOfDate) return undefined
  if (events.some((e) => e.type === endType && compareDates(e.date, last.date) >= 0)) return undefined
  return { type, endDate: last.endDate }
}

/**
 * Each sick leave's part inside the year; an open leave runs to the as-of date (or the year's end).
 * Records that overlap (a leave recorded twice, an extension recorded from a day the first still
 * covers) are one leave: a day off sick counts once. A record starting the day after another ends
 * (an extension recorded as its own record, 01/02–28/02 then 01/03–30/04) continues the same
 * leave: the member was off sick without a break, so its calendar months run on.
 */
function sickLeavesInYear(
  events: readonly MemberEvent[],
  year: number,
  asOfDate: IsoDate
): { from: IsoDate; to: IsoDate }[] {
  const yearStart = `${year}-01-01`
  const yearEnd = `${year}-12-31`
  const out: { from: IsoDate; to: IsoDate }[] = []
  for (const e of events) {
    if (e.type !== 'sickLeave') continue
    const from = comparable(e.date) < yearStart ? yearStart : comparable(e.date)
    const openEnd = comparable(asOfDate) < yearEnd ? comparable(asOfDate) : yearEnd
    const rawTo = e.endDate ? comparable(e.endDate) : openEnd
    const to = rawTo > yearEnd ? yearEnd : rawTo
    if (to >= from) out.push({ from, to })
  }
  out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  const merged: { from: IsoDate; to: IsoDate }[] = []
  for (const l of out) {
    const last = merged[merged.length - 1]
    if (last && l.from <= addDays(last.to, 1)) {
      if (l.to > last.to) last.to = l.to
    } else merged.push({ ...l })
  }
  return merged
}

/** Sick-leave days inside the year; an open leave runs to the as-of date (or the year's end). */
export function sickDaysInYear(events: readonly MemberEvent[], year: number, asOfDate: IsoDate): number {
  return sickLeavesInYear(events, year, asOfDate).reduce((sum, l) => sum + daysBetween(l.from, l.to) + 1, 0)
}

/**
 * Whole calendar months of the longest single sick leave inside the year: the most k with
 * from + k months ≤ to + 1 day (01/02–30/04 is 3 months, though 89 days long).
 */
export function longestSickLeaveMonths(
  events: readonly MemberEvent[],
  year: number,
  asOfDate: IsoDate
): number {
  let best = 0
  for (const { from, to } of sickLeavesInYear(events, year, asOfDate)) {
    const after = addDays(to, 1)
    let k = best
    while (addMonths(from, k + 1) <= after) k++
    best = k
  }
  return best
}

/**
 * "Sick leave ≥ N months" (nghỉ ốm từ N tháng trở lên trong năm): one leave of N calendar months
 * (`longestMonths`, longestSickLeaveMonths), however short those months are; or leaves adding up to
 * the days of N calendar months counted from 1 January (so 3 months ≈ 90 days), since separate
 * leaves have no calendar months of their own. Documented in README.md (Đánh giá, xếp loại).
 */
export function sickLeaveReaches(days: number, months: number, year: number, longestMonths = 0): boolean {
  if (months <= 0) return false
  if (longestMonths >= months) return true
  const start = `${year}-01-01`
  return days >= daysBetween(start, addMonths(start, months))
}

/** Builds every subject of the year in one pass over a member → events map (no per-row reads). */
export function buildReviewSubjects(
  members: readonly MemberLike[],
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  year: number,
  asOfDate: IsoDate,
  params: Pick<RulesParams, 'notRatedAdmittedMonths' | 'notRatedExempt' | 'notRatedSuspended'>
): ReviewSubject[] {
  const out: ReviewSubject[] = []
  for (const m of members) {
    const s = reviewSubject(m, eventsByMember.get(m.id) ?? [], year, asOfDate, params)
    if (s) out.push(s)
  }
  return out
}

export function groupEventsByMember(events: readonly MemberEvent[]): Map<string, MemberEvent[]> {
  const map = new Map<string, MemberEvent[]>()
  for (const e of events) {
    const list = map.get(e.memberId)
    if (list) list.push(e)
    else map.set(e.memberId, [e])
  }
  return map
}

// Members due for official membership: probation lasts 12 months from admission (Điều lệ Đảng,
// Điều 5), and after a readmission a new 12 months "như người vào Đảng lần đầu" (QĐ 294-QĐ/TW 2025,
// điểm 3.5.1); the cell must consider them when it ends. Overdue ones stay on the list until decided.
import type { IsoDate, Member, MemberEvent, MemberStatus } from '../entities'
import { addDays, addMonths, comparable, compareDates, daysBetween, isYearOnly, parseIsoDate } from '../dates'
import { memberStateOn } from '../memberState'
import { sortByVietnameseName } from '../names'
import { PROBATION_MONTHS } from './validation'

export const PROBATION_NOTICE_DAYS = 60

export interface ProbationDue {
  member: Member
  /** The record's admission date (Ngày vào Đảng), as the lists show it. */
  admissionDate: IsoDate
  /** The decision the probation runs from: the admission, or the readmission when there was one. */
  probationFrom: IsoDate
  readmitted: boolean
  /** The day the 12 months end. */
  dueDate: IsoDate
  /** Days from today to dueDate; negative when overdue. */
  daysLeft: number
  /**
   * Of another đảng bộ, staying here for a while (not in the ward's đảng số, memberStateOn's inWard):
   * his official membership is his own đảng bộ's decision, on the view of the cell he attends.
   */
  guest: boolean
}

/**
 * Said beside a guest due (ProbationDue.guest) on the screens — Tổng quan and the Đảng viên page's
 * "Đến hạn chính thức" — as the export's "Sinh hoạt tạm thời (*)" note says it in full.
 */
export const GUEST_PROBATION_TEXT = 'sinh hoạt tạm thời: nơi sinh hoạt chính thức xét'

/**
 * The stored statuses a member still on probation may have: an exempt or suspended member's record
 * reads "exempt" / "suspended" whatever his standing (memberState.ts), and his 12 months run out all
 * the same. Callers that read histories read these members'.
 */
export const PROBATION_STATUSES: ReadonlySet<MemberStatus> = new Set(['probationary', 'exempt', 'suspended'])

/**
 * The day a member's probation began: the latest admission or readmission decision, on the record or
 * the timeline — memberStateOn restarts probation at a readmission the same way.
 */
export function probationStart(
  member: Pick<Member, 'admissionDate'>,
  events: readonly MemberEvent[]
): IsoDate | null {
  const dates = events.filter((e) => e.type === 'admission' || e.type === 'readmission').map((e) => e.date)
  if (member.admissionDate) dates.push(member.admissionDate)
  return dates.sort((a, b) => (comparable(a) < comparable(b) ? -1 : 1)).at(-1) ?? null
}

/**
 * Active probationary members (exempt or suspended ones too) whose probation ends within `withinDays` of `today`, or has already
 * ended without a decision. Sorted by due date, then by name. `eventsByMember`: the histories of
 * (at least) the probationary members, where a readmission restarts the 12 months.
 */
export function probationDue(
  members: readonly Member[],
  today: IsoDate,
  withinDays: number,
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>
): ProbationDue[] {
  const horizon = addDays(today, withinDays)
  const due: ProbationDue[] = []
  for (const m of members) {
    if (m.active !== 1 || !PROBATION_STATUSES.has(m.status)) continue
    const events = eventsByMember.get(m.id) ?? []
    const state = memberStateOn(m, events, today)
    if (state.official) continue
    const from = probationStart(m, events)
    if (!from || isYearOnly(from) || !parseIsoDate(from)) continue
    const dueDate = addMonths(from, PROBATION_MONTHS)
    if (compareDates(dueDate, horizon) > 0) continue
    due.push({
      member: m,
      admissionDate: m.admissionDate ?? from,
      probationFrom: from,
      readmitted: events.some((e) => e.type === 'readmission' && e.date === from),
      dueDate,
      daysLeft: daysBetween(today, dueDate),
      guest: !state.inWard
    })
  }
  const byName = sortByVietnameseName(due, (d) => d.member.fullName)
  return byName.sort((a, b) => compareDates(a.dueDate, b.dueDate))
}

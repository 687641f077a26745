// Members due for official membership: probation lasts 12 months from admission (Điều lệ Đảng,
// Điều 5); the cell must consider them when it ends. Overdue ones stay on the list until decided.
import type { IsoDate, Member } from '../entities'
import { addDays, addMonths, compareDates, daysBetween, isYearOnly, parseIsoDate } from '../dates'
import { sortByVietnameseName } from '../names'
import { PROBATION_MONTHS } from './validation'

export const PROBATION_NOTICE_DAYS = 60

export interface ProbationDue {
  member: Member
  admissionDate: IsoDate
  /** The day the 12 months end. */
  dueDate: IsoDate
  /** Days from today to dueDate; negative when overdue. */
  daysLeft: number
}

/**
 * Active probationary members whose probation ends within `withinDays` of `today`, or has already
 * ended without a decision. Sorted by due date, then by name.
 */
export function probationDue(
  members: readonly Member[],
  today: IsoDate,
  withinDays: number = PROBATION_NOTICE_DAYS
): ProbationDue[] {
  const horizon = addDays(today, withinDays)
  const due: ProbationDue[] = []
  for (const m of members) {
    if (m.active !== 1 || m.status !== 'probationary' || !m.admissionDate) continue
    if (isYearOnly(m.admissionDate) || !parseIsoDate(m.admissionDate)) continue
    const dueDate = addMonths(m.admissionDate, PROBATION_MONTHS)
    if (compareDates(dueDate, horizon) > 0) continue
    due.push({ member: m, admissionDate: m.admissionDate, dueDate, daysLeft: daysBetween(today, dueDate) })
  }
  const byName = sortByVietnameseName(due, (d) => d.member.fullName)
  return byName.sort((a, b) => compareDates(a.dueDate, b.dueDate))
}

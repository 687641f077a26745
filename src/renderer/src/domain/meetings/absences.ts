// Unexcused absences per member in a calendar year, and the Charter warning (Điều lệ Đảng Điều 8.2;
// QĐ 294-QĐ/TW 2025): a member who skips party activity for 3 months in a year without good reason
// is considered for removal (xóa tên). The Charter counts MONTHS, so two unexcused absences in one
// month (a regular and a thematic meeting) count as one month; the count of meetings is kept too.
import type { AttendanceMark } from '../entities'
import type { RulesParams } from '../rules/params'

export type AbsenceMark = Pick<AttendanceMark, 'memberId' | 'date' | 'status'>

export interface AbsenceTally {
  memberId: string
  /** Meetings missed without good reason in the year. */
  unexcusedMeetings: number
  /** Distinct months (1–12) with an unexcused absence, ascending. */
  months: number[]
}

export type AbsenceLevel = 'warning' | 'approaching'

export interface AbsenceWarning extends AbsenceTally {
  level: AbsenceLevel
  /** Vietnamese, naming the rule. */
  message: string
}

export const ABSENCE_RULE =
  'Điều lệ Đảng Điều 8.2: đảng viên bỏ sinh hoạt đảng 3 tháng trong năm không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên'

/**
 * The year's profile's citation for its absence threshold, when it says more than ABSENCE_RULE
 * (the Charter's 3 months): a province's own threshold and text. Empty for the built-in citation.
 */
export function thresholdSource(source: string | undefined): string {
  return source && !source.includes('Điều 8.2') ? source : ''
}

/** "Ngưỡng 2 tháng theo HD 05-HD/TU …." beside the Charter's rule; empty for the Charter's own threshold. */
export function thresholdNote(threshold: number, source: string | undefined): string {
  const cited = thresholdSource(source)
  return cited ? `Ngưỡng ${threshold} tháng theo ${cited}.` : ''
}

export function tallyAbsences(marks: readonly AbsenceMark[], year: number): AbsenceTally[] {
  const prefix = String(year)
  const byMember = new Map<string, { meetings: number; months: Set<number> }>()
  for (const m of marks) {
    if (m.status !== 'unexcused' || !m.date.startsWith(prefix)) continue
    let t = byMember.get(m.memberId)
    if (!t) byMember.set(m.memberId, (t = { meetings: 0, months: new Set() }))
    t.meetings++
    t.months.add(Number(m.date.slice(5, 7)))
  }
  return [...byMember].map(([memberId, t]) => ({
    memberId,
    unexcusedMeetings: t.meetings,
    months: [...t.months].sort((a, b) => a - b)
  }))
}

/**
 * Members at the threshold (warning) or one month short of it (approaching), most months first.
 * `source` is the profile's citation for the parameter, added to the message when given.
 */
export function absenceWarnings(
  marks: readonly AbsenceMark[],
  year: number,
  params: Pick<RulesParams, 'absenceWarningCount'>,
  source?: string
): AbsenceWarning[] {
  const threshold = params.absenceWarningCount
  const out: AbsenceWarning[] = []
  for (const t of tallyAbsences(marks, year)) {
    const n = t.months.length
    const level: AbsenceLevel | null =
      n >= threshold ? 'warning' : n === threshold - 1 && n > 0 ? 'approaching' : null
    if (!level) continue
    const months = `tháng ${t.months.join(', ')}/${year}`
    const message =
      level === 'warning'
        ? `Vắng không lý do ${n} tháng trong năm ${year} (${months}), đạt ngưỡng ${threshold} tháng — ${ABSENCE_RULE}.`
        : `Vắng không lý do ${n} tháng trong năm ${year} (${months}); thêm một tháng sẽ đạt ngưỡng ${threshold} tháng — ${ABSENCE_RULE}.`
    const cite = thresholdSource(source)
    out.push({ ...t, level, message: cite ? `${message} Căn cứ: ${cite}.` : message })
  }
  return out.sort((a, b) => b.months.length - a.months.length || b.unexcusedMeetings - a.unexcusedMeetings)
}

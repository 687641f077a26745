// Unexcused absences per member in a calendar year, and the Charter warning (Điều lệ Đảng Điều 8.2;
// QĐ 294-QĐ/TW 2025): a member who skips party activity for 3 months in a year without good reason
// is considered for removal (xóa tên). The Charter counts MONTHS, so two unexcused absences in one
// month (a regular and a thematic meeting) count as one month; the count of meetings is kept too.
import type { AttendanceMark, IsoDate } from '../entities'
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
  /** A member of another đảng bộ staying here (sinh hoạt tạm thời): the message says whose the decision is. */
  guest: boolean
}

export const ABSENCE_RULE =
  'Điều lệ Đảng Điều 8.2: đảng viên bỏ sinh hoạt đảng 3 tháng trong năm không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên'

/**
 * Said of a guest's absences. Removal is a decision on a member of the đảng số, and a member staying
 * here temporarily is in the đảng số of the đảng bộ he came from, not the ward's (QĐ 232-QĐ/TW 2025,
 * tiểu mục 6.3.2); so his own chi bộ there considers it, and the cell he attends here lets it know.
 */
export const GUEST_ABSENCE_NOTE =
  'Đồng chí sinh hoạt tạm thời, không tính vào đảng số của Đảng bộ (QĐ 232-QĐ/TW 2025, tiểu mục 6.3.2): việc xem xét xóa tên do tổ chức đảng nơi đồng chí sinh hoạt chính thức quyết định; chi bộ thông báo về nơi đó.'

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

/** The day a year's warnings take whom to call a guest from: the year's last day, or today while it runs. */
export function absenceDay(year: number, today: IsoDate): IsoDate {
  const last = `${year}-12-31`
  return today < last ? today : last
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
 * `source` is the profile's citation for the parameter, added to the message when given; `guests`
 * are the members staying here temporarily (memberState's `guestStaysOn`), whose message says so.
 */
export function absenceWarnings(
  marks: readonly AbsenceMark[],
  year: number,
  params: Pick<RulesParams, 'absenceWarningCount'>,
  source?: string,
  guests: ReadonlySet<string> = new Set()
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
    const guest = guests.has(t.memberId)
    const said = [message, cite && `Căn cứ: ${cite}.`, guest && GUEST_ABSENCE_NOTE].filter(Boolean)
    out.push({ ...t, level, message: said.join(' '), guest })
  }
  return out.sort((a, b) => b.months.length - a.months.length || b.unexcusedMeetings - a.unexcusedMeetings)
}

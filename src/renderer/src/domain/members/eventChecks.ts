// Checks on a new life event against the member's record and the history already recorded, for the
// "Thêm sự kiện" dialog: an event that cannot have happened is refused before anything is written
// (the member's status is derived from the history, so one impossible event changes it).
//   - Nothing happens after a death but a badge awarded posthumously (honours/posthumous.ts), and after a removal, an expulsion or leaving the Party nothing
//     but a readmission (memberState.ts ends membership at these events).
//   - Nothing of a member's party life comes before his admission; a member transferred in from
//     another đảng bộ was admitted there first, so his transfer in is checked the same way.
//   - A readmission only ends such a break (removal, expulsion, leaving) not already ended: recorded
//     for a member still in the Party it would restart his probation (memberStateOn) and an official
//     member would be listed "Dự bị". A second admission after the first is refused for the same
//     reason: a later admission is a readmission.
//   - Nothing is dated before the member's birth, an award included.
//   - The official recognition follows the same rule as the member form (validation.ts,
//     officialDateIssue): never before the admission, and a warning under 12 months of probation,
//     counted from the admission or the readmission it follows.
import type { IsoDate, Member, MemberEvent, MemberEventType } from '../entities'
import { comparable, formatDate, isIsoDate, isYearOnly, yearOf } from '../dates'
import { sortEvents } from '../memberState'
import { posthumousInTime, POSTHUMOUS_MONTHS } from '../honours/posthumous'
import { EVENT_TYPE_LABELS } from './events'
import { officialDateIssue } from './validation'

export interface EventIssue {
  /** Every check here is about the event's date. */
  field: 'date'
  level: 'error' | 'warning'
  message: string
}

/** Events after which the member's history stops ("… ngày X"), said as the clerk would say it. */
const ENDINGS: Partial<Record<MemberEventType, string>> = {
  death: 'từ trần',
  removal: 'bị xóa tên',
  expulsion: 'bị khai trừ',
  leaving: 'ra khỏi Đảng'
}

/**
 * Types that may come before the admission: the admission itself, and an award (khen thưởng of
 * the State or a mass organisation) received before joining the Party.
 */
const MAY_PRECEDE_ADMISSION: ReadonlySet<MemberEventType> = new Set(['admission', 'award'])

/** Surely later: a date known only by its year is later only in a later year. */
function isAfter(a: IsoDate, b: IsoDate): boolean {
  if (isYearOnly(a) || isYearOnly(b)) return yearOf(a) > yearOf(b)
  return comparable(a) > comparable(b)
}

/** A readmission ends the break a removal, expulsion or leaving made; nothing ends a death. */
function resumes(event: Pick<MemberEvent, 'type'>, end: Pick<MemberEvent, 'type'>): boolean {
  return event.type === 'readmission' && end.type !== 'death'
}

/** A badge awarded posthumously (truy tặng) in the months after the death: honours/posthumous.ts. */
function posthumousBadge(event: MemberEvent, end: MemberEvent): boolean {
  return event.type === 'badge' && end.type === 'death' && posthumousInTime(end.date, event.date)
}

const POSTHUMOUS_TEXT = `chỉ truy tặng Huy hiệu Đảng trong ${POSTHUMOUS_MONTHS} tháng sau ngày từ trần`

function label(type: MemberEventType): string {
  return `“${EVENT_TYPE_LABELS[type]}”`
}

/** An event after a death, or after a removal, expulsion or leaving without a readmission between. */
function endingIssue(next: MemberEvent, history: readonly MemberEvent[]): string | null {
  let end: MemberEvent | null = null
  for (const e of sortEvents([...history, next])) {
    if (end && isAfter(e.date, end.date) && !resumes(e, end) && !posthumousBadge(e, end)) {
      const badge = e.type === 'badge' && end.type === 'death' ? ` (${POSTHUMOUS_TEXT})` : ''
      if (e === next)
        return end.type === 'death'
          ? `Đồng chí đã từ trần ngày ${formatDate(end.date)}: không ghi được sự kiện sau ngày này${badge}.`
          : `Đồng chí đã ${ENDINGS[end.type]} ngày ${formatDate(end.date)}: sau ngày này chỉ ghi được ${label('readmission')}.`
      if (end === next)
        return end.type === 'death'
          ? `Đã ghi ${label(e.type)} ngày ${formatDate(e.date)}, sau ngày này: không có sự kiện nào sau ngày từ trần${badge}. Kiểm tra lại ngày.`
          : `Đã ghi ${label(e.type)} ngày ${formatDate(e.date)}, sau ngày này: sau khi ${ENDINGS[end.type]} chỉ có ${label('readmission')}. Kiểm tra lại ngày.`
      // An older inconsistency between two recorded events is not this event's fault.
    }
    if (end && resumes(e, end) && isAfter(e.date, end.date)) end = null
    if (ENDINGS[e.type] && end?.type !== 'death') end = e
  }
  return null
}

/** Events that put a member out of the Party and that a readmission may end (memberState.ts, ENDED). */
const READMITTED_AFTER: ReadonlySet<MemberEventType> = new Set([
  'removal',
  'expulsion',
  'leaving',
  'lostContact'
])

/**
 * A readmission that ends no break: the latest removal, expulsion, leaving or readmission not surely
 * after it is a readmission, or there is none. A date known by its year alone is given the benefit
 * of the doubt (isAfter).
 */
function readmissionIssue(date: IsoDate, history: readonly MemberEvent[]): string | null {
  const last = sortEvents(history)
    .filter((e) => (READMITTED_AFTER.has(e.type) || e.type === 'readmission') && !isAfter(e.date, date))
    .at(-1)
  if (last && last.type !== 'readmission') return null
  const since = last ? ` Đồng chí đã kết nạp lại ngày ${formatDate(last.date)}.` : ''
  return `${label('readmission')} chỉ ghi sau khi đảng viên bị xóa tên, khai trừ hoặc ra khỏi Đảng: trước ngày này hồ sơ không ghi sự kiện nào như vậy.${since} Nếu có, hãy ghi sự kiện đó trước; nếu không, kiểm tra lại loại sự kiện hoặc ngày.`
}

/** The first admission: the record's date or an admission event, whichever is earlier. */
function firstAdmission(member: Pick<Member, 'admissionDate'>, history: readonly MemberEvent[]) {
  const dates = history.filter((e) => e.type === 'admission').map((e) => e.date)
  if (member.admissionDate) dates.push(member.admissionDate)
  return dates.sort((a, b) => (comparable(a) < comparable(b) ? -1 : 1))[0] ?? null
}

/**
 * The day the probation an official recognition ends began: the latest admission or readmission
 * (record or history) not after it. Null when the recognition is before every one of them.
 */
function probationBefore(
  official: IsoDate,
  member: Pick<Member, 'admissionDate'>,
  history: readonly MemberEvent[]
): IsoDate | null {
  const starts = history.filter((e) => e.type === 'admission' || e.type === 'readmission').map((e) => e.date)
  if (member.admissionDate) starts.push(member.admissionDate)
  return (
    starts
      .filter((d) => !isAfter(d, official))
      .sort((a, b) => (comparable(a) < comparable(b) ? -1 : 1))
      .at(-1) ?? null
  )
}

/**
 * What is wrong with recording `next` (its type and date; the date already checked to be a real
 * day, not after today) in the history of this member. Errors refuse it; a warning is shown and
 * asked about before recording.
 */
export function checkNewEvent(
  member: Pick<Member, 'admissionDate'> & Partial<Pick<Member, 'birthDate'>>,
  history: readonly MemberEvent[],
  next: Pick<MemberEvent, 'type' | 'date'>
): EventIssue[] {
  const issues: EventIssue[] = []
  const error = (message: string) => issues.push({ field: 'date', level: 'error', message })
  const event: MemberEvent = { id: '', memberId: '', createdAt: '', ...next }

  const ending = endingIssue(event, history)
  if (ending) error(ending)

  if (!ending && next.type === 'readmission') {
    const issue = readmissionIssue(next.date, history)
    if (issue) error(issue)
  }

  const birth = member.birthDate
  if (birth && isAfter(birth, next.date)) {
    error(
      `Trước ngày sinh (${formatDate(birth)}) của đồng chí: kiểm tra lại ngày, hoặc ngày sinh trong hồ sơ.`
    )
    return issues
  }

  const admission = firstAdmission(member, history)
  if (!ending && next.type === 'admission' && admission && isAfter(next.date, admission))
    error(
      `Đồng chí đã được kết nạp ngày ${formatDate(admission)}: lần kết nạp sau, khi đã bị xóa tên, khai trừ hoặc ra khỏi Đảng, là ${label('readmission')}. Nếu ngày vào Đảng ghi nhầm, sửa trong hồ sơ.`
    )
  if (next.type === 'official') {
    // Before every admission: the form's error; else the 12 months from the admission it follows.
    const from = probationBefore(next.date, member, history) ?? admission
    const issue = from ? officialDateIssue(from, next.date) : null
    if (issue) issues.push({ field: 'date', ...issue })
  } else if (admission && !MAY_PRECEDE_ADMISSION.has(next.type) && isAfter(admission, next.date))
    error(
      `Trước ngày vào Đảng (${formatDate(admission)}): chưa là đảng viên thì chưa có ${label(next.type)}. Kiểm tra lại ngày, hoặc ngày vào Đảng trong hồ sơ.`
    )
  return issues
}

/**
 * Why an event may not be written, or null: a day that is not real or is after today, or an error of
 * checkNewEvent. The repository asks this inside its write, against the history as stored then, so
 * an event the form checked against a history another window has changed since is still refused.
 */
export function eventRefusal(
  member: Pick<Member, 'admissionDate'> & Partial<Pick<Member, 'birthDate'>>,
  history: readonly MemberEvent[],
  next: Pick<MemberEvent, 'type' | 'date'>,
  today: IsoDate
): string | null {
  if (!isIsoDate(next.date)) return `Ngày "${next.date}" không phải ngày có thật.`
  if (isAfter(next.date, today)) return `Ngày ${formatDate(next.date)} chưa đến: không ghi sự kiện trước.`
  return checkNewEvent(member, history, next).find((i) => i.level === 'error')?.message ?? null
}

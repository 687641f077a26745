// Huy hiệu Đảng (party badge) candidates (docs/design.md §6 Honours; Hướng dẫn 01-HD/TW 2021, mục 18):
// milestones 30, 40, 45, 50, 55, …, 90 years of party age; ceremonies on 3/2, 19/5, 2/9, 7/11.
// Party age counts from the FIRST admission decision, minus the gaps (removal, expulsion, leaving,
// lost contact → until readmission). Seriously ill members may be awarded early, up to 12 months
// (30–65 years) or 24 months (70–90); a member who died may be awarded posthumously up to 12 months
// early.
// Held back by discipline (QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021): a member disciplined at khiển trách or
// above is not considered until 6 months after a khiển trách, 9 after a cảnh cáo, 12 after a cách chức
// (rules profile parameters). Such a member is still returned, marked `heldUntil`, so the list can
// show them apart with the reason.
// A date known only by its year (a bare `YYYY`) keeps that precision: the milestone is then known
// only to the year, shown as the year and flagged to verify — never computed from an invented 1 January.
// Likewise a death or a gap the member import dated on its own day (the file gave no date): the
// candidate is flagged to verify with the reason, never proposed as if that day were known.
import type { Badge, DisciplineLevel, IsoDate, Member, MemberEvent } from '../entities'
import {
  addDays,
  addMonths,
  comparable,
  daysBetween,
  formatDate,
  isYearOnly,
  toIsoDate,
  yearOf
} from '../dates'
import { DISCIPLINE_LABELS } from '../labels'
import { EVENT_TYPE_LABELS } from '../members/events'
import { IMPORT_DAY_NOTE_END } from '../members/importRows'
import { memberStateOn } from '../memberState'
import { posthumousInTime } from './posthumous'
import { milestoneDate, partyTimeline, partyYearsOn } from '../members/partyAge'
import { PROBATION_MONTHS } from '../members/validation'
import type { RulesParams, RulesSources } from '../rules/params'
import { shortSource } from '../rules/profiles'

export type BadgeHold = Pick<
  RulesParams,
  'badgeHoldReprimandMonths' | 'badgeHoldWarningMonths' | 'badgeHoldDismissalMonths'
>

export const DEFAULT_BADGE_HOLD: BadgeHold = {
  badgeHoldReprimandMonths: 6,
  badgeHoldWarningMonths: 9,
  badgeHoldDismissalMonths: 12
}

function holdMonths(level: DisciplineLevel | undefined, hold: BadgeHold): number {
  if (level === 'reprimand') return hold.badgeHoldReprimandMonths
  if (level === 'warning') return hold.badgeHoldWarningMonths
  if (level === 'dismissal') return hold.badgeHoldDismissalMonths
  return 0
}

export interface BadgeHoldBack {
  /** Why: a discipline (disciplineHold) or the probation after a readmission (readmissionHold). */
  cause: 'discipline' | 'probation'
  /** The first day the member can be considered again. */
  until: IsoDate
  reason: string
}

/** The latest discipline hold still running on `date`, or null. */
export function disciplineHold(
  events: readonly MemberEvent[],
  date: IsoDate,
  hold: BadgeHold = DEFAULT_BADGE_HOLD
): BadgeHoldBack | null {
  let best: BadgeHoldBack | null = null
  for (const e of events) {
    if (e.type !== 'discipline') continue
    const months = holdMonths(e.disciplineLevel, hold)
    if (months <= 0 || comparable(e.date) > date) continue
    // A year-only decision date could be as late as 31 December: count from there, never from 1 January.
    const from = isYearOnly(e.date) ? `${e.date}-12-31` : e.date
    const until = addMonths(from, months)
    if (until <= date || (best && best.until >= until)) continue
    best = {
      cause: 'discipline',
      until,
      reason: `Kỷ luật ${DISCIPLINE_LABELS[e.disciplineLevel!].toLowerCase()} ngày ${formatDate(e.date)}${e.decisionNumber ? ` (QĐ ${e.decisionNumber})` : ''}: chưa xét trong ${months} tháng`
    }
  }
  return best
}

/**
 * A re-admitted member still on probation on `date`: his party age counts from the first admission
 * only once he is recognised official (Điều lệ Đảng Điều 5; QĐ 24-QĐ/TW 2021 điểm 4.5), and a
 * readmission starts a probation as a first admission does (QĐ 294-QĐ/TW 2025 điểm 3.5.1). Held until
 * the probation's 12 months end, unless an official decision after the readmission is recorded.
 * After the 12 months an active member was decided one way or the other, so nothing is held then.
 */
export function readmissionHold(events: readonly MemberEvent[], date: IsoDate): BadgeHoldBack | null {
  let readmitted: MemberEvent | null = null
  for (const e of events)
    if (e.type === 'readmission' && comparable(e.date) <= date && (!readmitted || e.date > readmitted.date))
      readmitted = e
  if (!readmitted) return null
  const from = comparable(readmitted.date)
  if (events.some((e) => e.type === 'official' && comparable(e.date) >= from && comparable(e.date) <= date))
    return null
  const until = addMonths(from, PROBATION_MONTHS)
  if (until <= date) return null
  return {
    cause: 'probation',
    until,
    reason: `Kết nạp lại ngày ${formatDate(readmitted.date)}, đang dự bị: tuổi Đảng tính từ lần kết nạp đầu khi được công nhận đảng viên chính thức (QĐ 24-QĐ/TW 2021, điểm 4.5)`
  }
}

/** The later of two holds (the one the member waits for). */
const laterHold = (a: BadgeHoldBack | null, b: BadgeHoldBack | null) =>
  a && b ? (a.until >= b.until ? a : b) : (a ?? b)

export const BADGE_MILESTONES: readonly number[] = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]

/** Ceremony days (month, day): 3/2, 19/5, 2/9, 7/11. */
export const CEREMONY_DAYS: readonly [number, number][] = [
  [2, 3],
  [5, 19],
  [9, 2],
  [11, 7]
]

export const CEREMONY_LABELS: Record<string, string> = {
  '02-03': 'Ngày thành lập Đảng 3/2',
  '05-19': 'Ngày sinh Chủ tịch Hồ Chí Minh 19/5',
  '09-02': 'Quốc khánh 2/9',
  '11-07': 'Cách mạng Tháng Mười 7/11'
}

export function ceremonyDates(year: number): IsoDate[] {
  return CEREMONY_DAYS.map(([m, d]) => toIsoDate(year, m, d))
}

/** The first ceremony day (3/2, 19/5, 2/9, 7/11) on or after a day. */
export function nextCeremony(from: IsoDate): IsoDate {
  const year = yearOf(from)
  return [...ceremonyDates(year), ...ceremonyDates(year + 1)].find((d) => d >= from)!
}

export function isCeremonyDate(date: IsoDate): boolean {
  return CEREMONY_DAYS.some(
    ([m, d]) => date.slice(5) === `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  )
}

/** Early-award window in months (HD 01-HD/TW 2021 mục 18). */
export function earlyWindowMonths(milestone: number, kind: 'illness' | 'posthumous'): number {
  if (kind === 'posthumous') return 12
  return milestone >= 70 ? 24 : 12
}

/**
 * Why a badge of `milestone` years cannot bear `date`, or null: the date falls before the member
 * reaches that party age (gaps subtracted, partyAge.ts) less the longest early award, for the gravely
 * ill, of HD 01-HD/TW 2021 mục 18 (earlyWindowMonths). A date or admission known only by its year is
 * judged only when every day of it is too early; no admission recorded, nothing to judge by.
 */
export function badgeBeforeReach(
  member: Pick<Member, 'admissionDate'>,
  events: readonly MemberEvent[],
  milestone: number,
  date: IsoDate
): string | null {
  const timeline = partyTimeline(member, events)
  const reach = milestoneDate(timeline, milestone)
  if (!reach) return null
  const early = earlyWindowMonths(milestone, 'illness')
  const earliest = addMonths(reach, -(early + (timeline.yearOnly ? 12 : 0)))
  const latestDay = isYearOnly(date) ? `${date}-12-31` : comparable(date)
  if (latestDay >= earliest) return null
  const dateText = isYearOnly(date) ? `năm ${date}` : formatDate(date)
  const reachText = timeline.yearOnly ? `năm ${yearOf(reach)}` : `ngày ${formatDate(reach)}`
  return `Huy hiệu ${milestone} năm trao ${dateText} khi đồng chí chưa đủ ${milestone} năm tuổi Đảng (đủ ${reachText}; tặng sớm nhiều nhất ${early} tháng): không ghi. Kiểm tra lại mốc, ngày trao trong tệp và ngày vào Đảng trong hồ sơ.`
}

/** The longest early window, in whole years: how far past a ceremony a reachable milestone can fall. */
const LONGEST_EARLY_YEARS = Math.ceil(
  Math.max(
    ...BADGE_MILESTONES.map((m) => earlyWindowMonths(m, 'illness')),
    earlyWindowMonths(0, 'posthumous')
  ) / 12
)

export interface BadgeCandidate {
  memberId: string
  fullName: string
  cellId: string
  milestone: number
  /** The day the milestone is reached; a bare year when only the year can be known. */
  dueDate: IsoDate
  /** The milestone depends on a date known only by its year, or one the import stood in for: the
   *  clerk must verify it. */
  needsVerification: boolean
  /** Why, when it is not (only) the year-only date: an event dated the import day (importDayReason). */
  verifyReason?: string
  /** Held back by discipline: not considered before `heldBack.until`. */
  heldBack: BadgeHoldBack | null
  early: 'illness' | 'posthumous' | null
  /** As recorded (a bare year when only the year is known). */
  firstAdmission: IsoDate
  /** Completed party years on the ceremony date. */
  partyYears: number
  /** Total gap days subtracted (shown so the clerk can check). */
  gapDays: number
  deathDate: IsoDate | null
}

export interface BadgeInput {
  member: Pick<Member, 'id' | 'fullName' | 'cellId' | 'admissionDate' | 'officialDate'>
  events: readonly MemberEvent[]
  /** Milestones already awarded (or proposed for another ceremony: named on the tab, pendingBadges.ts). */
  awarded: ReadonlySet<number>
  /** The clerk marked the member as seriously ill. */
  seriouslyIll?: boolean
  /**
   * The milestone already proposed or decided for this member at this ceremony: the candidate keeps
   * it, whatever the member's next milestone is now (a mark of illness set or taken off since would
   * otherwise show another milestone, hide the record and let a second one be proposed).
   */
  recordedHere?: number
}

/**
 * Whether the next milestone after `highestAwarded` can fall within a ceremony's reach, from the
 * first admission's year alone: gaps only delay a milestone and no early window is longer than
 * LONGEST_EARLY_YEARS, so a member first admitted later than that is no candidate. Most of a ward is not,
 * and needs no timeline built (the year-end pack judges 10,000 members, docs/design.md §9).
 */
function withinReach(
  member: BadgeInput['member'],
  events: readonly MemberEvent[],
  highestAwarded: number,
  ceremony: IsoDate
): boolean {
  const next = BADGE_MILESTONES.find((m) => m > highestAwarded)
  if (next === undefined) return false
  // The first admission is the earliest of the record's and the admission events (partyTimeline).
  let first = member.admissionDate ? yearOf(member.admissionDate) : Infinity
  for (const e of events) if (e.type === 'admission') first = Math.min(first, yearOf(e.date))
  return first + next <= yearOf(ceremony) + LONGEST_EARLY_YEARS
}

/** A status event the member import dated on its own day, the file giving none. */
const datedByImport = (e: MemberEvent): boolean => !!e.note?.endsWith(IMPORT_DAY_NOTE_END)

/** Events whose date moves a milestone: the start of a gap in party age (partyTimeline). */
const GAP_STARTS: ReadonlySet<MemberEvent['type']> = new Set([
  'removal',
  'expulsion',
  'leaving',
  'lostContact'
])

/**
 * Why a candidate's dates need checking when the import stood in for one: a death (whether, and for
 * which milestone, the badge may be awarded posthumously depends on its real day) or the start of a
 * gap (party age is counted less the gap, which then starts too late). Null when neither.
 */
function importDayReason(events: readonly MemberEvent[], posthumous: boolean): string | undefined {
  const reasons: string[] = []
  for (const e of events) {
    if (!datedByImport(e) || !((posthumous && e.type === 'death') || GAP_STARTS.has(e.type))) continue
    const what = EVENT_TYPE_LABELS[e.type].toLowerCase()
    const why =
      e.type === 'death'
        ? 'chỉ truy tặng nếu từ trần trong 12 tháng trước đợt trao và đủ tuổi Đảng theo ngày từ trần thật'
        : 'tuổi Đảng trừ thời gian gián đoạn tính từ ngày thật'
    reasons.push(
      `Cần xác minh ngày ${what}: tệp Excel không ghi, đã ghi theo ngày nhập ${formatDate(e.date)} — ${why}`
    )
  }
  return reasons.length ? reasons.join('; ') : undefined
}

/** The candidate milestone of one member for a ceremony, or null. */
export function badgeCandidate(
  input: BadgeInput,
  ceremony: IsoDate,
  hold: BadgeHold = DEFAULT_BADGE_HOLD
): BadgeCandidate | null {
  const { member, events, awarded, recordedHere } = input
  const highestAwarded = Math.max(0, ...awarded)
  const held = (m: number) => m <= highestAwarded || awarded.has(m)
  if (
    recordedHere === undefined ? !withinReach(member, events, highestAwarded, ceremony) : held(recordedHere)
  )
    return null
  const timeline = partyTimeline(member, events)
  if (!timeline.firstAdmission) return null
  const death = events.find((e) => e.type === 'death')
  const deathDate = death ? comparable(death.date) : null

  let limit: IsoDate
  let kind: 'normal' | 'illness' | 'posthumous'
  if (deathDate && deathDate <= ceremony) {
    // Posthumous: only for deaths in the 12 months before the ceremony.
    if (!posthumousInTime(deathDate, ceremony)) return null
    limit = deathDate
    kind = 'posthumous'
  } else {
    limit = ceremony
    kind = input.seriouslyIll ? 'illness' : 'normal'
  }

  // Known only to the year: reached in the milestone's year (whatever the day), verified by the clerk.
  const reached = (due: IsoDate, by: IsoDate) => (timeline.yearOnly ? yearOf(due) <= yearOf(by) : due <= by)
  const reachable = (m: number, due: IsoDate): BadgeCandidate['early'] | 'no' =>
    reached(due, limit)
      ? kind === 'posthumous'
        ? 'posthumous'
        : null
      : kind !== 'normal' && reached(due, addMonths(limit, earlyWindowMonths(m, kind)))
        ? kind
        : 'no'
  let best: { milestone: number; due: IsoDate; early: BadgeCandidate['early'] } | null = null
  let outOfReach: string | undefined
  if (recordedHere !== undefined) {
    // The record at this ceremony stays in its list, at its milestone; one no longer within reach
    // (the mark of illness taken off…) is flagged, for the clerk to look at again.
    const due = milestoneDate(timeline, recordedHere)
    if (!due) return null
    const early = reachable(recordedHere, due)
    best = { milestone: recordedHere, due, early: early === 'no' ? null : early }
    if (early === 'no')
      outOfReach = `Đã ghi đề nghị Huy hiệu ${recordedHere} năm ở đợt này nhưng nay chưa đủ tuổi Đảng (kể cả tặng sớm): cần xem lại`
  } else
    for (const m of BADGE_MILESTONES) {
      if (held(m)) continue
      const due = milestoneDate(timeline, m)
      if (!due) continue
      const early = reachable(m, due)
      // The next milestone falls 5 or more years later and its early window is at most 12 months
      // longer: once one is out of reach, so are all after it.
      if (early === 'no') break
      best = { milestone: m, due, early }
    }
  if (!best) return null
  // The member's state only now: most members of a ward reach no milestone at all. A posthumous
  // candidate is judged on the day before his death (dead, he is in no đảng số): only the ward's own
  // member is proposed by it — not a guest who died while staying here (a member of another đảng bộ
  // is in none of the ward's honours, docs/design.md §6 Temporary transfers), nor a member
  // transferred out for good before he died.
  const state = memberStateOn(member, events, kind === 'posthumous' ? addDays(limit, -1) : ceremony)
  if (!state.inWard) return null
  const gapDays = timeline.gaps.reduce((sum, g) => (g.to ? sum + daysBetween(g.from, g.to) : sum), 0)
  const verifyReason =
    [importDayReason(events, kind === 'posthumous'), outOfReach].filter(Boolean).join('; ') || undefined
  return {
    memberId: member.id,
    fullName: member.fullName,
    cellId: state.cellId ?? member.cellId,
    milestone: best.milestone,
    dueDate: timeline.yearOnly ? String(yearOf(best.due)) : best.due,
    needsVerification: timeline.yearOnly || !!verifyReason,
    ...(verifyReason ? { verifyReason } : {}),
    heldBack: laterHold(
      disciplineHold(events, ceremony, hold),
      readmissionHold(events, kind === 'posthumous' ? addDays(limit, -1) : ceremony)
    ),
    early: best.early,
    firstAdmission: timeline.firstAdmissionRecorded ?? timeline.firstAdmission,
    partyYears: partyYearsOn(timeline, limit),
    gapDays,
    deathDate
  }
}

export function badgeCandidates(
  inputs: readonly BadgeInput[],
  ceremony: IsoDate,
  hold: BadgeHold = DEFAULT_BADGE_HOLD
): BadgeCandidate[] {
  const out: BadgeCandidate[] = []
  for (const i of inputs) {
    const c = badgeCandidate(i, ceremony, hold)
    if (c) out.push(c)
  }
  return out
}

/**
 * Milestones each member already holds: the badge events of their history (entered by hand, or
 * written when a decision is recorded) and the badges recorded in Khen thưởng. Given a `ceremony`,
 * that ceremony's own proposals and decisions are left out: they stay in its list, with their status.
 * Another ceremony's proposal counts while it stands (a member is not proposed twice); an earlier one
 * still undecided is named on the tab (pendingBadges.ts) until decided or withdrawn.
 */
export function awardedMilestones(
  events: readonly MemberEvent[],
  recorded: readonly Pick<Badge, 'memberId' | 'milestone' | 'ceremonyDate'>[] = [],
  ceremony?: IsoDate
): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>()
  const add = (memberId: string, milestone: number) => {
    const set = out.get(memberId) ?? new Set<number>()
    set.add(milestone)
    out.set(memberId, set)
  }
  for (const b of recorded) if (b.ceremonyDate !== ceremony) add(b.memberId, b.milestone)
  for (const e of events)
    if (e.type === 'badge' && e.milestone && !(ceremony && e.id.startsWith(`badge:${ceremony}:`)))
      add(e.memberId, e.milestone)
  return out
}

/**
 * The candidates of one ceremony — the one list Khen thưởng shows and exports and the overview
 * counts: every member's next milestone within the ceremony's reach, under the hold-back rules of
 * the ceremony's year. Those held back by discipline are in it, marked `heldBack`.
 */
export function ceremonyCandidates(input: {
  members: readonly BadgeInput['member'][]
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>
  /** Every member's events (badge events among them). */
  events: readonly MemberEvent[]
  recorded: readonly Pick<Badge, 'memberId' | 'milestone' | 'ceremonyDate'>[]
  seriouslyIll: ReadonlySet<string>
  ceremony: IsoDate
  hold: BadgeHold
}): BadgeCandidate[] {
  const awarded = awardedMilestones(input.events, input.recorded, input.ceremony)
  // The milestones recorded at this ceremony, by member: one candidate each, at its milestone.
  const here = new Map<string, number[]>()
  for (const b of input.recorded)
    if (b.ceremonyDate === input.ceremony)
      here.set(b.memberId, [...(here.get(b.memberId) ?? []), b.milestone])
  const none = new Set<number>()
  const inputs = input.members.flatMap((member) => {
    const one: BadgeInput = {
      member,
      events: input.eventsByMember.get(member.id) ?? [],
      awarded: awarded.get(member.id) ?? none,
      seriouslyIll: input.seriouslyIll.has(member.id)
    }
    const recorded = here.get(member.id)
    return recorded ? recorded.map((recordedHere) => ({ ...one, recordedHere })) : [one]
  })
  return badgeCandidates(inputs, input.ceremony, input.hold)
}

/**
 * The texts the discipline hold-back follows, as the ceremony year's profile cites them (each of its
 * three periods once): "QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021", or a province's text beside them.
 */
export function badgeHoldSource(sources: RulesSources): string {
  const keys = ['badgeHoldReprimandMonths', 'badgeHoldWarningMonths', 'badgeHoldDismissalMonths'] as const
  const texts = keys.map((k) => shortSource(sources[k], 'QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021'))
  return [...new Set(texts)].join('; ')
}

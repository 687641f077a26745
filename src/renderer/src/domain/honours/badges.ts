// Huy hiệu Đảng (party badge) candidates (docs/design.md §6 Honours; Hướng dẫn 01-HD/TW 2021, mục 18):
// milestones 30, 40, 45, 50, 55, …, 90 years of party age; ceremonies on 3/2, 19/5, 2/9, 7/11.
// Party age counts from the FIRST admission decision, minus the gaps (removal, expulsion, leaving,
// lost contact → until readmission). Seriously ill members may be awarded early, up to 12 months
// (30–65 years) or 24 months (70–90); a member who died may be awarded posthumously up to 12 months
// early.
import type { IsoDate, Member, MemberEvent } from '../entities'
import { addDays, addMonths, addYears, comparable, daysBetween, fullYearsBetween, toIsoDate } from '../dates'
import { memberStateOn } from '../memberState'

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

export interface MembershipGap {
  from: IsoDate
  /** Readmission date; null while still out of the Party. */
  to: IsoDate | null
}

export interface PartyTimeline {
  firstAdmission: IsoDate | null
  gaps: MembershipGap[]
}

const GAP_START = new Set(['removal', 'expulsion', 'leaving', 'lostContact'])

export function partyTimeline(
  member: Pick<Member, 'admissionDate'>,
  events: readonly MemberEvent[]
): PartyTimeline {
  const sorted = [...events].sort((a, b) =>
    comparable(a.date) < comparable(b.date) ? -1 : comparable(a.date) > comparable(b.date) ? 1 : 0
  )
  const admissions = sorted.filter((e) => e.type === 'admission').map((e) => comparable(e.date))
  const candidates = [
    ...admissions,
    ...(member.admissionDate ? [comparable(member.admissionDate)] : [])
  ].sort()
  const firstAdmission = candidates[0] ?? null
  const gaps: MembershipGap[] = []
  let open: IsoDate | null = null
  for (const e of sorted) {
    if (GAP_START.has(e.type) && open === null) open = comparable(e.date)
    else if ((e.type === 'readmission' || e.type === 'admission') && open !== null) {
      gaps.push({ from: open, to: comparable(e.date) })
      open = null
    }
  }
  if (open !== null) gaps.push({ from: open, to: null })
  return { firstAdmission, gaps }
}

/** The day the member reaches `milestone` years of party age; null when a gap is still open before it. */
export function milestoneDate(timeline: PartyTimeline, milestone: number): IsoDate | null {
  if (!timeline.firstAdmission) return null
  let reach = addYears(timeline.firstAdmission, milestone)
  for (const g of timeline.gaps) {
    if (g.from >= reach) break
    if (g.to === null) return null
    reach = addDays(reach, daysBetween(g.from, g.to))
  }
  return reach
}

/** Completed years of party age on a date (gaps before the date subtracted). */
export function partyYearsOn(timeline: PartyTimeline, date: IsoDate): number {
  if (!timeline.firstAdmission || timeline.firstAdmission > date) return 0
  let gapDays = 0
  for (const g of timeline.gaps) {
    if (g.from >= date) break
    const end = g.to === null || g.to > date ? date : g.to
    gapDays += daysBetween(g.from, end)
  }
  return fullYearsBetween(addDays(timeline.firstAdmission, gapDays), date)
}

export interface BadgeCandidate {
  memberId: string
  fullName: string
  cellId: string
  milestone: number
  /** The day the milestone is reached. */
  dueDate: IsoDate
  early: 'illness' | 'posthumous' | null
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
  /** Milestones already awarded (or proposed for another ceremony). */
  awarded: ReadonlySet<number>
  /** The clerk marked the member as seriously ill. */
  seriouslyIll?: boolean
}

/** The candidate milestone of one member for a ceremony, or null. */
export function badgeCandidate(input: BadgeInput, ceremony: IsoDate): BadgeCandidate | null {
  const { member, events, awarded } = input
  const timeline = partyTimeline(member, events)
  if (!timeline.firstAdmission) return null
  const state = memberStateOn(member, events, ceremony)
  const death = events.find((e) => e.type === 'death')
  const deathDate = death ? comparable(death.date) : null
  const highestAwarded = Math.max(0, ...awarded)

  let limit: IsoDate
  let kind: 'normal' | 'illness' | 'posthumous'
  if (deathDate && deathDate <= ceremony) {
    // Posthumous: only for deaths in the 12 months before the ceremony.
    if (deathDate <= addMonths(ceremony, -12)) return null
    limit = deathDate
    kind = 'posthumous'
  } else {
    if (!state.inWard) return null
    limit = ceremony
    kind = input.seriouslyIll ? 'illness' : 'normal'
  }

  let best: { milestone: number; due: IsoDate; early: BadgeCandidate['early'] } | null = null
  for (const m of BADGE_MILESTONES) {
    if (m <= highestAwarded || awarded.has(m)) continue
    const due = milestoneDate(timeline, m)
    if (!due) continue
    if (due <= limit) best = { milestone: m, due, early: kind === 'posthumous' ? 'posthumous' : null }
    else if (kind !== 'normal' && due <= addMonths(limit, earlyWindowMonths(m, kind)))
      best = { milestone: m, due, early: kind }
  }
  if (!best) return null
  const gapDays = timeline.gaps.reduce((sum, g) => (g.to ? sum + daysBetween(g.from, g.to) : sum), 0)
  return {
    memberId: member.id,
    fullName: member.fullName,
    cellId: state.cellId ?? member.cellId,
    milestone: best.milestone,
    dueDate: best.due,
    early: best.early,
    firstAdmission: timeline.firstAdmission,
    partyYears: partyYearsOn(timeline, limit),
    gapDays,
    deathDate
  }
}

export function badgeCandidates(inputs: readonly BadgeInput[], ceremony: IsoDate): BadgeCandidate[] {
  const out: BadgeCandidate[] = []
  for (const i of inputs) {
    const c = badgeCandidate(i, ceremony)
    if (c) out.push(c)
  }
  return out
}

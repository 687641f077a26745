// Party age (tuổi Đảng), the one way every screen and sheet counts it (docs/design.md §6 Honours;
// HD 01-HD/TW 2021 mục 18): from the FIRST admission decision, less the gaps — removal, expulsion,
// leaving, lost contact, each until the readmission. The badge list, the member list's filter, the
// overview chart and the period statistics all read it from here, so a member re-admitted after a
// gap is never counted from the readmission date on one screen and from the first admission on another.
import type { IsoDate, Member, MemberEvent } from '../entities'
import { addDays, addYears, comparable, daysBetween, fullYearsBetween, isYearOnly, yearOf } from '../dates'

export interface MembershipGap {
  from: IsoDate
  /** Readmission date; null while still out of the Party. */
  to: IsoDate | null
}

export interface PartyTimeline {
  /** For arithmetic: a year-only date reads as its 1 January here, so `yearOnly` must be checked. */
  firstAdmission: IsoDate | null
  /** The first admission as recorded (a bare year when only the year is known). */
  firstAdmissionRecorded: IsoDate | null
  gaps: MembershipGap[]
  /** Some date the party age depends on is known only by its year. */
  yearOnly: boolean
}

const GAP_START = new Set(['removal', 'expulsion', 'leaving', 'lostContact'])

export function partyTimeline(
  member: Pick<Member, 'admissionDate'>,
  events: readonly MemberEvent[]
): PartyTimeline {
  const sorted = [...events].sort((a, b) =>
    comparable(a.date) < comparable(b.date) ? -1 : comparable(a.date) > comparable(b.date) ? 1 : 0
  )
  const recorded = [
    ...sorted.filter((e) => e.type === 'admission').map((e) => e.date),
    ...(member.admissionDate ? [member.admissionDate] : [])
  ].sort((a, b) => (comparable(a) < comparable(b) ? -1 : comparable(a) > comparable(b) ? 1 : 0))
  // When the same admission is recorded both by year and by day, the day wins.
  const first =
    recorded.find((d) => !isYearOnly(d) && recorded[0] && yearOf(d) === yearOf(recorded[0])) ??
    recorded[0] ??
    null
  let yearOnly = !!first && isYearOnly(first)
  const gaps: MembershipGap[] = []
  let open: IsoDate | null = null
  for (const e of sorted) {
    if (GAP_START.has(e.type) && open === null) {
      open = comparable(e.date)
      yearOnly ||= isYearOnly(e.date)
    } else if ((e.type === 'readmission' || e.type === 'admission') && open !== null) {
      gaps.push({ from: open, to: comparable(e.date) })
      yearOnly ||= isYearOnly(e.date)
      open = null
    }
  }
  if (open !== null) gaps.push({ from: open, to: null })
  return { firstAdmission: first ? comparable(first) : null, firstAdmissionRecorded: first, gaps, yearOnly }
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
  // Most members have no gap: no date arithmetic then (the overview counts 10,000 of them).
  return fullYearsBetween(gapDays ? addDays(timeline.firstAdmission, gapDays) : timeline.firstAdmission, date)
}

/** Completed years of party age on a date, gaps subtracted; null when no admission is recorded. */
export function partyAgeOn(
  member: Pick<Member, 'admissionDate'>,
  events: readonly MemberEvent[],
  date: IsoDate
): number | null {
  const timeline = partyTimeline(member, events)
  return timeline.firstAdmission ? partyYearsOn(timeline, date) : null
}

/**
 * Each member's party age on a date, by id, for a whole list at once (the member list's filter, the
 * overview chart); a member with no recorded admission is left out.
 */
export function partyAgesOn(
  members: readonly Pick<Member, 'id' | 'admissionDate'>[],
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  date: IsoDate
): Map<string, number> {
  const out = new Map<string, number>()
  for (const m of members) {
    const years = partyAgeOn(m, eventsByMember.get(m.id) ?? [], date)
    if (years !== null) out.set(m.id, years)
  }
  return out
}

// What is coming up: the next Huy hiệu Đảng ceremony and its candidates.
import type { Badge, IsoDate, Member, MemberEvent } from '../entities'
import { yearOf } from '../dates'
import {
  badgeCandidates,
  ceremonyDates,
  DEFAULT_BADGE_HOLD,
  type BadgeCandidate,
  type BadgeHold
} from '../honours/badges'

/** The first ceremony day (3/2, 19/5, 2/9, 7/11) on or after today. */
export function nextCeremony(today: IsoDate): IsoDate {
  const year = yearOf(today)
  return [...ceremonyDates(year), ...ceremonyDates(year + 1)].find((d) => d >= today)!
}

/** Milestones each member already has (badges recorded, or badge events in the history). */
export function awardedMilestones(
  badges: readonly Badge[],
  events: readonly MemberEvent[]
): Map<string, Set<number>> {
  const map = new Map<string, Set<number>>()
  const add = (memberId: string, milestone: number | undefined) => {
    if (!milestone) return
    let set = map.get(memberId)
    if (!set) map.set(memberId, (set = new Set()))
    set.add(milestone)
  }
  for (const b of badges) add(b.memberId, b.milestone)
  for (const e of events) if (e.type === 'badge') add(e.memberId, e.milestone)
  return map
}

export function nextBadgeCandidates(
  members: readonly Member[],
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  badges: readonly Badge[],
  allEvents: readonly MemberEvent[],
  ceremony: IsoDate,
  seriouslyIll: ReadonlySet<string> = new Set(),
  hold: BadgeHold = DEFAULT_BADGE_HOLD
): BadgeCandidate[] {
  const awarded = awardedMilestones(badges, allEvents)
  const none = new Set<number>()
  // Members who left long ago cannot be candidates (posthumous awards look back 12 months only).
  const inputs = members
    .filter((m) => m.active === 1 || m.status === 'deceased')
    .map((m) => ({
      member: m,
      events: eventsByMember.get(m.id) ?? [],
      awarded: awarded.get(m.id) ?? none,
      seriouslyIll: seriouslyIll.has(m.id)
    }))
  // Members held back by discipline are not counted among the ceremony's candidates.
  return badgeCandidates(inputs, ceremony, hold).filter((c) => !c.heldBack)
}

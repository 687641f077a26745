// A member's standing — official or probationary — as the statistics sheet counts it
// (memberStateOn(...).official): an exempt or suspended member keeps his standing. The stored status
// cannot say it (it reads "exempt" or "suspended" whatever the standing), so the history decides.
// Tổng quan's cards and the member list's "kể cả miễn, đình chỉ sinh hoạt" filters both count here,
// so a card's figure and the list behind it agree.
import type { IsoDate, Member, MemberEvent } from '../entities'
import { memberStateOn } from '../memberState'

/** Whether the member is official on `on` (else probationary), by his history. */
export function isOfficialOn(member: Member, events: readonly MemberEvent[], on: IsoDate): boolean {
  return memberStateOn(member, events, on).official
}

/** Each active member's standing on `on`, by id: true official, false probationary. */
export function officialStandings(
  members: readonly Member[],
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  on: IsoDate
): Map<string, boolean> {
  const out = new Map<string, boolean>()
  for (const m of members)
    if (m.active === 1) out.set(m.id, isOfficialOn(m, eventsByMember.get(m.id) ?? [], on))
  return out
}

// The roll of a meeting: who belonged to the cell on the meeting's date, derived from each member's
// history through memberStateOn (the single source of truth). A member who joined, transferred in
// or out, was exempted or died on some date is on (or off) the roll exactly as on that date.
// Members exempt from activities (miễn công tác và sinh hoạt đảng) or suspended are listed apart and
// are not counted in the attendance rate (docs/design.md §6, Meetings).
import type { IsoDate, Member, MemberEvent } from '../entities'
import { memberStateOn } from '../memberState'
import { sortByVietnameseName } from '../names'
import { groupEventsByMember } from '../reviews/eligibility'

export type RollMember = Pick<Member, 'id' | 'fullName' | 'admissionDate' | 'officialDate' | 'cellId'>

export interface RollEntry {
  memberId: string
  fullName: string
  official: boolean
  /** Why the member is listed apart; null for the members expected to attend. */
  apart: null | 'exempt' | 'suspended'
}

export interface Roll {
  /** Expected to attend: counted in the rate. Sorted by tên. */
  expected: RollEntry[]
  /** Exempt or suspended on the date: listed apart, not counted. Sorted by tên. */
  apart: RollEntry[]
}

export const APART_LABELS: Record<'exempt' | 'suspended', string> = {
  exempt: 'Miễn công tác và sinh hoạt đảng',
  suspended: 'Đình chỉ sinh hoạt'
}

export function rollOn(
  members: readonly RollMember[],
  eventsOf: (memberId: string) => readonly MemberEvent[],
  cellId: string,
  date: IsoDate
): Roll {
  const expected: RollEntry[] = []
  const apart: RollEntry[] = []
  for (const m of members) {
    const state = memberStateOn(m, eventsOf(m.id), date)
    // A member away for a while attends elsewhere; one staying here for a while attends here.
    const attends = (state.inWard && !state.away) || state.visiting
    if (!attends || state.cellId !== cellId) continue
    const entry: RollEntry = {
      memberId: m.id,
      fullName: m.fullName,
      official: state.official,
      apart: state.exempt ? 'exempt' : state.suspended ? 'suspended' : null
    }
    ;(entry.apart ? apart : expected).push(entry)
  }
  return {
    expected: sortByVietnameseName(expected, (e) => e.fullName),
    apart: sortByVietnameseName(apart, (e) => e.fullName)
  }
}

/** Groups events by member once, for rollOn's `eventsOf`. */
export function eventsByMember(events: readonly MemberEvent[]): (memberId: string) => readonly MemberEvent[] {
  const map = groupEventsByMember(events)
  return (id) => map.get(id) ?? []
}

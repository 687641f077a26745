// The roll of a period: everyone who was on the cell's roll on some day of it (domain/meetings/
// roll.ts, rollOn). A member expected on any day is expected; one who was only ever exempt or
// suspended is listed apart (docs/design.md §6, Meetings). The roll only changes on event dates, so
// it is evaluated on the first day and on every event date inside the period.
import type { MemberEvent } from '../entities'
import { comparable } from '../dates'
import { sortByVietnameseName } from '../names'
import { rollOn, type Roll, type RollEntry, type RollMember } from '../meetings/roll'
import { periodRange, type Period } from './period'

export function periodRoll(
  members: readonly RollMember[],
  eventsOf: (memberId: string) => readonly MemberEvent[],
  cellId: string,
  period: Period
): Roll {
  const { from, to } = periodRange(period)
  const dates = new Set([from])
  for (const m of members)
    for (const e of eventsOf(m.id)) {
      const d = comparable(e.date)
      if (d > from && d <= to) dates.add(d)
    }
  const expected = new Map<string, RollEntry>()
  const apart = new Map<string, RollEntry>()
  for (const date of dates) {
    const roll = rollOn(members, eventsOf, cellId, date)
    for (const e of roll.expected) expected.set(e.memberId, e)
    for (const e of roll.apart) if (!expected.has(e.memberId)) apart.set(e.memberId, e)
  }
  for (const id of expected.keys()) apart.delete(id)
  return {
    expected: sortByVietnameseName([...expected.values()], (e) => e.fullName),
    apart: sortByVietnameseName([...apart.values()], (e) => e.fullName)
  }
}

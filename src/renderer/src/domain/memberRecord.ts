// Keeps a member record's cached, derived fields true to its history.
import type { IsoDate, Member, MemberEvent } from './entities'
import { isActiveStatus, memberStateOn } from './memberState'
import { memberSearchText } from './names'
import { todayIso } from './dates'

/** A new member's record before any of the clerk's values (the form and the import fill it in). */
export function newMemberRecord(id: string, now: string): Member {
  return {
    id,
    fullName: '',
    gender: 'male',
    cellId: '',
    status: 'probationary',
    active: 1,
    searchText: '',
    createdAt: now,
    updatedAt: now
  }
}

/** Status, active flag, cell and search text derived from the record and its events on `on`. */
export function withDerivedFields(
  member: Member,
  events: readonly MemberEvent[],
  on: IsoDate = todayIso()
): Member {
  const state = memberStateOn(member, events, on)
  return {
    ...member,
    status: state.status,
    active: isActiveStatus(state.status) && state.isMember ? 1 : 0,
    cellId: state.cellId ?? member.cellId,
    searchText: memberSearchText(member)
  }
}

/** The record's decision dates and the timeline event each one is. */
export const RECORD_DECISION_EVENTS = { admissionDate: 'admission', officialDate: 'official' } as const

/**
 * The decision events a correction of the record's dates carries along. The admission (official)
 * event standing on the record's old date is the same decision: when the clerk corrects the date on
 * the record — in the form or by an import — the event moves with it. Left behind, it would keep
 * the typo alive: membership, party age, who is rated and the period statistics all read the
 * timeline. Events on other dates (an earlier admission, a readmission) stay as they are, and a
 * date cleared from the record moves nothing.
 */
export function eventsFollowingRecord(
  before: Pick<Member, 'admissionDate' | 'officialDate'> | undefined,
  after: Pick<Member, 'admissionDate' | 'officialDate'>,
  events: readonly MemberEvent[]
): MemberEvent[] {
  if (!before) return []
  const moved: MemberEvent[] = []
  for (const [field, type] of Object.entries(RECORD_DECISION_EVENTS) as [
    keyof typeof RECORD_DECISION_EVENTS,
    MemberEvent['type']
  ][]) {
    const from = before[field]
    const to = after[field]
    if (!from || !to || from === to) continue
    const same = events.filter((e) => e.type === type && e.date === from)
    // Two events on the old date cannot both be this decision: neither is guessed at.
    if (same.length === 1) moved.push({ ...same[0], date: to })
  }
  return moved
}

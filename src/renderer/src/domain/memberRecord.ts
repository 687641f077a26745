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

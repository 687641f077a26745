// How a committee seat names its holder (Chi bộ page, Sửa chi bộ). A seat stays open until the clerk
// closes it, but its holder may have left the ward since (moved away, removed, died): the seat then
// says so, so that a departed member is never shown as the cell's sitting secretary without a word.
import type { Cell, CommitteeRole, CommitteeSeat, Member } from './entities'
import { comparable } from './dates'
import { MEMBER_STATUS_LABELS } from './memberState'

export function seatHolderName(member: Pick<Member, 'fullName' | 'status' | 'active'> | undefined): string {
  if (!member) return ''
  if (member.active === 1) return member.fullName
  return `${member.fullName} (${MEMBER_STATUS_LABELS[member.status].toLowerCase()} — cập nhật chi ủy)`
}

/** The seat a member (or, without one, the secretary) held on a date in the cell's committee. */
export function seatOn(
  cell: Pick<Cell, 'committee'> | undefined,
  date: string,
  match: (s: CommitteeSeat) => boolean
): CommitteeSeat | undefined {
  if (!cell || !date) return undefined
  const day = comparable(date)
  return (cell.committee ?? []).find(
    (s) => match(s) && comparable(s.from) <= day && (!s.to || day <= comparable(s.to))
  )
}

/** The committee role of a member on a date: null when he held no seat then. */
export function roleOn(
  cell: Pick<Cell, 'committee'> | undefined,
  memberId: string,
  date: string
): CommitteeRole | null {
  return seatOn(cell, date, (s) => s.memberId === memberId)?.role ?? null
}

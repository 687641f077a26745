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

/**
 * The seat a member (or, without one, the secretary) held on a date in the cell's committee. A seat
 * ends when its cell closes, whether or not the clerk closed it: the closing day is the first the
 * cell no longer exists (cellLife.ts), so a merged cell's secretary is nobody's secretary from then.
 */
export function seatOn(
  cell: Pick<Cell, 'committee' | 'closedOn'> | undefined,
  date: string,
  match: (s: CommitteeSeat) => boolean
): CommitteeSeat | undefined {
  if (!cell || !date) return undefined
  const day = comparable(date)
  if (cell.closedOn && day >= comparable(cell.closedOn)) return undefined
  return (cell.committee ?? []).find(
    (s) => match(s) && comparable(s.from) <= day && (!s.to || day <= comparable(s.to))
  )
}

/** The committee role of a member on a date: null when he held no seat then. */
export function roleOn(
  cell: Pick<Cell, 'committee' | 'closedOn'> | undefined,
  memberId: string,
  date: string
): CommitteeRole | null {
  return seatOn(cell, date, (s) => s.memberId === memberId)?.role ?? null
}

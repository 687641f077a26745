// How a committee seat names its holder (Chi bộ page, Sửa chi bộ). A seat stays open until the clerk
// closes it, but its holder may have left the ward since (moved away, removed, died): the seat then
// says so, so that a departed member is never shown as the cell's sitting secretary without a word.
import type { Member } from './entities'
import { MEMBER_STATUS_LABELS } from './memberState'

export function seatHolderName(member: Pick<Member, 'fullName' | 'status' | 'active'> | undefined): string {
  if (!member) return ''
  if (member.active === 1) return member.fullName
  return `${member.fullName} (${MEMBER_STATUS_LABELS[member.status].toLowerCase()} — cập nhật chi ủy)`
}

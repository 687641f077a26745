// Huy hiệu Đảng proposed for an earlier ceremony and never decided. Such a proposal keeps the member
// out of every later ceremony's list (awardedMilestones: the proposal stands, he is not proposed
// twice) — but only while it is pending, and never silently: Khen thưởng › Huy hiệu Đảng names these
// proposals so the clerk records the decision or withdraws the proposal (then the member is back in
// the list of the ceremony shown).
import type { Badge, IsoDate } from '../entities'
import { formatDate } from '../dates'
import { sortByVietnameseName } from '../names'

export interface PendingBadge {
  badge: Badge
  fullName: string
}

/** Proposals of ceremonies before `ceremony` without a decision, oldest ceremony first, then by name. */
export function pendingEarlierBadges(
  recorded: readonly Badge[],
  ceremony: IsoDate,
  names: ReadonlyMap<string, string>
): PendingBadge[] {
  const pending = recorded
    .filter((b) => b.status === 'proposed' && b.ceremonyDate < ceremony)
    .map((badge) => ({ badge, fullName: names.get(badge.memberId) ?? '' }))
  return sortByVietnameseName(pending, (p) => p.fullName).sort((a, b) =>
    a.badge.ceremonyDate.localeCompare(b.badge.ceremonyDate)
  )
}

/** "Nguyễn Văn An (30 năm, đợt 02/09/2025)". */
export function pendingBadgeText(p: PendingBadge): string {
  return `${p.fullName} (${p.badge.milestone} năm, đợt ${formatDate(p.badge.ceremonyDate)})`
}

/** The note on the tab: "Đề nghị từ đợt trước chưa có quyết định: …"; empty when there are none. */
export function pendingBadgesNote(pending: readonly PendingBadge[]): string {
  return pending.length
    ? `Đề nghị từ đợt trước chưa có quyết định: ${pending.map(pendingBadgeText).join(', ')}. Các đồng chí này không có trong danh sách đợt này cho đến khi ghi quyết định hoặc bỏ đề nghị.`
    : ''
}

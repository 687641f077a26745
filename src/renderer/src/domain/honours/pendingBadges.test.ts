// A Huy hiệu Đảng proposed for an earlier ceremony and never decided keeps the member out of the
// later ceremony's list while it is pending — and Khen thưởng › Huy hiệu Đảng names it.
import { describe, expect, it } from 'vitest'
import type { Badge } from '../entities'
import { member } from '@renderer/testing/reviewFactories'
import { DEFAULT_BADGE_HOLD, ceremonyCandidates } from './badges'
import { pendingBadgesNote, pendingEarlierBadges } from './pendingBadges'

const ceremony = '2027-02-03'
// Both reach 30 years by 02/09/2026 and by 03/02/2027.
const members = [
  member('a', { fullName: 'Nguyễn Văn An', admissionDate: '1996-05-10' }),
  member('b', { fullName: 'Trần Thị Bình', admissionDate: '1996-05-10' })
]
const names = new Map(members.map((m) => [m.id, m.fullName]))
const badge = (memberId: string, ceremonyDate: string, over: Partial<Badge> = {}): Badge => ({
  id: `${ceremonyDate}:${memberId}:30`,
  memberId,
  milestone: 30,
  ceremonyDate,
  status: 'proposed',
  ...over
})
const listed = (recorded: Badge[]) =>
  ceremonyCandidates({
    members,
    eventsByMember: new Map(),
    events: [],
    recorded,
    seriouslyIll: new Set(),
    ceremony,
    hold: DEFAULT_BADGE_HOLD
  }).map((c) => c.memberId)

describe('a badge proposed at an earlier ceremony and never decided', () => {
  const recorded = [badge('a', '2026-09-02'), badge('b', '2026-09-02', { status: 'awarded' })]

  it('keeps the member out of the later list while pending, and is named there', () => {
    expect(listed(recorded)).toEqual([])
    expect(pendingEarlierBadges(recorded, ceremony, names).map((p) => p.badge.memberId)).toEqual(['a'])
    expect(pendingBadgesNote(pendingEarlierBadges(recorded, ceremony, names))).toBe(
      'Đề nghị từ đợt trước chưa có quyết định: Nguyễn Văn An (30 năm, đợt 02/09/2026). Các đồng chí này không có trong danh sách đợt này cho đến khi ghi quyết định hoặc bỏ đề nghị.'
    )
  })

  it('withdrawn, the member is back in the later list and nothing is named', () => {
    const withdrawn = recorded.filter((b) => b.memberId !== 'a')
    expect(listed(withdrawn)).toEqual(['a'])
    expect(pendingBadgesNote(pendingEarlierBadges(withdrawn, ceremony, names))).toBe('')
  })

  it("this ceremony's own proposals and later ones are not named", () => {
    const own = [badge('a', ceremony), badge('b', '2027-09-02')]
    expect(pendingEarlierBadges(own, ceremony, names)).toEqual([])
  })

  it('several: oldest ceremony first, then by name', () => {
    const several = [
      badge('b', '2026-09-02'),
      badge('a', '2026-09-02'),
      badge('b', '2026-02-03', { milestone: 30 })
    ]
    expect(
      pendingEarlierBadges(several, ceremony, names).map((p) => `${p.badge.ceremonyDate} ${p.fullName}`)
    ).toEqual(['2026-02-03 Trần Thị Bình', '2026-09-02 Nguyễn Văn An', '2026-09-02 Trần Thị Bình'])
  })
})

// A ward of five, one of each standing the overview's cards and the member list must agree on: an
// official member, an exempt official one, a suspended probationary one, a probationary one, and one
// who died. Used where a card's figure is checked against the sheet and against the list it opens.
import type { Member, MemberEvent } from '@renderer/domain/entities'
import { BUILT_IN_BOOK } from '@renderer/domain/rules/profiles'
import { computeOverview, type OverviewInput } from '@renderer/domain/overview'
import { member, memberEvent } from './factories'

export const STANDING_DAY = '2026-06-30'

export const STANDING_MEMBERS: Member[] = [
  member('o'),
  member('x', { status: 'exempt' }),
  member('s', { status: 'suspended', admissionDate: '2025-09-01', officialDate: undefined }),
  member('p', { status: 'probationary', admissionDate: '2026-01-10', officialDate: undefined }),
  member('gone', { status: 'deceased', active: 0 })
]

export const STANDING_EVENTS: MemberEvent[] = [
  memberEvent('e1', 'x', 'exemption', '2024-01-01'),
  memberEvent('e2', 's', 'admission', '2025-09-01'),
  memberEvent('e3', 's', 'suspension', '2026-03-01'),
  memberEvent('e4', 'p', 'admission', '2026-01-10'),
  memberEvent('e5', 'gone', 'death', '2025-05-01')
]

/** What Tổng quan reads of that ward on STANDING_DAY, nothing else recorded. */
export const standingInput = (): OverviewInput => ({
  today: STANDING_DAY,
  cells: [],
  members: STANDING_MEMBERS,
  events: STANDING_EVENTS,
  meetings: [],
  unexcused: [],
  memberReviews: [],
  reviewYears: [],
  badges: [],
  rules: BUILT_IN_BOOK
})

/** Tổng quan of that ward on STANDING_DAY, nothing else recorded. */
export const standingOverview = () => computeOverview(standingInput())

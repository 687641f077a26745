// The overview's member cards against the statistics sheet of the same day: official + probationary
// = the members, and an exempt or suspended member is still one of them ("trong đó").
import { describe, expect, it } from 'vitest'
import {
  STANDING_DAY,
  STANDING_EVENTS,
  STANDING_MEMBERS,
  standingInput,
  standingOverview
} from '@renderer/testing/standingWard'
import { groupEventsByMember } from '../reviews/eligibility'
import { memberStatistics } from '../reports/memberStatistics'
import type { MemberEvent } from '../entities'
import { member, memberEvent } from '@renderer/testing/factories'
import { computeOverview } from './overview'
import { asideText } from './totals'

const TODAY = STANDING_DAY
const members = STANDING_MEMBERS
const events = STANDING_EVENTS
const overview = standingOverview()
const sheet = memberStatistics(members, groupEventsByMember(events), '2026-01-01', TODAY)
const sheetLine = (label: string) => sheet.composition[0].lines.find((l) => l.label === label)!.count

describe('Tổng quan — member cards agree with Thống kê đảng viên of the same day', () => {
  it('an exempt official member is official; a suspended probationary member is probationary', () => {
    expect(overview.totals.official).toBe(2)
    expect(overview.totals.probationary).toBe(2)
    expect(overview.totals.official).toBe(sheetLine('Đảng viên chính thức'))
    expect(overview.totals.probationary).toBe(sheetLine('Đảng viên dự bị'))
  })

  it('official + probationary = the members; exempt and suspended are counted among them', () => {
    expect(overview.totals.active).toBe(sheet.end)
    expect(overview.totals.official + overview.totals.probationary).toBe(overview.totals.active)
    expect(overview.totals.exempt).toBe(1)
    expect(overview.totals.suspended).toBe(1)
  })
})

describe('"trong đó": the exempt and suspended members inside each figure', () => {
  it('names each kind with its number, and nothing when there are none', () => {
    expect(overview.totals.officialAside).toEqual({ exempt: 1, suspended: 0, visiting: 0 })
    expect(overview.totals.probationaryAside).toEqual({ exempt: 0, suspended: 1, visiting: 0 })
    expect(asideText(overview.totals.officialAside)).toBe('trong đó 1 miễn sinh hoạt')
    expect(asideText({ exempt: 3, suspended: 1, visiting: 0 })).toBe(
      'trong đó 3 miễn sinh hoạt, 1 đình chỉ sinh hoạt'
    )
    expect(asideText({ exempt: 0, suspended: 0, visiting: 0 })).toBe('')
  })
})

// docs/design.md §6 Temporary transfers: a member of another đảng bộ staying here "is in none of the
// ward's figures". The cards keep him (official + probationary = the members on the lists, which he
// is on), and say which of each figure are guests, so each card less its guests is the sheet's line.
describe('a guest (sinh hoạt tạm thời) inside the official and probationary cards', () => {
  const guestEvents: MemberEvent[] = [
    ...STANDING_EVENTS,
    memberEvent('g1', 'g', 'transferIn', '2026-03-01', { transferKind: 'temporary', endDate: '2027-03-01' })
  ]
  const withGuest = [...STANDING_MEMBERS, member('g')]
  const view = computeOverview({ ...standingInput(), members: withGuest, events: guestEvents })
  const stats = memberStatistics(withGuest, groupEventsByMember(guestEvents), '2026-01-01', TODAY)
  const line = (label: string) => stats.composition[0].lines.find((l) => l.label === label)!.count

  it('each card less its guests is the statistics sheet’s line; the hint names the guest', () => {
    expect(view.totals.official - view.totals.officialAside.visiting).toBe(line('Đảng viên chính thức'))
    expect(view.totals.probationary - view.totals.probationaryAside.visiting).toBe(line('Đảng viên dự bị'))
    expect(view.totals.officialAside).toEqual({ exempt: 1, suspended: 0, visiting: 1 })
    expect(asideText(view.totals.officialAside)).toBe(
      'trong đó 1 miễn sinh hoạt, 1 sinh hoạt tạm thời (không tính vào đảng số)'
    )
    expect(asideText(view.totals.probationaryAside)).toBe('trong đó 1 đình chỉ sinh hoạt')
  })
})

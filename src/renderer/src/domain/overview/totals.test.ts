// The overview's member cards against the statistics sheet of the same day: official + probationary
// = the members, and an exempt or suspended member is still one of them ("trong đó").
import { describe, expect, it } from 'vitest'
import {
  STANDING_DAY,
  STANDING_EVENTS,
  STANDING_MEMBERS,
  standingOverview
} from '@renderer/testing/standingWard'
import { groupEventsByMember } from '../reviews/eligibility'
import { memberStatistics } from '../reports/memberStatistics'
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
    expect(overview.totals.officialAside).toEqual({ exempt: 1, suspended: 0 })
    expect(overview.totals.probationaryAside).toEqual({ exempt: 0, suspended: 1 })
    expect(asideText(overview.totals.officialAside)).toBe('trong đó 1 miễn sinh hoạt')
    expect(asideText({ exempt: 3, suspended: 1 })).toBe('trong đó 3 miễn sinh hoạt, 1 đình chỉ sinh hoạt')
    expect(asideText({ exempt: 0, suspended: 0 })).toBe('')
  })
})

// Member and cell totals for the overview, and the distributions its charts show. Every figure is
// counted exactly the way the member list filters (domain/members/filter.ts), so following a
// figure to its list shows the same number of rows.
import type { Cell, IsoDate, Member } from '../entities'
import { countByCell } from '../members/filter'
import { AGE_GROUPS, PARTY_AGE_GROUPS, groupOf, type AgeGroup } from '../members/ageGroups'
import { compareCellNames } from '../names'
import { ageAt } from '../members/validation'

export interface MemberTotals {
  /** Active members (the ward's lists): official + probationary + exempt + suspended. */
  active: number
  official: number
  probationary: number
  exempt: number
  suspended: number
  /** Active cells. */
  cells: number
}

export function memberTotals(
  members: readonly Member[],
  cells: readonly Pick<Cell, 'status'>[]
): MemberTotals {
  const t: MemberTotals = { active: 0, official: 0, probationary: 0, exempt: 0, suspended: 0, cells: 0 }
  for (const m of members) {
    if (m.active !== 1) continue
    t.active++
    if (m.status === 'official') t.official++
    else if (m.status === 'probationary') t.probationary++
    else if (m.status === 'exempt') t.exempt++
    else if (m.status === 'suspended') t.suspended++
  }
  t.cells = cells.filter((c) => c.status === 'active').length
  return t
}

export interface CellCount {
  cellId: string
  name: string
  count: number
}

/** Active members per active cell, in cell-name order ("Khu phố 2" before "Khu phố 10"). */
export function membersPerCell(members: readonly Member[], cells: readonly Cell[]): CellCount[] {
  const counts = countByCell(members)
  return cells
    .filter((c) => c.status === 'active')
    .map((c) => ({ cellId: c.id, name: c.name, count: counts.get(c.id)?.total ?? 0 }))
    .sort((a, b) => compareCellNames(a.name, b.name))
}

export interface BandCount {
  key: string
  label: string
  /** The chart axis's short form. */
  short: string
  count: number
}

/** Active members per group; a member whose years are unknown (null) is not counted. */
function distribution(
  members: readonly Member[],
  groups: readonly AgeGroup[],
  years: (m: Member) => number | null
): BandCount[] {
  const counts = new Map(groups.map((g) => [g.key, 0]))
  for (const m of members) {
    if (m.active !== 1) continue
    const y = years(m)
    if (y === null) continue
    const key = groupOf(groups, y).key
    counts.set(key, counts.get(key)! + 1)
  }
  return groups.map((g) => ({ key: g.key, label: g.label, short: g.short, count: counts.get(g.key)! }))
}

/** Active members by age group; members without a birth date are not counted. */
export function ageDistribution(members: readonly Member[], today: IsoDate): BandCount[] {
  return distribution(members, AGE_GROUPS, (m) => (m.birthDate ? ageAt(m.birthDate, today) : null))
}

/** Active members by party age (partyAgesOn: gaps subtracted), as the member list filters it. */
export function partyAgeDistribution(
  members: readonly Member[],
  partyAges: ReadonlyMap<string, number>
): BandCount[] {
  return distribution(members, PARTY_AGE_GROUPS, (m) => partyAges.get(m.id) ?? null)
}

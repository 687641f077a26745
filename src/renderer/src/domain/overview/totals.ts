// Member and cell totals for the overview, and the distributions its charts show. The figures are
// counted the way the member list filters (domain/members/filter.ts), so following a figure to its
// list shows the same number of rows. Official and probationary are counted as the statistics sheet
// counts them (officialSplit, by members/standing.ts), as the list's "kể cả miễn, đình chỉ sinh hoạt"
// filters do; the guests the lists hold and the sheet does not are said inside each figure (Aside).
import type { Cell, IsoDate, Member, MemberEvent } from '../entities'
import { memberStateOn, stayEndedOn } from '../memberState'
import { countByCell } from '../members/filter'
import { AGE_GROUPS, PARTY_AGE_GROUPS, groupOf, type AgeGroup } from '../members/ageGroups'
import { compareCellNames } from '../names'
import { ageAt } from '../members/validation'

export interface MemberTotals {
  /** Active members (the ward's lists). */
  active: number
  /** Of the active members, those exempt from activities ("trong đó", not a part beside official and probationary). */
  exempt: number
  /** Of the active members, those suspended ("trong đó"). */
  suspended: number
  /** Active cells. */
  cells: number
}

/** Counted from the records alone, so the page can show them before the events are read. */
export function memberTotals(
  members: readonly Member[],
  cells: readonly Pick<Cell, 'status'>[]
): MemberTotals {
  const t: MemberTotals = { active: 0, exempt: 0, suspended: 0, cells: 0 }
  for (const m of members) {
    if (m.active !== 1) continue
    t.active++
    if (m.status === 'exempt') t.exempt++
    else if (m.status === 'suspended') t.suspended++
  }
  t.cells = cells.filter((c) => c.status === 'active').length
  return t
}

/**
 * Members exempt or suspended among a figure ("trong đó"): the member list shows them under that
 * status; and the guests among it (memberStateOn's `visiting`, or a stay over and not yet recorded):
 * on the lists, in none of the ward's figures, so the figure less them is the statistics sheet's line.
 */
export interface Aside {
  exempt: number
  suspended: number
  visiting: number
}

export interface OfficialSplit {
  official: number
  probationary: number
  /** Of the official members, those exempt or suspended. */
  officialAside: Aside
  /** Of the probationary members, those exempt or suspended. */
  probationaryAside: Aside
  /**
   * Of the active members, those of another đảng bộ staying here for a while: on the ward's lists and
   * rolls, not in its đảng số (QĐ 232-QĐ/TW 2025, 6.3.2; memberStateOn's `visiting`).
   */
  visiting: number
  /** Of those, the guests whose stay is over and whose leaving is not recorded yet (stayEndedOn). */
  staysEnded: number
}

/**
 * The active members split into official and probationary as the statistics sheet counts them
 * (memberStatistics: memberStateOn(...).official), so an exempt or suspended member still counts as
 * official or probationary and official + probationary = active. The stored status cannot say it:
 * it reads "exempt" or "suspended" whatever the member's standing.
 */
export function officialSplit(
  members: readonly Member[],
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  today: IsoDate
): OfficialSplit {
  const t: OfficialSplit = {
    official: 0,
    probationary: 0,
    officialAside: { exempt: 0, suspended: 0, visiting: 0 },
    probationaryAside: { exempt: 0, suspended: 0, visiting: 0 },
    visiting: 0,
    staysEnded: 0
  }
  for (const m of members) {
    if (m.active !== 1) continue
    const events = eventsByMember.get(m.id) ?? []
    const state = memberStateOn(m, events, today)
    // A guest whose stay is over is still on the list until his leaving is recorded: named with the
    // guests (never as the ward's own), and told apart so the clerk records it.
    const ended = !state.inWard && !state.visiting && stayEndedOn(m, events, today) !== null
    // The standing members/standing.ts gives the list's "kể cả miễn, đình chỉ" filters (the same state).
    const official = state.official
    t[official ? 'official' : 'probationary']++
    if (state.visiting || ended) {
      t.visiting++
      t[official ? 'officialAside' : 'probationaryAside'].visiting++
    }
    if (ended) t.staysEnded++
    // By the stored status: the "trong đó" the list shows under Miễn / Đình chỉ sinh hoạt.
    if (m.status === 'exempt' || m.status === 'suspended')
      t[official ? 'officialAside' : 'probationaryAside'][m.status]++
  }
  return t
}

/** Under the members' figure: how many of them are only staying here; empty when none. */
export function visitingText(visiting: number, staysEnded = 0): string {
  if (visiting === 0) return ''
  const ended = staysEnded > 0 ? ` (${staysEnded} đã hết hạn, cần ghi chuyển đi)` : ''
  return `trong đó ${visiting} sinh hoạt tạm thời${ended}, không tính vào đảng số`
}

/** "trong đó 3 miễn sinh hoạt, 1 đình chỉ sinh hoạt, 1 sinh hoạt tạm thời (…)"; empty when there are none. */
export function asideText(aside: Aside): string {
  const parts = [
    aside.exempt > 0 ? `${aside.exempt} miễn sinh hoạt` : '',
    aside.suspended > 0 ? `${aside.suspended} đình chỉ sinh hoạt` : '',
    aside.visiting > 0 ? `${aside.visiting} sinh hoạt tạm thời (không tính vào đảng số)` : ''
  ].filter(Boolean)
  return parts.length ? `trong đó ${parts.join(', ')}` : ''
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

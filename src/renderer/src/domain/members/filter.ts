// The member list's filters and search, as pure functions the screen and the benchmark share.
// Sorting is done once per data change (sortMembers); filtering keeps that order, so a keystroke
// in "Tìm kiếm" costs one pass over the list and never a re-sort.
import type { Gender, IsoDate, Member, MemberStatus, TheoryLevel } from '../entities'
import { foldForSearch, sortByVietnameseName } from '../names'
import { ageAt } from './validation'
import { AGE_GROUPS, PARTY_AGE_GROUPS, groupOf } from './ageGroups'

/**
 * Official or probationary by standing (members/standing.ts), as Thống kê đảng viên and Tổng quan's
 * cards count: an exempt or suspended member is among them. The plain 'official' status filter
 * leaves him out (he is listed under Miễn / Đình chỉ sinh hoạt).
 */
export const STANDING_FILTER_LABELS = {
  officialStanding: 'Chính thức (kể cả miễn, đình chỉ sinh hoạt)',
  probationaryStanding: 'Dự bị (kể cả miễn, đình chỉ sinh hoạt)'
} as const
export type StandingFilter = keyof typeof STANDING_FILTER_LABELS

export function isStandingFilter(status: unknown): status is StandingFilter {
  return typeof status === 'string' && status in STANDING_FILTER_LABELS
}

/** 'active': the ward's active lists (the default); 'all': also those who left, died, moved away. */
export type StatusFilter = 'active' | 'all' | MemberStatus | StandingFilter

export interface MemberFilters {
  cellId?: string | null
  status?: StatusFilter
  gender?: Gender | null
  ageBand?: string | null
  partyAgeBand?: string | null
  theoryLevel?: TheoryLevel | null
  /** "Tìm kiếm": name, party card or CCCD, accents optional. */
  query?: string
}

/** Members in Vietnamese name order (given name, middle, family). Call once per data change. */
export function sortMembers<T extends Pick<Member, 'fullName'>>(members: readonly T[]): T[] {
  return sortByVietnameseName(members, (m) => m.fullName)
}

/**
 * The members matching every filter set, in the input's order. Search folds the query once and
 * tests each word against the record's accent-free `searchText` (same rule as names.matchesSearch).
 * The party-age filter reads `partyAges` (partyAgesOn: gaps subtracted, which needs the members'
 * events); a member missing from it has no recorded admission and matches no party-age group.
 * The standing filters read `standings` (officialStandings: true official, false probationary, for
 * the active members); a member missing from it matches neither.
 */
export function filterMembers(
  members: readonly Member[],
  filters: MemberFilters,
  today: IsoDate,
  partyAges: ReadonlyMap<string, number>,
  standings: ReadonlyMap<string, boolean> = new Map()
): Member[] {
  const words = filters.query ? foldForSearch(filters.query).split(' ').filter(Boolean) : []
  const status = filters.status ?? 'active'
  const ageGroup = filters.ageBand || null
  const partyAgeGroup = filters.partyAgeBand || null
  const standing = isStandingFilter(status) ? status === 'officialStanding' : null
  const out: Member[] = []
  for (const m of members) {
    if (standing !== null) {
      if (standings.get(m.id) !== standing) continue
    } else if (status === 'active' ? m.active !== 1 : status !== 'all' && m.status !== status) continue
    if (filters.cellId && m.cellId !== filters.cellId) continue
    if (filters.gender && m.gender !== filters.gender) continue
    if (filters.theoryLevel && (m.theoryLevel ?? 'none') !== filters.theoryLevel) continue
    if (ageGroup && !(m.birthDate && groupOf(AGE_GROUPS, ageAt(m.birthDate, today)).key === ageGroup))
      continue
    if (partyAgeGroup) {
      const years = partyAges.get(m.id)
      if (years === undefined || groupOf(PARTY_AGE_GROUPS, years).key !== partyAgeGroup) continue
    }
    if (words.length > 0) {
      let all = true
      for (const w of words)
        if (!m.searchText.includes(w)) {
          all = false
          break
        }
      if (!all) continue
    }
    out.push(m)
  }
  return out
}

export interface CellCounts {
  official: number
  probationary: number
  exempt: number
  suspended: number
  /** Active members (all four above). */
  total: number
}

/** Per cell: official, probationary, exempt and suspended members among the active ones. */
export function countByCell(
  members: readonly Pick<Member, 'cellId' | 'status' | 'active'>[]
): Map<string, CellCounts> {
  const out = new Map<string, CellCounts>()
  for (const m of members) {
    if (m.active !== 1) continue
    let c = out.get(m.cellId)
    if (!c) out.set(m.cellId, (c = { official: 0, probationary: 0, exempt: 0, suspended: 0, total: 0 }))
    c.total++
    if (m.status === 'official') c.official++
    else if (m.status === 'probationary') c.probationary++
    else if (m.status === 'exempt') c.exempt++
    else if (m.status === 'suspended') c.suspended++
  }
  return out
}

/** The filters in words, for the exported sheet's note. */
export function describeFilters(
  filters: MemberFilters,
  labels: { cellName?: string; status?: string; gender?: string; theoryLevel?: string }
): string {
  const parts: string[] = []
  if (labels.cellName) parts.push(`chi bộ: ${labels.cellName}`)
  parts.push(`trạng thái: ${labels.status ?? 'đang sinh hoạt'}`)
  if (labels.gender) parts.push(`giới tính: ${labels.gender}`)
  const age = AGE_GROUPS.find((g) => g.key === filters.ageBand)
  if (age) parts.push(`độ tuổi: ${age.label.toLowerCase()}`)
  const partyAge = PARTY_AGE_GROUPS.find((g) => g.key === filters.partyAgeBand)
  if (partyAge) parts.push(`tuổi Đảng: ${partyAge.label.toLowerCase()}`)
  if (labels.theoryLevel) parts.push(`lý luận chính trị: ${labels.theoryLevel}`)
  if (filters.query?.trim()) parts.push(`tìm kiếm: "${filters.query.trim()}"`)
  return parts.join('; ')
}

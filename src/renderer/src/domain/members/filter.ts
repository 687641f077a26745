// The member list's filters and search, as pure functions the screen and the benchmark share.
// Sorting is done once per data change (sortMembers); filtering keeps that order, so a keystroke
// in "Tìm kiếm" costs one pass over the list and never a re-sort.
import type { Gender, IsoDate, Member, MemberStatus, TheoryLevel } from '../entities'
import { foldForSearch, sortByVietnameseName } from '../names'
import { ageAt } from './validation'

export interface Band {
  key: string
  label: string
  /** Inclusive lower bound in completed years. */
  min: number
  /** Exclusive upper bound; null = open. */
  max: number | null
}

export const AGE_BANDS: readonly Band[] = [
  { key: 'under30', label: 'Dưới 30 tuổi', min: 0, max: 30 },
  { key: '30-40', label: 'Từ 30 đến dưới 40', min: 30, max: 40 },
  { key: '40-50', label: 'Từ 40 đến dưới 50', min: 40, max: 50 },
  { key: '50-60', label: 'Từ 50 đến dưới 60', min: 50, max: 60 },
  { key: '60-70', label: 'Từ 60 đến dưới 70', min: 60, max: 70 },
  { key: '70plus', label: 'Từ 70 tuổi trở lên', min: 70, max: null }
]

/** Party age (tuổi Đảng) from the admission date; 30 and more are the badge milestones. */
export const PARTY_AGE_BANDS: readonly Band[] = [
  { key: 'under5', label: 'Dưới 5 năm', min: 0, max: 5 },
  { key: '5-10', label: 'Từ 5 đến dưới 10 năm', min: 5, max: 10 },
  { key: '10-20', label: 'Từ 10 đến dưới 20 năm', min: 10, max: 20 },
  { key: '20-30', label: 'Từ 20 đến dưới 30 năm', min: 20, max: 30 },
  { key: '30-40', label: 'Từ 30 đến dưới 40 năm', min: 30, max: 40 },
  { key: '40plus', label: 'Từ 40 năm trở lên', min: 40, max: null }
]

/** 'active': the ward's active lists (the default); 'all': also those who left, died, moved away. */
export type StatusFilter = 'active' | 'all' | MemberStatus

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

function inBand(years: number, band: Band): boolean {
  return years >= band.min && (band.max === null || years < band.max)
}

/**
 * The members matching every filter set, in the input's order. Search folds the query once and
 * tests each word against the record's accent-free `searchText` (same rule as names.matchesSearch).
 */
export function filterMembers(members: readonly Member[], filters: MemberFilters, today: IsoDate): Member[] {
  const words = filters.query ? foldForSearch(filters.query).split(' ').filter(Boolean) : []
  const status = filters.status ?? 'active'
  const ageBand = filters.ageBand ? AGE_BANDS.find((b) => b.key === filters.ageBand) : undefined
  const partyBand = filters.partyAgeBand
    ? PARTY_AGE_BANDS.find((b) => b.key === filters.partyAgeBand)
    : undefined
  const out: Member[] = []
  for (const m of members) {
    if (status === 'active' ? m.active !== 1 : status !== 'all' && m.status !== status) continue
    if (filters.cellId && m.cellId !== filters.cellId) continue
    if (filters.gender && m.gender !== filters.gender) continue
    if (filters.theoryLevel && (m.theoryLevel ?? 'none') !== filters.theoryLevel) continue
    if (ageBand && !(m.birthDate && inBand(ageAt(m.birthDate, today), ageBand))) continue
    if (partyBand && !(m.admissionDate && inBand(ageAt(m.admissionDate, today), partyBand))) continue
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
  const age = AGE_BANDS.find((b) => b.key === filters.ageBand)
  if (age) parts.push(`độ tuổi: ${age.label.toLowerCase()}`)
  const partyAge = PARTY_AGE_BANDS.find((b) => b.key === filters.partyAgeBand)
  if (partyAge) parts.push(`tuổi Đảng: ${partyAge.label.toLowerCase()}`)
  if (labels.theoryLevel) parts.push(`lý luận chính trị: ${labels.theoryLevel}`)
  if (filters.query?.trim()) parts.push(`tìm kiếm: "${filters.query.trim()}"`)
  return parts.join('; ')
}

// The member list's filters carried in a link (e.g. from a figure on Tổng quan:
// /dang-vien?status=officialStanding&cellId=…). Unknown or malformed values are ignored, never trusted.
import type { Gender, TheoryLevel } from '../entities'
import { MEMBER_STATUS_LABELS } from '../memberState'
import { THEORY_LEVEL_LABELS } from '../labels'
import { isStandingFilter, type StatusFilter } from './filter'
import { AGE_GROUPS, PARTY_AGE_GROUPS } from './ageGroups'

export interface QueryFilters {
  query?: string
  cellId?: string
  status?: StatusFilter
  gender?: Gender
  ageBand?: string
  partyAgeBand?: string
  theoryLevel?: TheoryLevel
  /** Which tab: the list, or members due for official membership. */
  view?: 'list' | 'due'
}

const one = (v: unknown): string | undefined => {
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' && s.length > 0 && s.length <= 200 ? s : undefined
}

export function filtersFromQuery(query: Record<string, unknown>): QueryFilters {
  const out: QueryFilters = {}
  const q = one(query.query)
  if (q) out.query = q
  const cellId = one(query.cellId)
  if (cellId) out.cellId = cellId
  const status = one(query.status)
  if (
    status &&
    (status === 'active' || status === 'all' || status in MEMBER_STATUS_LABELS || isStandingFilter(status))
  )
    out.status = status as StatusFilter
  const gender = one(query.gender)
  if (gender === 'male' || gender === 'female') out.gender = gender
  const ageBand = one(query.ageBand)
  if (ageBand && AGE_GROUPS.some((g) => g.key === ageBand)) out.ageBand = ageBand
  const partyAgeBand = one(query.partyAgeBand)
  if (partyAgeBand && PARTY_AGE_GROUPS.some((g) => g.key === partyAgeBand)) out.partyAgeBand = partyAgeBand
  const theory = one(query.theoryLevel)
  if (theory && theory in THEORY_LEVEL_LABELS) out.theoryLevel = theory as TheoryLevel
  const view = one(query.view)
  if (view === 'list' || view === 'due') out.view = view
  return out
}

// Where each overview figure leads: the list behind it. Query names follow the member list's
// filters (domain/members/filter.ts MemberFilters: status, cellId, ageBand, partyAgeBand, query)
// and the other sections' pages (year, view, ceremony).
import type { RouteLocationRaw } from 'vue-router'
import type { StatusFilter } from '@renderer/domain/members/filter'

export const overviewLinks = {
  members: (
    filters: {
      status?: StatusFilter
      cellId?: string
      ageBand?: string
      partyAgeBand?: string
      query?: string
    } = {}
  ): RouteLocationRaw => ({
    name: 'members',
    query: Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>
  }),
  /** The official card's list: official by standing, the exempt and suspended among them (its "trong đó"). */
  officialMembers: (): RouteLocationRaw => overviewLinks.members({ status: 'officialStanding' }),
  /** The probationary card's list, counted the same way. */
  probationaryMembers: (): RouteLocationRaw => overviewLinks.members({ status: 'probationaryStanding' }),
  probationDue: (): RouteLocationRaw => ({ name: 'members', query: { view: 'due' } }),
  member: (id: string): RouteLocationRaw => ({ name: 'member', params: { id } }),
  cells: (): RouteLocationRaw => ({ name: 'cells' }),
  compliance: (year: number): RouteLocationRaw => ({
    name: 'meetings',
    query: { year: String(year), view: 'months' }
  }),
  absences: (year: number): RouteLocationRaw => ({
    name: 'meetings',
    query: { year: String(year), view: 'absences' }
  }),
  reviews: (year: number): RouteLocationRaw => ({ name: 'reviews', query: { year: String(year) } }),
  badges: (ceremony: string): RouteLocationRaw => ({
    name: 'honours',
    query: { view: 'badges', ceremony }
  })
}

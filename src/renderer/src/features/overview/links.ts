// Where each overview figure leads: the list behind it. Query names follow the member list's
// filters (domain/members/filter.ts MemberFilters: status, cellId, ageBand, partyAgeBand, query)
// and the other sections' pages (year, view, ceremony).
import type { RouteLocationRaw } from 'vue-router'
import type { MemberStatus } from '@renderer/domain/entities'

export const overviewLinks = {
  members: (
    filters: {
      status?: MemberStatus | 'active' | 'all'
      cellId?: string
      ageBand?: string
      partyAgeBand?: string
      query?: string
    } = {}
  ): RouteLocationRaw => ({
    path: '/dang-vien',
    query: Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>
  }),
  probationDue: (): RouteLocationRaw => ({ path: '/dang-vien', query: { view: 'due' } }),
  member: (id: string): RouteLocationRaw => ({ path: `/dang-vien/${encodeURIComponent(id)}` }),
  cells: (): RouteLocationRaw => ({ path: '/chi-bo' }),
  compliance: (year: number): RouteLocationRaw => ({
    path: '/sinh-hoat',
    query: { year: String(year), view: 'months' }
  }),
  absences: (year: number): RouteLocationRaw => ({
    path: '/sinh-hoat',
    query: { year: String(year), view: 'absences' }
  }),
  reviews: (year: number): RouteLocationRaw => ({ path: '/danh-gia', query: { year: String(year) } }),
  badges: (ceremony: string): RouteLocationRaw => ({
    path: '/khen-thuong',
    query: { view: 'badges', ceremony }
  })
}

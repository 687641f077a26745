import { describe, expect, it } from 'vitest'
import { overviewLinks } from './links'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@renderer/app/routes'

const router = createRouter({ history: createMemoryHistory(), routes })
import type { MemberFilters } from '@renderer/domain/members/filter'

describe('overview links lead to the lists behind the figures', () => {
  it.each([
    [overviewLinks.members({ status: 'official' }), '/dang-vien', { status: 'official' }],
    [overviewLinks.members({ cellId: 'c1' }), '/dang-vien', { cellId: 'c1' }],
    [overviewLinks.members({ ageBand: '60-70' }), '/dang-vien', { ageBand: '60-70' }],
    [overviewLinks.members({ partyAgeBand: '30-40' }), '/dang-vien', { partyAgeBand: '30-40' }],
    [overviewLinks.members(), '/dang-vien', {}],
    [overviewLinks.compliance(2026), '/sinh-hoat', { year: '2026', view: 'months' }],
    [overviewLinks.absences(2026), '/sinh-hoat', { year: '2026', view: 'absences' }],
    [overviewLinks.probationDue(), '/dang-vien', { view: 'due' }],
    [overviewLinks.reviews(2025), '/danh-gia', { year: '2025' }],
    [overviewLinks.badges('2027-02-03'), '/khen-thuong', { view: 'badges', ceremony: '2027-02-03' }]
  ])('%o', (link, path, query) => {
    const to = router.resolve(link)
    expect(to.path).toBe(path)
    expect(to.query).toEqual(query)
  })

  it("uses the member list's own filter names (domain/members/filter.ts)", () => {
    const keys: (keyof MemberFilters)[] = ['status', 'cellId', 'ageBand', 'partyAgeBand', 'query']
    const link = overviewLinks.members({
      status: 'official',
      cellId: 'c',
      ageBand: 'a',
      partyAgeBand: 'p',
      query: 'q'
    }) as { query: Record<string, string> }
    expect(Object.keys(link.query).sort()).toEqual([...keys].sort())
  })

  it('opens a member profile by id', () => {
    expect(router.resolve(overviewLinks.member('d-m00001')).path).toBe('/dang-vien/d-m00001')
  })
})

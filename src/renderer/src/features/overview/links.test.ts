import {
  STANDING_DAY,
  STANDING_EVENTS,
  STANDING_MEMBERS,
  standingOverview
} from '@renderer/testing/standingWard'
import { describe, expect, it } from 'vitest'
import { overviewLinks } from './links'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@renderer/app/routes'

const router = createRouter({ history: createMemoryHistory(), routes })
import { filterMembers, type MemberFilters } from '@renderer/domain/members/filter'
import { filtersFromQuery } from '@renderer/domain/members/queryFilters'
import { officialStandings } from '@renderer/domain/members/standing'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'

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
    [overviewLinks.officialMembers(), '/dang-vien', { status: 'officialStanding' }],
    [overviewLinks.probationaryMembers(), '/dang-vien', { status: 'probationaryStanding' }],
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

// The official and probationary cards count as Thống kê đảng viên does (an exempt or suspended member
// keeps his standing, "trong đó" under the card): the list each opens holds exactly that many.
describe("the list behind the official / probationary card holds the card's figure", () => {
  const TODAY = STANDING_DAY
  const members = STANDING_MEMBERS
  const events = STANDING_EVENTS
  const { totals } = standingOverview()
  const standings = officialStandings(members, groupEventsByMember(events), TODAY)
  /** The rows the member list shows when opened by `link` (its query read as the page reads it). */
  const listed = (link: ReturnType<typeof overviewLinks.members>) =>
    filterMembers(members, filtersFromQuery(router.resolve(link).query), TODAY, new Map(), standings).map(
      (m) => m.id
    )

  it('chính thức: the exempt official member is listed too', () => {
    expect(totals.official).toBe(2)
    expect(listed(overviewLinks.officialMembers())).toEqual(['o', 'x'])
  })

  it('dự bị: the suspended probationary member is listed too', () => {
    expect(totals.probationary).toBe(2)
    expect(listed(overviewLinks.probationaryMembers())).toEqual(['s', 'p'])
  })
})

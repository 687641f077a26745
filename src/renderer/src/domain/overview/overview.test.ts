// The overview's figures against counts computed independently here, with plain loops over the
// generated sample ward (no overview code involved in the expected numbers).
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../demo'
import { computeOverview } from './overview'
import { nextCeremony } from '../honours/badges'
import { BUILT_IN_BOOK, BUILT_IN_PROFILES, paramsOf, profileForYear } from '../rules/profiles'
import { openYear } from '../reviews/openYear'
import { memberStateOn, type MemberState } from '../memberState'
import { addDays, addMonths, fullYearsBetween, isYearOnly } from '../dates'
import type { MemberEvent } from '../entities'

const TODAY = '2026-11-21'
// Seed 3: a ward with re-admitted members among the active ones (party age must subtract their gap).
const data = generateDataset('S', 3, TODAY)
const params = paramsOf(profileForYear(2026))
const input = {
  today: TODAY,
  cells: data.cells,
  members: data.members,
  events: data.events,
  meetings: data.meetings.filter((m) => m.date.startsWith('2026')),
  unexcused: data.attendance.filter((a) => a.status === 'unexcused' && a.date.startsWith('2026')),
  memberReviews: data.memberReviews,
  reviewYears: data.reviewYears,
  badges: [],
  rules: BUILT_IN_BOOK
}
const overview = computeOverview(input)

const eventsOf = new Map<string, MemberEvent[]>()
for (const e of data.events) eventsOf.set(e.memberId, [...(eventsOf.get(e.memberId) ?? []), e])
const stateToday = new Map(data.members.map((m) => [m.id, memberStateOn(m, eventsOf.get(m.id) ?? [], TODAY)]))

describe('Tổng quan — figures match independent counts', () => {
  // Official and probationary as the statistics sheet counts them (an exempt member is still one or
  // the other); exempt is counted among them ("trong đó"), as the member list's status filter shows it.
  it.each([
    ['official', (s: MemberState) => s.official],
    ['probationary', (s: MemberState) => !s.official],
    ['exempt', (s: MemberState) => s.status === 'exempt']
  ] as const)('%s members (on today from the events)', (key, holds) => {
    const expected = data.members.filter(
      (m) => stateToday.get(m.id)!.inWard && holds(stateToday.get(m.id)!)
    ).length
    expect(expected).toBeGreaterThan(0)
    expect(overview.totals[key]).toBe(expected)
  })

  it('active members and cells', () => {
    expect(overview.totals.active).toBe([...stateToday.values()].filter((s) => s.inWard).length)
    expect(overview.totals.cells).toBe(15)
  })

  it('members per cell add up to the active total, cell by cell', () => {
    for (const c of overview.membersPerCell) {
      expect(c.count).toBe(
        data.members.filter((m) => stateToday.get(m.id)!.inWard && m.cellId === c.cellId).length
      )
    }
    expect(overview.membersPerCell.reduce((s, c) => s + c.count, 0)).toBe(overview.totals.active)
  })

  it('age groups (the statistics form’s): each active member with a birth date counted once in the right one', () => {
    const upTo30 = data.members.filter(
      (m) => m.active === 1 && fullYearsBetween(m.birthDate!, TODAY) <= 30
    ).length
    const over70 = data.members.filter(
      (m) => m.active === 1 && fullYearsBetween(m.birthDate!, TODAY) > 70
    ).length
    expect(overview.ages.find((b) => b.key === 'upTo30')!.count).toBe(upTo30)
    expect(overview.ages.find((b) => b.key === 'over70')!.count).toBe(over70)
    expect(overview.ages.reduce((s, b) => s + b.count, 0)).toBe(overview.totals.active)
  })

  it('party age counts from the first admission less the gaps (HD 01-HD/TW 2021 mục 18)', () => {
    // Independently: the days from the first admission to today, less each removal → readmission.
    const partyYears = (m: (typeof data.members)[number]): number => {
      const events = [...(eventsOf.get(m.id) ?? [])].sort((x, y) => (x.date < y.date ? -1 : 1))
      const admissions = [
        m.admissionDate!,
        ...events.filter((e) => e.type === 'admission').map((e) => e.date)
      ]
      const first = admissions.map((d) => (isYearOnly(d) ? `${d}-01-01` : d)).sort()[0]
      let gapDays = 0
      let out: string | null = null
      for (const e of events) {
        if (e.type === 'removal') out = e.date
        if (e.type === 'readmission' && out) {
          gapDays += (Date.parse(e.date) - Date.parse(out)) / 86_400_000
          out = null
        }
      }
      return fullYearsBetween(addDays(first, gapDays), TODAY)
    }
    const expected = [10, 20, 30, 40, 50, Infinity].map(
      (below, i, all) =>
        data.members.filter((m) => {
          if (m.active !== 1) return false
          const y = partyYears(m)
          return y < below && y >= (i === 0 ? 0 : all[i - 1])
        }).length
    )
    expect(overview.partyAges.map((b) => b.count)).toEqual(expected)
    // The sample ward has active re-admitted members, whose record shows the readmission date.
    const readmitted = data.members.filter(
      (m) => m.active === 1 && (eventsOf.get(m.id) ?? []).some((e) => e.type === 'readmission')
    )
    expect(readmitted.length).toBeGreaterThan(0)
  })

  it('absence warnings: members with unexcused absences in 3 months of the year (Điều lệ Điều 8.2)', () => {
    const months = new Map<string, Set<string>>()
    for (const a of data.attendance)
      if (a.status === 'unexcused' && a.date.startsWith('2026'))
        months.set(a.memberId, (months.get(a.memberId) ?? new Set()).add(a.date.slice(5, 7)))
    const expected = [...months]
      .filter(([, m]) => m.size >= params.absenceWarningCount)
      .map(([id]) => id)
      .sort()
    expect(expected.length).toBeGreaterThan(0)
    expect(overview.absenceWarnings.map((w) => w.memberId).sort()).toEqual(expected)
    // The Charter's threshold needs no second citation.
    expect(overview.absenceThresholdSource).toBe('')
  })

  it('a province’s 2-month threshold warns from 2 months and names the province’s text', () => {
    const base = profileForYear(2026)
    const province = {
      ...base,
      id: 'tinh',
      name: 'Hướng dẫn tỉnh',
      builtIn: 0 as const,
      basedOnId: base.id,
      params: { ...base.params, absenceWarningCount: 2 },
      sources: { ...base.sources, absenceWarningCount: 'HD 05-HD/TU 2026 (2 tháng)' }
    }
    const withCopy = computeOverview({
      ...input,
      rules: { profiles: [...BUILT_IN_PROFILES, province], chosen: new Map() }
    })
    expect(withCopy.params.absenceWarningCount).toBe(2)
    expect(withCopy.absenceThresholdSource).toBe('HD 05-HD/TU 2026 (2 tháng)')
    expect(withCopy.absenceWarnings.length).toBeGreaterThan(overview.absenceWarnings.length)
  })

  it('probation ending in the next 60 days (or overdue): probationary, admitted ≤ 12 months + 60 days ago', () => {
    const horizon = addDays(TODAY, 60)
    const expected = data.members
      .filter(
        (m) => m.active === 1 && m.status === 'probationary' && addMonths(m.admissionDate!, 12) <= horizon
      )
      .map((m) => m.id)
      .sort()
    expect(expected.length).toBeGreaterThan(0)
    expect(overview.probation.map((p) => p.member.id).sort()).toEqual(expected)
  })

  it('meeting compliance this year: months held out of months due, from the meetings themselves', () => {
    let due = 0
    let held = 0
    for (const c of data.cells) {
      for (let month = 1; month <= 10; month++) {
        due++
        const key = `2026-${String(month).padStart(2, '0')}`
        if (
          data.meetings.some(
            (m) =>
              m.cellId === c.id && m.date.startsWith(key) && (m.type === 'regular' || m.type === 'combined')
          )
        )
          held++
      }
    }
    // November 2026 is still running: it counts only where the meeting has already been held.
    const novemberHeld = data.cells.filter((c) =>
      data.meetings.some((m) => m.cellId === c.id && m.date.startsWith('2026-11') && m.type !== 'thematic')
    ).length
    expect(overview.compliance.monthsDue).toBe(due + novemberHeld)
    expect(overview.compliance.monthsHeld).toBe(held + novemberHeld)
  })

  it("this year's review progress: self-ratings, proposals and decisions among members to be rated", () => {
    const reviews = data.memberReviews.filter((r) => r.year === 2026)
    const eligible = new Set(
      data.members
        .filter((m) => {
          const s = memberStateOn(m, eventsOf.get(m.id) ?? [], '2026-12-31')
          const admitted = (eventsOf.get(m.id) ?? [])
            .filter((e) => e.type === 'admission' || e.type === 'readmission')
            .map((e) => e.date)
            .sort()
            .pop()
          return s.inWard && !s.exempt && !s.suspended && !(admitted && admitted > '2026-06-30')
        })
        .map((m) => m.id)
    )
    const among = reviews.filter((r) => eligible.has(r.memberId) && !r.notRatedReason)
    expect(overview.review.toRate).toBe(
      eligible.size - reviews.filter((r) => eligible.has(r.memberId) && r.notRatedReason).length
    )
    expect(overview.review.selfRated).toBe(among.filter((r) => r.selfRating).length)
    expect(overview.review.proposed).toBe(among.filter((r) => r.cellProposal).length)
    expect(overview.review.decided).toBe(0)
    expect(overview.review.finalized).toBe(false)
  })

  it('ratings per year: decisions of past years counted by level', () => {
    const excellent2024 = data.memberReviews.filter(
      (r) => r.year === 2024 && r.decision === 'excellent'
    ).length
    const y2024 = overview.ratingsPerYear.find((y) => y.year === 2024)!
    expect(y2024.excellent).toBe(excellent2024)
    expect(y2024.provisional).toBe(false)
    expect(overview.ratingsPerYear.find((y) => y.year === 2026)!.provisional).toBe(true)
    expect(y2024.stage).toBe('decision')
    expect(overview.ratingsPerYear.find((y) => y.year === 2026)!.stage).not.toBe('decision')
  })

  it('badge candidates of the next ceremony reach a milestone (30, 40, 45 … years) by then', () => {
    expect(overview.ceremony).toBe('2027-02-03')
    // Past milestones were awarded at earlier ceremonies: only a handful are due by 3/2/2027.
    expect(overview.badgeCandidates.length).toBeGreaterThan(0)
    expect(overview.badgeCandidates.length).toBeLessThan(40)
    for (const c of overview.badgeCandidates) {
      expect([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]).toContain(c.milestone)
      expect(c.dueDate <= overview.ceremony || c.early !== null).toBe(true)
    }
  })

  it('the badge figure is the ceremony’s list on Khen thưởng: a member proposed for it is still counted', () => {
    const first = overview.badgeCandidates[0]
    const proposed = computeOverview({
      ...input,
      badges: [
        {
          id: `${overview.ceremony}:${first.memberId}`,
          memberId: first.memberId,
          milestone: first.milestone,
          ceremonyDate: overview.ceremony,
          status: 'proposed'
        }
      ]
    })
    expect(proposed.badgeCandidates.map((c) => c.memberId)).toEqual(
      overview.badgeCandidates.map((c) => c.memberId)
    )
  })
})

describe('nextCeremony — ceremonies on 3/2, 19/5, 2/9, 7/11 (HD 01-HD/TW 2021)', () => {
  it.each([
    ['2026-01-10', '2026-02-03'],
    ['2026-02-03', '2026-02-03'],
    ['2026-05-20', '2026-09-02'],
    ['2026-11-08', '2027-02-03']
  ])('after %s comes %s', (today, expected) => {
    expect(nextCeremony(today)).toBe(expected)
  })
})

it('review progress counts the members the review page would, as of the same day (15/12 until set)', () => {
  // Admitted 20/06/2026: six months are reached on 20/12, after the review page's default 15/12.
  const recent = { ...data.members[0], id: 'recent', admissionDate: '2026-06-20', officialDate: undefined }
  const members = [recent]
  const events = [
    { id: 'x', memberId: 'recent', type: 'admission' as const, date: '2026-06-20', createdAt: '' }
  ]
  const figures = computeOverview({ ...input, members, events, memberReviews: [], reviewYears: [] })
  const page = openYear({
    year: 2026,
    members,
    events,
    cells: data.cells,
    memberReviews: [],
    cellReviews: [],
    profiles: BUILT_IN_PROFILES
  })
  expect(figures.review.toRate).toBe(page.subjects.filter((s) => s.eligible).length)
  expect(figures.review.notRated).toBe(1)
})

describe('the review panel follows the year Đánh giá, xếp loại opens on (last year’s results before October)', () => {
  it.each([
    ['2026-11-21', 2026],
    ['2026-10-01', 2026],
    ['2026-09-30', 2025],
    ['2027-03-10', 2026]
  ])('on %s: the %s review', (today, year) => {
    const figures = computeOverview({ ...input, today })
    expect(figures.reviewYear).toBe(year)
    expect(figures.review.year).toBe(year)
  })

  it('in March the panel counts last year’s review as it stood, not an empty new year', () => {
    const spring = computeOverview({ ...input, today: '2027-03-10' })
    expect(spring.review).toEqual(overview.review)
    expect(spring.review.selfRated).toBeGreaterThan(0)
  })
})

it('absence warnings name only members still on the ward’s lists, as the exported list does (absenceWarningGroups)', () => {
  const here = { ...data.members[0], id: 'here', active: 1 as const, status: 'official' as const }
  const gone = { ...data.members[0], id: 'gone', active: 0 as const, status: 'removed' as const }
  const unexcused = ['here', 'gone'].flatMap((memberId) =>
    ['2026-02-05', '2026-03-05', '2026-04-05'].map((date) => ({
      memberId,
      date,
      status: 'unexcused' as const
    }))
  )
  const figures = computeOverview({ ...input, members: [here, gone], events: [], unexcused })
  expect(figures.absenceWarnings.map((w) => w.memberId)).toEqual(['here'])
})

it('a meeting recorded ahead is not held yet: its unexcused marks do not bring a member to the Điều 8.2 warning', () => {
  const here = { ...data.members[0], id: 'here', active: 1 as const, status: 'official' as const }
  const marksOn = (dates: string[]) =>
    dates.map((date) => ({ memberId: 'here', date, status: 'unexcused' as const }))
  const warned = (dates: string[]) =>
    computeOverview({ ...input, members: [here], events: [], unexcused: marksOn(dates) }).absenceWarnings
      .length
  // Today is 21/11/2026: 05/12 has not come.
  expect(warned(['2026-09-05', '2026-10-05', '2026-12-05'])).toBe(0)
  expect(warned(['2026-09-05', '2026-10-05', '2026-11-05'])).toBe(1)
})

it('an absence warning of a guest (sinh hoạt tạm thời) is marked as his own đảng bộ’s to decide (QĐ 232, 6.3.2)', () => {
  const here = { ...data.members[0], id: 'here', active: 1 as const, status: 'official' as const }
  const guest = { ...data.members[0], id: 'guest', active: 1 as const, status: 'official' as const }
  const stay: MemberEvent = {
    id: 'stay',
    memberId: 'guest',
    type: 'transferIn',
    date: '2026-01-10',
    transferKind: 'temporary',
    endDate: '2026-12-31',
    cellId: guest.cellId,
    createdAt: '2026-01-10T08:00:00.000Z'
  }
  const unexcused = ['here', 'guest'].flatMap((memberId) =>
    ['2026-02-05', '2026-03-05', '2026-04-05'].map((date) => ({
      memberId,
      date,
      status: 'unexcused' as const
    }))
  )
  const figures = computeOverview({ ...input, members: [here, guest], events: [stay], unexcused })
  const byId = new Map(figures.absenceWarnings.map((w) => [w.memberId, w.guest]))
  expect(byId).toEqual(
    new Map([
      ['here', false],
      ['guest', true]
    ])
  )
})

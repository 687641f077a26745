// Every figure of "Tổng quan", computed in one pure pass from what the repositories return. The
// page shows these numbers and links each to the list behind it.
import type { Badge, Cell, IsoDate, Member, MemberEvent, MemberReview, ReviewYear } from '../entities'
import { yearOf } from '../dates'
import type { RulesParams, RulesSources } from '../rules/params'
import {
  complianceGrid,
  complianceSummary,
  cellsBehind,
  type ComplianceMeeting,
  type ComplianceSummary
} from '../meetings/compliance'
import { absenceWarnings, type AbsenceMark, type AbsenceWarning } from '../meetings/absences'
import { PROBATION_NOTICE_DAYS, probationDue, type ProbationDue } from '../members/probation'
import { buildReviewSubjects, groupEventsByMember } from '../reviews/eligibility'
import { partyAgesOn } from '../members/partyAge'
import type { BadgeCandidate } from '../honours/badges'
import {
  ageDistribution,
  memberTotals,
  membersPerCell,
  partyAgeDistribution,
  type BandCount,
  type CellCount,
  type MemberTotals
} from './totals'
import { ratingsPerYear, reviewProgress, type ReviewProgress, type YearRatings } from './reviews'
import { nextBadgeCandidates, nextCeremony } from './upcoming'

export interface OverviewInput {
  today: IsoDate
  cells: readonly Cell[]
  members: readonly Member[]
  events: readonly MemberEvent[]
  /** Meetings of the current year (compliance). */
  meetings: readonly ComplianceMeeting[]
  /** Unexcused marks of the current year (absence warnings). */
  unexcused: readonly AbsenceMark[]
  /** Member reviews: the current year's at least (progress); every year's for the ratings chart. */
  memberReviews: readonly MemberReview[]
  reviewYears: readonly ReviewYear[]
  badges: readonly Badge[]
  /** The current year's rules, and what they cite. */
  params: RulesParams
  sources: RulesSources
  seriouslyIll?: ReadonlySet<string>
  /** Cells with meetings recorded before this year (compliance is tracked from then). */
  metBefore?: ReadonlySet<string>
}

export interface Overview {
  today: IsoDate
  year: number
  /** The year's rules the figures follow (their texts quote the thresholds, never their own numbers). */
  params: RulesParams
  totals: MemberTotals
  compliance: ComplianceSummary & { behindCellIds: string[] }
  absenceWarnings: AbsenceWarning[]
  probation: ProbationDue[]
  ceremony: IsoDate
  badgeCandidates: BadgeCandidate[]
  review: ReviewProgress
  membersPerCell: CellCount[]
  ages: BandCount[]
  partyAges: BandCount[]
  ratingsPerYear: YearRatings[]
}

export function computeOverview(input: OverviewInput): Overview {
  const { today, params } = input
  const year = yearOf(today)
  const eventsByMember = groupEventsByMember(input.events)

  const grid = complianceGrid(input.meetings, input.cells, year, params, today, input.metBefore)
  const reviewYear = input.reviewYears.find((y) => y.year === year)
  const subjects = buildReviewSubjects(
    input.members,
    eventsByMember,
    year,
    reviewYear?.asOfDate ?? `${year}-12-31`,
    params
  )
  const ceremony = nextCeremony(today)

  return {
    today,
    year,
    params,
    totals: memberTotals(input.members, input.cells),
    compliance: { ...complianceSummary(grid), behindCellIds: cellsBehind(grid, input.sources).map((c) => c.cellId) },
    absenceWarnings: absenceWarnings(input.unexcused, year, params).filter((w) => w.level === 'warning'),
    probation: probationDue(input.members, today, PROBATION_NOTICE_DAYS),
    ceremony,
    badgeCandidates: nextBadgeCandidates(
      input.members,
      eventsByMember,
      input.badges,
      input.events,
      ceremony,
      input.seriouslyIll,
      params
    ),
    review: reviewProgress(year, subjects, input.memberReviews, reviewYear?.finalized === 1),
    membersPerCell: membersPerCell([...input.members], [...input.cells]),
    ages: ageDistribution(input.members, today),
    partyAges: partyAgeDistribution(input.members, partyAgesOn(input.members, eventsByMember, today)),
    ratingsPerYear: ratingsPerYear(input.memberReviews)
  }
}

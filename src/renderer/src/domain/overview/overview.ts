// Every figure of "Tổng quan", computed in one pure pass from what the repositories return. The
// page shows these numbers and links each to the list behind it.
import type { Badge, Cell, IsoDate, Member, MemberEvent, MemberReview, ReviewYear } from '../entities'
import { yearOf } from '../dates'
import type { RulesParams } from '../rules/params'
import { paramsOf, profileOfYear, sourcesOf, type RulesBook } from '../rules/profiles'
import {
  complianceGrid,
  complianceSummary,
  cellsBehind,
  type ComplianceMeeting,
  type ComplianceSummary
} from '../meetings/compliance'
import { guestStaysOn } from '../memberState'
import { absenceWarnings, thresholdSource, type AbsenceMark, type AbsenceWarning } from '../meetings/absences'
import { heldBy } from '../meetings/toCome'
import { PROBATION_NOTICE_DAYS, probationDue, type ProbationDue } from '../members/probation'
import { buildReviewSubjects, groupEventsByMember } from '../reviews/eligibility'
import { defaultAsOfDate } from '../reviews/openYear'
import { defaultReviewYear } from '../reviews/reviewYear'
import { countedReviews, yearRules } from '../reviews/countedReviews'
import { partyAgesOn } from '../members/partyAge'
import { ceremonyCandidates, nextCeremony, type BadgeCandidate } from '../honours/badges'
import {
  ageDistribution,
  memberTotals,
  membersPerCell,
  officialSplit,
  partyAgeDistribution,
  type BandCount,
  type CellCount,
  type MemberTotals,
  type OfficialSplit
} from './totals'
import { ratingsPerYear, reviewProgress, type ReviewProgress, type YearRatings } from './reviews'

export interface OverviewInput {
  today: IsoDate
  cells: readonly Cell[]
  members: readonly Member[]
  events: readonly MemberEvent[]
  /** Meetings of the current year (compliance). */
  meetings: readonly ComplianceMeeting[]
  /** Unexcused marks of the current year (absence warnings). */
  unexcused: readonly AbsenceMark[]
  /** Member reviews: the review year's at least (progress); every year's for the ratings chart. */
  memberReviews: readonly MemberReview[]
  reviewYears: readonly ReviewYear[]
  badges: readonly Badge[]
  /** Every rules profile and each year's choice: the figures follow this year's rules, the badge
   *  candidates the rules of the ceremony's year (profileOfYear, as every screen). */
  rules: RulesBook
  seriouslyIll?: ReadonlySet<string>
  /** Cells with meetings recorded before this year (compliance is tracked from then). */
  metBefore?: ReadonlySet<string>
}

export interface Overview {
  today: IsoDate
  year: number
  /**
   * The year the review panel follows: the one Đánh giá, xếp loại opens on (defaultReviewYear) —
   * this year from October, last year's results before, not a year whose review has not begun.
   */
  reviewYear: number
  /** The review year's rules (who is left unrated, in the panel's words). */
  reviewParams: RulesParams
  /** The year's rules the figures follow (their texts quote the thresholds, never their own numbers). */
  params: RulesParams
  /** The year's profile's text for its absence threshold, when it is not the Charter's (thresholdSource). */
  absenceThresholdSource: string
  totals: MemberTotals & OfficialSplit
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
  const { today } = input
  const year = yearOf(today)
  const profile = profileOfYear(year, input.rules)
  const params = paramsOf(profile)
  const sources = sourcesOf(profile)
  const eventsByMember = groupEventsByMember(input.events)

  const grid = complianceGrid(input.meetings, input.cells, year, params, today, input.metBefore)
  const reviewYear = defaultReviewYear(today)
  const reviewed = input.reviewYears.find((y) => y.year === reviewYear)
  const reviewParams = paramsOf(profileOfYear(reviewYear, input.rules))
  const subjects = buildReviewSubjects(
    input.members,
    eventsByMember,
    reviewYear,
    // The as-of date the review page opens the year with, so both count the same members.
    reviewed?.asOfDate ?? defaultAsOfDate(reviewYear),
    reviewParams
  )
  // Only members still on the ward's lists, as the exported list (absenceWarningGroups with the
  // active members) shows them: the panel links to that list. A member removed, moved away or dead
  // keeps his marks but is no longer the cell's to propose for removal.
  const onLists = new Set(input.members.filter((m) => m.active === 1).map((m) => m.id))
  const ceremony = nextCeremony(today)
  // The ceremony's own list (Khen thưởng), without those held back by discipline.
  const badgeCandidates = ceremonyCandidates({
    members: input.members,
    eventsByMember,
    events: input.events,
    recorded: input.badges,
    seriouslyIll: input.seriouslyIll ?? new Set(),
    ceremony,
    hold: paramsOf(profileOfYear(yearOf(ceremony), input.rules))
  }).filter((c) => !c.heldBack)

  return {
    today,
    year,
    params,
    absenceThresholdSource: thresholdSource(sources.absenceWarningCount),
    totals: {
      ...memberTotals(input.members, input.cells),
      ...officialSplit(input.members, eventsByMember, today)
    },
    compliance: {
      ...complianceSummary(grid),
      behindCellIds: cellsBehind(grid, sources).map((c) => c.cellId)
    },
    absenceWarnings: absenceWarnings(
      heldBy(input.unexcused, today),
      year,
      params,
      undefined,
      new Set(guestStaysOn(input.members, eventsByMember, today).keys())
    ).filter((w) => w.level === 'warning' && onLists.has(w.memberId)),
    probation: probationDue(input.members, today, PROBATION_NOTICE_DAYS, eventsByMember),
    ceremony,
    badgeCandidates,
    reviewYear,
    reviewParams,
    review: reviewProgress(reviewYear, subjects, input.memberReviews, reviewed?.finalized === 1),
    membersPerCell: membersPerCell([...input.members], [...input.cells]),
    ages: ageDistribution(input.members, today),
    partyAges: partyAgeDistribution(input.members, partyAgesOn(input.members, eventsByMember, today)),
    ratingsPerYear: ratingsPerYear(
      countedReviews(
        input.memberReviews,
        new Map(input.members.map((m) => [m.id, m])),
        eventsByMember,
        yearRules(input.rules, input.reviewYears)
      )
    )
  }
}

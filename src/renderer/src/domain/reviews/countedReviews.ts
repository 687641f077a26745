// Which stored reviews count, over every year at once, for the year-over-year charts (Đánh giá, Tổng
// quan): the same answer as countedRating over each year's review subjects, so a year's bar equals its
// summary sheet (memberSummaryRows). Building every year's subjects for a 10,000-member ward costs
// ≈ 40 ms a year (≈ 400 ms for 10 years, measured in Node on the L demo ward), too much for the
// overview's cold start; most reviews are of a member whose record holds nothing by then that can stop
// a rating counting: those are answered from two dates kept per member, only the others get a real
// reviewSubject (≈ 115 ms for the 75,000 reviews, against ≈ 25 ms counting every review as before).
import type { IsoDate, Member, MemberEvent, MemberReview, ReviewYear } from '../entities'
import { comparable } from '../dates'
import type { RulesParams } from '../rules/params'
import { paramsOf, profileOfYear, type RulesBook } from '../rules/profiles'
import { latestAdmissionCounted, reviewSubject } from './eligibility'
import { defaultAsOfDate } from './openYear'
import { currentRating } from './ratings'
import { countedRating } from './yearData'

type MemberLike = Pick<Member, 'id' | 'fullName' | 'cellId' | 'admissionDate' | 'officialDate'>

/** What reviewSubject needs of a year: its as-of date and its rules profile's not-rated rules. */
export interface YearRule {
  asOfDate: IsoDate
  params: Pick<RulesParams, 'notRatedAdmittedMonths' | 'notRatedExempt' | 'notRatedSuspended'>
}

/** The latest entry date that still counts in the year: "admitted < N months" before its as-of date. */
function enteredBy(rule: YearRule): IsoDate {
  return latestAdmissionCounted(rule.asOfDate, Math.max(0, rule.params.notRatedAdmittedMonths))
}

/** Each year's rule as the review page opens it: the year's as-of date and chosen profile (openYear). */
export function yearRules(book: RulesBook, years: readonly ReviewYear[]): (year: number) => YearRule {
  const asOf = new Map(years.map((y) => [y.year, y.asOfDate]))
  const cache = new Map<number, YearRule>()
  return (year) => {
    let rule = cache.get(year)
    if (!rule) {
      rule = {
        asOfDate: asOf.get(year) ?? defaultAsOfDate(year),
        params: paramsOf(profileOfYear(year, book))
      }
      cache.set(year, rule)
    }
    return rule
  }
}

// Events that end or pause membership: a review on or after the first of them gets a real reviewSubject.
const MAY_STOP = new Set<MemberEvent['type']>([
  'transferOut',
  'removal',
  'expulsion',
  'leaving',
  'lostContact',
  'death',
  'exemption',
  'suspension'
])
const ENTRY = new Set<MemberEvent['type']>(['admission', 'readmission', 'transferIn'])

interface Settled {
  /** The latest date the member entered (admission, readmission, transfer in, or the record's). */
  since: IsoDate
  /** The first event that ends or pauses membership ('~' after every date when there is none). */
  stopsFrom: IsoDate
}

function settledOf(member: MemberLike, events: readonly MemberEvent[]): Settled {
  let since = member.admissionDate ? comparable(member.admissionDate) : ''
  let stopsFrom = '~'
  for (const e of events) {
    const date = comparable(e.date)
    // A temporary transfer in may be a stay of a member of another đảng bộ, never the ward's to rate.
    const mayStop = MAY_STOP.has(e.type) || (e.type === 'transferIn' && e.transferKind === 'temporary')
    if (mayStop && date < stopsFrom) stopsFrom = date
    if (ENTRY.has(e.type) && date > since) since = date
  }
  return { since, stopsFrom }
}

/**
 * The reviews, of any years, that count: rated, not marked not-rated, and of a member who is an
 * eligible review subject of the review's year (reviewSubject at the year's as-of date and rules).
 * A member who entered at least the year's "admitted < N months" before its as-of date, with no event
 * ending or pausing membership on or before that date, is such a subject (memberStateOn ignores later
 * events: a member, in the ward, neither exempt nor suspended; probationStart is no later than that
 * entry), so is not rebuilt. Exact, not an estimate: countedReviews.test.ts checks it against opening
 * every year.
 */
export function countedReviews(
  reviews: Iterable<MemberReview>,
  members: ReadonlyMap<string, MemberLike>,
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  ruleOf: (year: number) => YearRule
): MemberReview[] {
  const settled = new Map<string, Settled>()
  const years = new Map<number, { rule: YearRule; by: IsoDate }>()
  const out: MemberReview[] = []
  for (const r of reviews) {
    if (r.notRatedReason || !currentRating(r)) continue
    const m = members.get(r.memberId)
    if (!m) continue
    const events = eventsByMember.get(m.id) ?? []
    let member = settled.get(m.id)
    if (!member) settled.set(m.id, (member = settledOf(m, events)))
    let y = years.get(r.year)
    if (!y) {
      const rule = ruleOf(r.year)
      years.set(r.year, (y = { rule, by: enteredBy(rule) }))
    }
    if (member.since <= y.by && member.stopsFrom > y.rule.asOfDate) {
      out.push(r)
      continue
    }
    const s = reviewSubject(m, events, r.year, y.rule.asOfDate, y.rule.params)
    if (s && countedRating(s, r)) out.push(r)
  }
  return out
}

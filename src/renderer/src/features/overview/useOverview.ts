// Reads what "Tổng quan" needs through the repositories, in two steps so the totals show at once
// and the heavier figures (events, reviews, attendance) follow; both follow the data live.
import { computed } from 'vue'
import { useLiveQuery } from '@renderer/db/useLiveQuery'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { honoursRepository } from '@renderer/db/repositories/honoursRepository'
import { todayIso, yearOf } from '@renderer/domain/dates'
import { rulesRepository } from '@renderer/db/repositories/rulesRepository'
import { sortCells } from '@renderer/domain/names'
import {
  ageDistribution,
  computeOverview,
  memberTotals,
  membersPerCell,
  ratingCharts
} from '@renderer/domain/overview'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'
import { yearRules } from '@renderer/domain/reviews/countedReviews'
import { defaultReviewYear } from '@renderer/domain/reviews/reviewYear'

export function useOverview(today = todayIso()) {
  const year = yearOf(today)
  // The review panel follows the year Đánh giá, xếp loại opens on (last year's before October).
  const reviewYear = defaultReviewYear(today)

  const base = useLiveQuery(async () => {
    const [cells, members] = await Promise.all([cellRepository.list(), memberRepository.list()])
    return { cells, members }
  }, null)

  const rest = useLiveQuery(async () => {
    const [events, meetings, unexcused, memberReviews, reviewYears, badges, rules, ill, metBefore] =
      await Promise.all([
        memberRepository.allEvents(),
        meetingRepository.inPeriod(`${year}-01-01`, `${year}-12-31`),
        meetingRepository.unexcusedInYear(year),
        reviewRepository.memberReviews(reviewYear),
        reviewRepository.years(),
        honoursRepository.badges(),
        rulesRepository.book(),
        honoursRepository.seriouslyIll(),
        meetingRepository.cellsMetBefore(year)
      ])
    return { events, meetings, unexcused, memberReviews, reviewYears, badges, rules, ill, metBefore }
  }, null)

  // Every year's reviews (≈ 75,000 rows at ward scale) only feed the ratings chart: read last, so
  // the figures do not wait for them.
  const history = useLiveQuery(async () => {
    const [reviews, cells] = await Promise.all([reviewRepository.allMemberReviews(), cellRepository.list()])
    return { reviews, cells: sortCells(cells) }
  }, null)
  // The charts count what each year's summary sheet counts, which takes the members and their
  // timelines: read already for the other figures, so the charts wait for them instead of reading again.
  const charts = computed(() => {
    const b = base.value.value
    const r = rest.value.value
    const h = history.value.value
    if (!b || !r || !h) return null
    const ruleOf = yearRules(r.rules, r.reviewYears)
    return ratingCharts(h.reviews, b.members, groupEventsByMember(r.events), ruleOf, h.cells)
  })

  /** The quick figures: as soon as members and cells are read. */
  const quick = computed(() => {
    const b = base.value.value
    if (!b) return null
    return {
      totals: memberTotals(b.members, b.cells),
      membersPerCell: membersPerCell(b.members, b.cells),
      ages: ageDistribution(b.members, today),
      empty: b.members.length === 0 && b.cells.length === 0
    }
  })

  const full = computed(() => {
    const b = base.value.value
    const r = rest.value.value
    if (!b || !r) return null
    return computeOverview({
      today,
      cells: b.cells,
      members: b.members,
      events: r.events,
      meetings: r.meetings,
      unexcused: r.unexcused,
      memberReviews: r.memberReviews,
      reviewYears: r.reviewYears,
      badges: r.badges,
      rules: r.rules,
      seriouslyIll: new Set(r.ill),
      metBefore: r.metBefore
    })
  })

  const cellNames = computed(() => new Map((base.value.value?.cells ?? []).map((c) => [c.id, c.name])))
  const memberNames = computed(
    () => new Map((base.value.value?.members ?? []).map((m) => [m.id, m.fullName]))
  )
  const ratings = computed(() => charts.value?.perYear ?? null)
  const cellRatings = computed(() => charts.value)
  const error = computed(() => base.error.value ?? rest.error.value ?? history.error.value)

  return { today, year, reviewYear, quick, full, ratings, cellRatings, cellNames, memberNames, error }
}

import { describe, expect, it } from 'vitest'
import { BUILT_IN_PROFILES, paramsOf } from '../rules/profiles'
import { buildReviewSubjects, groupEventsByMember } from './eligibility'
import { memberSummaryRows } from './reportRows'
import { event, member, review } from '@renderer/testing/reviewFactories'
import { cell as cellOf } from '@renderer/testing/factories'

const params = paramsOf(BUILT_IN_PROFILES[0])
const cell = cellOf('c1', { name: 'Chi bộ Khu phố 1' })

describe('a member without any rating is "chưa có kết quả", never counted under a reason (docs/design.md §6)', () => {
  const subjects = buildReviewSubjects(
    ['a', 'b', 'c', 'd'].map((id) => member(id)),
    groupEventsByMember([event('c', 'exemption', '2020-01-01')]),
    2026,
    '2026-12-15',
    params
  )
  const reviews = new Map([
    ['a', review(2026, 'a', { decision: 'good' })],
    ['d', review(2026, 'd', { notRatedReason: 'absent' })]
  ])
  const [row] = memberSummaryRows({
    year: 2026,
    asOfDate: '2026-12-15',
    cells: [cell],
    subjects,
    memberReviews: reviews,
    cellReviews: new Map()
  })
  it.each<[string, 'reviewed' | 'unrated' | 'notExempt' | 'notOther', number]>([
    ['a decided → reviewed', 'reviewed', 1],
    ['b to be rated, nothing yet → chưa có kết quả', 'unrated', 1],
    ['c exempt → miễn sinh hoạt', 'notExempt', 1],
    ['d absent from the review meeting → lý do khác (his reason)', 'notOther', 1]
  ])('%s', (_l, key, n) => expect(row[key]).toBe(n))
})

import { describe, expect, it } from 'vitest'
import { memberSummaryRows } from './reportRows'
import { event, member, review, reviewSubjects } from '@renderer/testing/reviewFactories'
import { cell as cellOf } from '@renderer/testing/factories'

const cell = cellOf('c1', { name: 'Chi bộ Khu phố 1' })

describe('a member without any rating is "chưa có kết quả", never counted under a reason (docs/design.md §6)', () => {
  const subjects = reviewSubjects(
    2026,
    ['a', 'b', 'c', 'd'].map((id) => member(id)),
    [event('c', 'exemption', '2020-01-01')]
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

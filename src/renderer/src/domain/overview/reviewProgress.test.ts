import { describe, expect, it } from 'vitest'
import { event, member, review, reviewSubjects } from '@renderer/testing/reviewFactories'
import { reviewProgress } from './reviews'

describe('members without any rating are "chưa đánh giá", never counted under a reason they do not have (docs/design.md §6)', () => {
  const subjects = reviewSubjects(
    2026,
    ['a', 'b', 'c', 'd', 'e'].map((id) => member(id)),
    [event('e', 'exemption', '2020-01-01')]
  )
  const reviews = [
    review(2026, 'a', { decision: 'good' }),
    review(2026, 'b', { cellProposal: 'good' }),
    review(2026, 'c', { selfRating: 'good' })
  ]
  const p = reviewProgress(2026, subjects, reviews, false)

  it.each<[string, 'toRate' | 'notRated' | 'unrated' | 'decided', number]>([
    ['to rate (a, b, c, d)', 'toRate', 4],
    ['not rated with a reason (e: exempt)', 'notRated', 1],
    ['chưa đánh giá: no rating at any step (d)', 'unrated', 1],
    ['decided by the committee (a)', 'decided', 1]
  ])('%s', (_l, key, n) => expect(p[key]).toBe(n))
})

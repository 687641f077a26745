import { describe, expect, it } from 'vitest'
import { buildReviewSubjects, groupEventsByMember } from '../reviews/eligibility'
import { event, member, review } from '@renderer/testing/reviewFactories'
import { BUILT_IN_PROFILES, paramsOf } from '../rules/profiles'
import { reviewProgress } from './reviews'

const params = paramsOf(BUILT_IN_PROFILES[0])

describe('members without any rating are "chưa đánh giá", never counted under a reason they do not have (docs/design.md §6)', () => {
  const members = ['a', 'b', 'c', 'd', 'e'].map((id) => member(id))
  const events = groupEventsByMember([event('e', 'exemption', '2020-01-01')])
  const subjects = buildReviewSubjects(members, events, 2026, '2026-12-15', params)
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

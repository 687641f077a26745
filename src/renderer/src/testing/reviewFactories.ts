// Test factories for review and honours rules (deterministic ids; no randomness).
import type {
  CellReview,
  Member,
  MemberEvent,
  MemberEventType,
  MemberReview,
  Rating
} from '@renderer/domain/entities'
import {
  buildReviewSubjects,
  groupEventsByMember,
  type ReviewSubject
} from '@renderer/domain/reviews/eligibility'
import { defaultAsOfDate } from '@renderer/domain/reviews/openYear'
import { BUILT_IN_PROFILES, paramsOf } from '@renderer/domain/rules/profiles'

let seq = 0

export function member(id: string, over: Partial<Member> = {}): Member {
  return {
    id,
    fullName: over.fullName ?? `Nguyễn Văn ${id}`,
    gender: 'male',
    cellId: 'c1',
    admissionDate: '2000-01-01',
    officialDate: '2001-01-01',
    status: 'official',
    active: 1,
    searchText: id,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    ...over
  }
}

export function event(
  memberId: string,
  type: MemberEventType,
  date: string,
  over: Partial<MemberEvent> = {}
): MemberEvent {
  return { id: `e${++seq}`, memberId, type, date, createdAt: '2020-01-01T00:00:00.000Z', ...over }
}

export function review(year: number, memberId: string, over: Partial<MemberReview> = {}): MemberReview {
  return {
    id: `${year}:${memberId}`,
    year,
    memberId,
    cellId: 'c1',
    updatedAt: '2020-01-01T00:00:00.000Z',
    ...over
  }
}

export function decided(year: number, memberId: string, decision: Rating, cellId = 'c1'): MemberReview {
  return review(year, memberId, { decision, cellId })
}

/** A cell's review with the committee's decision. */
export function cellDecided(year: number, cellId: string, decision: Rating): CellReview {
  return { id: `${year}:${cellId}`, year, cellId, decision, updatedAt: '2020-01-01T00:00:00.000Z' }
}

/** Who the year's review covers, as of its default date under the default rules profile. */
export function reviewSubjects(year: number, members: Member[], events: MemberEvent[] = []): ReviewSubject[] {
  return buildReviewSubjects(
    members,
    groupEventsByMember(events),
    year,
    defaultAsOfDate(year),
    paramsOf(BUILT_IN_PROFILES[0])
  )
}

import { describe, expect, it } from 'vitest'
import { useTestDb } from '../testing/testDb'
import { reviewRepository } from './reviewRepository'
import { rulesRepository } from './rulesRepository'
import { honoursRepository } from './honoursRepository'
import { memberRepository } from './memberRepository'
import { auditRepository } from './auditRepository'
import { BUILT_IN_PROFILES } from '@renderer/domain/rules/profiles'
import { copyProfile } from '@renderer/domain/rules/profileEdit'
import { member, review } from '@renderer/testing/reviewFactories'
import { openYear } from '@renderer/domain/reviews/openYear'
import { StaleRecordError, type SeenVersion } from '@renderer/domain/staleRecord'
import type { Badge, Commendation } from '@renderer/domain/entities'

useTestDb()

/**
 * Two windows hold `first`: window A saves `changeA` over it, then window B, still holding `first`,
 * saves `changeB`. Resolves with B's save (which the repository must refuse).
 */
async function saveFromOneVersion<R extends { id: string; updatedAt: string }>(
  save: (
    reviews: R[],
    names: ReadonlyMap<string, string>,
    seen: ReadonlyMap<string, SeenVersion>
  ) => Promise<R[]>,
  first: R,
  names: ReadonlyMap<string, string>,
  changeA: Partial<R>,
  changeB: Partial<R>
): Promise<R[]> {
  const seen = new Map([[first.id, first.updatedAt]])
  await new Promise((r) => setTimeout(r, 2))
  await save([{ ...first, ...changeA }], names, seen)
  return save([{ ...first, ...changeB }], names, seen)
}

describe('reviewRepository', () => {
  it('saves ratings with an audit line per change, and refuses edits once the year is locked', async () => {
    await reviewRepository.saveYear({
      year: 2025,
      profileId: 'qd366-2025',
      asOfDate: '2025-12-15',
      finalized: 0
    })
    await reviewRepository.saveMemberReviews(
      [review(2025, 'm1', { cellProposal: 'good' })],
      new Map([['m1', 'Trần Văn An']])
    )
    await reviewRepository.saveMemberReviews(
      [review(2025, 'm1', { cellProposal: 'excellent' })],
      new Map([['m1', 'Trần Văn An']])
    )
    const log = await auditRepository.forEntity('memberReviews', '2025:m1')
    expect(log.map((e) => e.summary)).toEqual([
      'Trần Văn An (2025): chi bộ đề xuất — → HTTNV',
      'Trần Văn An (2025): chi bộ đề xuất HTTNV → HTXSNV'
    ])

    await reviewRepository.finalize(2025)
    await expect(
      reviewRepository.saveMemberReviews([review(2025, 'm1', { decision: 'good' })])
    ).rejects.toThrow('đã khóa')
    expect((await reviewRepository.memberReviews(2025))[0].decision).toBeUndefined()

    await reviewRepository.unfinalize(2025, 'sửa sai sót')
    const yearLog = await auditRepository.forEntity('reviewYears', '2025')
    expect(yearLog.map((e) => e.action)).toEqual(['create', 'finalize', 'unfinalize'])
    expect(yearLog[2].summary).toContain('sửa sai sót')
  })

  it('a review saved under another cell leaves its old book: one review per member and year (schema v3 books)', async () => {
    await reviewRepository.saveMemberReviews([
      review(2025, 'm1', { cellId: 'kp1', cellProposal: 'good' }),
      review(2025, 'm2', { cellId: 'kp1' })
    ])
    await reviewRepository.saveMemberReviews([
      review(2025, 'm1', { cellId: 'kp2', cellProposal: 'excellent' })
    ])
    const reviews = await reviewRepository.memberReviews(2025)
    expect(reviews.map((r) => [r.id, r.cellId, r.cellProposal ?? null]).sort()).toEqual([
      ['2025:m1', 'kp2', 'excellent'],
      ['2025:m2', 'kp1', null]
    ])
    const log = await auditRepository.forEntity('memberReviews', '2025:m1')
    expect(log.map((e) => e.action)).toEqual(['create', 'update'])
  })

  it('loadYear returns what openYear needs, and the year keeps its profile', async () => {
    await memberRepository.bulkSave([member('a'), member('b', { admissionDate: '2025-10-01' })])
    await reviewRepository.saveYear({
      year: 2025,
      profileId: 'qd124-2023',
      asOfDate: '2025-12-15',
      finalized: 0
    })
    const opened = openYear(await reviewRepository.loadYear(2025))
    expect(opened.profile.id).toBe('qd124-2023')
    expect(opened.subjects.map((s) => [s.memberId, s.eligible])).toEqual([
      ['a', true],
      ['b', false]
    ])
  })
})

describe('rulesRepository', () => {
  it('lists built-ins and copies; built-ins cannot be saved; a used copy cannot be deleted', async () => {
    const copy = copyProfile(BUILT_IN_PROFILES[0], 'Hướng dẫn Tỉnh ủy')
    copy.params = { ...copy.params, quotaPercent: 25 }
    // A changed value needs its own source: the built-in one says 20 %.
    await expect(rulesRepository.save(copy)).rejects.toThrow('ghi văn bản căn cứ')
    expect(await rulesRepository.list()).toHaveLength(BUILT_IN_PROFILES.length)
    copy.sources = { ...copy.sources, quotaPercent: 'HD 05-HD/TU 2025 của Tỉnh ủy (HTXSNV ≤ 25 %)' }
    await rulesRepository.save(copy)
    const list = await rulesRepository.list()
    expect(list.map((p) => p.id)).toEqual([...BUILT_IN_PROFILES.map((p) => p.id), copy.id])
    await expect(rulesRepository.save(BUILT_IN_PROFILES[0])).rejects.toThrow('bản sao')
    await expect(
      rulesRepository.save({ ...copy, params: { ...copy.params, quotaPercent: 200 } })
    ).rejects.toThrow('Chưa lưu')
    await reviewRepository.saveYear({ year: 2025, profileId: copy.id, asOfDate: '2025-12-15', finalized: 0 })
    await expect(rulesRepository.remove(copy.id)).rejects.toThrow('năm 2025')
    // The book every screen picks a year's rules from: the profiles and each year's recorded choice.
    const book = await rulesRepository.book()
    expect(book.profiles.map((p) => p.id)).toEqual(list.map((p) => p.id))
    expect([...book.chosen]).toEqual([[2025, copy.id]])
  })
})

describe('honoursRepository', () => {
  type Status = 'proposed' | 'awarded'
  const commendation = (status: Status): Commendation => ({
    id: 'c1',
    year: 2025,
    subject: 'member',
    memberId: 'a',
    basis: 'excellentStreak',
    years: [2021, 2022, 2023, 2024, 2025],
    status,
    decisionNumber: '15-QĐ/ĐU',
    decisionDate: '2026-01-20'
  })
  const badge = (status: Status): Badge => ({
    id: 'b1',
    memberId: 'a',
    milestone: 30,
    ceremonyDate: '2026-02-03',
    status,
    decisionNumber: '20-QĐ/TU',
    awardedOn: '2026-02-03'
  })

  it('an awarded commendation and badge appear on the member timeline', async () => {
    await memberRepository.bulkSave([member('a')])
    await honoursRepository.saveCommendation(commendation('awarded'), 'Nguyễn Văn a')
    await honoursRepository.saveBadge(badge('awarded'))
    const events = await memberRepository.events('a')
    expect(events.map((e) => [e.type, e.date, e.decisionNumber])).toEqual([
      ['commendation', '2026-01-20', '15-QĐ/ĐU'],
      ['badge', '2026-02-03', '20-QĐ/TU']
    ])
    await expect(
      honoursRepository.saveBadge({
        id: 'b2',
        memberId: 'a',
        milestone: 40,
        ceremonyDate: '2026-02-03',
        status: 'awarded'
      })
    ).rejects.toThrow('số quyết định')
  })

  it.each([
    {
      kind: 'commendation',
      save: (status: Status) => honoursRepository.saveCommendation(commendation(status)),
      remove: (id: string) => honoursRepository.removeCommendation(id),
      list: () => honoursRepository.commendations(),
      id: 'c1',
      refusal: 'Đã có quyết định khen thưởng',
      summary: 'Bỏ đề nghị khen thưởng năm 2025'
    },
    {
      kind: 'badge',
      save: (status: Status) => honoursRepository.saveBadge(badge(status)),
      remove: (id: string) => honoursRepository.removeBadge(id),
      list: () => honoursRepository.badges(),
      id: 'b1',
      refusal: 'Đã có quyết định tặng Huy hiệu',
      summary: 'Bỏ đề nghị Huy hiệu 30 năm'
    }
  ])('a $kind proposal can be withdrawn (audited); one with a decision cannot', async (c) => {
    await memberRepository.bulkSave([member('a')])
    await c.save('proposed')
    expect(await memberRepository.events('a')).toEqual([])
    await c.remove(c.id)
    await c.remove('missing')
    expect(await c.list()).toEqual([])
    const log = await auditRepository.list()
    expect(log.filter((e) => e.action === 'delete').map((e) => e.summary)).toEqual([c.summary])
    // Decided, it stays (a proposal is not saved back over a decision either: honoursRepository.test.ts).
    await c.save('awarded')
    await expect(c.remove(c.id)).rejects.toThrow(c.refusal)
    expect(await c.list()).toHaveLength(1)
  })
})

describe('two windows rate one member (a save never silently undoes the other window’s)', () => {
  it('refuses a rating saved from a version another window has changed since, keeping that rating', async () => {
    const names = new Map([['m1', 'Trần Văn An']])
    const [first] = await reviewRepository.saveMemberReviews(
      [review(2025, 'm1', { cellProposal: 'good' })],
      names
    )
    // Both windows have the year open; A sets the score, then B (still holding the old review) a decision.
    await expect(
      saveFromOneVersion(
        reviewRepository.saveMemberReviews,
        first,
        names,
        { score: 92 },
        { decision: 'excellent' }
      )
    ).rejects.toThrow(/^Xếp loại của Trần Văn An \(2025\) đã được sửa ở cửa sổ khác/)
    const [now] = await reviewRepository.memberReviews(2025)
    expect(now.score).toBe(92)
    expect(now.decision ?? null).toBeNull()
  })

  it('refuses a first rating when another window created the review meanwhile', async () => {
    const names = new Map([['m1', 'Trần Văn An']])
    await reviewRepository.saveMemberReviews([review(2025, 'm1', { score: 80 })], names)
    await expect(
      reviewRepository.saveMemberReviews(
        [review(2025, 'm1', { score: 50 })],
        names,
        new Map([['2025:m1', null]])
      )
    ).rejects.toThrow(StaleRecordError)
    expect((await reviewRepository.memberReviews(2025))[0].score).toBe(80)
  })
})

describe('two windows rate one cell (the later save is refused, not silently undoing the other)', () => {
  it('refuses a cell rating saved from a version another window has changed since', async () => {
    const names = new Map([['c1', 'Chi bộ Khu phố 1']])
    const base = { id: '2025:c1', year: 2025, cellId: 'c1', updatedAt: '' }
    const [first] = await reviewRepository.saveCellReviews([{ ...base, selfRating: 'good' }], names)
    await expect(
      saveFromOneVersion(
        reviewRepository.saveCellReviews,
        first,
        names,
        { decision: 'excellent' },
        { proposal: 'good' }
      )
    ).rejects.toThrow(/^Xếp loại của Chi bộ Khu phố 1 \(2025\) đã được sửa ở cửa sổ khác/)
    const [now] = await reviewRepository.cellReviews(2025)
    expect(now.decision).toBe('excellent')
    expect(now.proposal ?? null).toBeNull()
  })
})

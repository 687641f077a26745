// The Đánh giá page's year chart counts what each year's summary sheet counts (docs/design.md §6).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestDb, setDb } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { openYear } from '@renderer/domain/reviews/openYear'
import { isStrayRating, type ReviewCheck } from '@renderer/domain/reviews/checks'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { memberSummaryRows } from '@renderer/domain/reviews/reportRows'
import { cell } from '@renderer/testing/factories'
import { decided, event, member } from '@renderer/testing/reviewFactories'
import { useReviewYear } from './useReviewYear'

beforeEach(() => setDb(createTestDb()))
afterEach(() => setDb(null))

describe('useReviewYear: levels per year (the Đánh giá page’s chart)', () => {
  it('leaves out, as the summary does, a member decided HTXSNV then transferred out on 01/12, and one dead in 2024', async () => {
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    await memberRepository.bulkSave(
      [member('a'), member('b'), member('c')],
      [
        event('a', 'transferOut', '2025-12-01', { transferKind: 'permanent' }),
        event('c', 'death', '2024-10-01')
      ]
    )
    await reviewRepository.bulkSave(
      [
        decided(2025, 'a', 'excellent'),
        decided(2025, 'b', 'excellent'),
        ...['a', 'b', 'c'].map((id) => decided(2024, id, 'good'))
      ],
      []
    )
    const rv = useReviewYear()
    await rv.load(2025)
    const summary = async (year: number) =>
      memberSummaryRows(openYear(await reviewRepository.loadYear(year))).at(-1)!.counts
    const bars = new Map(rv.perYear.value.map((l) => [l.year, l.counts]))
    expect(bars.get(2025)).toEqual(await summary(2025))
    expect(bars.get(2025)!.excellent).toBe(1)
    expect(bars.get(2024)).toEqual(await summary(2024))
    expect(bars.get(2024)!.good).toBe(2)
  })
})

/** Window A has 2025 open, unlocked, with member a decided HTTNV; `meanwhile` is window B's doing. */
async function openedThen(meanwhile: () => Promise<unknown>) {
  await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
  await memberRepository.bulkSave([member('a', { fullName: 'Nguyễn Văn An' })])
  await reviewRepository.saveYear({
    year: 2025,
    profileId: 'qd366-2025',
    asOfDate: '2025-12-15',
    finalized: 0
  })
  await reviewRepository.bulkSave([decided(2025, 'a', 'good')])
  const rv = useReviewYear()
  await rv.load(2025)
  await new Promise((r) => setTimeout(r, 2))
  await meanwhile()
  return rv
}
/** Window B changes member a's decision to HTNV. */
async function ratedElsewhere() {
  const [stored] = await reviewRepository.memberReviews(2025)
  await reviewRepository.saveMemberReviews([{ ...stored, decision: 'complete' }])
}

describe('useReviewYear: a refused save shows what is stored (docs/design.md §8)', () => {
  const lockedElsewhere = () => reviewRepository.finalize(2025)
  type Edit = (rv: ReturnType<typeof useReviewYear>) => Promise<void>
  const memberEdit: Edit = (rv) =>
    rv.setMemberFields([{ memberId: 'a', field: 'decision', value: 'excellent' }])
  const cellEdit: Edit = (rv) => rv.setCellField('c1', 'decision', 'excellent')

  it.each([
    [
      'the year locked in another window: a member’s rating',
      lockedElsewhere,
      memberEdit,
      'Kết quả năm 2025 đã được khóa ở cửa sổ khác; trang đã tải lại kết quả đã khóa. Muốn sửa, hãy bấm “Mở khóa” trước.',
      { finalized: true, decision: 'good' }
    ],
    [
      'the year locked in another window: a cell’s rating',
      lockedElsewhere,
      cellEdit,
      'Kết quả năm 2025 đã được khóa ở cửa sổ khác; trang đã tải lại kết quả đã khóa.',
      { finalized: true, decision: 'good' }
    ],
    [
      'the rating saved in another window first',
      ratedElsewhere,
      memberEdit,
      'Xếp loại của Nguyễn Văn An (2025) đã được sửa ở cửa sổ khác sau khi bạn mở.',
      { finalized: false, decision: 'complete' }
    ]
  ] as const)(
    '%s: refused, the year reloaded as stored, the refusal counted',
    async (_, meanwhile, edit, said, shown) => {
      const rv = await openedThen(meanwhile)
      await expect(edit(rv)).rejects.toThrow(said)
      expect(rv.opened.value!.finalized).toBe(shown.finalized)
      expect(rv.opened.value!.memberReviews.get('a')?.decision).toBe(shown.decision)
      expect(rv.opened.value!.cellReviews.get('c1')).toBeUndefined()
      expect(rv.refusedSaves.value).toBe(1)
    }
  )

  it('a save that goes through is not counted as refused', async () => {
    const rv = await openedThen(async () => undefined)
    await memberEdit(rv)
    expect(rv.opened.value!.memberReviews.get('a')?.decision).toBe('excellent')
    expect(rv.refusedSaves.value).toBe(0)
  })
})

describe('useReviewYear: the as-of date stays in the review year', () => {
  it('a date of the year before is refused, nothing stored, and the year keeps its date', async () => {
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    await memberRepository.bulkSave([member('a')])
    const rv = useReviewYear()
    await rv.load(2025)
    const profile = rv.opened.value!.profile.id
    await expect(rv.changeSettings(profile, '2024-12-15')).rejects.toThrow(
      'Ngày tính phải trong năm đánh giá 2025'
    )
    expect(await reviewRepository.year(2025)).toBeUndefined()
    expect(rv.opened.value!.asOfDate).toBe('2025-12-15')
    await rv.changeSettings(profile, '2025-12-20')
    expect((await reviewRepository.year(2025))?.asOfDate).toBe('2025-12-20')
  })
})

describe('useReviewYear: a year is locked as the window shows it (docs/design.md §8)', () => {
  const cellRatedElsewhere = () =>
    reviewRepository.saveCellReviews([
      { id: '2025:c1', year: 2025, cellId: 'c1', decision: 'good', updatedAt: '' }
    ])
  const dateChangedElsewhere = () =>
    reviewRepository.saveYear({ year: 2025, profileId: 'qd366-2025', asOfDate: '2025-12-20', finalized: 0 })

  it.each([
    ['a member’s rating changed', ratedElsewhere, 'complete'],
    ['a cell rated', cellRatedElsewhere, 'good'],
    ['the as-of date changed', dateChangedElsewhere, 'good']
  ] as const)(
    'another window since the page opened — %s: the lock is refused, nothing locked, the year shown again',
    async (_, meanwhile, decision) => {
      const rv = await openedThen(meanwhile)
      await expect(rv.finalize()).rejects.toThrow(
        'Kết quả đánh giá, xếp loại năm 2025 đã được sửa ở cửa sổ khác sau khi bạn mở: không khóa những gì bạn chưa xem. Trang đã tải lại kết quả mới nhất'
      )
      expect((await reviewRepository.year(2025))?.finalized).toBe(0)
      expect(rv.opened.value!.finalized).toBe(false)
      expect(rv.opened.value!.memberReviews.get('a')?.decision).toBe(decision)
      // Shown again, the same lock goes through.
      await rv.finalize()
      expect((await reviewRepository.year(2025))?.finalized).toBe(1)
      expect(rv.opened.value!.finalized).toBe(true)
    }
  )

  it('nothing changed elsewhere: the lock goes through', async () => {
    const rv = await openedThen(async () => undefined)
    await rv.finalize()
    expect((await reviewRepository.year(2025))?.finalized).toBe(1)
  })

  it('the warnings the lock is confirmed on are those of the year as stored now, not as opened', async () => {
    const rv = await openedThen(() => memberRepository.bulkSave([member('b', { fullName: 'Lê Thị Bình' })]))
    expect(rv.opened.value!.subjects.map((s) => s.fullName)).toEqual(['Nguyễn Văn An'])
    const checks = await rv.checksBeforeLock()
    expect(checks.filter((c) => c.memberId).map((c) => c.message)).toEqual([
      'Lê Thị Bình (Chi bộ Khu phố 1): chưa có quyết định xếp loại của Đảng ủy.'
    ])
    expect(rv.opened.value!.subjects).toHaveLength(2)
  })
})

/** Opens 2025, clears its one stray rating (of `rule`) from its warning: no stray rating is left. */
async function openedAndCleared(checks: 'memberChecks' | 'cellChecks', rule: ReviewCheck['rule']) {
  const rv = useReviewYear()
  await rv.load(2025)
  const stray = rv[checks].value.find(isStrayRating)!
  expect(stray.rule).toBe(rule)
  await rv.clearStrayRating(stray)
  expect(rv[checks].value.filter(isStrayRating)).toEqual([])
}

describe('useReviewYear: a stray rating can be cleared (docs/design.md §6: a level on someone not rated counts nowhere)', () => {
  it('a member transferred out before the as-of date: the three levels cleared in one save, logged, the warning gone', async () => {
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    await memberRepository.bulkSave(
      [member('a', { fullName: 'Nguyễn Văn An' })],
      [event('a', 'transferOut', '2025-12-01', { transferKind: 'permanent' })]
    )
    await reviewRepository.bulkSave([
      { ...decided(2025, 'a', 'excellent'), selfRating: 'good', cellProposal: 'excellent', score: 92 }
    ])
    await openedAndCleared('memberChecks', 'ratedButNotEligible')
    const [stored] = await reviewRepository.memberReviews(2025)
    expect([stored.selfRating, stored.cellProposal, stored.decision, stored.score]).toEqual([
      null,
      null,
      null,
      92
    ])
    const log = await auditRepository.forEntity('memberReviews', '2025:a')
    expect(log.at(-1)!.summary).toContain('Nguyễn Văn An (2025)')
  })

  it('a cell founded after the as-of date: its levels cleared, the warning gone', async () => {
    await cellRepository.bulkSave([
      cell('c1', { name: 'Chi bộ Khu phố 1' }),
      cell('c2', { name: 'Chi bộ Khu phố 9', foundedOn: '2026-01-05' })
    ])
    await memberRepository.bulkSave([member('a')])
    await reviewRepository.bulkSave(
      [],
      [{ id: '2025:c2', year: 2025, cellId: 'c2', decision: 'good', updatedAt: '' }]
    )
    await openedAndCleared('cellChecks', 'cellOutsideYear')
    expect((await reviewRepository.cellReviews(2025))[0].decision).toBeNull()
  })
})

describe('useReviewYear: the year the picker shows is the year edited', () => {
  // On a busy PC a click may land on 2022 before the clerk picks 2026: the page asks for 2022, then
  // 2026. Whichever read ends last used to become the open year, so with 2022's read ending last the
  // picker said 2026 while the ratings typed were saved into 2022 under 2022's rules (QĐ 132).
  it('a read of a year asked for earlier, ending later, does not replace the year asked for last', async () => {
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    await memberRepository.bulkSave([member('a', { fullName: 'Nguyễn Văn An' })])
    const read = reviewRepository.loadYear.bind(reviewRepository)
    const spy = vi.spyOn(reviewRepository, 'loadYear').mockImplementation(async (year: number) => {
      const src = await read(year)
      if (year === 2022) await new Promise((r) => setTimeout(r, 30))
      return src
    })
    try {
      const rv = useReviewYear()
      await Promise.all([rv.load(2022), rv.load(2026)])
      expect(rv.opened.value?.year).toBe(2026)
      expect(rv.opened.value?.profile.id).toBe('qd366-2025')
      expect(rv.loading.value).toBe(false)
      await rv.setMemberFields([{ memberId: 'a', field: 'decision', value: 'good' }])
      expect((await reviewRepository.memberReviews(2026)).map((r) => r.decision)).toEqual(['good'])
      expect(await reviewRepository.memberReviews(2022)).toEqual([])
    } finally {
      spy.mockRestore()
    }
  })
})

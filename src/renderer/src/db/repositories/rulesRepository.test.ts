import { describe, expect, it } from 'vitest'
import { useTestDb } from '../testing/testDb'
import { getDb } from '../database'
import { rulesRepository } from './rulesRepository'
import { reviewRepository } from './reviewRepository'
import { memberRepository } from './memberRepository'
import type { RulesProfile } from '@renderer/domain/entities'
import { BUILT_IN_PROFILES } from '@renderer/domain/rules/profiles'
import { copyProfile } from '@renderer/domain/rules/profileEdit'
import { openYear } from '@renderer/domain/reviews/openYear'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { decided, event, member } from '@renderer/testing/reviewFactories'

useTestDb()

const MONTHS_SOURCE = 'HD 05-HD/TU 2025 của Tỉnh ủy (kết nạp chưa đủ 8 tháng không đánh giá)'

/** The clerk's copy of QĐ 366, stored. */
async function storedCopy(name = 'Hướng dẫn Tỉnh ủy'): Promise<RulesProfile> {
  return rulesRepository.save(copyProfile(BUILT_IN_PROFILES[0], name), { seen: null })
}

/** The copy with "Kết nạp chưa đủ (tháng)" changed, citing the province's text as the editor asks. */
function withAdmittedMonths(p: RulesProfile, months: number): RulesProfile {
  return {
    ...p,
    params: { ...p.params, notRatedAdmittedMonths: months },
    sources: { ...p.sources, notRatedAdmittedMonths: MONTHS_SOURCE }
  }
}

async function reviewYear(year: number, profileId: string, locked: boolean): Promise<void> {
  await reviewRepository.saveYear({ year, profileId, asOfDate: `${year}-12-15`, finalized: 0 })
  if (locked) await reviewRepository.finalize(year)
}

const tick = () => new Promise((r) => setTimeout(r, 2))

describe('rulesRepository.save: a locked year keeps the rules its results were computed under', () => {
  // docs/design.md §8 ("nothing is overwritten silently"): a locked year reads its profile each time
  // it opens, so editing the copy it recorded would change results the committee locked.
  const locked = (year: number, on: 'copy' | 'built-in' = 'copy') => ({ year, on, locked: true })
  const open = (year: number) => ({ year, on: 'copy' as const, locked: false })
  it.each([
    ['a locked year was computed under the copy', [locked(2025)], '2025'],
    ['two locked years were', [locked(2024), locked(2025)], '2024, 2025'],
    ['one of its years is locked, one open', [locked(2024), open(2025)], '2024'],
    ['its only year is still open', [open(2025)], 'none (saved)'],
    ['the locked year follows another profile', [locked(2025, 'built-in')], 'none (saved)'],
    ['no year uses it', [], 'none (saved)']
  ])('%s → refused, naming the years: %s', async (_, years, refusedFor) => {
    const copy = await storedCopy()
    for (const y of years)
      await reviewYear(y.year, y.on === 'copy' ? copy.id : BUILT_IN_PROFILES[0].id, y.locked)
    const save = rulesRepository.save(withAdmittedMonths(copy, 8), { seen: copy.updatedAt })
    if (refusedFor === 'none (saved)') {
      await expect(save).resolves.toMatchObject({ params: { notRatedAdmittedMonths: 8 } })
      return
    }
    await expect(save).rejects.toThrow(
      `Bộ quy định “Hướng dẫn Tỉnh ủy” đang dùng cho kết quả đã khóa của năm ${refusedFor}; ` +
        'sửa bộ này sẽ làm thay đổi kết quả đã khóa. Muốn theo quy định mới, hãy bấm “Tạo bản sao”'
    )
    expect(await rulesRepository.get(copy.id)).toEqual(copy)
  })

  it('the confirmed case: 2025 locked on the copy with 6 members decided; 6 → 8 months is refused and the year opens as it was locked', async () => {
    const copy = await storedCopy()
    // Admitted 1/5/2025: 7 months before the review on 15/12 — rated under 6 months, not under 8.
    const members = [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => member(id)),
      member('f', { admissionDate: '2025-05-01', officialDate: undefined, status: 'probationary' })
    ]
    await memberRepository.bulkSave(members, [event('f', 'admission', '2025-05-01')])
    await reviewRepository.saveYear({ year: 2025, profileId: copy.id, asOfDate: '2025-12-15', finalized: 0 })
    await reviewRepository.saveMemberReviews(members.map((m) => decided(2025, m.id, 'good')))
    await reviewRepository.finalize(2025)
    const before = openYear(await reviewRepository.loadYear(2025))
    expect(before.subjects.filter((s) => s.eligible)).toHaveLength(6)
    const audit = await getDb().auditLog.count()

    // The clerk renames it too: the message names the copy as the year knows it.
    await expect(
      rulesRepository.save({ ...withAdmittedMonths(copy, 8), name: 'Tên mới' }, { seen: copy.updatedAt })
    ).rejects.toThrow('Bộ quy định “Hướng dẫn Tỉnh ủy” đang dùng cho kết quả đã khóa của năm 2025')

    expect(await rulesRepository.get(copy.id)).toEqual(copy)
    expect(await getDb().auditLog.count()).toBe(audit)
    const after = openYear(await reviewRepository.loadYear(2025))
    expect(after.params.notRatedAdmittedMonths).toBe(6)
    expect(after.subjects).toEqual(before.subjects)
  })

  it('a copy of the locked year’s copy takes the new rules, and can be saved', async () => {
    const copy = await storedCopy()
    await reviewYear(2025, copy.id, true)
    const next = await rulesRepository.save(copyProfile(copy, 'Hướng dẫn Tỉnh ủy 2026'), { seen: null })
    await expect(
      rulesRepository.save(withAdmittedMonths(next, 8), { seen: next.updatedAt })
    ).resolves.toMatchObject({ params: { notRatedAdmittedMonths: 8 } })
  })

  it('a copy a year was computed under is not deleted: the message names the copy and the years', async () => {
    const copy = await storedCopy()
    await reviewYear(2025, copy.id, true)
    await reviewYear(2024, copy.id, false)
    await expect(rulesRepository.remove(copy.id)).rejects.toThrow(
      'Bộ quy định “Hướng dẫn Tỉnh ủy” đang dùng cho năm 2024, 2025; không xóa được'
    )
    expect(await rulesRepository.get(copy.id)).toEqual(copy)
  })
})

describe('rulesRepository.save: two windows never silently undo each other (docs/design.md §8)', () => {
  it('the later save from the same opened version is refused and the first one is kept', async () => {
    const opened = await storedCopy()
    await tick()
    const first = await rulesRepository.save(withAdmittedMonths(opened, 8), { seen: opened.updatedAt })
    const audit = await getDb().auditLog.count()

    const later = rulesRepository.save(
      { ...opened, name: 'Sửa ở cửa sổ thứ hai' },
      { seen: opened.updatedAt }
    )
    await expect(later).rejects.toThrow(StaleRecordError)
    await expect(later).rejects.toThrow(
      'Bộ quy định “Hướng dẫn Tỉnh ủy” đã được sửa ở cửa sổ khác sau khi bạn mở.'
    )
    expect(await rulesRepository.get(opened.id)).toEqual(first)
    expect(await getDb().auditLog.count()).toBe(audit)

    // Reloaded, the second window saves over the version it now holds.
    await tick()
    await expect(
      rulesRepository.save({ ...first, name: 'Sửa ở cửa sổ thứ hai' }, { seen: first.updatedAt })
    ).resolves.toMatchObject({ name: 'Sửa ở cửa sổ thứ hai', params: { notRatedAdmittedMonths: 8 } })
  })

  it.each([
    [
      'deleted in another window',
      async (p: RulesProfile) => rulesRepository.remove(p.id),
      (p: RulesProfile) => p.updatedAt
    ],
    ['a new copy whose id is already stored', async () => undefined, () => null]
  ])('%s: refused', async (_, meanwhile, seen) => {
    const copy = await storedCopy()
    await meanwhile(copy)
    await expect(rulesRepository.save(copy, { seen: seen(copy) })).rejects.toThrow(StaleRecordError)
  })
})

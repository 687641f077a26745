// The rating sheet's confirmed edits go through the review screen's save queue (ARCHITECTURE.md,
// "Screens and their data") and write only what the preview said (docs/design.md §8).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, setDb } from '@renderer/db/database'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { cell } from '@renderer/testing/factories'
import { member, review } from '@renderer/testing/reviewFactories'
import { readRatingSheet, sheetPreview } from './ratingSheet'
import { useReviewYear } from './useReviewYear'

beforeEach(() => setDb(createTestDb()))
afterEach(() => setDb(null))

const header = ['STT', 'Họ và tên', 'Điểm', 'Tự xếp loại', 'Chi bộ đề xuất', 'Đảng ủy quyết định']

async function importSheet(row: unknown[]) {
  await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
  await memberRepository.bulkSave([member('a', { fullName: 'Trần Văn Ân' })], [])
  const stored = review(2025, 'a', { score: 88, selfRating: 'good', cellProposal: 'good', decision: 'good' })
  await reviewRepository.bulkSave([stored], [])
  const rv = useReviewYear()
  await rv.load(2025)
  const o = rv.opened.value!
  const sheet = readRatingSheet({ sheetName: 'Phiếu', merges: [], rows: [header, row] } as never, o.subjects)
  const preview = sheetPreview(sheet.rows, sheet.mapped, o.memberReviews)
  await rv.importMemberFields(preview.edits)
  const log = await auditRepository.forEntity('memberReviews', '2025:a')
  return { preview, saved: (await reviewRepository.memberReviews(2025))[0], stored, log }
}

describe('importing a rating sheet into the stored reviews (docs/design.md §8)', () => {
  it('a row equal to the stored review is “Không đổi” and writes nothing', async () => {
    const { preview, saved, stored, log } = await importSheet([
      1,
      'Trần Văn Ân',
      88,
      'HTTNV',
      'HTTNV',
      'HTTNV'
    ])
    expect(preview.unchanged).toBe(1)
    expect(saved.updatedAt).toBe(stored.updatedAt)
    expect(log).toEqual([])
  })

  it('writes what the preview said and no more; the decision the file gives is not written', async () => {
    const { preview, saved, log } = await importSheet([1, 'Trần Văn Ân', 88, 'HTXSNV', '', 'KHTNV'])
    expect(preview.overwrites).toEqual({ values: 1, members: 1 })
    expect(saved).toMatchObject({
      score: 88,
      selfRating: 'excellent',
      cellProposal: 'good',
      decision: 'good'
    })
    expect(log).toHaveLength(1)
  })
})

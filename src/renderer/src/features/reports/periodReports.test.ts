// What Báo cáo → "Báo cáo theo kỳ" tells the clerk when a list would be empty.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createTestDb, setDb } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { cell } from '@renderer/testing/factories'
import { member, review } from '@renderer/testing/reviewFactories'
import { exportExcellentProposals, NothingToExport } from './periodReports'

beforeEach(() => {
  setDb(createTestDb())
  setActivePinia(createPinia())
})
afterEach(() => setDb(null))

describe('HTXSNV proposals with nobody to propose', () => {
  it("names the committee's decision as what counts: a cell's proposal alone lists nobody", async () => {
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    await memberRepository.bulkSave([member('m1', { cellId: 'c1' })])
    await reviewRepository.bulkSave([review(2025, 'm1', { cellProposal: 'excellent' })], [])
    const error = await exportExcellentProposals(2025, null, 'Giấy khen của Đảng ủy').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NothingToExport)
    expect((error as Error).message).toBe(
      'Toàn Đảng bộ: năm 2025 chưa có đảng viên được Đảng ủy quyết định xếp loại hoàn thành xuất sắc nhiệm vụ hoặc đã đề nghị ở trang Khen thưởng (đề xuất của chi bộ chưa được tính).'
    )
  })
})

// What Báo cáo → "Báo cáo theo kỳ" tells the clerk when a list would be empty.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type ExcelJS from 'exceljs'
import { createPinia, setActivePinia } from 'pinia'
import { createTestDb, setDb } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { cell } from '@renderer/testing/factories'
import { event, member, review } from '@renderer/testing/reviewFactories'
import { workbookToBytes } from '@renderer/excel/partyDocument'
import { readSheet } from '@renderer/excel/testing/readBack'
import {
  exportBadgeForm,
  exportExcellentProposals,
  exportMemberStatistics,
  exportMeetingStatisticsOf,
  exportMovementLists,
  exportRatingList,
  wardWideNote
} from './periodReports'
import { NothingToExport } from '../common/nothingToExport'

/** The workbooks the exports hand to be saved, the last one last. */
const saved = vi.hoisted(() => [] as ExcelJS.Workbook[])
vi.mock('../common/saveWorkbook', async (original) => ({
  ...(await original<typeof import('../common/saveWorkbook')>()),
  saveWorkbook: async (wb: ExcelJS.Workbook, name: string) => {
    saved.push(wb)
    return name
  }
}))

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

/** The message the page shows after "Không có gì để xuất.", or a failure if something was saved. */
async function nothingToExport(run: Promise<unknown>): Promise<string> {
  const error = await run.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(NothingToExport)
  return (error as Error).message
}

describe('rating list with nobody to rate names its scope, as the other lists do', () => {
  it.each<[string, string | null, string]>([
    ['the whole ward', null, 'Toàn Đảng bộ: năm 2025 chưa có đảng viên nào để đánh giá.'],
    [
      'a cell whose members are all elsewhere',
      'c1',
      'Chi bộ Khu phố 1: năm 2025 chưa có đảng viên nào để đánh giá.'
    ]
  ])('%s', async (_l, cellId, message) => {
    await cellRepository.bulkSave([
      cell('c1', { name: 'Chi bộ Khu phố 1' }),
      cell('c2', { name: 'Chi bộ Khu phố 2' })
    ])
    // The ward's one member is in Khu phố 2, and only when a cell is asked for.
    if (cellId) await memberRepository.bulkSave([member('m1', { cellId: 'c2' })])
    expect(await nothingToExport(exportRatingList(2025, cellId))).toBe(message)
  })
})

// Huy hiệu Đảng (HD 01-HD/TW 2021 mục 18; QĐ 24-QĐ/TW 2021): a member disciplined at khiển trách is not
// considered until 6 months after, so he is not on the HHĐ form; a form with nobody is not issued.
describe('HHĐ-form badge list with nobody proposed at the ceremony', () => {
  const ceremony = '2026-09-02'
  it.each<[string, number, string]>([
    ['nobody reaches a milestone', 0, 'Đợt 02/09/2026 không có đảng viên đủ điều kiện tặng Huy hiệu Đảng.'],
    [
      'the one who reaches 30 years was reprimanded 3 months before',
      1,
      'Đợt 02/09/2026 không có đảng viên được đề nghị tặng Huy hiệu Đảng: 1 đồng chí đủ tuổi Đảng nhưng chưa xét đợt này do kỷ luật (QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021), xem trang Khen thưởng.'
    ],
    [
      'both who reach 30 years were reprimanded 3 months before',
      2,
      'Đợt 02/09/2026 không có đảng viên được đề nghị tặng Huy hiệu Đảng: 2 đồng chí đủ tuổi Đảng nhưng chưa xét đợt này do kỷ luật (QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021), xem trang Khen thưởng.'
    ]
  ])('%s', async (_l, held, message) => {
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    // m0 has 20 years of party age; m1, m2 reach 30 years on 01/08/2026.
    const ids = Array.from({ length: held }, (_, i) => `m${i + 1}`)
    await memberRepository.bulkSave([
      member('m0', { cellId: 'c1', admissionDate: '2006-01-01' }),
      ...ids.map((id) => member(id, { cellId: 'c1', admissionDate: '1996-08-01' }))
    ])
    for (const id of ids)
      await memberRepository.addEvent(event(id, 'discipline', '2026-06-01', { disciplineLevel: 'reprimand' }))
    expect(await nothingToExport(exportBadgeForm(ceremony))).toBe(message)
  })
})

// The "Chi bộ" picker narrows the year's lists only: the period reports and the HHĐ form say they are
// the whole Đảng bộ's, so a chosen cell is never silently ignored.
describe("reports the cell picker does not narrow say they are the whole Đảng bộ's", () => {
  it.each<[string | null, string]>([
    [null, 'Tính cho toàn Đảng bộ.'],
    ['Chi bộ Khu phố 2', 'Luôn tính cho toàn Đảng bộ, không riêng Chi bộ Khu phố 2.']
  ])('chosen: %s → %s', (cellName, note) => expect(wardWideNote(cellName)).toBe(note))
})

// A period still running is reported up to today, as Thống kê sinh hoạt chi bộ of the same period is
// (meetingStatistics.ts): a document signed on 02/12 cannot state the members "đến ngày 31/12", nor
// count their ages at a day to come (docs/design.md §6: ages as the statistics group them, at the
// day the figures are of).
describe('Thống kê đảng viên of the running year, made on 02/12/2026', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 11, 2, 9, 0))
  })
  afterEach(() => vi.useRealTimers())

  it('states its figures up to today and counts ages on that day', async () => {
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    // 30 years old until 19/12/2026: "Đến 30 tuổi" today, not "Từ 31 đến 40 tuổi".
    await memberRepository.bulkSave([
      member('m1', { cellId: 'c1', birthDate: '1996-12-20', admissionDate: '2026-03-10' })
    ])
    await memberRepository.addEvent(event('m1', 'admission', '2026-03-10', { cellId: 'c1' }))
    await exportMemberStatistics({ kind: 'year', year: 2026 })
    const r = await readSheet(await workbookToBytes(saved.at(-1)!))
    expect(r.find('Kỳ báo cáo: năm 2026 (từ ngày 01/01/2026 đến ngày 02/12/2026)')).toBeDefined()
    expect(r.find('Tổng số đảng viên cuối kỳ (đến ngày 02/12/2026)')).toBeDefined()
    expect(r.find(/31\/12\/2026/)).toBeUndefined()
    const young = r.find('- Đến 30 tuổi')!
    expect(r.value(young.row, young.col + 1)).toBe(1)

    await exportMovementLists({ kind: 'year', year: 2026 })
    const list = await readSheet(await workbookToBytes(saved.at(-1)!))
    expect(list.find('Kỳ báo cáo: năm 2026 (từ ngày 01/01/2026 đến ngày 02/12/2026)')).toBeDefined()
  })

  // A period not begun has no figures: a document of next year made now would count ages and the
  // members "đến ngày 31/12/2027", days to come. The clerk is told instead, and nothing is saved.
  it.each([
    [
      { kind: 'year', year: 2027 } as const,
      'Năm 2027 chưa bắt đầu (từ ngày 01/01/2027): chưa có số liệu để báo cáo.'
    ],
    [
      { kind: 'quarter', year: 2027, index: 1 } as const,
      'Quý I năm 2027 chưa bắt đầu (từ ngày 01/01/2027): chưa có số liệu để báo cáo.'
    ]
  ])('%j is not begun: nothing saved, the reason said', async (period, reason) => {
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    const before = saved.length
    expect(await nothingToExport(exportMemberStatistics(period))).toBe(reason)
    expect(await nothingToExport(exportMovementLists(period))).toBe(reason)
    expect(await nothingToExport(exportMeetingStatisticsOf(period))).toBe(reason)
    expect(saved.length).toBe(before)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createTestDb, setDb } from '@renderer/db/database'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { settingsRepository } from '@renderer/db/repositories/settingsRepository'
import { newWorkbook } from '@renderer/excel/workbookIo'
import { platform, setPlatformForTests, type FileFilter } from '@renderer/platform'
import { cell, member, SETTINGS } from '@renderer/testing/factories'
import { exportCompliance, exportMeetingStatistics } from '../meetings/reports'
import { exportMemberStatistics, exportRatingList } from '../reports/periodReports'
import { exportYearEndPack, reviewReports } from '../reports/reviewReports'
import { makeBooks, saveBooks } from '../roundtrip/cellBooks'
import { saveExport, saveWorkbook, XLSX_FILTER } from './saveWorkbook'

interface Saved {
  bytes: Uint8Array
  suggestedName: string
  filters?: FileFilter[]
}

let saved: Saved[]
/** What the clerk does in the save dialog: keep the name, type another, or cancel (null). */
let answer: (suggestedName: string) => string | null
let restore: () => void

beforeEach(() => {
  createTestDb()
  setActivePinia(createPinia())
  saved = []
  answer = (name) => name
  restore = setPlatformForTests({
    ...platform,
    async saveFile(bytes, suggestedName, filters) {
      saved.push({ bytes, suggestedName, filters })
      const fileName = answer(suggestedName)
      return fileName ? { fileName } : null
    }
  })
})
afterEach(() => {
  restore()
  setDb(null)
})

const exportLines = async () =>
  (await auditRepository.all()).filter((e) => e.action === 'export').map((e) => [e.entity, e.summary])

describe('every saved file is logged as an export (Luật 91/2025/QH15: who took personal data out)', () => {
  it('logs the name the clerk chose, what the file holds and the detail', async () => {
    answer = () => 'ds-chi-bo-1.xlsx'
    await saveExport(new Uint8Array([1]), 'Danh sach.xlsx', {
      entity: 'members',
      what: 'danh sách 3 đảng viên',
      detail: ' — mục đích: Báo cáo cấp trên'
    })
    expect(await exportLines()).toEqual([
      ['members', 'Xuất danh sách 3 đảng viên ra tệp ds-chi-bo-1.xlsx — mục đích: Báo cáo cấp trên']
    ])
  })

  it('a cancelled save returns null and logs nothing', async () => {
    answer = () => null
    const wb = newWorkbook()
    wb.addWorksheet('A')
    expect(await saveWorkbook(wb, 'a.xlsx', { entity: 'members', what: 'danh sách' })).toBeNull()
    expect(await exportLines()).toEqual([])
  })

  it('a workbook is saved as .xlsx bytes with the Excel filter', async () => {
    const wb = newWorkbook()
    wb.addWorksheet('A').getCell('A1').value = 'x'
    await saveWorkbook(wb, 'a.xlsx', { entity: 'members', what: 'danh sách' })
    expect(saved[0].filters).toEqual(XLSX_FILTER)
    // An .xlsx file is a zip: it starts with "PK".
    expect([...saved[0].bytes.slice(0, 2)]).toEqual([0x50, 0x4b])
  })
})

describe('the ward’s reports and books go through it', () => {
  beforeEach(async () => {
    await settingsRepository.save(SETTINGS)
    await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
    await memberRepository.bulkSave([member('m1', { fullName: 'Trần Văn Ân' })], [])
  })

  // Before this, the period lists (rating list, statistics…) and the cell books were saved without
  // a line in the log: every path now passes through saveExport, which the type system requires.
  it.each([
    [
      'Thống kê đảng viên (quý)',
      () => exportMemberStatistics({ kind: 'quarter', year: 2026, index: 4 }),
      ['members', 'Xuất thống kê đảng viên quý IV năm 2026 ra tệp Thong-ke-dang-vien-2026-Q4.xlsx']
    ],
    [
      'Danh sách xếp loại đảng viên',
      () => exportRatingList(2026, null),
      [
        'memberReviews',
        'Xuất danh sách xếp loại đảng viên năm 2026 ra tệp Danh-sach-xep-loai-dang-vien-2026.xlsx'
      ]
    ],
    [
      'Danh sách xếp loại đảng viên of one cell',
      () => exportRatingList(2026, 'c1'),
      [
        'memberReviews',
        'Xuất danh sách xếp loại đảng viên năm 2026 (Chi bộ Khu phố 1) ra tệp Danh-sach-xep-loai-dang-vien-2026-chi-bo-khu-pho-1.xlsx'
      ]
    ],
    [
      'Tổng hợp xếp loại đảng viên',
      () => reviewReports[0].run(2026),
      [
        'memberReviews',
        'Xuất tổng hợp xếp loại đảng viên năm 2026 ra tệp Tong-hop-xep-loai-dang-vien-2026.xlsx'
      ]
    ],
    [
      'Bộ báo cáo cuối năm',
      () => exportYearEndPack(2026),
      ['memberReviews', 'Xuất bộ báo cáo cuối năm 2026 ra tệp Bo-bao-cao-cuoi-nam-2026.xlsx']
    ],
    [
      'Bảng theo dõi sinh hoạt',
      () => exportCompliance(2026),
      ['meetings', 'Xuất bảng theo dõi sinh hoạt chi bộ năm 2026 ra tệp Theo-doi-sinh-hoat-2026.xlsx']
    ],
    [
      'Thống kê sinh hoạt',
      () => exportMeetingStatistics('2026-01-01', '2026-12-31'),
      [
        'meetings',
        'Xuất thống kê sinh hoạt chi bộ 01/01/2026 – 31/12/2026 ra tệp Thong-ke-sinh-hoat-2026.xlsx'
      ]
    ],
    [
      'Sổ chi bộ gửi đi',
      async () => {
        const period = { kind: 'month', year: 2026, index: 3 } as const
        return saveBooks(await makeBooks(['c1'], period), period)
      },
      ['meetings', 'Xuất sổ chi bộ tháng 3/2026 của 1 chi bộ ra tệp So-chi-bo_Chi-bo-Khu-pho-1_2026-T03.xlsx']
    ]
  ])('%s', async (_, run, line) => {
    expect(await run()).toBe(saved[0].suggestedName)
    expect(await exportLines()).toEqual([line])
  })
})

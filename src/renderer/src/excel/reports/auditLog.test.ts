import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import type { AuditEntry, OrganizationSettings } from '@renderer/domain/entities'
import { describeChange } from '@renderer/domain/backup/auditView'
import { expectFitToSend, readSheet } from '../testing/readBack'
import { buildAuditLogWorkbook } from './auditLog'

const SETTINGS: OrganizationSettings = {
  id: 'organization',
  superiorName: 'ĐẢNG BỘ TỈNH THANH HÓA',
  issuingBody: 'ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN',
  placeName: 'Trường Sơn',
  documentNumberSuffix: '/ĐU',
  signerRole: 'T/M ĐẢNG ỦY',
  signerTitle: 'BÍ THƯ',
  signerName: 'Lê Văn Bình',
  clerkName: 'Nguyễn Thị Hoa',
  updatedAt: '2026-01-05T08:00:00.000Z'
}

// Local times so the expected day/hour do not depend on the machine's time zone.
const at = (y: number, mo: number, d: number, h: number, mi: number) =>
  new Date(y, mo - 1, d, h, mi).toISOString()
const ENTRIES: AuditEntry[] = [
  {
    id: 3,
    at: at(2026, 11, 21, 10, 30),
    clerk: 'Nguyễn Thị Hoa',
    entity: 'memberReviews',
    entityId: '2025:m1',
    action: 'update',
    summary: 'Trần Văn An (2025): Đảng ủy quyết định Hoàn thành tốt nhiệm vụ',
    before: { decision: 'complete', updatedAt: 'x' },
    after: { decision: 'good', updatedAt: 'y' }
  },
  {
    id: 2,
    at: at(2026, 11, 20, 8, 5),
    clerk: 'Nguyễn Thị Hoa',
    entity: 'members',
    entityId: 'm2',
    action: 'update',
    summary: 'Lê Thị Bình: Chính thức → Từ trần',
    before: { status: 'official' },
    after: { status: 'deceased' }
  },
  {
    id: 1,
    at: at(2026, 1, 2, 16, 0),
    clerk: 'Chưa đặt tên',
    entity: 'reviewYears',
    entityId: '2025',
    action: 'finalize',
    summary: 'Khóa kết quả đánh giá, xếp loại năm 2025'
  }
]

describe('audit log export (docs/design.md §8: viewable and exportable to Excel)', () => {
  it('lays out one typed row per change, newest first, as a Party document', async () => {
    const bytes = await buildAuditLogWorkbook(SETTINGS, ENTRIES, {
      subtitle: 'Từ 01/01/2026 đến 21/11/2026',
      now: new Date(2026, 10, 21)
    })
    if (process.env.KEEP_XLSX) writeFileSync(join(tmpdir(), 'audit-log.xlsx'), bytes)
    await expectFitToSend(bytes)
    const sheet = await readSheet(bytes)
    expect(sheet.ws.name).toBe('Nhật ký thay đổi')
    expect(sheet.find('NHẬT KÝ THAY ĐỔI DỮ LIỆU')).toBeDefined()
    expect(sheet.find('ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN')).toBeDefined()
    expect(sheet.find('Từ 01/01/2026 đến 21/11/2026')).toBeDefined()

    const header = sheet.find('Người thực hiện')!
    expect(sheet.find('Thời điểm')).toBeDefined()
    const firstRow = header.row + 1 + 1 // two header rows: "Thời điểm" groups Ngày and Giờ
    const texts = sheet.rowTexts(firstRow)
    expect([texts[0], ...texts.slice(2)]).toEqual([
      '1',
      '10:30',
      'Nguyễn Thị Hoa',
      'Xếp loại đảng viên',
      'Sửa',
      'Trần Văn An (2025): Đảng ủy quyết định Hoàn thành tốt nhiệm vụ',
      'Đảng ủy quyết định: Hoàn thành nhiệm vụ → Hoàn thành tốt nhiệm vụ'
    ])
    // The day is a real Excel date (shown dd/mm/yyyy), not text.
    expect(sheet.value(firstRow, 2)).toEqual(new Date(Date.UTC(2026, 10, 21)))
    expect(sheet.cell(firstRow, 2).numFmt).toBe('dd/mm/yyyy')
    expect(sheet.rowTexts(firstRow + 1)).toContain('trạng thái: Chính thức → Từ trần')
    expect(sheet.rowTexts(firstRow + 2)).toContain('Khóa năm')
    expect(sheet.find(/Tổng số: 3 thay đổi/)).toBeDefined()
    expect(sheet.find(/Lưu VP Đảng ủy/)).toBeDefined()
    expect(sheet.ws.pageSetup.orientation).toBe('landscape')
  })

  it('an empty log still produces a valid document', async () => {
    const sheet = await readSheet(await buildAuditLogWorkbook(SETTINGS, []))
    expect(sheet.find(/Tổng số: 0 thay đổi/)).toBeDefined()
  })

  it.each([
    {
      rule: 'a status change names both statuses',
      before: { status: 'official' },
      after: { status: 'removed' },
      text: 'trạng thái: Chính thức → Đã xóa tên'
    },
    {
      rule: 'timestamps are not changes',
      before: { score: 80, updatedAt: 'a' },
      after: { score: 92, updatedAt: 'b' },
      text: 'điểm: 80 → 92'
    },
    {
      rule: 'a new value shows "(trống)" before',
      before: undefined,
      after: { decision: 'excellent' },
      text: 'Đảng ủy quyết định: (trống) → Hoàn thành xuất sắc nhiệm vụ'
    },
    { rule: 'no before nor after gives nothing', before: undefined, after: undefined, text: '' }
  ])('describes changes: $rule', ({ before, after, text }) => {
    expect(describeChange({ before, after })).toBe(text)
  })
})

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '@renderer/domain/entities'
import { describeChange } from '@renderer/domain/backup/auditView'
import { expectFitToSend, readSheet } from '../testing/readBack'
import { buildAuditLogWorkbook } from './auditLog'
import { SETTINGS } from '@renderer/testing/factories'

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

  it('masks CCCD and phone numbers in the file sent out, as the member list does (Luật 91/2025/QH15)', async () => {
    const personal: AuditEntry[] = [
      {
        id: 5,
        at: at(2026, 11, 21, 9, 0),
        clerk: 'Nguyễn Thị Hoa',
        entity: 'members',
        entityId: 'm3',
        action: 'update',
        summary: 'Phạm Văn Cường: sửa hồ sơ',
        before: { idNumber: '040012340089', phone: '0912345678' },
        after: { idNumber: '038075000123', phone: '0987 654 321' }
      },
      {
        id: 4,
        at: at(2026, 11, 21, 8, 0),
        clerk: 'Nguyễn Thị Hoa',
        entity: 'members',
        entityId: 'm4',
        action: 'create',
        summary: 'Thêm hồ sơ đảng viên Đỗ Thị Dung',
        after: { fullName: 'Đỗ Thị Dung', idNumber: '001199012345', phone: '0243123456' }
      }
    ]
    const sheet = await readSheet(await buildAuditLogWorkbook(SETTINGS, personal))
    const firstRow = sheet.find('Người thực hiện')!.row + 2
    expect(sheet.rowTexts(firstRow)).toContain(
      'số CCCD: 0400••••0089 → 0380••••0123; điện thoại: ••••678 → ••••321'
    )
    expect(sheet.rowTexts(firstRow + 1)).toContain(
      'họ và tên: (trống) → Đỗ Thị Dung; số CCCD: (trống) → 0011••••2345; điện thoại: (trống) → ••••456'
    )
    const texts = [firstRow, firstRow + 1].flatMap((r) => sheet.rowTexts(r)).join(' ')
    for (const number of ['040012340089', '038075000123', '001199012345', '0912345678', '0987 654 321'])
      expect(texts).not.toContain(number)
    expect(sheet.find(/Số CCCD và số điện thoại được che một phần/)).toBeDefined()

    // The full numbers only when the clerk asks for them.
    const full = await readSheet(await buildAuditLogWorkbook(SETTINGS, personal, { personalNumbers: 'full' }))
    expect(full.rowTexts(firstRow)).toContain(
      'số CCCD: 040012340089 → 038075000123; điện thoại: 0912345678 → 0987 654 321'
    )
    expect(full.find(/được che một phần/)).toBeUndefined()
  })

  it('the screen (describeChange by default) still shows the numbers whole, for the clerk on this PC', () => {
    expect(describeChange({ before: { phone: '0912345678' }, after: { phone: '0987654321' } })).toBe(
      'điện thoại: 0912345678 → 0987654321'
    )
  })

  it('an empty log still produces a valid document', async () => {
    const sheet = await readSheet(await buildAuditLogWorkbook(SETTINGS, []))
    expect(sheet.find(/Tổng số: 0 thay đổi/)).toBeDefined()
  })

  it.each<{ rule: string; before: unknown; after: unknown; text: string }>([
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
    { rule: 'no before nor after gives nothing', before: undefined, after: undefined, text: '' },
    {
      rule: 'a new review shows its ratings, never its id, year or member id',
      before: undefined,
      after: {
        id: '2026:d-m00579',
        year: 2026,
        memberId: 'd-m00579',
        cellId: 'c1',
        score: 92,
        decision: 'good',
        updatedAt: 'x'
      },
      text: 'điểm: (trống) → 92; Đảng ủy quyết định: (trống) → Hoàn thành tốt nhiệm vụ'
    },
    {
      rule: 'dates read dd/mm/yyyy, gender and CCCD in Vietnamese',
      before: { birthDate: '1980-02-03', gender: 'male', idNumber: null },
      after: { birthDate: '1981-12-30', gender: 'female', idNumber: '040012340089' },
      text: 'ngày sinh: 03/02/1980 → 30/12/1981; giới tính: Nam → Nữ; số CCCD: (trống) → 040012340089'
    },
    {
      rule: 'yes/no fields read có / không',
      before: { exceedsRequirement: false },
      after: { exceedsRequirement: true },
      text: 'vượt chỉ tiêu: không → có'
    },
    {
      rule: 'a mark of serious illness (Khen thưởng) reads as such',
      before: { seriouslyIll: false },
      after: { seriouslyIll: true },
      text: 'bệnh nặng: không → có'
    },
    {
      rule: 'a meeting reads its date, kind and attendance in words',
      before: { date: '2026-03-05', type: 'regular' },
      after: {
        date: '2026-03-06',
        type: 'thematic',
        counts: { present: 20, excused: 2, unexcused: 1, exempt: 0 }
      },
      text: 'ngày: 05/03/2026 → 06/03/2026; loại: Thường kỳ → Chuyên đề; điểm danh: (trống) → có mặt 20, vắng có lý do 2, vắng không lý do 1, miễn sinh hoạt 0'
    },
    {
      rule: 'fields without a Vietnamese name are not shown as code',
      before: { profileId: 'a', someInternalFlag: 1 },
      after: { profileId: 'b', someInternalFlag: 2 },
      text: 'bộ quy định: a → b'
    }
  ])('describes a change in Vietnamese: $rule', ({ before, after, text }) => {
    expect(describeChange({ before, after })).toBe(text)
  })

  it('names a cell (or member) by its name where the log holds its id', () => {
    const names = new Map([
      ['c1', 'Chi bộ Khu phố 1'],
      ['c2', 'Chi bộ Khu phố 2']
    ])
    expect(describeChange({ before: { cellId: 'c1' }, after: { cellId: 'c2' } }, 400, names)).toBe(
      'chi bộ: Chi bộ Khu phố 1 → Chi bộ Khu phố 2'
    )
  })
})

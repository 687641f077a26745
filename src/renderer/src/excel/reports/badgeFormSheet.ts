// Danh sách đề nghị tặng Huy hiệu Đảng with the columns of the HHĐ forms (HD 01-HD/TW 2021 mục 18):
// số thẻ đảng viên, ngày quyết định kết nạp, ngày chính thức, thời gian ra khỏi Đảng (rows from
// domain/reports/badgeForm.ts). Dates known only by year print as the year, never 01/01.
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import type { BadgeFormGroup } from '@renderer/domain/reports/badgeForm'
import { workbookWith, type DocColumn } from '../partyDocument'
import { column, personColumns, personValues } from './columns'
import { addPersonListSheet, countOf } from './groupedRows'

// Widths so that names and the long HHĐ header wrap as little as possible: eight badge levels' group
// rows make the list tall, and a shorter table prints larger on its one page (docs/design.md §7).
const COLUMNS: DocColumn[] = [
  ...personColumns(24),
  column('hometown', 14),
  { key: 'card', header: 'Số thẻ đảng viên', width: 11, kind: 'id' },
  { key: 'admitted', header: 'Ngày cấp có thẩm quyền ra quyết định kết nạp', width: 18, kind: 'date' },
  { key: 'official', header: 'Ngày chính thức', width: 11, kind: 'date' },
  { key: 'timeOut', header: 'Thời gian ra khỏi Đảng (kết nạp lại)', width: 16, kind: 'text' },
  { key: 'years', header: 'Tuổi Đảng', width: 8, kind: 'number', numFmt: '0' },
  column('cell', 20),
  column('note', 16)
]

export function buildBadgeFormWorkbook(
  settings: OrganizationSettings,
  ceremonyDate: string,
  groups: readonly BadgeFormGroup[],
  now: Date = new Date()
): ExcelJS.Workbook {
  const people = groups.map((g) => ({ name: g.label, items: g.rows }))
  return workbookWith(
    (wb) =>
      addPersonListSheet(wb, settings, {
        sheetName: 'Huy hiệu Đảng (mẫu HHĐ)',
        title: `Danh sách đảng viên đề nghị tặng Huy hiệu Đảng đợt ${formatDate(ceremonyDate)}`,
        subtitle: `Tổng số: ${countOf(people)} đồng chí`,
        orientation: 'landscape',
        columns: COLUMNS,
        groups: people,
        values: (r) => ({
          ...personValues(r),
          hometown: r.hometown,
          card: r.partyCardNumber,
          admitted: r.admissionDate,
          official: r.officialDate,
          timeOut: r.timeOut,
          years: r.partyYears
        }),
        notes: [
          'Tuổi Đảng tính từ ngày quyết định kết nạp lần đầu đến ngày trao, trừ thời gian ra khỏi Đảng (HD 01-HD/TW 2021).'
        ],
        recipients: ['Ban Tổ chức cấp trên (để xét tặng Huy hiệu Đảng)']
      }),
    now
  )
}

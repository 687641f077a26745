// Danh sách đảng viên vắng sinh hoạt không lý do đến ngưỡng (Điều lệ Đảng Điều 8.2): grounds for a
// cell's proposal to remove a member. Rows from domain/reports/absenceList.ts.
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { ABSENCE_RULE, GUEST_ABSENCE_NOTE, thresholdNote } from '@renderer/domain/meetings/absences'
import type { AbsenceRow } from '@renderer/domain/reports/absenceList'
import type { CellGroup } from '@renderer/domain/reviews/reportRows'
import { workbookWith, type DocColumn } from '../partyDocument'
import { column, personColumns, personValues } from './columns'
import { addPersonListSheet, byCell, countOf } from './groupedRows'

const COLUMNS: DocColumn[] = [
  ...personColumns(26),
  column('cell', 24),
  { key: 'months', header: 'Số tháng vắng không lý do', width: 11, kind: 'number' },
  { key: 'meetings', header: 'Số buổi vắng không lý do', width: 11, kind: 'number' },
  { key: 'which', header: 'Các tháng vắng', width: 16, kind: 'text' },
  column('note', 16)
]

export interface AbsenceListScope {
  year: number
  threshold: number
  /** The year's profile's citation for the threshold (its `absenceWarningCount` source). */
  thresholdSource?: string
  cellName: string | null
}

export function buildAbsenceListWorkbook(
  settings: OrganizationSettings,
  groups: readonly CellGroup<AbsenceRow>[],
  scope: AbsenceListScope,
  now: Date = new Date()
): ExcelJS.Workbook {
  const n = countOf(groups)
  const hasGuests = groups.some((g) => g.items.some((r) => r.guest))
  return workbookWith(
    (wb) =>
      addPersonListSheet(wb, settings, {
        sheetName: 'Vắng không lý do',
        title: `Danh sách đảng viên bỏ sinh hoạt đảng không có lý do chính đáng năm ${scope.year}`,
        subtitle: `${scope.cellName ?? 'Toàn Đảng bộ'}: ${n} đồng chí vắng từ ${scope.threshold} tháng trở lên`,
        orientation: 'portrait',
        columns: COLUMNS,
        groups: byCell(groups),
        values: (r, g) => ({
          ...personValues(r, g.name),
          months: r.monthCount,
          meetings: r.unexcusedMeetings,
          which: r.months,
          note: r.guest ? 'Sinh hoạt tạm thời (*)' : ''
        }),
        notes: [
          `Căn cứ: ${ABSENCE_RULE}. Tháng có nhiều buổi vắng chỉ tính một tháng.`,
          // A province's own threshold is cited beside the Charter's, never left unexplained.
          ...[thresholdNote(scope.threshold, scope.thresholdSource)].filter(Boolean),
          ...(hasGuests ? [`(*) ${GUEST_ABSENCE_NOTE}`] : []),
          'Danh sách là căn cứ để chi bộ xem xét; việc đề nghị xóa tên do chi bộ quyết định.'
        ],
        recipients: ['Các chi bộ có đảng viên trong danh sách', 'Ủy ban Kiểm tra Đảng ủy']
      }),
    now
  )
}

// Danh sách đảng viên vắng sinh hoạt không lý do đến ngưỡng (Điều lệ Đảng Điều 8.2): grounds for a
// cell's proposal to remove a member. Rows from domain/reports/absenceList.ts.
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { ABSENCE_RULE } from '@renderer/domain/meetings/absences'
import type { AbsenceRow } from '@renderer/domain/reports/absenceList'
import type { CellGroup } from '@renderer/domain/reviews/reportRows'
import { addPartyDocumentSheet, newWorkbook, type DocColumn } from '../partyDocument'
import { byCell, countOf, personGroupRows } from './groupedRows'

const COLUMNS: DocColumn[] = [
  { key: 'stt', header: 'STT', width: 5, kind: 'stt' },
  { key: 'name', header: 'Họ và tên', width: 26, kind: 'text' },
  { key: 'birth', header: 'Ngày sinh', width: 12, kind: 'date' },
  { key: 'cell', header: 'Chi bộ', width: 24, kind: 'text' },
  { key: 'months', header: 'Số tháng vắng không lý do', width: 11, kind: 'number' },
  { key: 'meetings', header: 'Số buổi vắng không lý do', width: 11, kind: 'number' },
  { key: 'which', header: 'Các tháng vắng', width: 16, kind: 'text' },
  { key: 'note', header: 'Ghi chú', width: 16, kind: 'text' }
]

export interface AbsenceListScope {
  year: number
  threshold: number
  cellName: string | null
}

export function buildAbsenceListWorkbook(
  settings: OrganizationSettings,
  groups: readonly CellGroup<AbsenceRow>[],
  scope: AbsenceListScope,
  now: Date = new Date()
): ExcelJS.Workbook {
  const wb = newWorkbook(now)
  const n = countOf(groups)
  const rows = personGroupRows(byCell(groups), (r, g) => ({
    name: r.fullName,
    birth: r.birthDate,
    cell: g.name,
    months: r.monthCount,
    meetings: r.unexcusedMeetings,
    which: r.months
  }))
  addPartyDocumentSheet(wb, settings, {
    sheetName: 'Vắng không lý do',
    title: `Danh sách đảng viên bỏ sinh hoạt đảng không có lý do chính đáng năm ${scope.year}`,
    subtitle: `${scope.cellName ?? 'Toàn Đảng bộ'}: ${n} đồng chí vắng từ ${scope.threshold} tháng trở lên`,
    orientation: 'portrait',
    columns: COLUMNS,
    rows,
    notes: [
      `Căn cứ: ${ABSENCE_RULE}. Tháng có nhiều buổi vắng chỉ tính một tháng.`,
      'Danh sách là căn cứ để chi bộ xem xét; việc đề nghị xóa tên do chi bộ quyết định.'
    ],
    recipients: ['Các chi bộ có đảng viên trong danh sách', 'Ủy ban Kiểm tra Đảng ủy']
  })
  return wb
}

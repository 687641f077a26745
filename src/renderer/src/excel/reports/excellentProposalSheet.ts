// Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm N đề nghị khen thưởng: this year's members with
// date of birth, position and the proposed form of award (rows from domain/reports/excellentProposals.ts).
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { provisionalNote } from '@renderer/domain/reviews/resultStage'
import type { ExcellentProposals } from '@renderer/domain/reports/excellentProposals'
import { addPartyDocumentSheet, newWorkbook, type DocColumn } from '../partyDocument'
import { byCell, personGroupRows } from './groupedRows'

const COLUMNS: DocColumn[] = [
  { key: 'stt', header: 'STT', width: 5, kind: 'stt' },
  { key: 'name', header: 'Họ và tên', width: 24, kind: 'text' },
  { key: 'birth', header: 'Ngày sinh', width: 12, kind: 'date' },
  { key: 'position', header: 'Chức vụ, nghề nghiệp', width: 22, kind: 'text' },
  { key: 'cell', header: 'Chi bộ', width: 20, kind: 'text' },
  { key: 'form', header: 'Hình thức khen thưởng đề nghị', width: 20, kind: 'text' },
  { key: 'note', header: 'Ghi chú', width: 26, kind: 'text' }
]

export function buildExcellentProposalWorkbook(
  settings: OrganizationSettings,
  year: number,
  proposals: ExcellentProposals,
  cellName: string | null,
  now: Date = new Date()
): ExcelJS.Workbook {
  const wb = newWorkbook(now)
  const rows = personGroupRows(byCell(proposals.groups), (r, g) => ({
    name: r.fullName,
    birth: r.birthDate,
    position: r.position,
    cell: g.name,
    form: r.awardForm,
    note: r.note
  }))
  const stage = provisionalNote(proposals.stage)
  addPartyDocumentSheet(wb, settings, {
    sheetName: 'Đề nghị khen thưởng HTXSNV',
    title: `Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm ${year} đề nghị khen thưởng`,
    subtitle: `${cellName ?? 'Toàn Đảng bộ'}: ${proposals.total} đồng chí`,
    provisional: stage || undefined,
    orientation: 'landscape',
    columns: COLUMNS,
    rows,
    notes: [
      'Đảng viên được cấp có thẩm quyền xếp loại hoàn thành xuất sắc nhiệm vụ trong năm; đảng viên hoàn thành xuất sắc nhiều năm liền có ghi chú để đề nghị cấp trên khen thưởng.'
    ],
    recipients: ['Ban Thường vụ Đảng ủy (để xét khen thưởng)', 'Các chi bộ trực thuộc']
  })
  return wb
}

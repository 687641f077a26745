// Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm N đề nghị khen thưởng: this year's members with
// date of birth, position and the proposed form of award (rows from domain/reports/excellentProposals.ts).
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { provisionalNote } from '@renderer/domain/reviews/resultStage'
import type { ExcellentProposals } from '@renderer/domain/reports/excellentProposals'
import { workbookWith, type DocColumn } from '../partyDocument'
import { column, personColumns, personValues } from './columns'
import { addPersonListSheet, byCell } from './groupedRows'

const COLUMNS: DocColumn[] = [
  ...personColumns(),
  column('position', 22, 'Chức vụ, nghề nghiệp'),
  column('cell', 26),
  { key: 'form', header: 'Hình thức khen thưởng đề nghị', width: 20, kind: 'text' },
  column('note', 20)
]

export function buildExcellentProposalWorkbook(
  settings: OrganizationSettings,
  year: number,
  proposals: ExcellentProposals,
  cellName: string | null,
  now: Date = new Date()
): ExcelJS.Workbook {
  return workbookWith(
    (wb) =>
      addPersonListSheet(wb, settings, {
        sheetName: 'Đề nghị khen thưởng HTXSNV',
        title: `Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm ${year} đề nghị khen thưởng`,
        subtitle: `${cellName ?? 'Toàn Đảng bộ'}: ${proposals.total} đồng chí`,
        provisional: provisionalNote(proposals.stage) || undefined,
        orientation: 'landscape',
        columns: COLUMNS,
        groups: byCell(proposals.groups),
        values: (r, g) => ({
          ...personValues(r, g.name),
          position: r.position,
          form: r.awardForm
        }),
        notes: [
          'Đảng viên được cấp có thẩm quyền xếp loại hoàn thành xuất sắc nhiệm vụ trong năm; đảng viên hoàn thành xuất sắc nhiều năm liền có ghi chú để đề nghị cấp trên khen thưởng.'
        ],
        recipients: ['Ban Thường vụ Đảng ủy (để xét khen thưởng)', 'Các chi bộ trực thuộc']
      }),
    now
  )
}

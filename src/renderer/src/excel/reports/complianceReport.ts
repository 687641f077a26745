// "Theo dõi sinh hoạt chi bộ" for a year: the cell × month grid and the cell × quarter grid
// (Điều lệ Điều 24; Nghị quyết 22-NQ/TW; HD 42-HD/BTCTW 2025), one sheet each, as Party documents.
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import {
  COMPLIANCE_RULES,
  MONTH_MARK_LEGEND,
  monthMark,
  quarterMark,
  roman,
  type CellCompliance
} from '@renderer/domain/meetings/compliance'
import { addPartyDocumentSheet, workbookWith, type DocColumn, type DocRow } from '../partyDocument'
import { column } from './columns'

export interface ComplianceReportInput {
  year: number
  grid: readonly CellCompliance[]
  /** The date the grid was computed for ("today"); months after it are not yet due. */
  asOf: string
  thematicPerQuarter: number
}

export function buildComplianceWorkbook(
  settings: OrganizationSettings,
  input: ComplianceReportInput,
  now: Date = new Date()
): ExcelJS.Workbook {
  return workbookWith((wb) => {
    addMonthSheet(wb, settings, input)
    addQuarterSheet(wb, settings, input)
  }, now)
}

function addMonthSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  input: ComplianceReportInput
): void {
  const columns: DocColumn[] = [
    column('stt'),
    column('cell'),
    ...Array.from({ length: 12 }, (_, i): DocColumn => ({
      key: `m${i + 1}`,
      header: `T${i + 1}`,
      group: `Tháng (năm ${input.year})`,
      width: 7,
      kind: 'number',
      align: 'center'
    })),
    { key: 'missed', header: 'Số tháng không sinh hoạt', width: 11, kind: 'number' },
    { key: 'short', header: 'Số tháng chưa đủ thời gian', width: 11, kind: 'number' }
  ]
  const rows: DocRow[] = input.grid.map((c) => ({
    values: {
      cell: c.cellName,
      // "0" (no meeting at all) is a count: a typed number; the other marks are symbols.
      ...Object.fromEntries(c.months.map((m) => [`m${m.month}`, monthMark(m) === '0' ? 0 : monthMark(m)])),
      missed: c.missedMonths.length,
      short: c.tooShortMonths.length
    }
  }))
  rows.push({
    kind: 'total',
    label: 'Tổng cộng',
    values: {
      missed: sum(input.grid.map((c) => c.missedMonths.length)),
      short: sum(input.grid.map((c) => c.tooShortMonths.length))
    }
  })
  addPartyDocumentSheet(wb, settings, {
    sheetName: `Theo tháng ${input.year}`,
    documentKind: 'Báo cáo',
    title: `Theo dõi sinh hoạt chi bộ theo tháng năm ${input.year}`,
    subtitle: `(Số liệu tính đến ngày ${formatDate(input.asOf)})`,
    date: input.asOf,
    orientation: 'landscape',
    recipientGroup: 'meetings',
    columns,
    rows,
    notes: [
      `Ký hiệu: ${MONTH_MARK_LEGEND}`,
      `Căn cứ: ${COMPLIANCE_RULES.monthly}; ${COMPLIANCE_RULES.duration}.`
    ]
  })
}

function addQuarterSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  input: ComplianceReportInput
): void {
  const columns: DocColumn[] = [
    column('stt'),
    column('cell', 32),
    ...[1, 2, 3, 4].map((q): DocColumn => ({
      key: `q${q}`,
      header: `Quý ${roman(q)}`,
      group: 'Số buổi sinh hoạt chuyên đề',
      width: 10,
      kind: 'number',
      align: 'center'
    })),
    { key: 'missed', header: 'Số quý chưa đạt', width: 11, kind: 'number' }
  ]
  const rows: DocRow[] = input.grid.map((c) => ({
    values: {
      cell: c.cellName,
      // Counts are typed numbers ("2"); "–" (not required) stays a symbol.
      ...Object.fromEntries(c.quarters.map((q) => [`q${q.quarter}`, quarterMark(q)])),
      missed: c.missedQuarters.length
    }
  }))
  rows.push({
    kind: 'total',
    label: 'Tổng cộng',
    values: { missed: sum(input.grid.map((c) => c.missedQuarters.length)) }
  })
  addPartyDocumentSheet(wb, settings, {
    sheetName: `Theo quý ${input.year}`,
    documentKind: 'Báo cáo',
    title: `Theo dõi sinh hoạt chuyên đề theo quý năm ${input.year}`,
    subtitle: `Yêu cầu ít nhất ${input.thematicPerQuarter} buổi chuyên đề mỗi quý (số liệu tính đến ngày ${formatDate(input.asOf)})`,
    date: input.asOf,
    recipientGroup: 'meetings',
    columns,
    rows,
    notes: [
      'Ký hiệu: số buổi chuyên đề trong quý (kể cả buổi thường kỳ kết hợp chuyên đề); 0: không sinh hoạt chuyên đề; –: chi bộ chưa thành lập hoặc đã giải thể; để trống: chưa hết quý.',
      `Căn cứ: ${COMPLIANCE_RULES.thematic}.`
    ]
  })
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

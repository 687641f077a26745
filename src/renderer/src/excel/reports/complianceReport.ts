// "Theo dõi sinh hoạt chi bộ" for a year: the cell × month grid and the cell × quarter grid
// (Điều lệ Điều 24; Nghị quyết 22-NQ/TW; HD 42-HD/BTCTW 2025), one sheet each, as Party documents.
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import {
  complianceRules,
  MONTH_MARK_LEGEND,
  monthMark,
  quarterMark,
  roman,
  type CellCompliance,
  type ComplianceSources
} from '@renderer/domain/meetings/compliance'
import { addPartyDocumentSheet, workbookWith, type DocColumn, type DocRow } from '../partyDocument'
import { column } from './columns'

export interface ComplianceReportInput {
  year: number
  grid: readonly CellCompliance[]
  /** The date the grid was computed for ("today"); months after it are not yet due. */
  asOf: string
  thematicPerQuarter: number
  /** The year's rules profile's sources: the "Căn cứ" of each sheet. */
  sources: ComplianceSources
}

export function buildComplianceWorkbook(
  settings: OrganizationSettings,
  input: ComplianceReportInput,
  now: Date = new Date()
): ExcelJS.Workbook {
  return workbookWith((wb) => {
    for (const sheet of [monthSheet(input), quarterSheet(input)]) addGridSheet(wb, settings, input, sheet)
  }, now)
}

/** One of the two grids: a row per cell, its period marks, then counts totalled under the table. */
interface GridSheet {
  sheetName: string
  title: string
  subtitle: string
  orientation?: 'landscape'
  cellWidth?: number
  /** The month or quarter columns, and a cell's marks in them. */
  periods: DocColumn[]
  marks: (c: CellCompliance) => Record<string, unknown>
  /** Counted columns, totalled in the last row. */
  counts: { key: string; header: string; of: (c: CellCompliance) => number }[]
  notes: string[]
}

function addGridSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  input: ComplianceReportInput,
  sheet: GridSheet
): void {
  const rows: DocRow[] = input.grid.map((c) => ({
    values: {
      cell: c.cellName,
      ...sheet.marks(c),
      ...Object.fromEntries(sheet.counts.map((k) => [k.key, k.of(c)]))
    }
  }))
  rows.push({
    kind: 'total',
    label: 'Tổng cộng',
    values: Object.fromEntries(sheet.counts.map((k) => [k.key, sum(input.grid.map(k.of))]))
  })
  addPartyDocumentSheet(wb, settings, {
    sheetName: sheet.sheetName,
    documentKind: 'Báo cáo',
    title: sheet.title,
    subtitle: sheet.subtitle,
    date: input.asOf,
    orientation: sheet.orientation,
    recipientGroup: 'meetings',
    columns: [
      column('stt'),
      column('cell', sheet.cellWidth),
      ...sheet.periods,
      ...sheet.counts.map((k): DocColumn => ({ key: k.key, header: k.header, width: 11, kind: 'number' }))
    ],
    rows,
    notes: sheet.notes
  })
}

function monthSheet(input: ComplianceReportInput): GridSheet {
  const rules = complianceRules(input.sources)
  return {
    sheetName: `Theo tháng ${input.year}`,
    title: `Theo dõi sinh hoạt chi bộ theo tháng năm ${input.year}`,
    subtitle: `(Số liệu tính đến ngày ${formatDate(input.asOf)})`,
    orientation: 'landscape',
    periods: Array.from({ length: 12 }, (_, i): DocColumn => ({
      key: `m${i + 1}`,
      header: `T${i + 1}`,
      group: `Tháng (năm ${input.year})`,
      width: 7,
      kind: 'number',
      align: 'center'
    })),
    // "0" (no meeting at all) is a count: a typed number; the other marks are symbols.
    marks: (c) =>
      Object.fromEntries(c.months.map((m) => [`m${m.month}`, monthMark(m) === '0' ? 0 : monthMark(m)])),
    counts: [
      { key: 'missed', header: 'Số tháng không sinh hoạt', of: (c) => c.missedMonths.length },
      { key: 'short', header: 'Số tháng chưa đủ thời gian', of: (c) => c.tooShortMonths.length }
    ],
    notes: [`Ký hiệu: ${MONTH_MARK_LEGEND}`, `Căn cứ: ${rules.monthly}; ${rules.duration}.`]
  }
}

function quarterSheet(input: ComplianceReportInput): GridSheet {
  const rules = complianceRules(input.sources)
  return {
    sheetName: `Theo quý ${input.year}`,
    title: `Theo dõi sinh hoạt chuyên đề theo quý năm ${input.year}`,
    subtitle: `Yêu cầu ít nhất ${input.thematicPerQuarter} buổi chuyên đề mỗi quý (số liệu tính đến ngày ${formatDate(input.asOf)})`,
    cellWidth: 32,
    periods: [1, 2, 3, 4].map((q): DocColumn => ({
      key: `q${q}`,
      header: `Quý ${roman(q)}`,
      group: 'Số buổi sinh hoạt chuyên đề',
      width: 10,
      kind: 'number',
      align: 'center'
    })),
    // Counts are typed numbers ("2"); "–" (not required) stays a symbol.
    marks: (c) => Object.fromEntries(c.quarters.map((q) => [`q${q.quarter}`, quarterMark(q)])),
    counts: [{ key: 'missed', header: 'Số quý chưa đạt', of: (c) => c.missedQuarters.length }],
    notes: [
      'Ký hiệu: số buổi chuyên đề trong quý (kể cả buổi thường kỳ kết hợp chuyên đề); 0: không sinh hoạt chuyên đề; –: chi bộ chưa thành lập hoặc đã giải thể; để trống: chưa hết quý hoặc chưa theo dõi (trước ngày bắt đầu theo dõi chi bộ).',
      `Căn cứ: ${rules.thematic}.`
    ]
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

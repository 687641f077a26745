// "Lưu các dòng không nhập": the rows an import left out, with the file's own columns and the
// reason per row, so the clerk can send them back to the cell or fix them and import again. Values
// keep their types (dates stay dates, numbers numbers); a plain working sheet, not a Party document.
import type ExcelJS from 'exceljs'
import { newWorkbook } from '../workbookIo'
import { FONT_NAME } from '../styles'
import type { RawCell } from './grid'

export interface SkippedRow {
  /** The row's number in the original sheet. */
  rowNumber: number
  values: RawCell[]
  reason: string
}

export const SKIPPED_SHEET_NAME = 'Dòng không nhập'

export function skippedRowsWorkbook(
  headers: readonly string[],
  rows: readonly SkippedRow[],
  now: Date = new Date()
): ExcelJS.Workbook {
  const wb = newWorkbook(now)
  const ws: ExcelJS.Worksheet = wb.addWorksheet(SKIPPED_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  })
  const titles = ['Dòng trong tệp gốc', ...headers.map((h, i) => h || `Cột ${i + 1}`), 'Lý do không nhập']
  const head = ws.addRow(titles)
  head.font = { name: FONT_NAME, size: 12, bold: true }
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  for (const r of rows) {
    const row = ws.addRow([r.rowNumber, ...headers.map((_, i) => r.values[i] ?? null), r.reason])
    row.font = { name: FONT_NAME, size: 12 }
    row.alignment = { vertical: 'top', wrapText: true }
    headers.forEach((_, i) => {
      if (r.values[i] instanceof Date) row.getCell(i + 2).numFmt = 'dd/mm/yyyy'
    })
  }
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 10 : i === titles.length - 1 ? 60 : 20
  })
  ws.getColumn(titles.length).font = { name: FONT_NAME, size: 12, color: { argb: 'FFB91C1C' } }
  head.getCell(titles.length).font = { name: FONT_NAME, size: 12, bold: true }
  return wb
}

// One way to hand a finished workbook to the clerk: turn it into bytes and save it through `platform`
// (a save dialog on the desktop, a download in the browser).
import type ExcelJS from 'exceljs'
import { workbookToBytes } from '@renderer/excel/workbookIo'
import { platform } from '@renderer/platform'

export const XLSX_FILTER = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]

/** The saved file's name, or null when the clerk cancelled. */
export async function saveWorkbook(wb: ExcelJS.Workbook, suggestedName: string): Promise<string | null> {
  const bytes = await workbookToBytes(wb)
  return (await platform.saveFile(bytes, suggestedName, XLSX_FILTER))?.fileName ?? null
}

/** "01-12-2026" from "2026-12-01": the date part of an exported file's name. */
export function fileDateStamp(isoDate: string): string {
  return isoDate.split('-').reverse().join('-')
}

// One way to hand a finished workbook to the clerk: turn it into bytes and save it through `platform`
// (a save dialog on the desktop, a download in the browser).
import type ExcelJS from 'exceljs'
import { workbookToBytes } from '@renderer/excel/workbookIo'
import { platform } from '@renderer/platform'

export const XLSX_FILTER = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]

/** The saved file's name, or null when the clerk cancelled. */
export async function saveWorkbook(wb: ExcelJS.Workbook, suggestedName: string): Promise<string | null> {
  return saveXlsx(await workbookToBytes(wb), suggestedName)
}

/** The same for a workbook a builder already turned into bytes. */
export async function saveXlsx(bytes: Uint8Array, suggestedName: string): Promise<string | null> {
  return (await platform.saveFile(bytes, suggestedName, XLSX_FILTER))?.fileName ?? null
}

/** "01-12-2026" from "2026-12-01": the date part of an exported file's name. */
export function fileDateStamp(isoDate: string): string {
  return isoDate.split('-').reverse().join('-')
}

/** What an export says: the saved file's name, nothing when the clerk cancelled the save. */
export const savedMessage = (fileName: string | null): string | null =>
  fileName ? `Đã lưu ${fileName}.` : null

export const EXPORT_FAILED = 'Không xuất được tệp Excel'

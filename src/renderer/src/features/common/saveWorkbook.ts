// One way to hand a finished file to the clerk: save it through `platform` (a save dialog on the
// desktop, a download in the browser) and, once saved, write it to the audit log. Every file the app
// saves holds ward data, most of it personal (Luật 91/2025/QH15), so the note is not optional.
import type ExcelJS from 'exceljs'
import { workbookToBytes } from '@renderer/excel/workbookIo'
import { platform, type FileFilter } from '@renderer/platform'
import { logExport } from './exportLog'

export const XLSX_FILTER: FileFilter[] = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]

/** What the audit log says of a saved file: "Xuất <what> ra tệp <file><detail>". */
export interface ExportNote {
  /** The table the data comes from (its Vietnamese name shows in the log). */
  entity: string
  /** What the file holds, e.g. "danh sách đảng viên vắng sinh hoạt năm 2026". */
  what: string
  /** Said after the file's name, e.g. " — mục đích: Báo cáo cấp trên". */
  detail?: string
}

/** The saved file's name, or null when the clerk cancelled (nothing is logged then). */
export async function saveExport(
  bytes: Uint8Array,
  suggestedName: string,
  note: ExportNote,
  filters: FileFilter[] = XLSX_FILTER
): Promise<string | null> {
  const saved = (await platform.saveFile(bytes, suggestedName, filters))?.fileName ?? null
  if (saved) await logExport(note.entity, `Xuất ${note.what} ra tệp ${saved}${note.detail ?? ''}`)
  return saved
}

/** The same for a workbook not yet turned into bytes. */
export async function saveWorkbook(
  wb: ExcelJS.Workbook,
  suggestedName: string,
  note: ExportNote
): Promise<string | null> {
  return saveExport(await workbookToBytes(wb), suggestedName, note)
}

/** "01-12-2026" from "2026-12-01": the date part of an exported file's name. */
export function fileDateStamp(isoDate: string): string {
  return isoDate.split('-').reverse().join('-')
}

/** What an export says: the saved file's name, nothing when the clerk cancelled the save. */
export const savedMessage = (fileName: string | null): string | null =>
  fileName ? `Đã lưu ${fileName}.` : null

export const EXPORT_FAILED = 'Không xuất được tệp Excel'

// Creating a workbook and turning it into bytes (the bytes go to `platform` to be saved).
import ExcelJS from 'exceljs'

/** A new workbook signed "Sổ Chi bộ". `now` is injectable for tests. */
export function newWorkbook(now: Date = new Date()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Sổ Chi bộ'
  wb.lastModifiedBy = 'Sổ Chi bộ'
  wb.created = now
  wb.modified = now
  return wb
}

/** The xlsx file as bytes, in Node (a Buffer) and in the browser (an ArrayBuffer) alike. */
export async function workbookToBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // exceljs types this as its own `Buffer` (an ArrayBuffer); at run time it is a Uint8Array subclass.
  const buffer: unknown = await wb.xlsx.writeBuffer()
  return buffer instanceof Uint8Array
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer as ArrayBuffer)
}

import type { Download } from '@playwright/test'
import ExcelJS from 'exceljs'
import { readFile, writeFile } from 'node:fs/promises'

/** Reads a spreadsheet back: a download, a file on disk, or bytes. */
export async function readWorkbook(source: Download | string | Buffer): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.isBuffer(source)
    ? source
    : await readFile(typeof source === 'string' ? source : await source.path())
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return workbook
}

/** Writes a one-sheet spreadsheet filled by `fill` (as a ward's own file would be) and returns its path. */
export async function writeSheet(
  path: string,
  sheetName: string,
  fill: (ws: ExcelJS.Worksheet) => void
): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  fill(workbook.addWorksheet(sheetName))
  await writeFile(path, new Uint8Array(await workbook.xlsx.writeBuffer()))
  return path
}

/** Texts of every non-empty cell of a sheet in reading order, a merged range once. */
export function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = []
  ws.eachRow((row) =>
    row.eachCell((c) => void (c.text && (!c.isMerged || c.master === c) && out.push(c.text)))
  )
  return out
}

/** The first cell whose text matches. */
export function findCell(ws: ExcelJS.Worksheet, match: string | RegExp): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (!found && (typeof match === 'string' ? c.text === match : match.test(c.text))) found = c
    })
  )
  return found
}

/** The first row whose cell in `column` reads `text` (e.g. a cell's row in a report). */
export function rowWhere(ws: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row | undefined {
  let found: ExcelJS.Row | undefined
  ws.eachRow((row) => {
    if (!found && row.getCell(column).text === text) found = row
  })
  return found
}

// Test helpers: load the bytes a report builder produced with exceljs (as the superior's Excel
// would) and ask questions of one sheet — texts, typed values, merges, fonts, borders, print setup.
// Used by every report's test; never imported by app code.
import ExcelJS from 'exceljs'

export interface FoundCell {
  row: number
  col: number
  address: string
  cell: ExcelJS.Cell
}

export interface SheetReader {
  workbook: ExcelJS.Workbook
  ws: ExcelJS.Worksheet
  /** The cell (a merged range's slave answers with its master's value, as Excel shows it). */
  cell(address: string): ExcelJS.Cell
  cell(row: number, col: number): ExcelJS.Cell
  /** What the cell shows as plain text ('' when empty). */
  text(address: string): string
  text(row: number, col: number): string
  value(address: string): ExcelJS.CellValue
  value(row: number, col: number): ExcelJS.CellValue
  /** Merged ranges, e.g. ['A1:C1', …]. */
  merges(): string[]
  /** The merged range a cell belongs to, or undefined. */
  mergeOf(address: string): string | undefined
  /** First cell (top-to-bottom, left-to-right; merge masters only) whose text matches. */
  find(match: string | RegExp): FoundCell | undefined
  findAll(match: string | RegExp): FoundCell[]
  /** Texts of a row's non-empty cells, left to right (merge masters only). */
  rowTexts(row: number): string[]
  /** The last row holding a value. */
  lastRow(): number
}

export async function readWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  // exceljs' typings want a Node Buffer; a Uint8Array view over the same memory reads the same.
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer)
  return wb
}

/** Reads the bytes and returns a reader on one sheet (by name, 1-based position, default the first). */
export async function readSheet(
  bytes: Uint8Array | ArrayBuffer,
  sheet: string | number = 1
): Promise<SheetReader> {
  const workbook = await readWorkbook(bytes)
  const ws = typeof sheet === 'string' ? workbook.getWorksheet(sheet) : workbook.worksheets[sheet - 1]
  if (!ws)
    throw new Error(
      `No sheet ${sheet} in workbook (has: ${workbook.worksheets.map((w) => w.name).join(', ')})`
    )
  return sheetReader(workbook, ws)
}

export function sheetReader(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet): SheetReader {
  const get = (a: string | number, c?: number): ExcelJS.Cell =>
    typeof a === 'string' ? ws.getCell(a) : ws.getCell(a, c!)
  const isMaster = (cell: ExcelJS.Cell): boolean => !cell.isMerged || cell.master === cell
  const matches = (text: string, m: string | RegExp): boolean =>
    typeof m === 'string' ? text === m : m.test(text)
  let mergeCache: string[] | undefined
  const merges = (): string[] => (mergeCache ??= [...ws.model.merges])

  const findAll = (m: string | RegExp): FoundCell[] => {
    const found: FoundCell[] = []
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (isMaster(cell) && matches(cell.text, m))
          found.push({ row: r, col: c, address: cell.address, cell })
      })
    )
    return found
  }

  return {
    workbook,
    ws,
    cell: get as SheetReader['cell'],
    text: ((a: string | number, c?: number) => get(a, c).text ?? '') as SheetReader['text'],
    value: ((a: string | number, c?: number) => {
      const cell = get(a, c)
      return cell.isMerged ? cell.master.value : cell.value
    }) as SheetReader['value'],
    merges,
    mergeOf(address) {
      const target = ws.getCell(address)
      return merges().find((range) => {
        const [from, to] = range.split(':').map((x) => ws.getCell(x))
        return (
          Number(target.row) >= Number(from.row) &&
          Number(target.row) <= Number(to.row) &&
          Number(target.col) >= Number(from.col) &&
          Number(target.col) <= Number(to.col)
        )
      })
    },
    find: (m) => findAll(m)[0],
    findAll,
    rowTexts(r) {
      const texts: string[] = []
      ws.getRow(r).eachCell((cell) => {
        if (isMaster(cell) && cell.text) texts.push(cell.text)
      })
      return texts
    },
    lastRow() {
      let last = 0
      ws.eachRow((row, r) => {
        let has = false
        row.eachCell((cell) => {
          if (cell.value !== null && cell.value !== undefined && cell.value !== '' && isMaster(cell))
            has = true
        })
        if (has) last = r
      })
      return last
    }
  }
}

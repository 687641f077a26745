// Spreadsheet bytes → plain grids of cell values, one per sheet. The rest of the import works on
// grids only, so .xlsx (exceljs) and legacy .xls (SheetJS, loaded on demand) read the same way.
import ExcelJS from 'exceljs'

/** A cell as the import sees it: text, number, a date (UTC midnight of the calendar day), or empty. */
export type RawCell = string | number | boolean | Date | null

/** A merged range, 0-based and inclusive. */
export interface MergeRange {
  r1: number
  c1: number
  r2: number
  c2: number
}

export interface Grid {
  sheetName: string
  /** rows[r][c], 0-based; merged ranges are filled with their top-left value. */
  rows: RawCell[][]
  merges: MergeRange[]
}

export class SpreadsheetReadError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage)
    this.name = 'SpreadsheetReadError'
  }
}

/** Which reader a file needs, from its first bytes (the extension lies more often than the bytes). */
export function spreadsheetKind(bytes: Uint8Array): 'xlsx' | 'xls' | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'xls'
  return null
}

/** Reads every sheet of an .xlsx or .xls file. Throws SpreadsheetReadError with a Vietnamese message. */
export async function readGrids(bytes: Uint8Array): Promise<Grid[]> {
  const kind = spreadsheetKind(bytes)
  if (kind === 'xlsx') return readXlsxGrids(bytes)
  if (kind === 'xls') return readXlsGrids(bytes)
  throw new SpreadsheetReadError(
    'Tệp này không phải bảng tính Excel (.xlsx hoặc .xls). Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi chọn lại.'
  )
}

export async function readXlsxGrids(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  } catch {
    throw new SpreadsheetReadError(
      'Không đọc được tệp Excel: tệp bị hỏng hoặc đang được bảo vệ bằng mật khẩu.'
    )
  }
  return wb.worksheets.map((ws) => {
    const merges = (ws.model.merges ?? []).map(parseRange).filter((m): m is MergeRange => m !== null)
    const rows: RawCell[][] = []
    const width = ws.columnCount
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r)
      const values: RawCell[] = []
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c)
        // Merge slaves are filled below from their master, not from exceljs' own view of them.
        values.push(cell.isMerged && cell.master !== cell ? null : normalizeExcelJsValue(cell.value))
      }
      rows.push(values)
    }
    return { sheetName: ws.name, rows: fillMerges(rows, merges), merges }
  })
}

/** Legacy .xls through SheetJS, imported only when such a file is opened (keeps it out of start-up). */
export async function readXlsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const XLSX = await import('@e965/xlsx')
  let wb: import('@e965/xlsx').WorkBook
  try {
    wb = XLSX.read(bytes, { type: 'array', cellDates: false, cellNF: true })
  } catch {
    throw new SpreadsheetReadError(
      'Không đọc được tệp .xls: tệp bị hỏng hoặc đang được bảo vệ bằng mật khẩu.'
    )
  }
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name]
    const ref = ws['!ref']
    const merges: MergeRange[] = (ws['!merges'] ?? []).map((m) => ({
      r1: m.s.r,
      c1: m.s.c,
      r2: m.e.r,
      c2: m.e.c
    }))
    if (!ref) return { sheetName: name, rows: [], merges }
    const range = XLSX.utils.decode_range(ref)
    const rows: RawCell[][] = []
    for (let r = 0; r <= range.e.r; r++) {
      const values: RawCell[] = []
      for (let c = 0; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as { t: string; v: unknown; z?: string } | undefined
        if (!cell || cell.v === undefined || cell.v === null) values.push(null)
        else if (cell.t === 'n' && typeof cell.v === 'number' && cell.z && XLSX.SSF.is_date(cell.z))
          values.push(excelSerialToDate(cell.v))
        else if (cell.t === 'd' && cell.v instanceof Date) values.push(cell.v)
        else if (typeof cell.v === 'string' || typeof cell.v === 'number' || typeof cell.v === 'boolean')
          values.push(typeof cell.v === 'string' ? cell.v : cell.v)
        else values.push(String(cell.v))
      }
      rows.push(values)
    }
    return { sheetName: name, rows: fillMerges(rows, merges), merges }
  })
}

/** Excel's day number (1900 system, with its phantom 29/02/1900) → UTC midnight of that day. */
export function excelSerialToDate(serial: number): Date {
  const days = Math.round(serial)
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000)
}

function normalizeExcelJsValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('')
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result
      if (
        result instanceof Date ||
        typeof result === 'string' ||
        typeof result === 'number' ||
        typeof result === 'boolean'
      )
        return result
      return null
    }
    if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? '')
    if ('error' in value) return null
  }
  return String(value)
}

function parseRange(range: string): MergeRange | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)
  if (!m) return null
  return { r1: Number(m[2]) - 1, c1: colIndex(m[1]), r2: Number(m[4]) - 1, c2: colIndex(m[3]) }
}

function colIndex(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}

function fillMerges(rows: RawCell[][], merges: MergeRange[]): RawCell[][] {
  for (const m of merges) {
    const master = rows[m.r1]?.[m.c1] ?? null
    for (let r = m.r1; r <= m.r2; r++) {
      rows[r] ??= []
      for (let c = m.c1; c <= m.c2; c++) rows[r][c] = master
    }
  }
  return rows
}

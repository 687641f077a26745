// Spreadsheet bytes → plain grids of cell values, one per sheet. The rest of the import works on
// grids only, so .xlsx (./xlsxParts, ./xlsxXml) and legacy .xls (SheetJS, loaded on demand) read the same way.
import {
  checkCellCount,
  checkCellInLimits,
  checkMerges,
  MAX_SHEET_CELLS,
  MAX_SHEET_ROWS,
  SpreadsheetReadError,
  type MergeRange
} from './limits'
import { excelSerialToDate, isExcelDay } from './excelDates'
import { openXlsx } from './xlsxParts'
import { readDateStyles, readSharedStrings, readSheetXml, type SheetContext } from './xlsxXml'

export {
  MAX_MERGES,
  MAX_SHEET_CELLS,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  SpreadsheetReadError,
  type MergeRange
} from './limits'

/** A cell as the import sees it: text, number, a date (UTC midnight of the calendar day), or empty. */
export type RawCell = string | number | boolean | Date | null

export interface Grid {
  sheetName: string
  /** rows[r][c], 0-based, up to the last real cell; merged ranges are filled with their top-left value. */
  rows: RawCell[][]
  /** Cut to the real cells. */
  merges: MergeRange[]
  /** The workbook counts days from 1904 (a plain day number in a date column must be read so). */
  date1904: boolean
  /** Hidden in Excel: a list is looked for on the visible sheets first (./sheetOrder). */
  hidden?: boolean
  /** Rows (0-based) hidden in Excel, by hand or by a filter: read, and said to be hidden. */
  hiddenRows?: number[]
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
  const corrupt = () =>
    new SpreadsheetReadError('Không đọc được tệp Excel: tệp bị hỏng hoặc đang được bảo vệ bằng mật khẩu.')
  try {
    const parts = await openXlsx(bytes)
    const ctx: SheetContext = {
      sharedStrings: readSharedStrings(parts.sharedStrings),
      dateStyles: readDateStyles(parts.styles),
      date1904: parts.date1904
    }
    const grids: Grid[] = []
    for (const sheet of parts.sheets) {
      // Only the cells that hold something: the sheet's declared size is not trusted.
      let count = 0
      const { cells, merges, hiddenRows } = readSheetXml(await sheet.xml(), ctx, (r, c) => {
        checkCellInLimits(sheet.name, r, c)
        checkCellCount(sheet.name, ++count)
      })
      // Merges are checked as ranges, never expanded before they are cut to the real cells.
      checkMerges(sheet.name, merges)
      grids.push({
        ...denseGrid(sheet.name, cells, merges, parts.date1904),
        hidden: sheet.hidden,
        ...(hiddenRows.length ? { hiddenRows } : {})
      })
    }
    return grids
  } catch (e) {
    if (e instanceof SpreadsheetReadError) throw e
    throw corrupt()
  }
}

/** Legacy .xls through SheetJS, imported only when such a file is opened (keeps it out of start-up). */
export async function readXlsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const XLSX = await import('@e965/xlsx')
  let wb: import('@e965/xlsx').WorkBook
  try {
    // sheetRows: SheetJS stops reading a sheet past the limit instead of filling it all.
    wb = XLSX.read(bytes, { type: 'array', cellDates: false, cellNF: true, sheetRows: MAX_SHEET_ROWS + 1 })
  } catch {
    throw new SpreadsheetReadError(
      'Không đọc được tệp .xls: tệp bị hỏng hoặc đang được bảo vệ bằng mật khẩu.'
    )
  }
  const date1904 = !!wb.Workbook?.WBProps?.date1904
  return wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name]
    const merges = (ws['!merges'] ?? []).map((m) => ({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c }))
    checkMerges(name, merges)
    // The real cells (keys like "B7"), not the declared '!ref'.
    const cells: { r: number; c: number; value: RawCell }[] = []
    for (const key of Object.keys(ws)) {
      if (key.startsWith('!')) continue
      const cell = ws[key] as { t: string; v: unknown; z?: string; w?: string } | undefined
      if (!cell || cell.v === undefined || cell.v === null) continue
      const { r, c } = XLSX.utils.decode_cell(key)
      checkCellInLimits(name, r, c)
      let value: RawCell
      if (cell.t === 'e') value = cell.w ?? '#N/A'
      else if (
        cell.t === 'n' &&
        typeof cell.v === 'number' &&
        cell.z &&
        XLSX.SSF.is_date(cell.z) &&
        isExcelDay(cell.v)
      )
        value = excelSerialToDate(cell.v, date1904)
      else if (cell.t === 'd' && cell.v instanceof Date && !isNaN(cell.v.getTime())) value = cell.v
      else if (typeof cell.v === 'string' || typeof cell.v === 'number' || typeof cell.v === 'boolean')
        value = cell.v
      else value = String(cell.v)
      cells.push({ r, c, value })
    }
    const hiddenRows = (ws['!rows'] ?? []).flatMap((row, r) => (row?.hidden ? [r] : []))
    // SheetJS: Hidden 0 visible, 1 hidden, 2 very hidden.
    return {
      ...denseGrid(name, cells, merges, date1904),
      hidden: !!wb.Workbook?.Sheets?.[i]?.Hidden,
      ...(hiddenRows.length ? { hiddenRows } : {})
    }
  })
}

/** Rows × columns of a grid's real cells, merges cut to them; merges filled with their top-left value. */
function denseGrid(
  sheetName: string,
  cells: readonly { r: number; c: number; value: RawCell }[],
  merges: readonly MergeRange[],
  date1904: boolean
): Grid {
  let height = 0
  let width = 0
  for (const { r, c } of cells) {
    height = Math.max(height, r + 1)
    width = Math.max(width, c + 1)
  }
  if (height * width > MAX_SHEET_CELLS)
    throw new SpreadsheetReadError(
      `Trang tính “${sheetName}” có ${height.toLocaleString('vi-VN')} dòng × ${width} cột, quá lớn để đọc. Hãy chép phần danh sách sang một tệp Excel mới rồi chọn lại.`
    )
  const rows: RawCell[][] = Array.from({ length: height }, () => new Array<RawCell>(width).fill(null))
  for (const { r, c, value } of cells) rows[r][c] = value
  const inside = merges
    .filter((m) => m.r1 < height && m.c1 < width)
    .map((m) => ({ ...m, r2: Math.min(m.r2, height - 1), c2: Math.min(m.c2, width - 1) }))
    .filter((m) => m.r2 > m.r1 || m.c2 > m.c1)
  return { sheetName, rows: fillMerges(rows, inside), merges: inside, date1904 }
}

function fillMerges(rows: RawCell[][], merges: MergeRange[]): RawCell[][] {
  for (const m of merges) {
    const master = rows[m.r1]?.[m.c1] ?? null
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) rows[r][c] = master
  }
  return rows
}

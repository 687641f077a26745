// How much of a spreadsheet the app agrees to read, and the Vietnamese message when a file asks
// for more. A file comes from outside (docs/design.md §8): its declared size and its merges are
// claims to check, since a 7 KB file can claim a million rows.

/** The largest spreadsheet file the app opens: a district's member list is a few MB. */
export const MAX_SPREADSHEET_BYTES = 30 * 1024 * 1024
/** A member list of a whole district fits many times over; a sheet past these is crafted or broken. */
export const MAX_SHEET_ROWS = 50_000
export const MAX_SHEET_COLUMNS = 200
/** Rows × columns held in memory at once (≈ 16 MB of cell slots). */
export const MAX_SHEET_CELLS = 2_000_000
export const MAX_MERGES = 5_000

/** A merged range, 0-based and inclusive. */
export interface MergeRange {
  r1: number
  c1: number
  r2: number
  c2: number
}

export class SpreadsheetReadError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage)
    this.name = 'SpreadsheetReadError'
  }
}

const ADVICE =
  'Tệp có thể bị hỏng hoặc không phải danh sách: hãy chép phần danh sách sang một tệp Excel mới rồi chọn lại.'
const LIMIT = `${MAX_SHEET_ROWS.toLocaleString('vi-VN')} dòng × ${MAX_SHEET_COLUMNS} cột mà ứng dụng đọc`

export function columnLetters(col: number): string {
  let n = col + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

function columnIndex(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}

const inLimits = (r: number, c: number) => r < MAX_SHEET_ROWS && c < MAX_SHEET_COLUMNS

/** A cell holding a value (0-based) outside the limits refuses the file. */
export function checkCellInLimits(sheetName: string, r: number, c: number): void {
  if (!inLimits(r, c))
    throw new SpreadsheetReadError(
      `Trang tính “${sheetName}” có dữ liệu ở ô ${columnLetters(c)}${r + 1}, ngoài giới hạn ${LIMIT}. ${ADVICE}`
    )
}

/** More cells holding a value than a grid may hold refuses the file before the rest is read. */
export function checkCellCount(sheetName: string, count: number): void {
  if (count > MAX_SHEET_CELLS)
    throw new SpreadsheetReadError(
      `Trang tính “${sheetName}” có hơn ${MAX_SHEET_CELLS.toLocaleString('vi-VN')} ô có dữ liệu, quá lớn để đọc. ${ADVICE}`
    )
}

/** "K3:AJ400000" → 0-based range; a single cell "B2" is a range of one. */
export function parseRange(ref: string): MergeRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim().toUpperCase())
  if (!m) return null
  const [r1, c1] = [Number(m[2]) - 1, columnIndex(m[1])]
  const [r2, c2] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [r1, c1]
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) }
}

const refOf = (m: MergeRange) => `${columnLetters(m.c1)}${m.r1 + 1}:${columnLetters(m.c2)}${m.r2 + 1}`

/** Too many merges, or one reaching past the limits, refuses the file. */
export function checkMerges(sheetName: string, merges: readonly MergeRange[]): void {
  if (merges.length > MAX_MERGES)
    throw new SpreadsheetReadError(
      `Trang tính “${sheetName}” có hơn ${MAX_MERGES.toLocaleString('vi-VN')} vùng gộp ô. ${ADVICE}`
    )
  const outside = merges.find((m) => !inLimits(m.r2, m.c2))
  if (outside)
    throw new SpreadsheetReadError(
      `Trang tính “${sheetName}” có vùng gộp ô ${refOf(outside)}, ngoài giới hạn ${LIMIT}. ${ADVICE}`
    )
}

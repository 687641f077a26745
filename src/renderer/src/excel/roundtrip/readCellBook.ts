// A returned cell's book → its identity and the values the secretary left in the input cells, read
// with the importer's own grid reader (excel/import/grid.ts). Nothing is judged here:
// domain/roundtrip/plan.ts decides what the values mean.
import {
  hasReasonSheet,
  type BookIdentity,
  type ReadOutcome,
  type ReturnedBook,
  type ReturnedReasonRow,
  type SheetValue
} from '@renderer/domain/roundtrip'
import { readXlsxGrids, spreadsheetKind, SpreadsheetReadError, type Grid } from '../import/grid'
import {
  FIRST_MARK_COL,
  IDENTITY_KEYS,
  IDENTITY_SHEET,
  LATER_IDENTITY_KEYS,
  RATING,
  REASONS,
  REGISTER,
  colOf,
  type TableSheet
} from './layout'

const NOT_A_BOOK =
  'Tệp không phải sổ chi bộ do Sổ Chi bộ tạo (thiếu phần nhận dạng). Hãy dùng đúng tệp Văn phòng đã gửi.'

export async function readCellBook(bytes: Uint8Array, fileName: string): Promise<ReadOutcome> {
  if (spreadsheetKind(bytes) !== 'xlsx')
    return { fileName, problem: { kind: 'unreadable', message: 'Tệp không phải bảng tính .xlsx.' } }
  let grids: Grid[]
  try {
    grids = await readXlsxGrids(bytes)
  } catch (e) {
    const message = e instanceof SpreadsheetReadError ? e.userMessage : 'Không đọc được tệp Excel.'
    return { fileName, problem: { kind: 'unreadable', message } }
  }
  const sheet = (name: string) => grids.find((g) => g.sheetName === name)
  const idGrid = sheet(IDENTITY_SHEET)
  const identity = idGrid ? identityOf(idGrid) : null
  if (!identity) return { fileName, problem: { kind: 'notABook', message: NOT_A_BOOK } }
  const register = sheet(REGISTER.name)
  if (!register)
    return {
      fileName,
      problem: {
        kind: 'notABook',
        message: `Tệp thiếu trang “${REGISTER.name}” (trang bị xóa hay đổi tên).`
      }
    }
  const missing = (name: string): ReadOutcome => ({
    fileName,
    problem: { kind: 'notABook', message: `Tệp thiếu trang “${name}” (trang bị xóa hay đổi tên).` }
  })
  const reasons = sheet(REASONS.name)
  if (hasReasonSheet(identity) && !reasons) return missing(REASONS.name)
  const rating = sheet(RATING.name)
  if (identity.ratingRoll.length && !rating) return missing(RATING.name)
  const book = readBody(fileName, identity, register, rating)
  book.reasons = hasReasonSheet(identity) && reasons ? reasonRows(reasons) : null
  return book
}

/** Every row under the header of "Lý do vắng" with a value (the signature box aside), wherever it stands. */
function reasonRows(grid: Grid): ReturnedReasonRow[] {
  const col = (key: (typeof REASONS.columns)[number]['key']) => colOf(REASONS.columns, key) - 1
  return rowsBelow(grid, REASONS, 0).map((r) => {
    const values = grid.rows[r - 1]
    const at = (key: 'date' | 'name' | 'reason'): SheetValue => values[col(key)] ?? null
    return { rowNumber: r, date: at('date'), name: at('name'), reason: at('reason') }
  })
}

function identityOf(grid: Grid): BookIdentity | null {
  const out: Record<string, unknown> = {}
  for (const row of grid.rows) {
    const key = row[0]
    if (typeof key !== 'string' || typeof row[1] !== 'string') continue
    try {
      out[key] = JSON.parse(row[1])
    } catch {
      return null
    }
  }
  if (!IDENTITY_KEYS.every((k) => k in out || LATER_IDENTITY_KEYS.includes(k))) return null
  const lists = ['roll', 'apart', 'meetingIds', 'ratingRoll', 'notRated', 'meetingKeys'] as const
  const isList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string')
  if (!lists.every((k) => isList(out[k]) || (LATER_IDENTITY_KEYS.includes(k) && !(k in out)))) return null
  if (typeof out.registerRows !== 'number') return null
  return out as unknown as BookIdentity
}

function readBody(
  fileName: string,
  identity: BookIdentity,
  register: Grid,
  rating: Grid | undefined
): ReturnedBook {
  const at = (grid: Grid, row: number, col: number): SheetValue => grid.rows[row - 1]?.[col - 1] ?? null
  const text = (v: SheetValue) => (v === null ? '' : String(v))
  const reg = (key: (typeof REGISTER.columns)[number]['key']) => colOf(REGISTER.columns, key)
  const book: ReturnedBook = {
    fileName,
    identity,
    markHeaders: identity.roll.map((_, i) => text(at(register, REGISTER.headerRow, FIRST_MARK_COL + i))),
    register: [],
    rating: [],
    registerBelow: [],
    ratingBelow: [],
    reasons: null
  }
  book.registerBelow = rowsBelow(register, REGISTER, identity.registerRows)
  for (let i = 0; i < identity.registerRows; i++) {
    const r = REGISTER.headerRow + 1 + i
    book.register.push({
      rowNumber: r,
      stt: at(register, r, reg('stt')),
      date: at(register, r, reg('date')),
      type: at(register, r, reg('type')),
      topic: at(register, r, reg('topic')),
      chair: at(register, r, reg('chair')),
      start: at(register, r, reg('start')),
      end: at(register, r, reg('end')),
      marks: identity.roll.map((_, j) => at(register, r, FIRST_MARK_COL + j))
    })
  }
  if (rating) {
    const col = (key: (typeof RATING.columns)[number]['key']) => colOf(RATING.columns, key)
    const ratingRow = (r: number) => ({
      rowNumber: r,
      stt: at(rating, r, col('stt')),
      name: at(rating, r, col('name')),
      score: at(rating, r, col('score')),
      selfRating: at(rating, r, col('selfRating')),
      cellProposal: at(rating, r, col('cellProposal'))
    })
    identity.ratingRoll.forEach((_, i) => book.rating.push(ratingRow(RATING.headerRow + 1 + i)))
    book.ratingBelow = rowsBelow(rating, RATING, identity.ratingRoll.length).map(ratingRow)
  }
  return book
}

/**
 * The rows (1-based) under a sheet's table of `bodyRows` rows with any value in them but the signature
 * box the book itself puts there. The grid holds values only, so a row merely formatted (a border, a
 * fill) is not one.
 */
function rowsBelow(grid: Grid, sheet: TableSheet, bodyRows: number): number[] {
  // Line breaks compared as spaces: how a reader returns the box's "\n" is not the point.
  const flat = (v: unknown) => String(v).replace(/\s+/g, ' ').trim()
  const sign = flat(sheet.signText)
  const out: number[] = []
  for (let i = sheet.headerRow + bodyRows; i < grid.rows.length; i++)
    if (grid.rows[i].some((v) => v !== null && flat(v) !== '' && flat(v) !== sign)) out.push(i + 1)
  return out
}

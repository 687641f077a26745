// A returned cell's book → its identity and the values the secretary left in the input cells, read
// with the importer's own grid reader (excel/import/grid.ts). Nothing is judged here:
// domain/roundtrip/plan.ts decides what the values mean.
import type { BookIdentity, ReadOutcome, ReturnedBook, SheetValue } from '@renderer/domain/roundtrip'
import { readXlsxGrids, spreadsheetKind, SpreadsheetReadError, type Grid } from '../import/grid'
import {
  FIRST_MARK_COL,
  IDENTITY_KEYS,
  IDENTITY_SHEET,
  LATER_IDENTITY_KEYS,
  RATING_COLUMNS,
  RATING_HEADER_ROW,
  RATING_SHEET,
  RATING_SIGN_TEXT,
  REGISTER_COLUMNS,
  REGISTER_HEADER_ROW,
  REGISTER_SHEET,
  REGISTER_SIGN_TEXT,
  colOf
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
  const register = sheet(REGISTER_SHEET)
  if (!register)
    return {
      fileName,
      problem: {
        kind: 'notABook',
        message: `Tệp thiếu trang “${REGISTER_SHEET}” (trang bị xóa hay đổi tên).`
      }
    }
  const rating = sheet(RATING_SHEET)
  if (identity.ratingRoll.length && !rating)
    return {
      fileName,
      problem: { kind: 'notABook', message: `Tệp thiếu trang “${RATING_SHEET}” (trang bị xóa hay đổi tên).` }
    }
  return readBody(fileName, identity, register, rating)
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
  const reg = (key: (typeof REGISTER_COLUMNS)[number]['key']) => colOf(REGISTER_COLUMNS, key)
  const book: ReturnedBook = {
    fileName,
    identity,
    markHeaders: identity.roll.map((_, i) => text(at(register, REGISTER_HEADER_ROW, FIRST_MARK_COL + i))),
    register: [],
    rating: [],
    registerBelow: [],
    ratingBelow: []
  }
  const lastRegisterRow = REGISTER_HEADER_ROW + identity.registerRows
  book.registerBelow = rowsBelow(register, lastRegisterRow, REGISTER_SIGN_TEXT)
  for (let i = 0; i < identity.registerRows; i++) {
    const r = REGISTER_HEADER_ROW + 1 + i
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
    const col = (key: (typeof RATING_COLUMNS)[number]['key']) => colOf(RATING_COLUMNS, key)
    const ratingRow = (r: number) => ({
      rowNumber: r,
      name: at(rating, r, col('name')),
      score: at(rating, r, col('score')),
      selfRating: at(rating, r, col('selfRating')),
      cellProposal: at(rating, r, col('cellProposal'))
    })
    identity.ratingRoll.forEach((_, i) => book.rating.push(ratingRow(RATING_HEADER_ROW + 1 + i)))
    const lastRatingRow = RATING_HEADER_ROW + identity.ratingRoll.length
    book.ratingBelow = rowsBelow(rating, lastRatingRow, RATING_SIGN_TEXT).map(ratingRow)
  }
  return book
}

/**
 * The rows (1-based) after `lastRow` with any value in them but the signature box the book itself
 * puts there. The grid holds values only, so a row merely formatted (a border, a fill) is not one.
 */
function rowsBelow(grid: Grid, lastRow: number, signText: string): number[] {
  // Line breaks compared as spaces: how a reader returns the box's "\n" is not the point.
  const flat = (v: unknown) => String(v).replace(/\s+/g, ' ').trim()
  const sign = flat(signText)
  const out: number[] = []
  for (let i = lastRow; i < grid.rows.length; i++)
    if (grid.rows[i].some((v) => v !== null && flat(v) !== '' && flat(v) !== sign)) out.push(i + 1)
  return out
}

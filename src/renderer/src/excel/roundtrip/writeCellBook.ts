// A cell's book (docs/design.md §7): one workbook per cell and period, filled in by the cell's
// secretary and imported back. Sheets:
//   "Sổ sinh hoạt"  one row per meeting (date, type, topic, chair, start, end) and one mark column per
//                   member expected to attend (C / P / K, explained on the sheet); members exempt for
//                   the whole period listed apart above the table; meetings already recorded filled in.
//   "Lý do vắng"    one row per absence: the meeting's date, the member (drop-down of the register's
//                   names), the reason; the reasons already recorded filled in.
//   "Xếp loại đảng viên" (year books) the rating roll, the members not rated with their reason, and
//                   the inputs Điểm, Tự xếp loại, Chi bộ đề xuất.
//   "_scb"          hidden and protected: the identity (cell, period, rolls, fingerprint) checked on import.
// Sheets are protected without a password, inputs unlocked; lists are drop-downs; A4, fit to width,
// Times New Roman, header rows repeated on every page.
import type ExcelJS from 'exceljs'
import type { AttendanceStatus } from '@renderer/domain/entities'
import { parseIsoDate } from '@renderer/domain/dates'
import { MEETING_TYPE_LABELS, RATING_LABELS, RATING_SHORT } from '@renderer/domain/labels'
import { APART_LABELS } from '@renderer/domain/meetings/roll'
import { RATINGS } from '@renderer/domain/reviews/ratings'
import {
  MARK_CODES,
  MARK_LEGEND,
  periodLabel,
  periodRange,
  recordedReasons,
  type CellBookContent
} from '@renderer/domain/roundtrip'
import { printOnA4 } from '../printSetup'
import { newWorkbook, workbookToBytes } from '../workbookIo'
import { BOOK_STYLES as S } from './bookStyles'
import {
  FIRST_MARK_COL,
  IDENTITY_KEYS,
  IDENTITY_SHEET,
  MARK_COL_WIDTH,
  RATING,
  REASONS,
  REGISTER,
  colOf,
  reasonBlankRows,
  type TableSheet
} from './layout'

const MARGINS = { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true
}
const TYPE_LIST = `"${Object.values(MEETING_TYPE_LABELS).join(',')}"`
const MARK_LIST = `"${Object.values(MARK_CODES).join(',')}"`
const RATING_LIST = `"${RATINGS.map((r) => RATING_SHORT[r]).join(',')}"`

export async function cellBookBytes(content: CellBookContent, now?: Date): Promise<Uint8Array> {
  const wb = newWorkbook(now)
  addRegister(wb, content)
  addReasons(wb, content)
  if (content.rating) addRating(wb, content)
  addIdentity(wb, content)
  return workbookToBytes(wb)
}

/** The suggested file name: "So-chi-bo_Khu-pho-3_2026-Q1.xlsx" (accent-free, safe everywhere). */
export function cellBookFileName(content: CellBookContent): string {
  const name = content.identity.cellName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `So-chi-bo_${name || 'chi-bo'}_${content.identity.period}.xlsx`
}

function utcDate(iso: string): Date {
  const p = parseIsoDate(iso)!
  return new Date(Date.UTC(p.year, p.month - 1, p.day))
}

function heading(
  ws: ExcelJS.Worksheet,
  content: CellBookContent,
  lastCol: number,
  title: string,
  legend: string[]
): void {
  const line = (row: number, value: string, style: Partial<ExcelJS.Style>, height?: number) => {
    ws.mergeCells(row, 1, row, lastCol)
    const cell = ws.getCell(row, 1)
    cell.value = value
    cell.style = style
    if (height) ws.getRow(row).height = height
  }
  line(1, content.organizationName, S.org)
  const cellName = content.identity.cellName.toLocaleUpperCase('vi')
  line(2, cellName.startsWith('CHI BỘ') ? cellName : `CHI BỘ ${cellName}`, S.cell)
  line(3, title, S.title, 22)
  legend.forEach((text, i) => line(4 + i, text, S.legend, 30))
}

/** Writes a value with its style into one cell of a row. */
function put(row: ExcelJS.Row, col: number, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style>): void {
  const cell = row.getCell(col)
  cell.value = value
  cell.style = style
}

/**
 * One validation (drop-down list, date or number rule) over a whole rectangle of body cells.
 * exceljs writes a range key as one sqref as it is; per-cell rules would be compared cell by cell
 * when the file is written, which at 200 books cost more than the books themselves. exceljs does not
 * type `dataValidations`, hence the cast.
 */
function validate(
  ws: ExcelJS.Worksheet,
  fromCol: number,
  toCol: number,
  fromRow: number,
  toRow: number,
  rule: ExcelJS.DataValidation
): void {
  if (toCol < fromCol || toRow < fromRow) return
  const range = `${ws.getColumn(fromCol).letter}${fromRow}:${ws.getColumn(toCol).letter}${toRow}`
  ;(
    ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(range, rule)
}

function addRegister(wb: ExcelJS.Workbook, content: CellBookContent): void {
  const { identity, roll } = content
  const ws = wb.addWorksheet(REGISTER.name, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: REGISTER.headerRow }]
  })
  const lastCol = Math.max(FIRST_MARK_COL + roll.expected.length - 1, REGISTER.columns.length)
  const apart = roll.apart.length
    ? `Không điểm danh (${roll.apart.map((e) => `${e.fullName} – ${APART_LABELS[e.apart!].toLowerCase()}`).join('; ')}).`
    : 'Không có đảng viên được miễn sinh hoạt trong kỳ.'
  heading(
    ws,
    content,
    lastCol,
    `SỔ GHI SINH HOẠT CHI BỘ – ${periodLabel(content.period).toLocaleUpperCase('vi')}`,
    [
      `Mỗi buổi sinh hoạt một dòng. Điểm danh: ${MARK_LEGEND} — lý do vắng ghi ở trang “${REASONS.name}”. Chỉ ghi vào ô nền trắng; ô nền xám đã khóa. Giờ ghi dạng 8:00.`,
      apart
    ]
  )
  tableHeader(ws, REGISTER)
  const columnHeading = (memberId: string, fullName: string) => content.labels.get(memberId) ?? fullName
  roll.expected.forEach((e, i) => {
    ws.getColumn(FIRST_MARK_COL + i).width = MARK_COL_WIDTH
    const cell = ws.getCell(REGISTER.headerRow, FIRST_MARK_COL + i)
    cell.value = columnHeading(e.memberId, e.fullName)
    cell.style = S.nameHeader
  })
  const longest = Math.max(10, ...roll.expected.map((e) => columnHeading(e.memberId, e.fullName).length))
  ws.getRow(REGISTER.headerRow).height = Math.min(200, longest * 6.5 + 10)

  const typeRule: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [TYPE_LIST],
    showErrorMessage: true,
    errorTitle: 'Loại sinh hoạt',
    error: 'Chọn loại sinh hoạt trong danh sách.'
  }
  const names = nameRange(ws, roll.expected.length)
  const chairRule: ExcelJS.DataValidation | null = names
    ? { type: 'list', allowBlank: true, formulae: [names], showErrorMessage: false }
    : null
  const markRule: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [MARK_LIST],
    showErrorMessage: true,
    errorTitle: 'Mã điểm danh',
    error: MARK_LEGEND
  }
  const col = (key: (typeof REGISTER.columns)[number]['key']) => colOf(REGISTER.columns, key)
  for (let i = 0; i < identity.registerRows; i++) {
    const r = REGISTER.headerRow + 1 + i
    const row = ws.getRow(r)
    row.height = 20
    const m = content.meetings[i]?.meeting
    put(row, col('stt'), i + 1, S.stt)
    put(row, col('date'), m ? utcDate(m.date) : null, S.inputDate)
    put(row, col('type'), m ? MEETING_TYPE_LABELS[m.type] : null, S.inputText)
    put(row, col('topic'), m?.topic || null, S.inputText)
    put(row, col('chair'), m?.chairName || null, S.inputText)
    put(row, col('start'), m?.startTime || null, S.inputCentre)
    put(row, col('end'), m?.endTime || null, S.inputCentre)
    const marks = content.meetings[i]?.marks
    roll.expected.forEach((e, j) => {
      const status: AttendanceStatus | undefined = marks?.get(e.memberId)
      if (status === 'exempt') put(row, FIRST_MARK_COL + j, null, S.lockedMark)
      else put(row, FIRST_MARK_COL + j, status ? MARK_CODES[status] : null, S.inputCentre)
    })
  }
  const [top, bottom] = [REGISTER.headerRow + 1, REGISTER.headerRow + identity.registerRows]
  validate(ws, col('date'), col('date'), top, bottom, meetingDateRule(content))
  validate(ws, col('type'), col('type'), top, bottom, typeRule)
  if (chairRule) validate(ws, col('chair'), col('chair'), top, bottom, chairRule)
  validate(ws, FIRST_MARK_COL, FIRST_MARK_COL + roll.expected.length - 1, top, bottom, markRule)
  signPrintAndLock(ws, REGISTER, {
    bodyRows: identity.registerRows,
    from: Math.max(1, lastCol - 6),
    to: lastCol,
    height: 90,
    orientation: 'landscape',
    // A month's or a quarter's register is one sheet of paper with its signature box; a year's flows on.
    pagesTall: content.period.kind === 'year' ? 0 : 1
  })
}

/** The period's days: the rule of every "Ngày họp" cell. */
function meetingDateRule(content: CellBookContent): ExcelJS.DataValidation {
  const { from, to } = periodRange(content.period)
  return {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [utcDate(from), utcDate(to)],
    showErrorMessage: true,
    errorTitle: 'Ngày không hợp lệ',
    error: `Ngày họp phải trong ${periodLabel(content.period)}.`
  }
}

/** The register's member names (the mark columns' headers), for a drop-down list; null with none. */
function nameRange(ws: ExcelJS.Worksheet, members: number): string | null {
  if (!members) return null
  const [first, last] = [FIRST_MARK_COL, FIRST_MARK_COL + members - 1].map((c) => ws.getColumn(c).letter)
  return `$${first}$${REGISTER.headerRow}:$${last}$${REGISTER.headerRow}`
}

/**
 * "Lý do vắng": the reasons already recorded (each meeting in register order, its members in column
 * order), then blank rows. The name is chosen from the register's own names, the date within the period.
 */
function addReasons(wb: ExcelJS.Workbook, content: CellBookContent): void {
  const ws = wb.addWorksheet(REASONS.name, { views: [{ state: 'frozen', ySplit: REASONS.headerRow }] })
  const lastCol = REASONS.columns.length
  heading(
    ws,
    content,
    lastCol,
    `LÝ DO VẮNG SINH HOẠT – ${periodLabel(content.period).toLocaleUpperCase('vi')}`,
    [
      'Mỗi đồng chí vắng có lý do (P) một dòng: ngày họp, họ và tên (chọn trong danh sách), lý do. Vắng không lý do (K) ghi nếu có. Chỉ ghi vào ô nền trắng.'
    ]
  )
  tableHeader(ws, REASONS)
  const recorded = recordedReasons(content)
  const bodyRows = recorded.length + reasonBlankRows(content.identity.registerRows)
  const col = (key: (typeof REASONS.columns)[number]['key']) => colOf(REASONS.columns, key)
  for (let i = 0; i < bodyRows; i++) {
    const row = ws.getRow(REASONS.headerRow + 1 + i)
    row.height = 20
    const r = recorded[i]
    put(row, col('stt'), i + 1, S.stt)
    put(row, col('date'), r ? utcDate(r.date) : null, S.inputDate)
    put(row, col('name'), r?.name ?? null, S.inputText)
    put(row, col('reason'), r?.reason ?? null, S.inputText)
  }
  const [top, bottom] = [REASONS.headerRow + 1, REASONS.headerRow + bodyRows]
  validate(ws, col('date'), col('date'), top, bottom, meetingDateRule(content))
  const names = nameRange(ws, content.roll.expected.length)
  if (names)
    validate(ws, col('name'), col('name'), top, bottom, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${REGISTER.name}'!${names}`],
      showErrorMessage: true,
      errorTitle: 'Họ và tên',
      error: 'Chọn tên trong danh sách (tên ở đầu các cột điểm danh của trang Sổ sinh hoạt).'
    })
  signPrintAndLock(ws, REASONS, { bodyRows, from: 3, to: lastCol, height: 90, orientation: 'portrait' })
}

/** A sheet's column widths and the header row of its table. */
function tableHeader(ws: ExcelJS.Worksheet, sheet: TableSheet): void {
  sheet.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width
    const cell = ws.getCell(sheet.headerRow, i + 1)
    cell.value = c.header
    cell.style = S.header
  })
}

/**
 * The secretary's signature box two rows under a sheet's table of `bodyRows` rows, the print setup
 * (header row repeated), and the lock on all but the inputs.
 */
function signPrintAndLock(
  ws: ExcelJS.Worksheet,
  sheet: TableSheet,
  sign: {
    bodyRows: number
    from: number
    to: number
    height: number
    orientation: 'portrait' | 'landscape'
    pagesTall?: 0 | 1
  }
): void {
  const row = sheet.headerRow + sign.bodyRows + 2
  ws.mergeCells(row, sign.from, row, sign.to)
  const cell = ws.getCell(row, sign.from)
  cell.value = sheet.signText
  cell.style = S.sign
  ws.getRow(row).height = sign.height
  printOnA4(ws, sign.orientation, `${sheet.headerRow}:${sheet.headerRow}`, MARGINS, sign.pagesTall)
  void ws.protect('', PROTECTION)
}

function addRating(wb: ExcelJS.Workbook, content: CellBookContent): void {
  const rating = content.rating!
  const ws = wb.addWorksheet(RATING.name, { views: [{ state: 'frozen', ySplit: RATING.headerRow }] })
  const lastCol = RATING.columns.length
  heading(ws, content, lastCol, `ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM ${rating.year}`, [
    `Mức: ${RATINGS.map((r) => `${RATING_SHORT[r]} = ${RATING_LABELS[r].toLowerCase()}`).join('; ')}. Điểm từ 0 đến 100 (QĐ 366-QĐ/TW 2025). Đồng chí không xếp loại đã ghi lý do, không điền.`
  ])
  ws.getRow(4).height = 45
  tableHeader(ws, RATING)
  ws.getRow(RATING.headerRow).height = 32
  const scoreRule: ExcelJS.DataValidation = {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorTitle: 'Điểm',
    error: 'Điểm từ 0 đến 100.'
  }
  const ratingRule: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [RATING_LIST],
    showErrorMessage: true,
    errorTitle: 'Mức xếp loại',
    error: 'Chọn HTXSNV, HTTNV, HTNV hoặc KHTNV.'
  }
  const col = (key: (typeof RATING.columns)[number]['key']) => colOf(RATING.columns, key)
  rating.lines.forEach((line, i) => {
    const row = ws.getRow(RATING.headerRow + 1 + i)
    row.height = 20
    const locked = line.notRatedText !== null
    put(row, col('stt'), i + 1, S.stt)
    put(row, col('name'), line.fullName, S.lockedText)
    put(row, col('notRated'), line.notRatedText, S.lockedText)
    if (locked)
      for (const k of ['score', 'selfRating', 'cellProposal'] as const) put(row, col(k), null, S.lockedMark)
    else {
      put(row, col('score'), line.score, S.inputScore)
      put(row, col('selfRating'), line.selfRating ? RATING_SHORT[line.selfRating] : null, S.inputCentre)
      put(row, col('cellProposal'), line.cellProposal ? RATING_SHORT[line.cellProposal] : null, S.inputCentre)
    }
  })
  const [top, bottom] = [RATING.headerRow + 1, RATING.headerRow + rating.lines.length]
  validate(ws, col('score'), col('score'), top, bottom, scoreRule)
  validate(ws, col('selfRating'), col('cellProposal'), top, bottom, ratingRule)
  signPrintAndLock(ws, RATING, {
    bodyRows: rating.lines.length,
    from: 4,
    to: lastCol,
    height: 100,
    orientation: 'portrait'
  })
}

function addIdentity(wb: ExcelJS.Workbook, content: CellBookContent): void {
  const ws = wb.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' })
  IDENTITY_KEYS.forEach((key, i) => {
    ws.getCell(i + 1, 1).value = key
    ws.getCell(i + 1, 2).value = JSON.stringify(content.identity[key])
  })
  void ws.protect('', { selectLockedCells: false, selectUnlockedCells: false })
}

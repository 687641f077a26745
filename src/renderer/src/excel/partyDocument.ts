/**
 * Lays out one worksheet as a Party document (HD 36-HD/VPTW 2018; docs/design.md §7). Every report
 * builder uses this: it passes rows in, gets a sheet out, and inherits every layout rule below.
 *
 * ```ts
 * addPartyDocumentSheet(workbook, settings, spec): ExcelJS.Worksheet
 * spec = {
 *   sheetName, title, subtitle?, columns, rows,          // the content
 *   documentKind?: 'Báo cáo' | 'Danh sách' | 'Tờ trình' | …  // default: read from the title's start
 *   documentNumber?: '12' | '12-BC'                     // none: "Số       -BC/ĐU", filled in by hand
 *   date?, orientation?, notes?,
 *   recipientGroup?: 'reviews' | 'honours' | 'members' | 'meetings' | 'cell'  // "Nơi nhận" from Cài đặt
 *   recipients?: string[]                               // or given outright
 *   issuer?: 'committee' | 'cell'                       // a cell's own document: T/M CHI BỘ, "Lưu Chi bộ"
 *   signer?: { role?, title?, name? }                   // overrides the settings' signer
 *   provisional?: '(số liệu tạm, theo tự đánh giá)'     // data not from the committee's decisions
 *   emptyMessage?: 'Không có đảng viên nào …'           // printed instead of an empty table
 * }
 * newWorkbook(now?) / workbookToBytes(workbook)          // re-exported from ./workbookIo, with
 * workbookWith(add, now?) / bytesWith(add, now?)        // a new workbook holding what `add` lays out
 * ```
 *
 * Sheet, top to bottom:
 *   rows 1–4  left block (superior in capitals, issuing body bold on one line, "*", the number line
 *             "Số 12-BC/ĐU"); right block ("ĐẢNG CỘNG SẢN VIỆT NAM" bold 15, a rule under it about as
 *             wide as the words, the italic date line "…, ngày 03 tháng 4 năm 2018");
 *   row 5     "DỰ THẢO" when the data is provisional;
 *   title     the document type bold 15 in capitals ("DANH SÁCH"), the subject bold 14 below it
 *             (with the provisional note), the subtitle italic 13, a blank row;
 *   table     one header row, or two when a column has a `group`; body rows; or `emptyMessage`;
 *   closing   notes, a blank row, then "Nơi nhận:" and its "- …," lines on the left beside the
 *             signature ("T/M ĐẢNG ỦY" / "BÍ THƯ" / blank lines / name) on the right, one line a row.
 * Every row gets an explicit height (text estimated in Times New Roman; LibreOffice never auto-fits
 * imported rows), so the printed pages can be computed (pagination.ts): a document a little taller
 * than a page is printed on one page, a little smaller (never below 9 pt); a longer one gets a manual
 * page break at the end of each page, and the table's last two rows, the notes and the signature
 * always share a page.
 *
 * Column kinds — every value is typed, never a number-as-text:
 *   text     left-aligned string, wrapped.
 *   number   right-aligned number, numFmt '#,##0' (override with `numFmt`, e.g. '0' for years).
 *   percent  a number such as 12.5 (not 0.125), numFmt '0.0': the reader's locale shows "12,5".
 *   date     ISO 'YYYY-MM-DD' (or d/m/yyyy, or a Date) → a real Excel date, 'dd/mm/yyyy'. A bare
 *            year 'YYYY' (a date known only by its year) stays the text '1975': never 01/01/1975.
 *   id       CCCD, party card: a string with numFmt '@' (leading zeros kept).
 *   stt      row number, centred; 1..n over data rows when the row does not give one.
 *
 * Widths are in Excel characters. A table narrower than the A4 text width (or than the two header
 * blocks need) is widened in proportion; a wider one is shrunk by fit-to-width when printed.
 * Print: A4, fit to 1 page wide (and 1 tall when planned on one page), centred, the header rows repeated and frozen, "Trang &P / &N" in
 * the footer, the print area ending at the signature. Times New Roman everywhere, the workbook's
 * default style included (workbookIo.ts).
 */
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { parseIsoDate, parseTypedDate } from '@renderer/domain/dates'
import { printOnA4 } from './printSetup'
import { ARCHIVE_LINES, cellSigner, recipientsFor, type RecipientGroup } from '@renderer/domain/settings'
import {
  DOCUMENT_KINDS,
  formatDateLine,
  numberLine,
  recipientLines,
  splitTitle,
  upper,
  type DocumentKind
} from './documentText'
import { planPages } from './pagination'
import {
  STYLES,
  bodyStyle,
  columnPixels,
  estimateLines,
  heightForLines,
  textPixels,
  type Align
} from './styles'

export {
  bytesWith,
  documentBytes,
  documentWorkbook,
  newWorkbook,
  workbookToBytes,
  workbookWith
} from './workbookIo'
export {
  DOCUMENT_KINDS,
  formatDateLine,
  formatDocumentNumber,
  numberLine,
  recipientLines,
  type DocumentKind
} from './documentText'

export type ColumnKind = 'text' | 'number' | 'percent' | 'date' | 'id' | 'stt'

export interface DocColumn {
  key: string
  header: string
  /** Columns next to each other with the same group share a merged header cell above theirs. */
  group?: string
  /** Excel characters (as in Excel's column width box). */
  width: number
  kind: ColumnKind
  /** Overrides the kind's number format, e.g. '0' for a year or '0.00' for two decimals. */
  numFmt?: string
  /** Overrides the kind's alignment (e.g. centred "x" marks in a count column). */
  align?: Align
}

export type DocRow =
  | { kind?: 'data'; values: Record<string, unknown> }
  | { kind: 'group'; label: string }
  | {
      kind: 'total'
      label?: string
      values: Record<string, unknown>
      /** Number format of this row's numbers, e.g. '0.0' for a row of percentages under counts. */
      numFmt?: string
    }

export interface PartyDocumentSpec {
  /** Sanitised: no []:*?/\, at most 31 characters, unique in the workbook. */
  sheetName: string
  /** "Danh sách đảng viên …": the type ("DANH SÁCH") and the subject are printed on two lines. */
  title: string
  subtitle?: string
  /** The document type; default: the one the title starts with (else the title is one line, code BC). */
  documentKind?: DocumentKind
  /** "12" or "12-BC" → "Số 12-BC/ĐU"; none → "Số       -BC/ĐU", the number left to write by hand. */
  documentNumber?: string
  /** ISO 'YYYY-MM-DD' or a Date (its local calendar day); default today. */
  date?: Date | string
  /** Default: landscape when the table is too wide for portrait. */
  orientation?: 'portrait' | 'landscape'
  columns: DocColumn[]
  rows: DocRow[]
  /** One line each, written "- …"; the archive line is added last. Default: `recipientGroup`'s. */
  recipients?: string[]
  /** Which "Nơi nhận" list of Cài đặt applies when `recipients` is not given. */
  recipientGroup?: RecipientGroup
  /** Lines under the table (e.g. "Ghi chú: …"), italic. */
  notes?: string[]
  /** The ward committee (default: "T/M ĐẢNG ỦY", "Lưu VP Đảng ủy") or a cell ("T/M CHI BỘ", "Lưu Chi bộ"). */
  issuer?: 'committee' | 'cell'
  /** Overrides the signer lines the settings give. */
  signer?: { role?: string; title?: string; name?: string }
  /** Data not (all) from the committee's decisions: "DỰ THẢO" on top, this note after the subject. */
  provisional?: string
  /** When the rows hold no data row: this sentence is printed instead of the table. */
  emptyMessage?: string
  /** Data rows at least this tall (points), e.g. room to sign on a sign-in sheet. */
  minRowHeight?: number
}

const MARGINS = { left: 0.75, right: 0.5, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 }
const A4_INCHES = { portrait: { width: 8.27, height: 11.69 }, landscape: { width: 11.69, height: 8.27 } }
/**
 * Our page arithmetic may be off by a little (rounding to pixels): plan on pages this much shorter.
 * The plan uses the exact fit-to-width scale; Excel rounds it down to a whole percent and LibreOffice
 * prints a hair smaller too (measured: 84.4 % where the widths give 84.6 %), so both fit at least as
 * much on a page as planned.
 */
const PAGE_SAFETY = 0.99
/**
 * A document that fits one page printed at no less than this part of its fit-to-width size is
 * printed on one page (fit to one page tall), and never below MIN_PRINTED_PT: a slightly smaller
 * print rather than a second page holding only the table's last rows and the signature.
 */
const ONE_PAGE_SHRINK = 0.8
/** Blank rows between the header blocks and the title, the title and the table, the notes and the signature. */
const SPACER_HEIGHT = 6
/** Blank rows between the signer's title and name: room to sign (2 × 22 pt ≈ 1.6 cm). */
const SIGNATURE_GAP_ROWS = 2
const SIGNATURE_GAP_HEIGHT = 22
/** The table's text size (points; styles.ts bodyStyle). */
const BODY_PT = 12
/** One line of 12 pt: the sheet's default row height (rows of this height are not written). */
const BODY_ROW_HEIGHT = heightForLines(1, 12)
const NATIONAL_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM'
const DRAFT_MARK = 'DỰ THẢO'
const RULE_SIZE = 8

interface KindInfo {
  align: Align
  numFmt?: string
}
const KINDS: Record<ColumnKind, KindInfo> = {
  text: { align: 'left' },
  number: { align: 'right', numFmt: '#,##0' },
  percent: { align: 'right', numFmt: '0.0' },
  date: { align: 'center', numFmt: 'dd/mm/yyyy' },
  id: { align: 'center', numFmt: '@' },
  stt: { align: 'center', numFmt: '0' }
}

export function addPartyDocumentSheet(
  workbook: ExcelJS.Workbook,
  settings: OrganizationSettings,
  spec: PartyDocumentSpec
): ExcelJS.Worksheet {
  if (spec.columns.length === 0) throw new Error('Bảng phải có ít nhất một cột.')
  const name = sanitizeSheetName(
    spec.sheetName,
    workbook.worksheets.map((w) => w.name)
  )
  const ws = workbook.addWorksheet(name, { properties: { defaultRowHeight: BODY_ROW_HEIGHT } })

  const cell = spec.issuer === 'cell'
  const titleParts = splitTitle(spec.title, spec.documentKind)
  const code = titleParts.kind ? DOCUMENT_KINDS[titleParts.kind] : 'BC'
  const superior = upper(settings.superiorName)
  const issuing = upper(settings.issuingBody)
  const dateLine = formatDateLine(settings.placeName, spec.date)
  const number = numberLine(spec.documentNumber, code, cell ? '' : settings.documentNumberSuffix)
  // Bold capitals run a little wider than the estimate: 4 % headroom keeps names on one line.
  const leftNeed =
    Math.max(textPixels(superior, 14), textPixels(issuing, 14, true), textPixels(number, 14)) * 1.04 + 12
  // Italic runs a little wider than the upright estimate: 5 % headroom for the date line.
  const rightNeed = Math.max(textPixels(NATIONAL_TITLE, 15, true), textPixels(dateLine, 14) * 1.05) + 12

  // Columns: the table's own, plus a spacer so a one-column table still has two header blocks.
  const orientation = spec.orientation ?? naturalOrientation(spec.columns)
  const widths = fitWidths(
    spec.columns.length > 1 ? spec.columns.map((c) => c.width) : [spec.columns[0].width, 20],
    orientation,
    leftNeed + rightNeed
  )
  // Splitting a column merges it back in every row: exceljs checks each merge against all others.
  const allowSplit = spec.rows.length <= MAX_ROWS_TO_SPLIT
  const grid = buildGrid(
    roomForBlocks(widths, leftNeed, rightNeed),
    spec.columns.length,
    leftNeed,
    rightNeed,
    allowSplit
  )
  const { physical, tableWidths, spans, leftEnd, rightStart, rightEnd } = grid
  ws.columns = physical.map((width) => ({ width }))
  const n = physical.length
  const px = (from: number, to: number): number =>
    physical.slice(from - 1, to).reduce((s, w) => s + columnPixels(w), 0)
  const leftPx = px(1, leftEnd)
  const rightPx = px(rightStart, rightEnd)
  const allPx = px(1, n)

  const heights: number[] = []
  const setHeight = (row: number, height: number): void => {
    heights[row - 1] = Math.max(heights[row - 1] ?? 0, height)
  }
  const put = (row: number, from: number, to: number, value: string, style: Partial<ExcelJS.Style>): void => {
    const c = ws.getCell(row, from)
    c.value = value
    c.style = style
    if (to > from) ws.mergeCells(row, from, row, to)
  }
  const left = (row: number, value: string, style: Partial<ExcelJS.Style>): void =>
    put(row, 1, leftEnd, value, style)
  const right = (row: number, value: string, style: Partial<ExcelJS.Style>): void =>
    put(row, rightStart, rightEnd, value, style)
  const lines = (text: string, pixels: number, size: number, bold = false): number =>
    estimateLines(text, pixels, size, bold)

  // ——— Header blocks (rows 1–4) ———
  left(1, superior, STYLES.superior)
  right(1, NATIONAL_TITLE, STYLES.nationalTitle)
  left(2, issuing, STYLES.issuingBody)
  right(2, ruleText(textPixels(NATIONAL_TITLE, 15, true)), STYLES.rule)
  left(3, '*', STYLES.star)
  left(4, number, STYLES.docNumber)
  right(4, dateLine, STYLES.dateLine)
  setHeight(
    1,
    heightForLines(Math.max(lines(superior, leftPx, 14), lines(NATIONAL_TITLE, rightPx, 15, true)), 15)
  )
  setHeight(2, heightForLines(lines(issuing, leftPx, 14, true), 14))
  setHeight(3, 14)
  setHeight(4, heightForLines(Math.max(lines(number, leftPx, 14), lines(dateLine, rightPx, 14)), 14))
  setHeight(5, SPACER_HEIGHT)
  if (spec.provisional) {
    right(5, DRAFT_MARK, STYLES.draft)
    setHeight(5, heightForLines(1, 14))
  }

  // ——— Title: the document type, then the subject ———
  let r = 6
  put(r, 1, n, titleParts.heading, STYLES.title)
  setHeight(r, heightForLines(lines(titleParts.heading, allPx, 15, true), 15))
  r++
  const subject = [titleParts.subject, spec.provisional?.normalize('NFC') ?? ''].filter(Boolean).join(' ')
  if (subject) {
    put(r, 1, n, subject, STYLES.subject)
    setHeight(r, heightForLines(lines(subject, allPx, 14, true), 14))
    r++
  }
  if (spec.subtitle) {
    const subtitle = spec.subtitle.normalize('NFC')
    put(r, 1, n, subtitle, STYLES.subtitle)
    setHeight(r, heightForLines(lines(subtitle, allPx, 13), 13))
    r++
  }
  setHeight(r, SPACER_HEIGHT)
  r++ // blank row

  // ——— Table, or the sentence saying there is nothing to list ———
  const cols = spec.columns
  const hasData = spec.rows.some((row) => row.kind === undefined || row.kind === 'data')
  let headTop = 0
  let headBottom = 0
  let keepFrom = r
  let bodyFrom = r
  const labels = new Set<number>()
  if (!hasData && spec.emptyMessage) {
    const text = spec.emptyMessage.normalize('NFC')
    put(r, 1, n, text, STYLES.emptyMessage)
    setHeight(r, heightForLines(lines(text, allPx, 13), 13))
    r++
  } else {
    const twoRows = cols.some((c) => c.group)
    headTop = r
    headBottom = twoRows ? r + 1 : r
    writeTableHeader(ws, cols, spans, headTop, twoRows)
    const headHeights = tableHeaderHeights(cols, tableWidths, twoRows)
    headHeights.forEach((h, i) => setHeight(headTop + i, h))
    r = headBottom + 1
    const bodyStart = r
    bodyFrom = r
    r = writeBody(
      ws,
      cols,
      spans,
      tableWidths.slice(0, cols.length).map(columnPixels),
      spec.rows,
      r,
      heights,
      labels
    )
    if (spec.minRowHeight)
      for (let row = bodyStart; row < r; row++)
        if (!labels.has(row)) heights[row - 1] = Math.max(heights[row - 1], spec.minRowHeight)
    keepFrom = Math.max(bodyStart, r - 2)
  }

  // ——— Notes ———
  for (const note of spec.notes ?? []) {
    const text = note.normalize('NFC')
    put(r, 1, n, text, STYLES.note)
    setHeight(r, heightForLines(lines(text, allPx, 12), 12))
    r++
  }
  setHeight(r, SPACER_HEIGHT)
  r++ // blank row

  // ——— Recipients (left) beside the signature (right), one line a row ———
  const cellSignature = cellSigner(settings)
  const role = upper(spec.signer?.role ?? (cell ? cellSignature.role : settings.signerRole))
  const signerTitle = upper(spec.signer?.title ?? (cell ? cellSignature.title : settings.signerTitle))
  const signerName = (spec.signer?.name ?? (cell ? '' : settings.signerName)).normalize('NFC')
  const signature = [role, signerTitle, ...Array<string>(SIGNATURE_GAP_ROWS).fill(''), signerName]
  const given = spec.recipients ?? (spec.recipientGroup ? recipientsFor(settings, spec.recipientGroup) : [])
  const recipients = recipientLines(given, cell ? ARCHIVE_LINES.cell : ARCHIVE_LINES.committee)
  const closingRows = Math.max(signature.length, recipients.length + 1)
  for (let i = 0; i < closingRows; i++) {
    const row = r + i
    let height = BODY_ROW_HEIGHT
    if (i === 0) {
      left(row, 'Nơi nhận:', STYLES.recipientsTitle)
    } else if (i <= recipients.length) {
      const line = recipients[i - 1]
      left(row, line, STYLES.recipients)
      height = Math.max(height, heightForLines(lines(line, leftPx, 11), 11))
    }
    if (i < signature.length && signature[i]) {
      right(row, signature[i], STYLES.signature)
      height = Math.max(height, heightForLines(lines(signature[i], rightPx, 14, true), 14))
    } else if (i < signature.length) height = Math.max(height, SIGNATURE_GAP_HEIGHT)
    setHeight(row, height)
  }
  r += closingRows
  const lastRow = r - 1

  // ——— Row heights, pages ———
  // Rows of the default height are left to it (sheetFormatPr): on a 10,000-row list, writing each
  // row's height costs a tenth of the file.
  for (let row = 1; row <= lastRow; row++) {
    const height = heights[row - 1] ?? BODY_ROW_HEIGHT
    if (height !== BODY_ROW_HEIGHT) ws.getRow(row).height = height
  }
  const scale = Math.min(1, printablePixels(orientation) / tablePixels(physical))
  const pageHeight =
    ((A4_INCHES[orientation].height - MARGINS.top - MARGINS.bottom) * 72 * PAGE_SAFETY) / scale
  const filled = Array.from({ length: lastRow }, (_, i) => heights[i] ?? BODY_ROW_HEIGHT)
  const plan = planPages(
    {
      heights: filled,
      pageHeight,
      repeatFrom: headTop || 1,
      repeatTo: headBottom,
      bodyFrom,
      keepFrom,
      labels
    },
    Math.max(ONE_PAGE_SHRINK, MIN_PRINTED_PT / (BODY_PT * scale))
  )
  for (const after of plan.breaks) ws.getRow(after).addPageBreak()

  // ——— Print ———
  printOnA4(ws, orientation, headTop ? `${headTop}:${headBottom}` : undefined, MARGINS, plan.onePage ? 1 : 0)
  ws.pageSetup.printArea = `A1:${columnLetter(n)}${lastRow}`
  ws.views = [
    headTop
      ? { state: 'frozen', ySplit: headBottom, xSplit: 0, showGridLines: false }
      : { state: 'normal', showGridLines: false }
  ]
  return ws
}

/**
 * The rule under "ĐẢNG CỘNG SẢN VIỆT NAM" (HD 36: a line as wide as the words): a run of underscores
 * in the row below, centred like the words and counted to their width. A cell border could only be
 * as wide as whole columns, and splitting the table's columns for it would leave merged cells in the
 * body the higher level copies its numbers from.
 */
function ruleText(wordsPx: number): string {
  const underscorePx = textPixels('_'.repeat(100), RULE_SIZE) / 100
  return '_'.repeat(Math.max(8, Math.round(wordsPx / underscorePx)))
}

function columnLetter(col: number): string {
  let s = ''
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s
  return s
}

// ——— Table ———

function writeTableHeader(
  ws: ExcelJS.Worksheet,
  cols: DocColumn[],
  spans: Span[],
  top: number,
  twoRows: boolean
): void {
  const style = STYLES.tableHeader
  const fill = (fromRow: number, toRow: number, from: number, to: number): void => {
    for (let row = fromRow; row <= toRow; row++)
      for (let col = from; col <= to; col++) ws.getCell(row, col).style = style
    if (toRow > fromRow || to > from) ws.mergeCells(fromRow, from, toRow, to)
  }
  cols.forEach((c, i) => {
    const { from, to } = spans[i]
    const row = twoRows && c.group ? top + 1 : top
    fill(row, twoRows && !c.group ? top + 1 : row, from, to)
    ws.getCell(row, from).value = c.header.normalize('NFC')
  })
  if (!twoRows) return
  for (const run of groupRuns(cols)) {
    const [from, to] = [spans[run.from - 1].from, spans[run.to - 1].to]
    fill(top, top, from, to)
    ws.getCell(top, from).value = run.group.normalize('NFC')
  }
}

/** Heights of the header rows: each tall enough for its texts, the spanning headers included. */
function tableHeaderHeights(cols: DocColumn[], widths: number[], twoRows: boolean): number[] {
  const h = (text: string, pixels: number): number =>
    heightForLines(estimateLines(text, pixels, 12, true), 12)
  const own = cols.map((c, i) => h(c.header, columnPixels(widths[i])))
  if (!twoRows) return [Math.max(20, ...own)]
  const runs = groupRuns(cols)
  const first = Math.max(
    20,
    ...runs.map((g) =>
      h(
        g.group,
        widths.slice(g.from - 1, g.to).reduce((s, w) => s + columnPixels(w), 0)
      )
    )
  )
  let second = Math.max(20, ...own.filter((_, i) => cols[i].group))
  const spanning = Math.max(0, ...own.filter((_, i) => !cols[i].group))
  if (first + second < spanning) second = spanning - first
  return [first, second]
}

interface GroupRun {
  group: string
  from: number
  to: number
}

/** Runs of adjacent columns sharing a group name (1-based, inclusive). */
function groupRuns(cols: DocColumn[]): GroupRun[] {
  const runs: GroupRun[] = []
  cols.forEach((c, i) => {
    if (!c.group) return
    const last = runs[runs.length - 1]
    if (last && last.group === c.group && last.to === i) last.to = i + 1
    else runs.push({ group: c.group, from: i + 1, to: i + 1 })
  })
  return runs
}

interface ColumnWriter {
  key: string
  kind: ColumnKind
  align: Align
  data: Partial<ExcelJS.Style>
  total: Partial<ExcelJS.Style>
  /** Bare years in date columns are text: centred, no date format. */
  yearData: Partial<ExcelJS.Style>
  yearTotal: Partial<ExcelJS.Style>
}

function writeBody(
  ws: ExcelJS.Worksheet,
  cols: DocColumn[],
  spans: Span[],
  colPx: number[],
  rows: DocRow[],
  start: number,
  heights: number[],
  labels: Set<number>
): number {
  // One frozen style per column and row kind, built once for the whole sheet.
  const writers: ColumnWriter[] = cols.map((c) => {
    const k = KINDS[c.kind]
    const fmt = c.numFmt ?? k.numFmt
    const align = c.align ?? k.align
    return {
      key: c.key,
      kind: c.kind,
      align,
      data: bodyStyle(align, fmt, false),
      total: bodyStyle(align, fmt, true),
      yearData: c.kind === 'date' ? bodyStyle('center', undefined, false) : bodyStyle(align, fmt, false),
      yearTotal: c.kind === 'date' ? bodyStyle('center', undefined, true) : bodyStyle(align, fmt, true)
    }
  })
  const totalLabel = bodyStyle('center', undefined, true)
  const rowFormats = new Map<string, Partial<ExcelJS.Style>>()
  const totalStyleWith = (w: ColumnWriter, numFmt: string): Partial<ExcelJS.Style> => {
    const key = `${w.align}|${numFmt}`
    let style = rowFormats.get(key)
    if (!style) rowFormats.set(key, (style = bodyStyle(w.align, numFmt, true)))
    return style
  }
  const n = cols.length
  const lastCol = spans[n - 1].to
  /** A column split over two sheet columns (to make room for the header blocks) is merged back. */
  const split = spans.map((sp, i) => (sp.to > sp.from ? i : -1)).filter((i) => i >= 0)
  const joinSplit = (r: number, style: (i: number) => Partial<ExcelJS.Style>, from = 0): void => {
    for (const i of split) {
      if (i < from) continue
      const { from: a, to: b } = spans[i]
      for (let c = a + 1; c <= b; c++) ws.getCell(r, c).style = style(i)
      ws.mergeCells(r, a, r, b)
    }
  }
  const allPx = colPx.reduce((s, w) => s + w, 0)
  // Texts up to this many characters surely fit on one line (widest capitals at size 12 ≈ 12 px).
  const safeChars = colPx.map((w) => Math.floor((w - 10) / 12))
  /** Lines the tallest text cell of a row needs; the row gets a height only when above one. */
  const rowLines = (values: (ExcelJS.CellValue | undefined)[], bold: boolean): number => {
    let most = 1
    values.forEach((v, i) => {
      if (typeof v === 'string' && v.length > safeChars[i])
        most = Math.max(most, estimateLines(v, colPx[i], 12, bold))
    })
    return most
  }
  let r = start
  let stt = 0
  for (const row of rows) {
    const excelRow = ws.getRow(r)
    if (row.kind === 'group') {
      const label = row.label.normalize('NFC')
      for (let c = 1; c <= lastCol; c++) excelRow.getCell(c).style = STYLES.groupRow
      excelRow.getCell(1).value = label
      if (lastCol > 1) ws.mergeCells(r, 1, r, lastCol)
      heights[r - 1] = heightForLines(estimateLines(label, allPx, 12, true), 12)
      labels.add(r)
    } else if (row.kind === 'total') {
      let span = 0
      while (span < n && isBlank(row.values[writers[span].key])) span++
      const values: ExcelJS.CellValue[] = []
      const rowFmt = row.numFmt
      writers.forEach((w, i) => {
        const cell = excelRow.getCell(spans[i].from)
        const value = i < span ? null : toCellValue(w.kind, row.values[w.key])
        cell.value = value
        cell.style =
          rowFmt && typeof value === 'number'
            ? totalStyleWith(w, rowFmt)
            : w.kind === 'date' && typeof value === 'string'
              ? w.yearTotal
              : w.total
        values.push(value)
      })
      heights[r - 1] = heightForLines(rowLines(values, true), 12)
      joinSplit(r, (i) => writers[i].total, span)
      if (span > 0) {
        const label = excelRow.getCell(1)
        label.value = (row.label ?? 'Tổng cộng').normalize('NFC')
        label.style = totalLabel
        const to = spans[span - 1].to
        for (let c = 2; c <= to; c++) excelRow.getCell(c).style = totalLabel
        if (to > 1) ws.mergeCells(r, 1, r, to)
      }
    } else {
      stt++
      const values: ExcelJS.CellValue[] = []
      for (let i = 0; i < n; i++) {
        const w = writers[i]
        const raw = row.values[w.key]
        const cell = excelRow.getCell(spans[i].from)
        const value = w.kind === 'stt' && isBlank(raw) ? stt : toCellValue(w.kind, raw)
        cell.value = value
        cell.style = w.kind === 'date' && typeof value === 'string' ? w.yearData : w.data
        values.push(value)
      }
      heights[r - 1] = heightForLines(rowLines(values, false), 12)
      if (split.length) joinSplit(r, (i) => writers[i].data)
    }
    r++
  }
  return r
}

// ——— Values ———

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === ''
}

const NUMERIC = /^-?\d+(?:[.,]\d+)?$/

/** Turns a given value into what the cell stores for its column kind. */
export function toCellValue(kind: ColumnKind, v: unknown): ExcelJS.CellValue {
  if (isBlank(v)) return null
  switch (kind) {
    case 'number':
    case 'percent':
    case 'stt':
      if (typeof v === 'number') return Number.isFinite(v) ? v : null
      if (typeof v === 'string' && NUMERIC.test(v.trim())) return Number(v.trim().replace(',', '.'))
      return textOf(v)
    case 'date':
      return toExcelDate(v)
    case 'id':
    case 'text':
      return textOf(v)
  }
}

function textOf(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'Có' : 'Không'
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  return String(v).normalize('NFC')
}

/** A calendar day as Excel wants it: a Date at UTC midnight. Bare years stay text. */
function toExcelDate(v: unknown): Date | string {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return ''
    const atUtcMidnight = v.getUTCHours() === 0 && v.getUTCMinutes() === 0 && v.getUTCSeconds() === 0
    return atUtcMidnight ? v : new Date(Date.UTC(v.getFullYear(), v.getMonth(), v.getDate()))
  }
  const text = String(v).trim()
  if (/^\d{4}$/.test(text)) return text
  const iso = parseIsoDate(text) ? text : parseTypedDate(text)
  const p = iso ? parseIsoDate(iso) : null
  return p ? new Date(Date.UTC(p.year, p.month - 1, p.day)) : text.normalize('NFC')
}

// ——— Sheet names ———

/** Excel's rules: no []:*?/\, ≤ 31 characters, not empty, unique (case-insensitive). */
export function sanitizeSheetName(name: string, taken: string[]): string {
  const base =
    name
      .normalize('NFC')
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .slice(0, 31)
      .trim() || 'Trang tính'
  const used = new Set(taken.map((t) => t.toLocaleLowerCase('vi')))
  let candidate = base
  for (let i = 2; used.has(candidate.toLocaleLowerCase('vi')); i++) {
    const suffix = ` (${i})`
    candidate = base.slice(0, 31 - suffix.length).trimEnd() + suffix
  }
  return candidate
}

// ——— Page geometry ———

/** Pixels of text width on A4 with the margins above (96 px an inch). */
function printablePixels(orientation: 'portrait' | 'landscape'): number {
  return Math.floor((A4_INCHES[orientation].width - MARGINS.left - MARGINS.right) * 96)
}

function tablePixels(widths: number[]): number {
  return widths.reduce((s, w) => s + columnPixels(w), 0)
}

/** Smallest printed body text allowed (points): fitting to the page must not shrink 12 pt below this. */
export const MIN_PRINTED_PT = 9

/**
 * Widest table (in pixels of its columns) that prints at no less than MIN_PRINTED_PT on A4 landscape.
 * Builders of wide lists split their columns over several sheets past this (reports/memberList.ts).
 */
export const READABLE_TABLE_PIXELS = Math.floor(printablePixels('landscape') / (MIN_PRINTED_PT / BODY_PT))

/** The pixels a set of columns takes (the sum the page must hold). */
export function columnsPixels(cols: readonly Pick<DocColumn, 'width'>[]): number {
  return tablePixels(cols.map((c) => c.width))
}

function naturalOrientation(cols: DocColumn[]): 'portrait' | 'landscape' {
  // Up to ~10 % too wide still prints well shrunk on portrait.
  return tablePixels(cols.map((c) => c.width)) > printablePixels('portrait') * 1.1 ? 'landscape' : 'portrait'
}

/**
 * Widens a narrow table in proportion so it spans the page's text width, or at least the room the two
 * header blocks need; wide tables stay. A width of exactly 9 is nudged: exceljs leaves a column of
 * the default width 9 out of <cols>, and the reader then falls back to its own default width.
 */
function fitWidths(widths: number[], orientation: 'portrait' | 'landscape', blocksNeed: number): number[] {
  const target = Math.max(printablePixels(orientation) * 0.98, blocksNeed)
  const now = tablePixels(widths)
  const out =
    now >= target
      ? widths
      : widths.map(
          (w) => Math.floor(w * ((target - 5 * widths.length) / (now - 5 * widths.length)) * 10) / 10
        )
  return out.map((w) => (w === 9 ? 9.1 : w))
}

/**
 * Widens the whole table (up to 30 %, i.e. a slightly smaller print) when that puts a column boundary
 * where the header blocks need one, rather than splitting a table column for them.
 */
function roomForBlocks(widths: number[], leftNeed: number, rightNeed: number): number[] {
  const px = widths.map(columnPixels)
  const total = px.reduce((s, w) => s + w, 0)
  let edge = 0
  let factor = Infinity
  for (let k = 0; k < px.length - 1; k++) {
    edge += px[k]
    factor = Math.min(factor, Math.max(1, leftNeed / edge, rightNeed / (total - edge)))
  }
  if (factor <= 1 || factor > 1.3) return widths
  return widths.map((w) => Math.ceil(w * factor * 1.02 * 10) / 10)
}

/** Sheet columns (1-based, inclusive) one table column takes: two when split for the header blocks. */
interface Span {
  from: number
  to: number
}

interface Grid {
  /** Widths of the sheet's columns. */
  physical: number[]
  /** Widths of the table's columns (a boundary may have moved for the header blocks). */
  tableWidths: number[]
  /** Per table column. */
  spans: Span[]
  leftEnd: number
  rightStart: number
  rightEnd: number
}

/** Narrowest piece a split leaves (pixels). */
const MIN_PIECE_PX = 24
/** Tables longer than this never split a column for the header blocks (see buildGrid). */
const MAX_ROWS_TO_SPLIT = 400

/**
 * Where the two header blocks sit. The left block starts at column 1 and is at least as wide as its
 * longest line; the right block ends with the table and is at least as wide as its date line. A block
 * edge falls on the nearest table column boundary that leaves both blocks their room; failing that,
 * a boundary is moved (neighbouring columns give and take), and only for a short narrow table is a
 * column split into two sheet columns (merged back in every row), so that "ĐẢNG ỦY PHƯỜNG …" is never
 * squeezed onto two lines.
 */
function buildGrid(
  widths: number[],
  tableCols: number,
  leftNeed: number,
  rightNeed: number,
  allowSplit: boolean
): Grid {
  const px = widths.map(columnPixels)
  const original = [...px]
  const total = px.reduce((s, w) => s + w, 0)
  let edges = px.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [0])
  const cuts = new Set<number>()
  /** Moves table boundary k to x by widening one neighbour and narrowing the other (to ≥ 70 %). */
  const shift = (k: number, x: number): boolean => {
    const d = x - edges[k]
    const [a, b] = [px[k - 1] + d, px[k] - d]
    if (a < Math.max(30, original[k - 1] * 0.7) || b < Math.max(30, original[k] * 0.7)) return false
    ;[px[k - 1], px[k]] = [a, b]
    edges = px.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [0])
    return true
  }
  const place = (want: number, direction: 1 | -1, limit: number): number => {
    // The nearest existing boundary going away from the other block, not past `limit` (a block
    // wider than its text does no harm; a table column split under it leaves merged cells)…
    const near = edges.filter(
      (e) => e > 0 && e < total && (e - want) * direction >= -2 && (limit - e) * direction >= 0
    )
    if (near.length) return direction > 0 ? Math.min(...near) : Math.max(...near)
    // …else the nearest boundary moved there (neighbouring columns give and take a little)…
    const byDistance = edges
      .map((e, k) => ({ e, k }))
      .filter(({ k }) => k > 0 && k < edges.length - 1)
      .sort((a, b) => Math.abs(a.e - want) - Math.abs(b.e - want))
    for (const { k } of byDistance.slice(0, 2)) if (shift(k, Math.round(want))) return Math.round(want)
    // …else a table column is split under the edge: only for short tables, as every row merges it back.
    const i = edges.findIndex((e) => e > want) - 1
    if (i < 0) return want
    if (!allowSplit) return edges[direction > 0 ? i + 1 : i]
    const cut = Math.min(Math.max(want, edges[i] + MIN_PIECE_PX), edges[i + 1] - MIN_PIECE_PX)
    if (cut <= edges[i] || cut >= edges[i + 1]) return edges[direction > 0 ? i + 1 : i]
    cuts.add(cut)
    return cut
  }
  const leftEdge = place(Math.min(leftNeed, total / 2), 1, total - rightNeed)
  const rightEdge = Math.max(leftEdge, place(Math.max(total - rightNeed, leftEdge), -1, leftEdge))
  const pieceWidth = (p: number): number => Math.max(0.5, Math.round(((p - 5) / 7) * 10) / 10)
  const tableWidths = widths.map((w, i) => (px[i] === original[i] ? w : pieceWidth(px[i])))
  const physical: number[] = []
  const spans: Span[] = []
  tableWidths.forEach((w, i) => {
    const from = physical.length + 1
    const inside = [...cuts].filter((c) => c > edges[i] && c < edges[i + 1]).sort((a, b) => a - b)
    if (!inside.length) physical.push(w)
    else
      [edges[i], ...inside].forEach((start, k, all) =>
        physical.push(pieceWidth((all[k + 1] ?? edges[i + 1]) - start))
      )
    if (i < tableCols) spans.push({ from, to: physical.length })
  })
  const physicalEdges = physical
    .map(columnPixels)
    .reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [0])
  const nearestIndex = (x: number): number =>
    physicalEdges.reduce((best, e, k) => (Math.abs(e - x) < Math.abs(physicalEdges[best] - x) ? k : best), 0)
  const leftEnd = Math.max(1, Math.min(physical.length - 1, nearestIndex(leftEdge)))
  const rightStart = Math.max(leftEnd + 1, nearestIndex(rightEdge) + 1)
  // exceljs leaves a column of exactly the default width 9 out of <cols> (see fitWidths).
  for (let k = 0; k < physical.length; k++) if (physical[k] === 9) physical[k] = 9.1
  return {
    physical,
    tableWidths,
    spans,
    leftEnd,
    rightStart: Math.min(rightStart, physical.length),
    rightEnd: physical.length
  }
}

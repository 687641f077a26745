/**
 * Lays out one worksheet as a Party document (HD 36-HD/VPTW 2018; docs/design.md §7). Every report builder
 * uses this: it passes rows in, gets a sheet out. Times New Roman throughout; all names come from
 * the `OrganizationSettings` passed in.
 *
 * ```ts
 * type ColumnKind = 'text' | 'number' | 'percent' | 'date' | 'id' | 'stt'
 * interface DocColumn { key; header; group?; width; kind; numFmt? }
 * type DocRow = { kind?: 'data'; values } | { kind: 'group'; label } | { kind: 'total'; label?; values }
 * addPartyDocumentSheet(workbook, settings, spec): ExcelJS.Worksheet
 * newWorkbook(now?): ExcelJS.Workbook            // re-exported from ./workbookIo
 * workbookToBytes(workbook): Promise<Uint8Array> // re-exported from ./workbookIo
 * ```
 *
 * Sheet, top to bottom:
 *   rows 1–4  left block (superior in capitals, issuing body bold, "*", "Số 12-BC/ĐU") and right
 *             block ("ĐẢNG CỘNG SẢN VIỆT NAM" bold 15 with a rule under it, italic date line);
 *   title (bold, capitals), optional subtitle (italic), a blank row;
 *   the table: one header row, or two when any column has a `group` (grouped columns share a
 *             merged cell on the first row; the others are merged over both rows); body rows;
 *   optional notes, a blank row, then ONE closing row: "Nơi nhận:" (rich text, bold italic) and the
 *             "- …," list on the left; "T/M ĐẢNG ỦY\nBÍ THƯ\n\n\n\n\n<name>" bold on the right.
 *             One row with line breaks, so a page break never splits the signature block.
 * Multi-line texts get explicit row heights estimated from Times New Roman widths (merged cells
 * are never auto-fitted, and LibreOffice does not auto-fit imported rows); other rows are 17 pt.
 *
 * Column kinds — every value is typed, never a number-as-text:
 *   text     left-aligned string, wrapped.
 *   number   right-aligned number, numFmt '#,##0' (override with `numFmt`, e.g. '0' for years).
 *   percent  a number such as 12.5 (not 0.125) stored as the value, shown with one decimal by
 *            numFmt '0.0'. The decimal mark is chosen by the reader's locale: a Vietnamese Excel
 *            shows "12,5", LibreOffice in en-US shows "12.5". This is deliberate — storing "12,5"
 *            as text would break sums and sorting in the superior's own spreadsheet.
 *   date     ISO 'YYYY-MM-DD' (or d/m/yyyy, or a Date) → a real Excel date (JS Date at UTC
 *            midnight) with numFmt 'dd/mm/yyyy'. A bare year 'YYYY' (a date known only by year,
 *            domain/dates.ts) is written as the text '1975', centred — an Excel date would
 *            invent 01/01/1975.
 *   id       CCCD, party card: written as a string with numFmt '@' (leading zeros kept).
 *   stt      row number, centred; filled 1..n over data rows (group and total rows not counted)
 *            when the row does not give one.
 *   Missing values (null/undefined/'') leave an empty bordered cell.
 *
 * Widths are in Excel characters. A table narrower than the A4 text width is widened in proportion
 * so the document spans the page; a wider one is shrunk by fit-to-width when printed. Orientation
 * defaults to landscape when the table does not fit portrait.
 * Print: A4, fit to 1 page wide (any number tall), centred horizontally, the table header rows
 * repeated on every page, "Trang &P / &N" in the footer.
 */
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { foldForSearch } from '@renderer/domain/names'
import { parseIsoDate, parseTypedDate } from '@renderer/domain/dates'
import { printOnA4 } from './printSetup'
import {
  RECIPIENTS_TITLE_FONT,
  STYLES,
  bodyStyle,
  columnPixels,
  estimateLines,
  heightForLines,
  textPixels,
  type Align
} from './styles'

export { newWorkbook, workbookToBytes } from './workbookIo'

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
}

export type DocRow =
  | { kind?: 'data'; values: Record<string, unknown> }
  | { kind: 'group'; label: string }
  | { kind: 'total'; label?: string; values: Record<string, unknown> }

export interface PartyDocumentSpec {
  /** Sanitised: no []:*?/\, at most 31 characters, unique in the workbook. */
  sheetName: string
  /** Shown in capitals. */
  title: string
  subtitle?: string
  /** "12-BC" → "Số 12-BC/ĐU" with the settings' suffix. */
  documentNumber?: string
  /** ISO 'YYYY-MM-DD' or a Date (its local calendar day); default today. */
  date?: Date | string
  /** Default: landscape when the table is too wide for portrait. */
  orientation?: 'portrait' | 'landscape'
  columns: DocColumn[]
  rows: DocRow[]
  /** One line each, written "- …"; "Lưu VP Đảng ủy." is added as the last line. */
  recipients?: string[]
  /** Lines under the table (e.g. "Ghi chú: …"), italic. */
  notes?: string[]
}

const MARGINS = { left: 0.75, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
const A4_INCHES = { portrait: 8.27, landscape: 11.69 }
const SIGNATURE_GAP_LINES = 4
const BODY_ROW_HEIGHT = 17
const NATIONAL_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM'
const ARCHIVE_LINE = 'Lưu VP Đảng ủy'

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
  // Rows left to auto-height start at 17 pt: Times New Roman 12 with Vietnamese marks above and
  // below needs more than the 15 pt of a Calibri sheet.
  const ws = workbook.addWorksheet(name, {
    views: [{ showGridLines: false }],
    properties: { defaultRowHeight: BODY_ROW_HEIGHT }
  })

  // Columns: the table's own, plus a spacer so a one-column table still has two header blocks.
  const orientation = spec.orientation ?? naturalOrientation(spec.columns)
  const widths = fitWidths(
    spec.columns.length > 1 ? spec.columns.map((c) => c.width) : [spec.columns[0].width, 20],
    orientation
  )
  ws.columns = widths.map((width) => ({ width }))
  const n = widths.length
  const px = (from: number, to: number): number =>
    widths.slice(from - 1, to).reduce((s, w) => s + columnPixels(w), 0)

  const superior = upper(settings.superiorName)
  const issuing = upper(settings.issuingBody)
  const dateLine = formatDateLine(settings.placeName, spec.date)
  const number = formatDocumentNumber(spec.documentNumber, settings.documentNumberSuffix)
  const { leftEnd, rightStart, rightEnd } = placeBlocks(
    widths,
    Math.max(textPixels(superior, 14), textPixels(issuing, 14, true)) + 16,
    // Italic runs a little wider than the upright estimate: 10 % headroom for the date line.
    Math.max(textPixels(NATIONAL_TITLE, 15, true), textPixels(dateLine, 14) * 1.1) + 16
  )
  const leftPx = px(1, leftEnd)
  const rightPx = px(rightStart, rightEnd)
  const allPx = px(1, n)

  const put = (row: number, from: number, to: number, value: string, style: Partial<ExcelJS.Style>): void => {
    const cell = ws.getCell(row, from)
    cell.value = value
    cell.style = style
    if (to > from) ws.mergeCells(row, from, row, to)
  }
  const left = (row: number, value: string, style: Partial<ExcelJS.Style>): void =>
    put(row, 1, leftEnd, value, style)
  const right = (row: number, value: string, style: Partial<ExcelJS.Style>): void =>
    put(row, rightStart, rightEnd, value, style)
  const setHeight = (row: number, height: number): void => {
    ws.getRow(row).height = height
  }
  const lines = (text: string, pixels: number, size: number, bold = false): number =>
    estimateLines(text, pixels, size, bold)

  // ——— Header blocks (rows 1–4) ———
  left(1, superior, STYLES.superior)
  right(1, NATIONAL_TITLE, STYLES.nationalTitle)
  left(2, issuing, STYLES.issuingBody)
  left(3, '*', STYLES.star)
  if (number) left(4, number, STYLES.docNumber)
  right(4, dateLine, STYLES.dateLine)
  setHeight(
    1,
    heightForLines(Math.max(lines(superior, leftPx, 14), lines(NATIONAL_TITLE, rightPx, 15, true)), 15)
  )
  setHeight(2, heightForLines(lines(issuing, leftPx, 14, true), 14))
  setHeight(3, 16)
  setHeight(4, heightForLines(Math.max(lines(number, leftPx, 14), lines(dateLine, rightPx, 14)), 14))

  // ——— Title ———
  let r = 6
  const title = upper(spec.title)
  put(r, 1, n, title, STYLES.title)
  setHeight(r, heightForLines(lines(title, allPx, 14, true), 14))
  r++
  if (spec.subtitle) {
    const subtitle = spec.subtitle.normalize('NFC')
    put(r, 1, n, subtitle, STYLES.subtitle)
    setHeight(r, heightForLines(lines(subtitle, allPx, 13), 13))
    r++
  }
  r++ // blank row

  // ——— Table header ———
  const cols = spec.columns
  const twoRows = cols.some((c) => c.group)
  const headTop = r
  const headBottom = twoRows ? r + 1 : r
  writeTableHeader(ws, cols, headTop, twoRows)
  setTableHeaderHeights(ws, cols, widths, headTop, twoRows)
  r = headBottom + 1

  // ——— Body ———
  r = writeBody(ws, cols, widths.slice(0, cols.length).map(columnPixels), spec.rows, r)

  // ——— Notes ———
  for (const note of spec.notes ?? []) {
    const text = note.normalize('NFC')
    put(r, 1, n, text, STYLES.note)
    setHeight(r, heightForLines(lines(text, allPx, 12), 12))
    r++
  }
  r++ // blank row

  // ——— Recipients (left) and signature (right) ———
  // One row, lines separated by line breaks: a printed page break can never split the signature
  // from its title, nor "Nơi nhận:" from its list.
  const closing = ws.getRow(r)
  const signature = [
    upper(settings.signerRole),
    upper(settings.signerTitle),
    ...Array<string>(SIGNATURE_GAP_LINES).fill(''),
    settings.signerName.normalize('NFC')
  ]
  right(r, signature.join('\n'), STYLES.signature)
  const recipients = recipientLines(spec.recipients)
  left(r, '', STYLES.recipients)
  ws.getCell(r, 1).value = {
    richText: [
      { text: 'Nơi nhận:', font: RECIPIENTS_TITLE_FONT },
      { text: '\n' + recipients.join('\n'), font: STYLES.recipients.font }
    ]
  }
  const recipientLineCount = 1 + recipients.reduce((t, line) => t + lines(line, leftPx, 11), 0)
  closing.height = Math.max(heightForLines(signature.length, 14), heightForLines(recipientLineCount, 11.5))

  // ——— Print ———
  printOnA4(ws, orientation, `${headTop}:${headBottom}`, MARGINS)
  return ws
}

// ——— Table ———

function writeTableHeader(ws: ExcelJS.Worksheet, cols: DocColumn[], top: number, twoRows: boolean): void {
  const style = STYLES.tableHeader
  cols.forEach((c, i) => {
    const col = i + 1
    const cell = ws.getCell(twoRows && c.group ? top + 1 : top, col)
    cell.value = c.header.normalize('NFC')
    cell.style = style
    if (twoRows && !c.group) {
      ws.getCell(top + 1, col).style = style
      ws.mergeCells(top, col, top + 1, col)
    }
  })
  if (!twoRows) return
  for (const run of groupRuns(cols)) {
    for (let col = run.from; col <= run.to; col++) ws.getCell(top, col).style = style
    ws.getCell(top, run.from).value = run.group.normalize('NFC')
    if (run.to > run.from) ws.mergeCells(top, run.from, top, run.to)
  }
}

function setTableHeaderHeights(
  ws: ExcelJS.Worksheet,
  cols: DocColumn[],
  widths: number[],
  top: number,
  twoRows: boolean
): void {
  const h = (text: string, pixels: number): number =>
    heightForLines(estimateLines(text, pixels, 12, true), 12)
  const own = cols.map((c, i) => h(c.header, columnPixels(widths[i])))
  if (!twoRows) {
    ws.getRow(top).height = Math.max(20, ...own)
    return
  }
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
  ws.getRow(top).height = first
  ws.getRow(top + 1).height = second
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
  data: Partial<ExcelJS.Style>
  total: Partial<ExcelJS.Style>
  /** Bare years in date columns are text: centred, no date format. */
  yearData: Partial<ExcelJS.Style>
  yearTotal: Partial<ExcelJS.Style>
}

function writeBody(
  ws: ExcelJS.Worksheet,
  cols: DocColumn[],
  colPx: number[],
  rows: DocRow[],
  start: number
): number {
  // One frozen style per column and row kind, built once for the whole sheet.
  const writers: ColumnWriter[] = cols.map((c) => {
    const k = KINDS[c.kind]
    const fmt = c.numFmt ?? k.numFmt
    return {
      key: c.key,
      kind: c.kind,
      data: bodyStyle(k.align, fmt, false),
      total: bodyStyle(k.align, fmt, true),
      yearData: c.kind === 'date' ? bodyStyle('center', undefined, false) : bodyStyle(k.align, fmt, false),
      yearTotal: c.kind === 'date' ? bodyStyle('center', undefined, true) : bodyStyle(k.align, fmt, true)
    }
  })
  const totalLabel = bodyStyle('center', undefined, true)
  const n = cols.length
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
      for (let c = 1; c <= n; c++) excelRow.getCell(c).style = STYLES.groupRow
      excelRow.getCell(1).value = label
      if (n > 1) ws.mergeCells(r, 1, r, n)
      const lines = estimateLines(label, allPx, 12, true)
      if (lines > 1) excelRow.height = heightForLines(lines, 12)
    } else if (row.kind === 'total') {
      let span = 0
      while (span < n && isBlank(row.values[writers[span].key])) span++
      writers.forEach((w, i) => {
        const cell = excelRow.getCell(i + 1)
        const value = i < span ? null : toCellValue(w.kind, row.values[w.key])
        cell.value = value
        cell.style = w.kind === 'date' && typeof value === 'string' ? w.yearTotal : w.total
      })
      const most = rowLines(
        writers.map((_, i) => excelRow.getCell(i + 1).value),
        true
      )
      if (most > 1) excelRow.height = heightForLines(most, 12)
      if (span > 0) {
        const label = excelRow.getCell(1)
        label.value = (row.label ?? 'Tổng cộng').normalize('NFC')
        label.style = totalLabel
        for (let c = 2; c <= span; c++) excelRow.getCell(c).style = totalLabel
        if (span > 1) ws.mergeCells(r, 1, r, span)
      }
    } else {
      stt++
      const values: ExcelJS.CellValue[] = []
      for (let i = 0; i < n; i++) {
        const w = writers[i]
        const raw = row.values[w.key]
        const cell = excelRow.getCell(i + 1)
        const value = w.kind === 'stt' && isBlank(raw) ? stt : toCellValue(w.kind, raw)
        cell.value = value
        cell.style = w.kind === 'date' && typeof value === 'string' ? w.yearData : w.data
        values.push(value)
      }
      const most = rowLines(values, false)
      if (most > 1) excelRow.height = heightForLines(most, 12)
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

// ——— Texts ———

function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi')
}

/** "12-BC" + "/ĐU" → "Số 12-BC/ĐU"; empty when no number is given. */
export function formatDocumentNumber(number: string | undefined, suffix: string): string {
  const n = (number ?? '')
    .normalize('NFC')
    .trim()
    .replace(/^Số\s*/i, '')
  if (!n) return ''
  const s = suffix.normalize('NFC').trim()
  return `Số ${s && !n.endsWith(s) ? n + s : n}`
}

/** "<place>, ngày dd tháng mm năm yyyy" (HD 36: days and months below 10 take a leading zero). */
export function formatDateLine(placeName: string, date: Date | string | undefined): string {
  let y: number, m: number, d: number
  if (date === undefined || date instanceof Date) {
    const t = date ?? new Date()
    ;[y, m, d] = [t.getFullYear(), t.getMonth() + 1, t.getDate()]
  } else {
    const p = parseIsoDate(parseTypedDate(date) ?? date)
    if (!p || /^\d{4}$/.test(date.trim())) throw new Error(`Ngày văn bản không hợp lệ: "${date}".`)
    ;[y, m, d] = [p.year, p.month, p.day]
  }
  const pad = (x: number): string => String(x).padStart(2, '0')
  const place = placeName.normalize('NFC').trim()
  return `${place ? place + ', ' : ''}ngày ${pad(d)} tháng ${pad(m)} năm ${y}`
}

/** "- …," lines, the archive line last: "- Lưu VP Đảng ủy." */
export function recipientLines(recipients: string[] | undefined): string[] {
  const clean = (s: string): string =>
    s
      .normalize('NFC')
      .trim()
      .replace(/^[-–•+]\s*/, '')
      .replace(/[\s,;.]+$/, '')
  const isArchive = (s: string): boolean => foldForSearch(s).startsWith('luu vp')
  const given = (recipients ?? []).map(clean).filter(Boolean)
  const list = [...given.filter((s) => !isArchive(s)), given.find(isArchive) ?? ARCHIVE_LINE]
  return list.map((s, i) => `- ${s}${i === list.length - 1 ? '.' : ','}`)
}

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
  return Math.floor((A4_INCHES[orientation] - MARGINS.left - MARGINS.right) * 96)
}

function tablePixels(widths: number[]): number {
  return widths.reduce((s, w) => s + columnPixels(w), 0)
}

function naturalOrientation(cols: DocColumn[]): 'portrait' | 'landscape' {
  // Up to ~10 % too wide still prints well shrunk on portrait.
  return tablePixels(cols.map((c) => c.width)) > printablePixels('portrait') * 1.1 ? 'landscape' : 'portrait'
}

/** Widens a narrow table in proportion so it spans the page's text width; wide tables stay. */
function fitWidths(widths: number[], orientation: 'portrait' | 'landscape'): number[] {
  const target = printablePixels(orientation) * 0.98
  const now = tablePixels(widths)
  if (now >= target) return widths
  const factor = (target - 5 * widths.length) / (now - 5 * widths.length)
  return widths.map((w) => Math.floor(w * factor * 10) / 10)
}

/**
 * Where the two header blocks sit (1-based, inclusive columns). The left block starts at column 1
 * and is just wide enough for its longest line. The right block is the run of columns after it
 * closest to its own needed width and centred near 72 % of the table — so the rule under
 * "ĐẢNG CỘNG SẢN VIỆT NAM" (the block's bottom border) is about as long as the title, as in print.
 */
function placeBlocks(
  widths: number[],
  leftNeed: number,
  rightNeed: number
): { leftEnd: number; rightStart: number; rightEnd: number } {
  const n = widths.length
  const px = widths.map(columnPixels)
  const total = px.reduce((s, w) => s + w, 0)
  // Left: the end column that best gives both blocks their room (a shortfall costs double).
  let leftEnd = 1
  let bestCost = Infinity
  for (let k = 1, acc = 0; k <= Math.max(1, n - 1); k++) {
    acc += px[k - 1]
    const rest = total - acc
    const cost =
      (acc < leftNeed ? (leftNeed - acc) * 2 : acc - leftNeed) +
      (rest < rightNeed ? (rightNeed - rest) * 2 : 0)
    if (cost < bestCost) [leftEnd, bestCost] = [k, cost]
  }

  let best = { rightStart: n, rightEnd: n, score: Infinity }
  let offset = px.slice(0, leftEnd).reduce((s, w) => s + w, 0)
  for (let a = leftEnd + 1; a <= n; a++) {
    let width = 0
    for (let b = a; b <= n; b++) {
      width += px[b - 1]
      const centre = offset + width / 2
      // A block narrower than its date line wraps it onto two lines: avoid that unless no run fits.
      const fit = width < rightNeed ? (rightNeed - width) * 20 : width - rightNeed
      const score = fit + Math.abs(centre - total * 0.72) * 0.5
      if (score < best.score) best = { rightStart: a, rightEnd: b, score }
    }
    offset += px[a - 1]
  }
  return { leftEnd, rightStart: best.rightStart, rightEnd: best.rightEnd }
}

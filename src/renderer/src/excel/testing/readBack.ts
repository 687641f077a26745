// Test helpers: load the bytes a report builder produced with exceljs (as the superior's Excel
// would) and ask questions of one sheet — texts, typed values, merges, fonts, borders, print setup.
// Used by every report's test; never imported by app code.
import ExcelJS from 'exceljs'
import * as XLSX from '@e965/xlsx'
import { FONT_NAME, columnPixels, textPixels } from '../styles'

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

// ——— The fit-to-send checklist (docs/design.md §7), one call per produced file ———

export interface FitToSendOptions {
  /** A sheet without a table (an empty list stated in words) has no header rows to repeat. */
  withoutTable?: string[]
}

export interface SentDocument {
  sheet: string
  numberLine: string
  /** The signature block's lines, top to bottom (blank lines left out). */
  signature: string[]
  /** "Nơi nhận" lines, "- …," as printed. */
  recipients: string[]
}

const A4 = 9
/** docs/design.md §7: no page printed below 9 pt. */
const MIN_PRINTED_PT = 9
const NUMBER_LINE = /^Số\s+[\d\s]*-[A-Za-zĐđ]+(\/\S+)?$/u
const NUMBER_AS_TEXT = /^-?\d+(?:[.,]\d+)?\s*%?$/
const COUNT_WITH_PERCENT = /\d+[^()]*\(\s*\d+(?:[.,]\d+)?\s*%\s*\)/
const INTERNAL = [
  /\b[a-z]{1,3}-[a-z]?\d{3,}\b/, // generated ids: d-m00012, m-0042
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, // UUIDs
  /(^|[^\p{L}])(id|undefined|null|NaN|true|false|object Object)([^\p{L}]|$)/u,
  /\b[a-z]+[A-Z][a-zA-Z]*\b/, // camelCase field names
  /[{}[\]"]\s*\w+"?\s*:/ // JSON
]

function xmlOf(bytes: Uint8Array, path: string): string {
  const zip = XLSX.CFB.read(bytes, { type: 'array' })
  const file = XLSX.CFB.find(zip, '/' + path)
  if (!file) throw new Error(`No ${path} in the file`)
  return new TextDecoder().decode(file.content as Uint8Array)
}

/** Rows after which the sheet (1-based position) has a manual page break, read from its XML. */
export function pageBreakRows(bytes: Uint8Array, sheet = 1): number[] {
  const xml = xmlOf(bytes, `xl/worksheets/sheet${sheet}.xml`)
  return [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))
}

/**
 * The size (points) the sheet's 12 pt body text prints at: 12 × the fit-to-width scale (the print
 * area's columns on the page's text width), and × the fit-to-height scale too when it is printed on
 * one page tall (the print area's rows on the page's text height).
 */
export function printedBodyPoints(ws: ExcelJS.Worksheet): number {
  const ps = ws.pageSetup
  const landscape = ps.orientation === 'landscape'
  const [pageWidth, pageHeight] = landscape ? [11.69, 8.27] : [8.27, 11.69]
  const m = ps.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 }
  const area = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ps.printArea ?? '')
  const lastCol = area ? Number(ws.getCell(`${area[3]}1`).col) : ws.columnCount
  const lastRow = area ? Number(area[4]) : ws.rowCount
  let widthPx = 0
  for (let c = 1; c <= lastCol; c++) widthPx += columnPixels(ws.getColumn(c).width ?? 9)
  let scale = Math.min(1, Math.floor((pageWidth - m.left - m.right) * 96) / widthPx)
  if (ps.fitToHeight === 1) {
    let heightPt = 0
    for (let r = 1; r <= lastRow; r++) heightPt += ws.getRow(r).height ?? ws.properties.defaultRowHeight ?? 15
    scale = Math.min(scale, ((pageHeight - m.top - m.bottom) * 72) / heightPt)
  }
  return 12 * scale
}

function textOfCell(cell: ExcelJS.Cell): string {
  return cell.text ?? ''
}

/**
 * Asserts every item of the checklist a document must pass before the higher level accepts it, on
 * every sheet of the file, and returns what each sheet says in its number line, signature and
 * "Nơi nhận" so the test can check they are the right ones for the document.
 */
export async function expectFitToSend(
  bytes: Uint8Array,
  options: FitToSendOptions = {}
): Promise<SentDocument[]> {
  const problems: string[] = []
  const fail = (sheet: string, what: string): void => {
    problems.push(`${sheet}: ${what}`)
  }
  // The workbook's default font: font 0 of styles.xml.
  const styles = xmlOf(bytes, 'xl/styles.xml')
  const firstFont = /<fonts[^>]*>\s*<font>([\s\S]*?)<\/font>/.exec(styles)?.[1] ?? ''
  if (!/<name val="Times New Roman"\/>/.test(firstFont))
    problems.push(`default style font is not Times New Roman: ${firstFont}`)

  const workbook = await readWorkbook(bytes)
  const out: SentDocument[] = []
  workbook.worksheets.forEach((ws, index) => {
    const s = sheetReader(workbook, ws)
    const name = ws.name
    // Number line under the issuing body.
    const number = [1, 2, 3, 4, 5].map((r) => s.text(r, 1)).find((t) => NUMBER_LINE.test(t)) ?? ''
    if (!number) fail(name, 'no number line "Số …-BC/ĐU" under the issuing body')
    // Issuing body on one line: its block is at least as wide as the words.
    const issuing = s.cell(2, 1)
    const block = s.mergeOf('A2')
    const lastCol = block ? Number(ws.getCell(block.split(':')[1]).col) : 1
    let blockPx = 0
    for (let c = 1; c <= lastCol; c++) blockPx += columnPixels(ws.getColumn(c).width ?? 9)
    if (textPixels(textOfCell(issuing), 14, true) + 10 > blockPx)
      fail(name, `issuing body "${issuing.text}" does not fit one line (${blockPx} px)`)

    // Print setup: A4 one page wide, any number of pages tall — or one page tall with no page break.
    const ps = ws.pageSetup
    const breaks = pageBreakRows(bytes, index + 1)
    const tall = ps.fitToHeight === 0 || (ps.fitToHeight === 1 && breaks.length === 0)
    if (ps.paperSize !== A4 || !ps.fitToPage || ps.fitToWidth !== 1 || !tall)
      fail(name, 'not A4 fit to one page wide')
    const printed = printedBodyPoints(ws)
    if (printed < MIN_PRINTED_PT) fail(name, `the table prints at ${printed.toFixed(1)} pt, below 9 pt`)
    const withTable = !options.withoutTable?.includes(name)
    if (withTable && !ps.printTitlesRow) fail(name, 'header rows not repeated on every page')
    const footer = ws.headerFooter.oddFooter ?? ''
    if (!footer.includes('&P') || !footer.includes('&N')) fail(name, 'no page numbers in the footer')

    // Cells: fonts, typed numbers, nothing internal or English.
    let receivedRow = 0
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) return
        const text = textOfCell(cell)
        if (text === 'Nơi nhận:' && c === 1) receivedRow = r
        if (cell.font?.name !== FONT_NAME && (text || cell.border))
          fail(name, `${cell.address} font ${cell.font?.name}`)
        const v = cell.value
        if (v && typeof v === 'object' && 'richText' in v)
          for (const run of v.richText)
            if (run.font?.name && run.font.name !== FONT_NAME) fail(name, `${cell.address} rich text font`)
        if (typeof v === 'string') {
          const year = /^\d{4}$/.test(v) && !cell.numFmt
          if (NUMBER_AS_TEXT.test(v.trim()) && cell.numFmt !== '@' && !year)
            fail(name, `${cell.address} number stored as text "${v}"`)
          if (COUNT_WITH_PERCENT.test(v))
            fail(name, `${cell.address} count and percentage in one text "${v}"`)
          for (const re of INTERNAL) if (re.test(v)) fail(name, `${cell.address} internal text "${v}"`)
        }
      })
    )

    // Recipients and signature, inside the print area, kept with the table's last rows.
    if (!receivedRow) {
      fail(name, 'no "Nơi nhận:" block')
      return
    }
    const signatureCol = s.find('ĐẢNG CỘNG SẢN VIỆT NAM')?.col ?? 0
    const recipients: string[] = []
    const signature: string[] = []
    const last = s.lastRow()
    for (let r = receivedRow; r <= last; r++) {
      const left = s.text(r, 1)
      if (r > receivedRow && left) recipients.push(left)
      const sig = signatureCol ? s.text(r, signatureCol) : ''
      if (sig) signature.push(sig)
    }
    if (!recipients.length || !/^- Lưu .+\.$/.test(recipients[recipients.length - 1]))
      fail(name, `"Nơi nhận" does not end with the archive line: ${recipients.join(' | ')}`)
    if (signature.length < 3) fail(name, `no signature block (${signature.join(' | ')})`)
    const area = ps.printArea ?? ''
    const areaEnd = Number(/(\d+)$/.exec(area)?.[1] ?? 0)
    if (areaEnd < last) fail(name, `print area ${area} leaves out the signature (last row ${last})`)
    // The table's last two rows (or the empty-list sentence) stay on the signature's page.
    let tableEnd = receivedRow - 1
    while (tableEnd > 1 && !ws.getRow(tableEnd).getCell(1).border?.bottom) tableEnd--
    const keepFrom = withTable ? Math.max(1, tableEnd - 1) : receivedRow - 2
    const inside = breaks.filter((b) => b >= keepFrom && b < last)
    if (inside.length)
      fail(name, `page break after row ${inside[0]} separates the last rows from the signature`)
    out.push({ sheet: name, numberLine: number, signature, recipients })
  })
  if (problems.length) throw new Error(`Not fit to send:\n${problems.join('\n')}`)
  return out
}

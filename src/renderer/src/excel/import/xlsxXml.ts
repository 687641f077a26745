// The XML of an .xlsx's parts, read for the values only: a member list is a plain table, and
// building exceljs' whole workbook model (styles, fonts, every cell object) for it cost more than
// the rest of the import's reading (docs/design.md §9). Element names may carry a namespace
// prefix ("x:c"); attributes may be quoted either way. The file is untrusted (docs/design.md §8):
// every scan here moves forward only (indexOf, no backtracking pattern over a whole part), so a
// crafted part cannot make reading it quadratic, and ./grid checks every cell and merge against
// ./limits.
import { excelSerialToInstant, isExcelDay } from './excelDates'
import { parseRange, type MergeRange } from './limits'

/** A cell's value as the grid holds it (./grid's RawCell). */
export type XmlCell = string | number | boolean | Date | null

/** A part that is not well-formed where it matters (an element left open, a missing string). */
export class BrokenSheetError extends Error {}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/g
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(
    ENTITY,
    (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name) return NAMED[name]
      const code = hex ? parseInt(hex, 16) : Number(dec)
      return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
    }
  )
}

const isSpace = (ch: number) => ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d

/** Where a tag's name ends (at a space, "/" or ">"). */
function nameEnd(xml: string, from: number): number {
  let i = from
  while (i < xml.length) {
    const ch = xml.charCodeAt(i)
    if (isSpace(ch) || ch === 0x2f || ch === 0x3e) break
    i++
  }
  return i
}

/** The end tag `</name>` (spaces allowed before ">") from `from` on: its start and its end. */
function endTag(xml: string, name: string, from: number): [number, number] | null {
  for (let i = xml.indexOf(`</${name}`, from); i !== -1; i = xml.indexOf(`</${name}`, i + 1)) {
    let j = i + name.length + 2
    while (isSpace(xml.charCodeAt(j))) j++
    if (xml.charCodeAt(j) === 0x3e) return [i, j + 1]
  }
  return null
}

/**
 * How a scan treats an element, by its name without prefix: `start` reports its start tag and
 * goes on inside it (a row holds cells); `whole` reports its content and goes on after its end
 * tag (a cell, a string item). Other elements are passed through.
 */
type Want = 'start' | 'whole'

/**
 * Calls `visit` for each wanted element of `xml`, in document order, with its start tag's
 * attributes text and (for `whole`) its content, '' when it is empty ("<c r='A1'/>").
 */
function scanElements(
  xml: string,
  want: Readonly<Record<string, Want>>,
  visit: (name: string, attrs: string, content: string) => void
): void {
  let at = 0
  while ((at = xml.indexOf('<', at)) !== -1) {
    const end = nameEnd(xml, at + 1)
    const qualified = xml.slice(at + 1, end)
    const gt = xml.indexOf('>', end)
    if (gt === -1) return
    at = gt + 1
    const name = qualified.slice(qualified.indexOf(':') + 1)
    const how = Object.hasOwn(want, name) ? want[name] : undefined
    if (!how) continue
    const empty = xml.charCodeAt(gt - 1) === 0x2f
    const attrs = xml.slice(end, empty ? gt - 1 : gt)
    if (how === 'start' || empty) {
      visit(name, attrs, '')
      continue
    }
    const close = endTag(xml, qualified, gt)
    if (!close) throw new BrokenSheetError(`<${qualified}> is not closed`)
    visit(name, attrs, xml.slice(gt + 1, close[0]))
    at = close[1]
  }
}

/** The attributes of a start tag (the text between its name and ">"), read in one pass. */
export function attributesOf(attrs: string): Map<string, string> {
  const out = new Map<string, string>()
  for (let at = 0, eq = attrs.indexOf('='); eq !== -1; eq = attrs.indexOf('=', at)) {
    let open = eq + 1
    while (isSpace(attrs.charCodeAt(open))) open++
    const quote = attrs[open]
    const close = quote === '"' || quote === "'" ? attrs.indexOf(quote, open + 1) : -1
    if (close === -1) break
    out.set(attrs.slice(at, eq).trim(), unescapeXml(attrs.slice(open + 1, close)))
    at = close + 1
  }
  return out
}

/** The start tags of every `name` element in `xml`, as attribute maps. */
export function elements(xml: string, name: string): Map<string, string>[] {
  const out: Map<string, string>[] = []
  scanElements(xml, { [name]: 'start' }, (_, attrs) => out.push(attributesOf(attrs)))
  return out
}

/** The content of the first `name` element of `xml`, or undefined when it has none. */
function contentOf(xml: string, name: string): string | undefined {
  let found: string | undefined
  scanElements(xml, { [name]: 'whole' }, (_, __, content) => (found ??= content))
  return found
}

/**
 * Text content as an XML parser gives it: line ends written as CR LF read as LF (before entities
 * are decoded: a "&#13;" is a real CR), entities decoded, CDATA kept as written.
 */
function xmlText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw
  let out = ''
  let at = 0
  for (let open = text.indexOf('<![CDATA['); open !== -1; open = text.indexOf('<![CDATA[', at)) {
    const close = text.indexOf(']]>', open)
    if (close === -1) break
    out += unescapeXml(text.slice(at, open)) + text.slice(open + 9, close)
    at = close + 3
  }
  return out + unescapeXml(text.slice(at))
}

/** Characters Excel cannot put in XML, written "_x000D_". */
const ESCAPED_CHAR = /_x([0-9A-Fa-f]{4})_/g

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of a cell): its `<t>`, or the
 * runs of rich text joined. Phonetic guides (`<rPh>`, East Asian readings) are not the text.
 */
export function stringItem(xml: string): string {
  let text = ''
  scanElements(xml, { t: 'whole', rPh: 'whole' }, (name, _, content) => {
    if (name === 't') text += xmlText(content)
  })
  return text.includes('_x')
    ? text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text
}

/** xl/sharedStrings.xml → the strings cells point to by index. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = []
  scanElements(xml, { si: 'whole' }, (_, __, content) => out.push(stringItem(content)))
  return out
}

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30: 14–22, 45–47). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])
/** Excel refuses a longer format code. */
const MAX_FORMAT_CODE = 255

/** A format code shows a date or time when, outside quoted text, [colours], and escaped characters, it has y m d h s. */
export function isDateFormat(code: string): boolean {
  if (code.length > MAX_FORMAT_CODE) return false
  const bare = code.replace(/\[[^\]]*\]|"[^"]*"|\\.|[_*]./g, '')
  return /[ymdhs]/i.test(bare)
}

/** xl/styles.xml → for each cell style (`s="n"`), whether its number format is a date. */
export function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>()
  for (const f of elements(xml, 'numFmt')) custom.set(Number(f.get('numFmtId')), f.get('formatCode') ?? '')
  // Only the cells' styles: <cellStyleXfs> holds <xf> too, the masters they are built on.
  return elements(contentOf(xml, 'cellXfs') ?? '', 'xf').map((xf) => {
    const id = Number(xf.get('numFmtId') ?? 0)
    const code = custom.get(id)
    return code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code)
  })
}

export interface SheetContext {
  sharedStrings: readonly string[]
  dateStyles: readonly boolean[]
  date1904: boolean
}

export interface SheetCell {
  /** 0-based. */
  r: number
  c: number
  value: XmlCell
}

function cellValue(type: string | undefined, style: number, content: string, ctx: SheetContext): XmlCell {
  if (type === 'inlineStr') {
    const is = contentOf(content, 'is')
    return is === undefined ? null : stringItem(is)
  }
  const v = contentOf(content, 'v')
  if (v === undefined) return null
  switch (type) {
    case 's': {
      const text = ctx.sharedStrings[Number(v)]
      if (text === undefined) throw new BrokenSheetError(`no shared string ${v}`)
      return text
    }
    case 'str':
    case 'e':
      return xmlText(v)
    case 'b':
      return parseInt(v, 10) !== 0
    case 'd': {
      // ISO 8601 as Excel writes it, without a zone: the wall-clock day and time as written, which
      // the grid holds at UTC (as a day number's). JS would read "…T00:00:00" as local time.
      const text = v.trim()
      const unzoned = text.includes('T') && !/(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(text)
      const date = new Date(unzoned ? `${text}Z` : text)
      return isNaN(date.getTime()) ? xmlText(v) : date
    }
    default: {
      const n = parseFloat(v)
      if (!Number.isFinite(n)) return xmlText(v)
      return ctx.dateStyles[style] && isExcelDay(n) ? excelSerialToInstant(n, ctx.date1904) : n
    }
  }
}

const CELL_REF = /^\$?([A-Za-z]{1,7})\$?(\d{1,9})$/

function columnOf(letters: string): number {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}

/**
 * A worksheet's XML → its cells holding a value (in sheet order) and its merges. `onCell` sees
 * each cell before it is kept, so a cell past the limits stops the reading at once. A cell or row
 * without its reference follows the one before it, as the format allows.
 */
export function readSheetXml(
  xml: string,
  ctx: SheetContext,
  onCell: (r: number, c: number) => void
): { cells: SheetCell[]; merges: MergeRange[]; hiddenRows: number[] } {
  const cells: SheetCell[] = []
  const merges: MergeRange[] = []
  /** 0-based rows hidden in Excel (hidden="1": by hand or by a filter). */
  const hiddenRows: number[] = []
  let r = -1
  let c = -1
  const visit = (name: string, attrs: string, content: string) => {
    if (name === 'mergeCell') {
      const range = parseRange(attributesOf(attrs).get('ref') ?? '')
      if (range) merges.push(range)
    } else if (name === 'row') {
      const row = attributesOf(attrs)
      const n = Number(row.get('r'))
      r = Number.isInteger(n) && n > 0 ? n - 1 : r + 1
      c = -1
      const hidden = row.get('hidden')
      if (hidden === '1' || hidden === 'true') hiddenRows.push(r)
    } else {
      const cell = attributesOf(attrs)
      const ref = CELL_REF.exec(cell.get('r') ?? '')
      if (ref) {
        r = Number(ref[2]) - 1
        c = columnOf(ref[1])
      } else c++
      const value = cellValue(cell.get('t'), Number(cell.get('s') ?? 0), content, ctx)
      if (value === null) return
      onCell(r, c)
      cells.push({ r, c, value })
    }
  }
  // Rows and cells are looked for in <sheetData> only; the merges follow it.
  scanElements(xml, { sheetData: 'whole', mergeCell: 'start' }, (name, attrs, content) =>
    name === 'sheetData'
      ? scanElements(content, { row: 'start', c: 'whole' }, visit)
      : visit(name, attrs, content)
  )
  return { cells, merges, hiddenRows }
}

// The XML of an .xlsx's parts, read for the values only: a member list is a plain table, and
// building exceljs' whole workbook model (styles, fonts, every cell object) for it cost more than
// the rest of the import's reading (docs/design.md §9). Element names may carry a namespace
// prefix ("x:c"); attributes may be quoted either way. Nothing here trusts a declared size:
// ./grid checks every cell and merge against ./limits.
import { parseRange, type MergeRange } from './limits'

/** A cell's value as the grid holds it (./grid's RawCell). */
export type XmlCell = string | number | boolean | Date | null

/** `<name …>` or `<x:name …>`: the optional prefix of an element name. */
const P = '(?:[\\w.-]+:)?'

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

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** The attributes of a start tag (the text between its name and ">"). */
export function attributesOf(attrs: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of attrs.matchAll(ATTRIBUTE)) out.set(m[1], unescapeXml(m[2] ?? m[3]))
  return out
}

/** The start tags of every `name` element in `xml`, as attribute maps. */
export function elements(xml: string, name: string): Map<string, string>[] {
  const tag = new RegExp(`<${P}${name}\\b([^>]*)>`, 'g')
  return Array.from(xml.matchAll(tag), (m) => attributesOf(m[1]))
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/
/**
 * Text content as an XML parser gives it: line ends written as CR LF read as LF (before entities
 * are decoded: a "&#13;" is a real CR), entities decoded, CDATA kept as written.
 */
function xmlText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw
  if (!text.includes('<![CDATA[')) return unescapeXml(text)
  return text
    .split(CDATA)
    .map((part, i) => (i % 2 ? part : unescapeXml(part)))
    .join('')
}

const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?<\\/${P}rPh>`, 'g')
const TEXT = new RegExp(`<${P}t(?:\\s[^>]*)?(?:\\/>|>([\\s\\S]*?)<\\/${P}t>)`, 'g')
/** Characters Excel cannot put in XML, written "_x000D_". */
const ESCAPED_CHAR = /_x([0-9A-Fa-f]{4})_/g

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of a cell): its `<t>`, or the
 * runs of rich text joined. Phonetic guides (`<rPh>`, East Asian readings) are not the text.
 */
export function stringItem(xml: string): string {
  const inner = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml
  let text = ''
  for (const m of inner.matchAll(TEXT)) if (m[1]) text += xmlText(m[1])
  return text.includes('_x')
    ? text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text
}

const SHARED_STRING = new RegExp(`<${P}si\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${P}si>)`, 'g')

/** xl/sharedStrings.xml → the strings cells point to by index. */
export function readSharedStrings(xml: string): string[] {
  return Array.from(xml.matchAll(SHARED_STRING), (m) => (m[1] ? stringItem(m[1]) : ''))
}

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30: 14–22, 45–47). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])

/** A format code shows a date or time when, outside quoted text, [colours], and escaped characters, it has y m d h s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*\]|"[^"]*"|\\.|[_*]./g, '')
  return /[ymdhs]/i.test(bare)
}

/** xl/styles.xml → for each cell style (`s="n"`), whether its number format is a date. */
export function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>()
  for (const f of elements(xml, 'numFmt')) custom.set(Number(f.get('numFmtId')), f.get('formatCode') ?? '')
  const cellXfs = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)<\\/${P}cellXfs>`).exec(xml)?.[1] ?? ''
  return elements(cellXfs, 'xf').map((xf) => {
    const id = Number(xf.get('numFmtId') ?? 0)
    const code = custom.get(id)
    return code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code)
  })
}

/** Excel's day number (with its time of day) → the instant, as exceljs read it. */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000))
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

/** A cell pointing past the shared strings: the file is damaged. */
export class BrokenSheetError extends Error {}

const V = new RegExp(`<${P}v\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${P}v>)`)
const INLINE = new RegExp(`<${P}is\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${P}is>)`)

function cellValue(type: string | undefined, style: number, inner: string, ctx: SheetContext): XmlCell {
  if (type === 'inlineStr') {
    const is = INLINE.exec(inner)
    return is ? stringItem(is[1] ?? '') : null
  }
  const v = V.exec(inner)?.[1]
  if (v === undefined) return null
  switch (type) {
    case 's': {
      const text = ctx.sharedStrings[Number(v)]
      if (text === undefined) throw new BrokenSheetError(`shared string ${v}`)
      return text
    }
    case 'str':
    case 'e':
      return xmlText(v)
    case 'b':
      return parseInt(v, 10) !== 0
    case 'd': {
      const date = new Date(v)
      return isNaN(date.getTime()) ? xmlText(v) : date
    }
    default: {
      const n = parseFloat(v)
      if (!Number.isFinite(n)) return xmlText(v)
      return ctx.dateStyles[style] ? excelToDate(n, ctx.date1904) : n
    }
  }
}

const CELL_REF = /^\$?([A-Za-z]{1,7})\$?(\d{1,9})$/

function columnOf(letters: string): number {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}

/** One attribute of a start tag, by name (no entities in the ones read this way). */
const oneAttribute = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
const [REF, STYLE, TYPE] = ['r', 's', 't'].map(oneAttribute)
function attributeValue(attribute: RegExp, attrs: string): string | undefined {
  const m = attribute.exec(attrs)
  return m ? (m[1] ?? m[2]) : undefined
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
 * Calls `onRow` for each row's start tag and `onCell` for each cell (its start tag's attributes and
 * its content) of a sheet's <sheetData> content, in order. A scan by indexOf: a list of 10,000 rows
 * is 100,000 cells, and a regular expression per element took most of the reading's time.
 */
function scanSheetData(
  data: string,
  onRow: (attrs: string) => void,
  onCell: (attrs: string, inner: string) => void
): void {
  let at = 0
  while ((at = data.indexOf('<', at)) !== -1) {
    const end = nameEnd(data, at + 1)
    const name = data.slice(at + 1, end)
    const local = name.slice(name.indexOf(':') + 1)
    const gt = data.indexOf('>', end)
    if (gt === -1) return
    at = gt + 1
    if (local === 'row') onRow(data.slice(end, gt))
    if (local !== 'c') continue
    const selfClosing = data.charCodeAt(gt - 1) === 0x2f
    if (selfClosing) {
      onCell(data.slice(end, gt - 1), '')
      continue
    }
    const close = endTag(data, name, gt)
    if (!close) throw new BrokenSheetError(`unclosed ${name}`)
    onCell(data.slice(end, gt), data.slice(gt + 1, close[0]))
    at = close[1]
  }
}

const MERGE_CELLS = new RegExp(`<${P}mergeCells\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${P}mergeCells>)`, 'g')

/**
 * A worksheet's XML → its cells holding a value (in sheet order) and its merges. `onCell` sees
 * each cell before it is kept, so a cell past the limits stops the reading at once. A cell or row
 * without its reference follows the one before it, as the format allows.
 */
export function readSheetXml(
  xml: string,
  ctx: SheetContext,
  onCell: (r: number, c: number) => void
): { cells: SheetCell[]; merges: MergeRange[] } {
  const cells: SheetCell[] = []
  const start = new RegExp(`<${P}sheetData\\b[^>]*?(\\/?)>`).exec(xml)
  let end = 0
  if (start && !start[1]) {
    // The last "sheetData" is the closing tag's name: the cells lie before its "<".
    end = xml.lastIndexOf('<', xml.lastIndexOf('sheetData'))
    const data = xml.slice(start.index + start[0].length, end)
    let r = -1
    let c = -1
    scanSheetData(
      data,
      (attrs) => {
        const n = Number(attributeValue(REF, attrs))
        r = Number.isInteger(n) && n > 0 ? n - 1 : r + 1
        c = -1
      },
      (attrs, inner) => {
        const ref = CELL_REF.exec(attributeValue(REF, attrs) ?? '')
        if (ref) {
          r = Number(ref[2]) - 1
          c = columnOf(ref[1])
        } else c++
        const value = cellValue(
          attributeValue(TYPE, attrs),
          Number(attributeValue(STYLE, attrs) ?? 0),
          inner,
          ctx
        )
        if (value === null) return
        onCell(r, c)
        cells.push({ r, c, value })
      }
    )
  }
  const merges: MergeRange[] = []
  for (const block of xml.slice(end).matchAll(MERGE_CELLS))
    for (const m of elements(block[1] ?? '', 'mergeCell')) {
      const range = parseRange(m.get('ref') ?? '')
      if (range) merges.push(range)
    }
  return { cells, merges }
}

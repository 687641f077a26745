// An .xlsx is a zip of XML parts. Before exceljs reads one, its sheets' merges are taken out and
// checked here: exceljs expands a merge cell by cell on load, so a crafted "K3:AJ400000" would
// hold the window for a minute before any of our checks ran. The merges come back as ranges the
// grid reader cuts to the real cells. Sheets too large to unpack are refused before unpacking.
import JSZip from 'jszip'
import { checkMerges, parseRange, SpreadsheetReadError, type MergeRange } from './limits'

/** One sheet's XML, unpacked (real lists are well under 10 MB; a zip bomb is far over). */
const MAX_SHEET_XML_BYTES = 200 * 1024 * 1024

export interface PreparedXlsx {
  /** The file with merges taken out of every sheet (the same bytes when it had none). */
  bytes: Uint8Array
  /** Sheet name → its merges, 0-based. */
  merges: Map<string, MergeRange[]>
}

const MERGE_CELLS = /<(?:\w+:)?mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?mergeCells>)/g
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]*)"/g

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

const attribute = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1]

/** Sheet name → the path of its XML part, from xl/workbook.xml and its relationships. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? ''
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? ''
  const targets = new Map<string, string>()
  for (const [, attrs] of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(attrs, 'Id')
    const target = attribute(attrs, 'Target')
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
  }
  const out = new Map<string, string>()
  for (const [, attrs] of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(attrs, 'name')
    const id = attribute(attrs, '\\w+:id')
    const path = id && targets.get(id)
    if (name && path) out.set(unescapeXml(name), path)
  }
  return out
}

/** Unpacked size as the zip's directory states it (JSZip keeps it on the entry it read). */
function unpackedSize(file: JSZip.JSZipObject): number {
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0
}

export async function prepareXlsx(bytes: Uint8Array): Promise<PreparedXlsx> {
  const zip = await JSZip.loadAsync(bytes)
  const merges = new Map<string, MergeRange[]>()
  let changed = false
  for (const [name, path] of await sheetPaths(zip)) {
    const file = zip.file(path)
    if (!file) continue
    if (unpackedSize(file) > MAX_SHEET_XML_BYTES)
      throw new SpreadsheetReadError(
        `Trang tính “${name}” quá lớn để đọc (hơn ${MAX_SHEET_XML_BYTES / 1024 / 1024} MB khi giải nén). Hãy chép phần danh sách sang một tệp Excel mới rồi chọn lại.`
      )
    const xml = await file.async('string')
    const blocks = xml.match(MERGE_CELLS)
    if (!blocks) continue
    const ranges = blocks
      .flatMap((b) => [...b.matchAll(MERGE_REF)].map((m) => parseRange(m[1])))
      .filter((m): m is MergeRange => m !== null)
    checkMerges(name, ranges)
    merges.set(name, ranges)
    zip.file(path, xml.replace(MERGE_CELLS, ''))
    changed = true
  }
  if (!changed) return { bytes, merges }
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }), merges }
}

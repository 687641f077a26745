// An .xlsx is a zip of XML parts. The import unpacks only the parts it reads — the workbook (sheet
// names, date system), the shared strings, the styles (which formats are dates) and each sheet,
// one at a time — and refuses a part too large to unpack before unpacking it: a 7 KB zip can
// claim gigabytes. ./xlsxXml reads what they say.
import JSZip from 'jszip'
import { SpreadsheetReadError } from './limits'
import { elements } from './xlsxXml'

/** One part's XML, unpacked (real lists are well under 10 MB; a zip bomb is far over). */
const MAX_PART_XML_BYTES = 200 * 1024 * 1024

export interface XlsxSheetPart {
  name: string
  /** Hidden in Excel (state "hidden" or "veryHidden"): the clerk does not see it. */
  hidden: boolean
  /** The sheet's XML, unpacked when asked (so only one sheet is held at a time). */
  xml: () => Promise<string>
}

export interface XlsxParts {
  date1904: boolean
  /** xl/sharedStrings.xml ('' when the workbook has none). */
  sharedStrings: string
  /** xl/styles.xml ('' when the workbook has none). */
  styles: string
  /** The worksheets, in the workbook's order (chart sheets are not read). */
  sheets: XlsxSheetPart[]
}

/** Unpacked size as the zip's directory states it (JSZip keeps it on the entry it read). */
function unpackedSize(file: JSZip.JSZipObject): number {
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0
}

const tooLarge = (what: string) =>
  new SpreadsheetReadError(
    `${what} quá lớn để đọc (hơn ${MAX_PART_XML_BYTES / 1024 / 1024} MB khi giải nén). Hãy chép phần danh sách sang một tệp Excel mới rồi chọn lại.`
  )

async function partText(zip: JSZip, path: string, what: string): Promise<string> {
  const file = zip.file(path)
  if (!file) return ''
  if (unpackedSize(file) > MAX_PART_XML_BYTES) throw tooLarge(what)
  // The browser's own UTF-8 decoder: JSZip's 'string' decodes in script, several times slower.
  return new TextDecoder().decode(await file.async('uint8array'))
}

/** A relationship's target as a path in the zip (targets are relative to xl/ unless absolute). */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`)

export async function openXlsx(bytes: Uint8Array): Promise<XlsxParts> {
  const zip = await JSZip.loadAsync(bytes)
  const workbook = await partText(zip, 'xl/workbook.xml', 'Tệp')
  const rels = elements(await partText(zip, 'xl/_rels/workbook.xml.rels', 'Tệp'), 'Relationship')
  const targetOf = (type: string) => rels.find((r) => r.get('Type')?.endsWith(`/${type}`))?.get('Target')
  const worksheets = new Map<string, string>()
  for (const r of rels) {
    const [id, target] = [r.get('Id'), r.get('Target')]
    if (id && target && r.get('Type')?.endsWith('/worksheet')) worksheets.set(id, partPath(target))
  }
  const sheets: XlsxSheetPart[] = []
  for (const sheet of elements(workbook, 'sheet')) {
    const name = sheet.get('name')
    const id = [...sheet].find(([key]) => key.endsWith(':id'))?.[1]
    const path = id && worksheets.get(id)
    const hidden = (sheet.get('state') ?? 'visible') !== 'visible'
    if (name && path) sheets.push({ name, hidden, xml: () => partText(zip, path, `Trang tính “${name}”`) })
  }
  const date1904 = elements(workbook, 'workbookPr')[0]?.get('date1904')
  return {
    date1904: date1904 === '1' || date1904 === 'true',
    sharedStrings: await partText(zip, partPath(targetOf('sharedStrings') ?? 'sharedStrings.xml'), 'Tệp'),
    styles: await partText(zip, partPath(targetOf('styles') ?? 'styles.xml'), 'Tệp'),
    sheets
  }
}

// Test helper: an .xlsx written part by part (jszip, which exceljs itself uses), so a test can say
// exactly what a crafted or unusual file holds — a <dimension> claiming a million rows, a merge
// over 400,000 rows, error values, the 1904 date system — which exceljs would never write.
// Never imported by app code.
import JSZip from 'jszip'

export interface RawSheet {
  /** Inner XML of <sheetData>: <row>/<c> elements. */
  sheetData: string
  /** e.g. 'A1:XFD1048576' */
  dimension?: string
  /** e.g. ['K3:AJ400000'] */
  merges?: string[]
}

export interface RawWorkbook {
  sheets: RawSheet[]
  date1904?: boolean
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A text cell (inline string). */
export const textCell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(text)}</t></is></c>`
/** A plain number. */
export const numberCell = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`
/** A day number shown as a date (built-in format 14, style 1 below). */
export const dateCell = (ref: string, serial: number) => `<c r="${ref}" s="1"><v>${serial}</v></c>`
/** A formula whose result is an error value. */
export const errorCell = (ref: string, error: string) =>
  `<c r="${ref}" t="e"><f>1/0</f><v>${xmlEscape(error)}</v></c>`
export const row = (n: number, ...cells: string[]) => `<row r="${n}">${cells.join('')}</row>`

export async function buildRawXlsx(book: RawWorkbook): Promise<Uint8Array> {
  const zip = new JSZip()
  const sheetNames = book.sheets.map((_, i) => `sheet${i + 1}`)
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
${sheetNames.map((s) => `<Override PartName="/xl/worksheets/${s}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('\n')}
</Types>`
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`
  )
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr${book.date1904 ? ' date1904="1"' : ''}/>
<sheets>${sheetNames.map((_, i) => `<sheet name="Trang ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>
</workbook>`
  )
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
${sheetNames.map((s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${s}.xml"/>`).join('\n')}
<Relationship Id="rId${sheetNames.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`
  )
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>`
  )
  book.sheets.forEach((sheet, i) => {
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : ''
    zip.file(
      `xl/worksheets/${sheetNames[i]}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
${sheet.dimension ? `<dimension ref="${sheet.dimension}"/>` : ''}
<sheetData>${sheet.sheetData}</sheetData>${merges}
</worksheet>`
    )
  })
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

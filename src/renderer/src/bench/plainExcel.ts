// The exceljs baselines: the same cell values written (or read) with exceljs directly, no layout.
import ExcelJS from 'exceljs'

export type Cells = unknown[][]

/** Every sheet's values, as rows of plain values (what a baseline writes again). */
export async function sheetValues(bytes: Uint8Array): Promise<{ name: string; rows: Cells }[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb.worksheets.map((ws) => {
    const rows: Cells = []
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v && typeof v === 'object' && 'richText' in (v as object)
            ? String((v as { richText: { text: string }[] }).richText.map((t) => t.text).join(''))
            : v
        )
      rows.push(values)
    })
    return { name: ws.name, rows }
  })
}

export async function writePlain(sheets: { name: string; rows: Cells }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name)
    ws.addRows(s.rows)
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

export async function readPlain(bytes: Uint8Array): Promise<Cells> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  const rows: Cells = []
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

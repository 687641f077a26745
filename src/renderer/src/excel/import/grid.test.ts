// Untrusted files (docs/design.md §8): a sheet is read by the cells it really holds, never by the
// extent it declares; rows, columns and merges are capped with a Vietnamese message.
import ExcelJS from 'exceljs'
import * as XLSX from '@e965/xlsx'
import { checkCellCount } from './limits'
import { buildRawXlsx, dateCell, errorCell, numberCell, row, textCell } from '../testing/rawXlsx'
import {
  MAX_MERGES,
  MAX_SHEET_CELLS,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  readGrids,
  SpreadsheetReadError
} from './grid'

const header = row(1, textCell('A1', 'Họ và tên'), textCell('B1', 'Ngày sinh'))
const oneMember = row(2, textCell('A2', 'Nguyễn Văn An'), textCell('B2', '2/1/1980'))

async function readError(bytes: Uint8Array): Promise<SpreadsheetReadError> {
  const e = await readGrids(bytes).then(
    () => null,
    (err: unknown) => err
  )
  expect(e).toBeInstanceOf(SpreadsheetReadError)
  return e as SpreadsheetReadError
}

describe('reading an untrusted .xlsx (docs/design.md §8)', () => {
  it('a sheet declaring A1:XFD1048576 is read by its real cells', async () => {
    const bytes = await buildRawXlsx({
      sheets: [{ dimension: 'A1:XFD1048576', sheetData: header + oneMember }]
    })
    const [grid] = await readGrids(bytes)
    expect(grid.rows).toEqual([
      ['Họ và tên', 'Ngày sinh'],
      ['Nguyễn Văn An', '2/1/1980']
    ])
  })

  it('cells at XFD1 and A1048576 are refused with a message, not read into memory', async () => {
    const bytes = await buildRawXlsx({
      sheets: [
        {
          sheetData:
            row(1, textCell('A1', 'Họ và tên'), textCell('XFD1', 'x')) +
            row(1048576, textCell('A1048576', 'y'))
        }
      ]
    })
    expect(bytes.length).toBeLessThan(7000)
    const e = await readError(bytes)
    expect(e.userMessage).toBe(
      `Trang tính “Trang 1” có dữ liệu ở ô XFD1, ngoài giới hạn ${MAX_SHEET_ROWS.toLocaleString('vi-VN')} dòng × ${MAX_SHEET_COLUMNS} cột mà ứng dụng đọc. Tệp có thể bị hỏng hoặc không phải danh sách: hãy chép phần danh sách sang một tệp Excel mới rồi chọn lại.`
    )
  })

  it('a merge over K3:AJ400000 is refused with a message, before the reader expands it', async () => {
    const bytes = await buildRawXlsx({ sheets: [{ sheetData: header + oneMember, merges: ['K3:AJ400000'] }] })
    const e = await readError(bytes)
    expect(e.userMessage).toMatch(/^Trang tính “Trang 1” có vùng gộp ô K3:AJ400000, ngoài giới hạn/)
  })

  it(`more than ${MAX_MERGES} merges are refused`, async () => {
    const merges = Array.from({ length: MAX_MERGES + 1 }, (_, i) => `C${i + 3}:D${i + 3}`)
    const e = await readError(await buildRawXlsx({ sheets: [{ sheetData: header + oneMember, merges }] }))
    expect(e.userMessage).toMatch(/có hơn 5\.000 vùng gộp ô/)
  })

  it('a merge inside the limits but past the real cells is cut to them', async () => {
    const bytes = await buildRawXlsx({ sheets: [{ sheetData: header + oneMember, merges: ['A2:B30000'] }] })
    const [grid] = await readGrids(bytes)
    expect(grid.rows).toHaveLength(2)
    expect(grid.merges).toEqual([{ r1: 1, c1: 0, r2: 1, c2: 1 }])
  })

  it('an error value is kept as its text (#DIV/0!), never read as an empty cell', async () => {
    const bytes = await buildRawXlsx({
      sheets: [{ sheetData: header + row(2, textCell('A2', 'Nguyễn Văn An'), errorCell('B2', '#DIV/0!')) }]
    })
    const [grid] = await readGrids(bytes)
    expect(grid.rows[1]).toEqual(['Nguyễn Văn An', '#DIV/0!'])
  })

  // Excel shows "#####" for a date-formatted number outside its days (0 to 31/12/9999): such a cell
  // names no day. It stays the number, for the import to report, instead of an invalid Date that
  // failed the whole read with "Invalid time value".
  it('a date-formatted number outside Excel’s days stays a number (.xlsx)', async () => {
    const bytes = await buildRawXlsx({
      sheets: [
        {
          sheetData:
            header +
            row(2, dateCell('A2', 2958465), dateCell('B2', 2958466)) +
            row(3, dateCell('A3', 1e20), dateCell('B3', -5))
        }
      ]
    })
    const [grid] = await readGrids(bytes)
    expect(grid.rows[1]).toEqual([new Date(Date.UTC(9999, 11, 31)), 2958466])
    expect(grid.rows[2]).toEqual([1e20, -5])
  })

  it('a date-formatted number outside Excel’s days stays a number (.xls)', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Họ và tên', 'Ngày sinh'],
      ['Nguyễn Văn An', 1e20],
      ['Lê Thị Bình', 29222]
    ])
    ws['B2'].z = 'dd/mm/yyyy'
    ws['B3'].z = 'dd/mm/yyyy'
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, ws, 'S1')
    const [grid] = await readGrids(
      new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }) as ArrayBuffer)
    )
    expect(grid.rows[1]).toEqual(['Nguyễn Văn An', 1e20])
    expect(grid.rows[2]).toEqual(['Lê Thị Bình', new Date(Date.UTC(1980, 0, 2))])
  })

  it('a workbook in the 1904 date system: dates and plain day numbers read as the same day', async () => {
    // 2/1/1980 is day 27,760 counted from 1/1/1904 (day 29,222 in the 1900 system).
    const bytes = await buildRawXlsx({
      date1904: true,
      sheets: [{ sheetData: header + row(2, dateCell('A2', 27760), numberCell('B2', 27760)) }]
    })
    const [grid] = await readGrids(bytes)
    expect(grid.date1904).toBe(true)
    expect(grid.rows[1][0]).toEqual(new Date(Date.UTC(1980, 0, 2)))
    // The plain number stays a number: the import reads it in the workbook's date system.
    expect(grid.rows[1][1]).toBe(27760)
  })

  it(`more than ${MAX_SHEET_CELLS.toLocaleString('vi-VN')} cells holding a value are refused before the rest is read`, () => {
    // Each cell read is counted (readXlsxGrids); a file that large is too slow to build in a test.
    expect(() => checkCellCount('Trang 1', MAX_SHEET_CELLS)).not.toThrow()
    expect(() => checkCellCount('Trang 1', MAX_SHEET_CELLS + 1)).toThrow(
      /^Trang tính “Trang 1” có hơn 2\.000\.000 ô có dữ liệu, quá lớn để đọc\./
    )
  })

  it('a cell pointing past the shared strings: the file is damaged, said in Vietnamese', async () => {
    const bytes = await buildRawXlsx({
      sheets: [{ sheetData: header + row(2, '<c r="A2" t="s"><v>0</v></c>') }]
    })
    expect((await readError(bytes)).userMessage).toMatch(/^Không đọc được tệp Excel: tệp bị hỏng/)
  })
})

describe('reading a workbook as Excel shows it', () => {
  it('text, rich text, links, numbers, dates in any date format, formula results, merges, every sheet', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Danh sách')
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Số', 'Ghi chú', 'Công thức', 'Đúng'])
    ws.addRow([
      '  An  ',
      new Date(Date.UTC(1980, 0, 2)),
      12,
      'a < b & "c"',
      { formula: 'C2*2', result: 24 },
      true
    ])
    ws.addRow([
      { richText: [{ text: 'Trần ', font: { bold: true } }, { text: 'Thị Bình' }] },
      '2/1/1980',
      0.5,
      'dòng 1\ndòng 2',
      { formula: 'B2', result: new Date(Date.UTC(1990, 5, 6)) },
      false
    ])
    ws.addRow([
      { text: 'Lê Văn C', hyperlink: 'https://example.org' },
      1975,
      -3,
      null,
      { formula: 'D2', result: 'chuỗi' }
    ])
    ws.getCell('B2').numFmt = 'dd/mm/yyyy'
    ws.getCell('E3').numFmt = '[$-42A]dd/mm/yyyy'
    ws.getCell('C4').numFmt = '0 "ngày"'
    ws.mergeCells('A5:B6')
    ws.getCell('A5').value = 'gộp'
    ws.getCell('C6').value = 'x'
    wb.addWorksheet('Trang <2> & "3"').addRow(['x', 1])
    const grids = await readGrids(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    expect(grids.map((g) => g.sheetName)).toEqual(['Danh sách', 'Trang <2> & "3"'])
    expect(grids[0].rows).toEqual([
      ['Họ và tên', 'Ngày sinh', 'Số', 'Ghi chú', 'Công thức', 'Đúng'],
      ['  An  ', new Date(Date.UTC(1980, 0, 2)), 12, 'a < b & "c"', 24, true],
      ['Trần Thị Bình', '2/1/1980', 0.5, 'dòng 1\ndòng 2', new Date(Date.UTC(1990, 5, 6)), false],
      ['Lê Văn C', 1975, -3, null, 'chuỗi', null],
      ['gộp', 'gộp', null, null, null, null],
      ['gộp', 'gộp', 'x', null, null, null]
    ])
    expect(grids[0].merges).toEqual([{ r1: 4, c1: 0, r2: 5, c2: 1 }])
    expect(grids[1].rows).toEqual([['x', 1]])
  })
})

describe('which sheets are hidden in Excel', () => {
  it('.xlsx: "hidden" and "veryHidden" sheets say so', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('Thấy').addRow(['x'])
    wb.addWorksheet('Ẩn', { state: 'hidden' }).addRow(['x'])
    wb.addWorksheet('Ẩn hẳn', { state: 'veryHidden' }).addRow(['x'])
    const grids = await readGrids(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    expect(grids.map((g) => [g.sheetName, g.hidden])).toEqual([
      ['Thấy', false],
      ['Ẩn', true],
      ['Ẩn hẳn', true]
    ])
  })

  it('.xls: a hidden sheet says so', async () => {
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'Ẩn')
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'Thấy')
    wb.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }] }
    const grids = await readGrids(
      new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }) as ArrayBuffer)
    )
    expect(grids.map((g) => [g.sheetName, g.hidden])).toEqual([
      ['Ẩn', true],
      ['Thấy', false]
    ])
  })
})

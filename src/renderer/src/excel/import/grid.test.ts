// Untrusted files (docs/design.md §8): a sheet is read by the cells it really holds, never by the
// extent it declares; rows, columns and merges are capped with a Vietnamese message.
import { buildRawXlsx, dateCell, errorCell, numberCell, row, textCell } from '../testing/rawXlsx'
import { MAX_MERGES, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, readGrids, SpreadsheetReadError } from './grid'

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
})

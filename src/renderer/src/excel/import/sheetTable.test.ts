import ExcelJS from 'exceljs'
import * as XLSX from '@e965/xlsx'
import {
  findTable,
  headerLayoutKey,
  mapRow,
  missingRequired,
  proposeMapping,
  readGrids,
  restoreMapping,
  spreadsheetKind,
  type FieldSpec
} from './sheetTable'

const FIELDS: FieldSpec<'name' | 'birth' | 'admission' | 'official' | 'card'>[] = [
  { key: 'name', label: 'Họ và tên', aliases: ['họ và tên', 'họ tên'], required: true },
  { key: 'birth', label: 'Ngày sinh', aliases: ['ngày sinh', 'năm sinh'] },
  { key: 'admission', label: 'Ngày vào Đảng', aliases: ['ngày vào đảng', 'ngày kết nạp'] },
  { key: 'official', label: 'Ngày chính thức', aliases: ['ngày chính thức'] },
  { key: 'card', label: 'Số thẻ', aliases: ['số thẻ', 'số thẻ đảng viên'] }
]

async function xlsxBytes(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  build(wb.addWorksheet('DS'))
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

/** The member table found in the file's first sheet. */
async function tableIn(bytes: Uint8Array) {
  const [grid] = await readGrids(bytes)
  return findTable(grid, FIELDS)
}

describe('findTable', () => {
  it('finds a one-row header under title rows and skips blank body rows', async () => {
    const bytes = await xlsxBytes((ws) => {
      ws.getCell('A1').value = 'ĐẢNG BỘ PHƯỜNG'
      ws.getCell('A2').value = 'DANH SÁCH'
      ws.addRow([])
      ws.getRow(4).values = ['STT', 'Họ và tên', 'Ngày sinh', 'Số thẻ']
      ws.getRow(5).values = [1, 'Nguyễn Văn An', new Date(Date.UTC(1980, 0, 2)), '01234567']
      ws.getRow(7).values = [2, 'Lê Thị Bình', '3/4/1990', '12345678']
    })
    const table = await tableIn(bytes)
    expect(table.headerRow).toBe(4)
    expect(table.headerRowCount).toBe(1)
    expect(table.headers).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Số thẻ'])
    expect(table.rows.map((r) => r.rowNumber)).toEqual([5, 7])
    expect(table.blankRowsSkipped).toBe(1)
    expect(table.rows[0].values[2]).toEqual(new Date(Date.UTC(1980, 0, 2)))
  })

  it('joins a two-row merged header ("Ngày" over "vào Đảng" / "chính thức") and skips a column-number row', async () => {
    const bytes = await xlsxBytes((ws) => {
      ws.getCell('A1').value = 'DANH SÁCH ĐẢNG VIÊN'
      ws.getCell('A3').value = 'STT'
      ws.mergeCells('A3:A4')
      ws.getCell('B3').value = 'Họ và tên'
      ws.mergeCells('B3:B4')
      ws.getCell('C3').value = 'Ngày'
      ws.mergeCells('C3:D3')
      ws.getCell('C4').value = 'vào Đảng'
      ws.getCell('D4').value = 'chính thức'
      ws.getRow(5).values = ['(1)', '(2)', '(3)', '(4)']
      ws.getRow(6).values = [1, 'Trần Văn Cường', '1/2/2000', '1/2/2001']
    })
    const table = await tableIn(bytes)
    expect(table.headerRow).toBe(3)
    expect(table.headerRowCount).toBe(2)
    expect(table.headers).toEqual(['STT', 'Họ và tên', 'Ngày vào Đảng', 'Ngày chính thức'])
    expect(table.rows).toHaveLength(1)
    expect(table.rows[0].rowNumber).toBe(6)
    const mapping = proposeMapping(table.headers, FIELDS)
    expect(mapping).toEqual([null, 'name', 'admission', 'official'])
    expect(mapRow(table.rows[0], mapping)).toEqual({
      name: 'Trần Văn Cường',
      admission: '1/2/2000',
      official: '1/2/2001'
    })
  })

  it('reads a legacy .xls (SheetJS) the same way', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Danh sách'],
      [],
      ['Họ tên', 'Năm sinh', 'Số thẻ đảng viên'],
      ['Phạm Thị Dung', 1975, '00123456']
    ])
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, ws, 'S1')
    const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }) as ArrayBuffer)
    expect(spreadsheetKind(bytes)).toBe('xls')
    const table = await tableIn(bytes)
    expect(table.headerRow).toBe(3)
    expect(proposeMapping(table.headers, FIELDS)).toEqual(['name', 'birth', 'card'])
    expect(table.rows[0].values).toEqual(['Phạm Thị Dung', 1975, '00123456'])
  })

  it('refuses a sheet with no recognisable header', async () => {
    const bytes = await xlsxBytes((ws) => {
      ws.getRow(1).values = ['a', 'b', 'c']
    })
    await expect(tableIn(bytes)).rejects.toThrow(/Không tìm thấy dòng tiêu đề/)
  })

  it('refuses bytes that are not a spreadsheet', async () => {
    await expect(readGrids(new TextEncoder().encode('hello'))).rejects.toThrow(/không phải bảng tính Excel/)
  })
})

describe('column mapping', () => {
  it.each([
    [
      ['Họ và tên', 'Ngày sinh'],
      ['name', 'birth']
    ],
    [
      ['HO VA TEN', 'NGAY SINH'],
      ['name', 'birth']
    ],
    [
      ['Họ và tên (*)', 'Số thẻ ĐV'],
      ['name', 'card']
    ],
    [
      ['Ghi chú', 'Họ tên khai sinh'],
      [null, 'name']
    ]
  ] as const)('maps headers %j to %j', (headers, expected) => {
    expect(proposeMapping(headers, FIELDS)).toEqual(expected)
  })

  it('uses each field once: the better-matching column wins', () => {
    expect(proposeMapping(['Họ tên cha', 'Họ và tên'], FIELDS)).toEqual([null, 'name'])
  })

  it('names a layout the same whatever the accents or case, and restores only a fitting mapping', () => {
    expect(headerLayoutKey(['Họ và tên', 'Ngày sinh'])).toBe(headerLayoutKey(['HO VA TEN', 'ngay sinh']))
    expect(restoreMapping(['name', null], ['a', 'b'], FIELDS)).toEqual(['name', null])
    expect(restoreMapping(['name'], ['a', 'b'], FIELDS)).toBeNull()
    expect(restoreMapping(['nope', null], ['a', 'b'], FIELDS)).toBeNull()
  })

  it('lists required fields no column fills', () => {
    expect(missingRequired([null, 'birth'], FIELDS).map((f) => f.key)).toEqual(['name'])
  })
})

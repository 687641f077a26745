// History files (past ratings, Huy hiệu Đảng already awarded) and their column mapping: the columns
// found from the usual headers, the header of a file whose headers say nothing known, what keeps a
// mapping from being checked (Vietnamese), and the rows read through the clerk's mapping. Files are
// built here with exceljs.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  historyMappingProblems,
  historyRecords,
  readHistorySheet,
  type HistoryField,
  type HistoryKind
} from './historySheet'

async function file(...rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Lịch sử')
  for (const r of rows) ws.addRow(r)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe('the columns of a history file are proposed from their headers', () => {
  it.each<[string, HistoryKind, string[], (HistoryField | null)[]]>([
    [
      'ratings with the usual headers',
      'ratings',
      ['STT', 'Họ và tên', 'Ngày sinh', 'Số thẻ đảng viên', 'Năm', 'Xếp loại'],
      [null, 'fullName', 'birthDate', 'partyCardNumber', 'year', 'rating']
    ],
    [
      'ratings whose year and level columns say nothing known',
      'ratings',
      ['TT', 'Họ tên', 'Mã thẻ', 'Niên độ', 'Phân loại'],
      [null, 'fullName', null, null, null]
    ],
    [
      'badges with the usual headers',
      'badges',
      ['Họ và tên', 'Số thẻ', 'Mốc', 'Ngày trao', 'Số QĐ'],
      ['fullName', 'partyCardNumber', 'milestone', 'date', 'decisionNumber']
    ]
  ])('%s', async (_, kind, headers, expected) => {
    const sheet = await readHistorySheet(
      kind,
      await file(
        ['DANH SÁCH'],
        [],
        headers,
        headers.map(() => 'x')
      )
    )
    expect(sheet.table.headerRow).toBe(3)
    expect(sheet.table.headers).toEqual(headers)
    expect(sheet.proposed).toEqual(expected)
  })

  it('when no header names two known fields, the widest top row is the header, for the clerk to map', async () => {
    const sheet = await readHistorySheet(
      'ratings',
      await file(
        ['KẾT QUẢ ĐÁNH GIÁ CÁC NĂM'],
        ['Đồng chí', 'Mã thẻ', 'Niên độ', 'Phân loại'],
        ['An', '01234567', 2022, 1]
      )
    )
    expect(sheet.table.headerRow).toBe(2)
    expect(sheet.table.headers).toEqual(['Đồng chí', 'Mã thẻ', 'Niên độ', 'Phân loại'])
    expect(sheet.proposed).toEqual([null, null, null, null])
    expect(sheet.table.rows.map((r) => r.values)).toEqual([['An', '01234567', 2022, 1]])
  })

  it('a file with no data at all is refused with a Vietnamese message', async () => {
    await expect(readHistorySheet('badges', await file())).rejects.toThrow(
      'Tệp không có trang tính nào có dữ liệu.'
    )
  })
})

describe('what keeps a mapping from being checked (required fields; a way to find the member)', () => {
  it.each<[string, HistoryKind, (HistoryField | null)[], string[]]>([
    ['ratings, complete', 'ratings', ['partyCardNumber', 'year', 'rating', null], []],
    ['ratings by CCCD', 'ratings', ['idNumber', 'year', 'rating'], []],
    ['ratings by name and birth date', 'ratings', ['fullName', 'birthDate', 'year', 'rating'], []],
    [
      'ratings without a level',
      'ratings',
      ['partyCardNumber', 'year', null],
      ['Chưa chọn cột cho: Mức xếp loại (Đảng ủy quyết định).']
    ],
    [
      'ratings with nothing but names',
      'ratings',
      ['fullName', null, null],
      [
        'Chưa chọn cột cho: Năm, Mức xếp loại (Đảng ủy quyết định).',
        'Chỉ có cột Họ và tên thì chưa tìm được đảng viên: chọn thêm cột Ngày sinh, hoặc cột Số thẻ đảng viên, hoặc CCCD.'
      ]
    ],
    [
      'badges with no column to find the member by',
      'badges',
      ['milestone', 'date', 'decisionNumber'],
      ['Chưa có cột để tìm đảng viên: chọn cột Số thẻ đảng viên, hoặc CCCD, hoặc cả Họ và tên lẫn Ngày sinh.']
    ],
    ['badges without a date', 'badges', ['idNumber', 'milestone'], ['Chưa chọn cột cho: Ngày trao.']]
  ])('%s', (_, kind, mapping, expected) => {
    expect(historyMappingProblems(kind, mapping)).toEqual(expected)
  })
})

describe('the rows are read through the clerk’s mapping', () => {
  it('a column the clerk chose fills its field; a column left out fills nothing', async () => {
    const sheet = await readHistorySheet(
      'ratings',
      await file(['Đồng chí', 'Mã thẻ', 'Niên độ', 'Phân loại'], ['An', '01234567', 2022, 'HTXSNV'])
    )
    const records = historyRecords(sheet.table, [null, 'partyCardNumber', 'year', 'rating'])
    expect(records).toEqual([
      { rowNumber: 2, values: { partyCardNumber: '01234567', year: 2022, rating: 'HTXSNV' } }
    ])
  })
})

describe('a hidden sheet of a history file', () => {
  async function workbook(hiddenFirst: boolean): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook()
    const hidden = wb.addWorksheet('Cũ', { state: 'hidden' })
    hidden.addRow(['Họ và tên', 'Số thẻ đảng viên', 'Năm', 'Xếp loại'])
    if (!hiddenFirst) return new Uint8Array(await wb.xlsx.writeBuffer())
    const shown = wb.addWorksheet('Xếp loại')
    shown.addRow(['Họ và tên', 'Số thẻ đảng viên', 'Năm', 'Xếp loại'])
    return new Uint8Array(await wb.xlsx.writeBuffer())
  }

  it('is passed over for a visible sheet holding the list', async () => {
    const sheet = await readHistorySheet('ratings', await workbook(true))
    expect(sheet.table.sheetName).toBe('Xếp loại')
    expect(sheet.hiddenSheetNote).toBeUndefined()
  })

  it('is read when it alone holds the list, and says so', async () => {
    const sheet = await readHistorySheet('ratings', await workbook(false))
    expect(sheet.table.sheetName).toBe('Cũ')
    expect(sheet.hiddenSheetNote).toMatch(/^Danh sách nằm ở trang “Cũ” đang bị ẩn trong Excel/)
  })
})

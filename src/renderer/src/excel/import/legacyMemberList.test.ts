// A legacy member list as old forms have it: TCVN3 text, "Năm sinh" merged over "Nam" and "Nữ"
// (the column gives the gender), a duplicated party card. Files are built here with exceljs.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { importRows } from '@renderer/domain/members/importRows'
import { readMemberSheet, toImportRecords, mapsGender } from './memberSheet'
import { skippedRowsWorkbook, SKIPPED_SHEET_NAME } from './skippedRows'
import { readSheet } from '../testing/readBack'
import { workbookToBytes } from '../workbookIo'

async function legacyList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('DS')
  ws.addRow(['DANH SÁCH ĐẢNG VIÊN'])
  ws.addRow(['STT', 'Họ và tên', 'Năm sinh', '', 'Số thẻ', 'Chi bộ'])
  ws.addRow(['', '', 'Nam', 'Nữ', '', ''])
  ws.mergeCells('C2:D2')
  for (const c of ['A', 'B', 'E', 'F']) ws.mergeCells(`${c}2:${c}3`)
  ws.addRow([1, 'Nguyễn Văn An', 1950, null, '01234567', 'Chi bộ Khu phố 1'])
  ws.addRow([2, 'Trần Thị Bình', null, '2/3/1955', '07654321', 'Chi bộ Khu phố 1'])
  ws.addRow([3, 'Lê Văn Cường', null, null, '01234567', 'Chi bộ Khu phố 1'])
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe('a legacy list with the gender given by the birth date column', () => {
  it('detects "Năm sinh Nam" / "Năm sinh Nữ" under the merged header and reads each row’s gender', async () => {
    const sheet = await readMemberSheet(await legacyList())
    expect(sheet.table.headers).toEqual([
      'STT',
      'Họ và tên',
      'Năm sinh Nam',
      'Năm sinh Nữ',
      'Số thẻ',
      'Chi bộ'
    ])
    expect(sheet.proposed).toEqual([
      null,
      'fullName',
      'birthDateMale',
      'birthDateFemale',
      'partyCardNumber',
      'cellName'
    ])
    expect(mapsGender(sheet.proposed)).toBe(true)
    const preview = importRows(toImportRecords(sheet.table, sheet.proposed), {
      today: '2026-11-21',
      existingMembers: [],
      cells: [],
      createMissingCells: true,
      newId: (() => {
        let n = 0
        return () => `n${++n}`
      })(),
      now: 'now'
    })
    const [an, binh, cuong] = preview.rows
    expect(binh.member).toMatchObject({ gender: 'female', birthDate: '1955-03-02' })
    expect(binh.outcome).toBe('new')
    // Row 4 and row 6 share a party card: both are problems; row 6 also has no birth date at all.
    expect(an.member).toMatchObject({ gender: 'male', birthDate: '1950' })
    expect(an.problems).toEqual(['Số thẻ đảng viên 01234567 trùng với dòng 6 (Lê Văn Cường).'])
    expect(cuong.problems).toEqual([
      'Thiếu giới tính.',
      'Số thẻ đảng viên 01234567 trùng với dòng 4 (Nguyễn Văn An).'
    ])
  })

  it('when the columns are not recognised the mapping says no column gives the gender', async () => {
    const sheet = await readMemberSheet(await legacyList())
    const mapping = sheet.proposed.map((k) => (k === 'birthDateMale' || k === 'birthDateFemale' ? null : k))
    expect(mapsGender(mapping)).toBe(false)
  })
})

describe('skipped rows saved to a file, with the reason per row', () => {
  it('keeps the file’s columns and value types, and adds the reason', async () => {
    const bytes = await workbookToBytes(
      skippedRowsWorkbook(
        ['Họ và tên', 'Năm sinh Nam', 'Ngày vào Đảng'],
        [
          {
            rowNumber: 4,
            values: ['Nguyễn Văn An', 1950, new Date(Date.UTC(1975, 4, 19))],
            reason: 'Số thẻ trùng.'
          },
          { rowNumber: 6, values: ['Lê Văn Cường', null, null], reason: 'Thiếu giới tính.' }
        ],
        new Date(Date.UTC(2026, 10, 21))
      )
    )
    const sheet = await readSheet(bytes, SKIPPED_SHEET_NAME)
    expect(sheet.rowTexts(1)).toEqual([
      'Dòng trong tệp gốc',
      'Họ và tên',
      'Năm sinh Nam',
      'Ngày vào Đảng',
      'Lý do không nhập'
    ])
    expect(sheet.value('A2')).toBe(4)
    expect(sheet.value('C2')).toBe(1950)
    expect(sheet.value('D2')).toEqual(new Date(Date.UTC(1975, 4, 19)))
    expect(sheet.cell('D2').numFmt).toBe('dd/mm/yyyy')
    expect(sheet.value('E3')).toBe('Thiếu giới tính.')
    expect(sheet.cell('A1').font.bold).toBe(true)
    expect(sheet.cell('E2').font.name).toBe('Times New Roman')
    expect(sheet.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 })
  })
})

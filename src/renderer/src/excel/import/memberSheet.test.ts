import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { importRows, rowsToWrite, type ImportContext } from '@renderer/domain/members/importRows'
import { readMemberSheet, toImportRecords } from './memberSheet'

// The shared sample lives beside the repository: <repo>/../shared/samples/.
const SAMPLE = resolve(__dirname, '../../../../../../shared/samples/danh-sach-dang-vien-he-thong.xlsx')
const TODAY = '2026-11-21'

function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLE))
}

function context(extra: Partial<ImportContext> = {}): ImportContext {
  let n = 0
  return {
    today: TODAY,
    existingMembers: [],
    cells: [],
    createMissingCells: true,
    newId: () => `id-${++n}`,
    now: `${TODAY}T08:00:00.000Z`,
    ...extra
  }
}

describe('the shared sample danh-sach-dang-vien-he-thong.xlsx', () => {
  it('finds the header on row 4 and maps every column but "Chi bộ nơi cư trú"', async () => {
    const sheet = await readMemberSheet(sampleBytes())
    expect(sheet.encoding).toBe('unicode')
    expect(sheet.table.headerRow).toBe(4)
    expect(sheet.table.blankRowsSkipped).toBe(1)
    expect(sheet.table.rows).toHaveLength(120)
    expect(sheet.proposed).toEqual([
      null,
      'fullName',
      'gender',
      'birthDate',
      'partyCardNumber',
      'idNumber',
      'admissionDate',
      'officialDate',
      'cellName',
      null,
      'status'
    ])
  })

  it('imports with each of its problems reported', async () => {
    const sheet = await readMemberSheet(sampleBytes())
    const preview = importRows(toImportRecords(sheet.table, sheet.proposed), context())
    // Both copies of the duplicated party card are problems (rows 8 and 26).
    expect(preview.counts).toEqual({ new: 115, update: 0, problem: 5 })
    expect(preview.newCells.map((c) => c.name).sort()).toEqual([
      'Chi bộ Cơ quan UBND phường',
      'Chi bộ Khu dân cư số 1',
      'Chi bộ Khu dân cư số 17',
      'Chi bộ Khu dân cư số 2',
      'Chi bộ Trường Mầm non Hoa Sen',
      'Chi bộ Trường Tiểu học Lê Lợi'
    ])

    const problems = preview.rows.filter((r) => r.outcome === 'problem').map((r) => [r.rowNumber, r.problems])
    expect(problems).toEqual([
      [8, ['Số thẻ đảng viên 04785287 trùng với dòng 26 (Phan Quang Ân).']],
      [26, ['Số thẻ đảng viên 04785287 trùng với dòng 8 (Vũ Công Ân).']],
      [34, ['Thiếu họ và tên.']],
      [38, ['Ngày sinh "31/02/1970" không phải ngày có thật.']],
      [46, ['Vào Đảng khi mới 9 tuổi: phải đủ 18 tuổi (Điều lệ Đảng, Điều 1).']]
    ])

    const byRow = new Map(preview.rows.map((r) => [r.rowNumber, r]))
    // A name in capitals with spaces around it → proper case.
    expect(byRow.get(12)!.member.fullName).toBe('Lý Đức Ân')
    expect(byRow.get(12)!.fixes).toEqual(['Họ tên "  LÝ ĐỨC ÂN  " đã chuẩn hóa thành "Lý Đức Ân".'])
    // A name in decomposed Unicode → NFC.
    expect(byRow.get(16)!.member.fullName).toBe('Bùi Ngọc Lan'.normalize('NFC'))
    expect(byRow.get(16)!.member.fullName.normalize('NFC')).toBe(byRow.get(16)!.member.fullName)
    expect(byRow.get(16)!.fixes[0]).toMatch(/NFD/)
    // A CCCD typed as a number → its leading zero restored, kept as text.
    expect(byRow.get(18)!.member.idNumber).toBe('099783658981')
    expect(byRow.get(18)!.fixes).toEqual([
      'CCCD bị Excel đổi thành số, mất số 0 đầu: đã khôi phục thành 099783658981.'
    ])
    // Bare years accepted.
    expect(byRow.get(14)!.member.birthDate).toBe('1985')
    expect(byRow.get(14)!.outcome).toBe('new')
    // Real Excel dates and d/m/yyyy text.
    expect(byRow.get(5)!.member).toMatchObject({
      birthDate: '1976-01-19',
      admissionDate: '2015-09-06',
      officialDate: '2016-09-06'
    })
    // Statuses → events.
    const types = (row: number) => byRow.get(row)!.events.map((e) => e.type)
    expect(types(28)).toEqual(['admission']) // Dự bị
    expect(types(5)).toEqual(['admission', 'official']) // Chính thức
    expect(types(52)).toEqual(['admission', 'official', 'exemption']) // Miễn sinh hoạt
    expect(types(58)).toEqual(['admission', 'transferOut']) // Chuyển đi
    // Only warnings (never blocking) on the rest.
    const warned = preview.rows
      .filter((r) => r.outcome !== 'problem' && r.warnings.length)
      .map((r) => r.rowNumber)
    expect(warned).toEqual([21, 41, 56])
  })

  it('an unchanged re-import of the written rows matches every one by party card', async () => {
    const sheet = await readMemberSheet(sampleBytes())
    const records = toImportRecords(sheet.table, sheet.proposed)
    const first = importRows(records, context())
    const written = rowsToWrite(first, new Set())
    const again = importRows(records, context({ existingMembers: written.members, cells: written.cells }))
    expect(again.counts).toEqual({ new: 0, update: 115, problem: 5 })
    expect(again.newCells).toEqual([])
    expect(again.rows.filter((r) => r.outcome === 'update').every((r) => r.matchedBy === 'partyCard')).toBe(
      true
    )
  })
})

describe('legacy encodings in a file', () => {
  it('reads a TCVN3 (.VnTime) list: headers and names converted to Unicode', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('DS')
    ws.addRow(['STT', 'Hä vµ tªn', 'Giíi tÝnh', 'Ngµy sinh', 'Chi bé'])
    ws.addRow([1, 'NguyÔn V¨n ¢n', 'Nam', '2/3/1970', 'Chi bé Khu d©n c\u00ad sè 1'])
    const sheet = await readMemberSheet(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    expect(sheet.encoding).toBe('tcvn3')
    expect(sheet.table.headers).toEqual(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Chi bộ'])
    const preview = importRows(toImportRecords(sheet.table, sheet.proposed), context())
    expect(preview.rows[0].member.fullName).toBe('Nguyễn Văn Ân')
    expect(preview.newCells[0].name).toBe('Chi bộ Khu dân cư số 1')
  })

  it('reads a VNI-Windows list', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('DS')
    ws.addRow(['Hoï vaø teân', 'Giôùi tính', 'Chi boä'])
    ws.addRow(['Nguyeãn Vaên AÂn', 'Nöõ', 'Chi boä Tröôøng Tieåu hoïc'])
    const sheet = await readMemberSheet(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    expect(sheet.encoding).toBe('vni')
    expect(sheet.table.headers).toEqual(['Họ và tên', 'Giới tính', 'Chi bộ'])
    const preview = importRows(toImportRecords(sheet.table, sheet.proposed), context())
    expect(preview.rows[0].member).toMatchObject({ fullName: 'Nguyễn Văn Ân', gender: 'female' })
    expect(preview.newCells[0]).toMatchObject({ name: 'Chi bộ Trường Tiểu học', type: 'school' })
  })
})

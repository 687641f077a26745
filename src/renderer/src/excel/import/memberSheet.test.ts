import ExcelJS from 'exceljs'
import { importRows, rowsToWrite, type ImportContext } from '@renderer/domain/members/importRows'
import { buildSampleMemberList } from '../testing/sampleMemberList'
import { buildRawXlsx, dateCell, errorCell, numberCell, row, textCell } from '../testing/rawXlsx'
import { readMemberSheet, toImportRecords } from './memberSheet'

const TODAY = '2026-11-21'

let sample: Uint8Array
beforeAll(async () => {
  sample = await buildSampleMemberList()
})
const sampleBytes = () => sample

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

describe("a member list shaped like the higher level's export (excel/testing/sampleMemberList)", () => {
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
      [8, ['Số thẻ đảng viên 04712093 trùng với dòng 26 (Tạ Quốc Vinh).']],
      [26, ['Số thẻ đảng viên 04712093 trùng với dòng 8 (Mạc Văn Tùng).']],
      [34, ['Thiếu họ và tên.']],
      [38, ['Ngày sinh "31/02/1970" không phải ngày có thật.']],
      [46, ['Vào Đảng khi mới 9 tuổi: phải đủ 18 tuổi (Điều lệ Đảng, Điều 1).']]
    ])

    const byRow = new Map(preview.rows.map((r) => [r.rowNumber, r]))
    // A name in capitals with spaces around it → proper case.
    expect(byRow.get(12)!.member.fullName).toBe('Đinh Quốc Bảo')
    expect(byRow.get(12)!.fixes).toEqual(['Họ tên "  ĐINH QUỐC BẢO  " đã chuẩn hóa thành "Đinh Quốc Bảo".'])
    // A name in decomposed Unicode → NFC.
    expect(byRow.get(16)!.member.fullName).toBe('Lưu Ngọc Diệp'.normalize('NFC'))
    expect(byRow.get(16)!.member.fullName.normalize('NFC')).toBe(byRow.get(16)!.member.fullName)
    expect(byRow.get(16)!.fixes[0]).toMatch(/NFD/)
    // A CCCD typed as a number → its leading zero restored, kept as text.
    expect(byRow.get(18)!.member.idNumber).toBe('040081234567')
    expect(byRow.get(18)!.fixes).toEqual([
      'CCCD bị Excel đổi thành số, mất số 0 đầu: đã khôi phục thành 040081234567.'
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

describe('a file with several lists', () => {
  it('one sheet per cell: the first is read, and the preview names the other sheets holding a list', async () => {
    const wb = new ExcelJS.Workbook()
    for (const [sheet, name] of [
      ['KDC 1', 'Nguyễn Văn An'],
      ['KDC 2', 'Lê Thị Bình'],
      ['KDC 3', 'Trần Văn Cường']
    ]) {
      const ws = wb.addWorksheet(sheet)
      ws.addRow(['Họ và tên', 'Giới tính', 'Chi bộ'])
      ws.addRow([name, 'Nam', `Chi bộ ${sheet}`])
    }
    wb.addWorksheet('Ghi chú').addRow(['Danh sách gửi Đảng ủy'])
    const sheet = await readMemberSheet(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    expect(sheet.table.sheetName).toBe('KDC 1')
    expect(sheet.otherListsNote).toBe(
      'Tệp còn danh sách ở trang “KDC 2”, “KDC 3”: lần này chỉ nhập trang “KDC 1”. Muốn nhập các trang đó, hãy lưu mỗi trang thành một tệp rồi nhập lần lượt.'
    )
  })

  it('a single list says nothing', async () => {
    const sheet = await readMemberSheet(sampleBytes())
    expect(sheet.otherListsNote).toBeUndefined()
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

  it('a TCVN3 list with rows added later in Unicode: the Unicode cells are kept as typed', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('DS')
    ws.addRow(['STT', 'Hä vµ tªn', 'Giíi tÝnh', 'Ngµy sinh', 'Chi bé'])
    ws.addRow([1, 'NguyÔn V¨n ¢n', 'Nam', '2/3/1970', 'Chi bé Khu d©n c\u00ad sè 1'])
    ws.addRow([2, 'Lª ThÞ Hoa', 'N÷', '5/6/1975', 'Chi bé Khu d©n c\u00ad sè 1'])
    ws.addRow([3, 'TrÇn V¨n B¶o', 'Nam', '1/1/1960', 'Chi bé Khu d©n c\u00ad sè 1'])
    // The list's old rows outnumber the one added in Unicode, as in a real ward file.
    for (let i = 0; i < 5; i++) ws.addRow([null, null, null, null, 'Chi bé Khu d©n c\u00ad sè 1'])
    ws.addRow([4, 'Trần Thị Bình', 'Nữ', '7/8/1980', 'Chi bộ Khu dân cư số 1'])
    const sheet = await readMemberSheet(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    expect(sheet.encoding).toBe('tcvn3')
    const preview = importRows(toImportRecords(sheet.table, sheet.proposed), context())
    const named = preview.rows.filter((r) => r.member.fullName)
    expect(named.map((r) => [r.member.fullName, r.member.gender, r.cellName])).toEqual([
      ['Nguyễn Văn Ân', 'male', 'Chi bộ Khu dân cư số 1'],
      ['Lê Thị Hoa', 'female', 'Chi bộ Khu dân cư số 1'],
      ['Trần Văn Bảo', 'male', 'Chi bộ Khu dân cư số 1'],
      ['Trần Thị Bình', 'female', 'Chi bộ Khu dân cư số 1']
    ])
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

// docs/design.md §7–8: what Excel shows is read as it is, or the row is a problem — never bent.
describe('reading a list never distorts it', () => {
  const records = async (bytes: Uint8Array) => {
    const sheet = await readMemberSheet(bytes)
    return importRows(
      toImportRecords(sheet.table, sheet.proposed),
      context({ date1904: sheet.table.date1904 })
    )
  }

  it('a row hidden in Excel (or by a filter) is read, and said to be hidden', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('DS')
    ws.addRow(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Chi bộ'])
    ws.addRow(['Nguyễn Văn An', 'Nam', '2/1/1980', 'Chi bộ Khu dân cư số 1'])
    ws.addRow(['Lê Thị Bình', 'Nữ', '7/8/1975', 'Chi bộ Khu dân cư số 1'])
    ws.getRow(3).hidden = true
    const preview = await records(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    expect(preview.rows.map((r) => [r.rowNumber, r.outcome, r.warnings])).toEqual([
      [2, 'new', []],
      [
        3,
        'new',
        [
          'Dòng này đang bị ẩn trong Excel (ẩn dòng hoặc bộ lọc): kiểm tra đúng là cần nhập; nếu không, bỏ dấu “Ghi”.'
        ]
      ]
    ])
  })

  it('a name merged over three data rows does not give three people that name', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('DS')
    ws.addRow(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Chi bộ'])
    ws.addRow(['Nguyễn Văn An', 'Nam', '2/1/1980', 'Chi bộ Khu dân cư số 1'])
    ws.addRow([null, 'Nữ', '3/4/1985', 'Chi bộ Khu dân cư số 1'])
    ws.addRow([null, 'Nam', '5/6/1990', 'Chi bộ Khu dân cư số 1'])
    ws.addRow(['Lê Thị Bình', 'Nữ', '7/8/1975', 'Chi bộ Khu dân cư số 1'])
    ws.mergeCells('A2:A4')
    // A cell name merged down its members is how ward files are laid out: that one is fine.
    ws.mergeCells('D2:D5')
    const preview = await records(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    expect(preview.rows.map((r) => [r.rowNumber, r.outcome, r.problems])).toEqual([
      [
        2,
        'problem',
        ['Ô họ và tên gộp chung cho các dòng 2–4: mỗi đảng viên phải có ô riêng (bỏ gộp ô trong Excel).']
      ],
      [
        3,
        'problem',
        ['Ô họ và tên gộp chung cho các dòng 2–4: mỗi đảng viên phải có ô riêng (bỏ gộp ô trong Excel).']
      ],
      [
        4,
        'problem',
        ['Ô họ và tên gộp chung cho các dòng 2–4: mỗi đảng viên phải có ô riêng (bỏ gộp ô trong Excel).']
      ],
      [5, 'new', []]
    ])
  })

  it('#DIV/0! in the CCCD column is a problem row, not a member without CCCD', async () => {
    const bytes = await buildRawXlsx({
      sheets: [
        {
          sheetData:
            row(
              1,
              textCell('A1', 'Họ và tên'),
              textCell('B1', 'Giới tính'),
              textCell('C1', 'CCCD'),
              textCell('D1', 'Chi bộ')
            ) +
            row(
              2,
              textCell('A2', 'Nguyễn Văn An'),
              textCell('B2', 'Nam'),
              errorCell('C2', '#DIV/0!'),
              textCell('D2', 'Chi bộ Khu dân cư số 1')
            )
        }
      ]
    })
    const preview = await records(bytes)
    expect(preview.rows[0].outcome).toBe('problem')
    expect(preview.rows[0].problems).toEqual([
      'Ô số CCCD có lỗi công thức Excel (#DIV/0!): sửa trong tệp hoặc bấm “Sửa”.'
    ])
  })

  it('a workbook in the 1904 date system: a plain day number in "Ngày sinh" is the right day', async () => {
    const bytes = await buildRawXlsx({
      date1904: true,
      sheets: [
        {
          sheetData:
            row(
              1,
              textCell('A1', 'Họ và tên'),
              textCell('B1', 'Giới tính'),
              textCell('C1', 'Ngày sinh'),
              textCell('D1', 'Ngày vào Đảng'),
              textCell('E1', 'Chi bộ')
            ) +
            row(
              2,
              textCell('A2', 'Nguyễn Văn An'),
              textCell('B2', 'Nam'),
              numberCell('C2', 27760),
              dateCell('D2', 37256),
              textCell('E2', 'Chi bộ Khu dân cư số 1')
            )
        }
      ]
    })
    const preview = await records(bytes)
    // Day 27,760 from 1/1/1904 is 2/1/1980 (the 1900 system would say 1/1/1976); day 37,256 is 1/1/2006.
    expect(preview.rows[0].member).toMatchObject({ birthDate: '1980-01-02', admissionDate: '2006-01-01' })
  })
})

// A workbook often keeps last year's list on a hidden sheet: the list the clerk sees is the one read.
describe('a hidden sheet', () => {
  async function workbook(sheets: { name: string; hidden: boolean; name1: string }[]): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook()
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' })
      ws.addRow(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Chi bộ'])
      ws.addRow([s.name1, 'Nam', '01/01/1970', 'Chi bộ 1'])
    }
    return new Uint8Array(await wb.xlsx.writeBuffer())
  }

  it('is passed over for a visible sheet holding a list, even when it comes first', async () => {
    const sheet = await readMemberSheet(
      await workbook([
        { name: 'Năm cũ', hidden: true, name1: 'Người Năm Cũ' },
        { name: 'Danh sách', hidden: false, name1: 'Người Năm Nay' }
      ])
    )
    expect(sheet.table.sheetName).toBe('Danh sách')
    expect(sheet.hiddenSheetNote).toBeUndefined()
  })

  it('is read when it alone holds a list, and the preview says so', async () => {
    const sheet = await readMemberSheet(await workbook([{ name: 'Ẩn', hidden: true, name1: 'Người Năm Cũ' }]))
    expect(sheet.table.sheetName).toBe('Ẩn')
    expect(sheet.hiddenSheetNote).toBe(
      'Danh sách nằm ở trang “Ẩn” đang bị ẩn trong Excel: kiểm tra đúng là danh sách cần nhập.'
    )
  })
})

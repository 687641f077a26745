import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { readSheet, readWorkbook } from '../testing/readBack'
import { workbookToBytes } from '../workbookIo'
import { planBook } from '@renderer/domain/roundtrip'
import {
  MEMBERS,
  Q1,
  YEAR,
  asFormatOne,
  asFormatTwo,
  content,
  context,
  marksFor,
  member,
  storedMeeting,
  world
} from '@renderer/testing/roundtripBooks'
import { cellBookBytes, cellBookFileName, readCellBook } from '.'
import { IDENTITY_KEYS, IDENTITY_SHEET, RATING, REASONS, REGISTER } from './layout'

/** exceljs keeps the sheet's protection on the worksheet without typing it. */
const protectionOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { sheetProtection: unknown }).sheetProtection
const NOW = new Date('2026-01-05T08:00:00Z')
const JAN = storedMeeting('m1', '2026-01-05', { topic: 'Công tác tháng 1' })
const w = world({
  meetings: [
    { meeting: JAN, marks: marksFor(JAN, { a: 'present', b: 'excused', c: 'present', d: 'exempt' }) }
  ]
})

describe('cell book: the register as the secretary sees it (docs/design.md §7)', () => {
  it('heads the sheet with the cell and period, explains the codes, lists the exempt apart, and fills recorded meetings', async () => {
    const bytes = await cellBookBytes(content(w, Q1), NOW)
    const s = await readSheet(bytes, REGISTER.name)
    expect(s.text('A2')).toBe('CHI BỘ KHU PHỐ 1')
    expect(s.text('A3')).toBe('SỔ GHI SINH HOẠT CHI BỘ – QUÝ 1/2026')
    expect(s.text('A4')).toContain('C = có mặt; P = vắng có lý do (có phép); K = vắng không lý do')
    expect(s.text('A5')).toBe('Không điểm danh (Phạm Văn Dũng – miễn công tác và sinh hoạt đảng).')
    expect(s.rowTexts(7)).toEqual([
      'STT',
      'Ngày họp',
      'Loại sinh hoạt',
      'Chủ đề, nội dung chính',
      'Chủ trì',
      'Bắt đầu',
      'Kết thúc',
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường'
    ])
    expect(s.value('B8')).toEqual(new Date(Date.UTC(2026, 0, 5)))
    expect(s.cell('B8').numFmt).toBe('dd/mm/yyyy')
    expect(s.rowTexts(8)).toEqual([
      '1',
      expect.any(String),
      'Thường kỳ',
      'Công tác tháng 1',
      'Nguyễn Văn An',
      '08:00',
      '10:00',
      'C',
      'P',
      'C'
    ])
    expect(s.value('A9')).toBe(2)
    // Recorded meeting + 8 blank rows for a quarter.
    expect(s.value('A16')).toBe(9)
    expect(s.value('A17')).toBeNull()
    expect(s.cell('B8').font.name).toBe('Times New Roman')
    expect(s.cell('H7').alignment.textRotation).toBe(90)
  })

  it('is protected with inputs unlocked, drop-down lists, and prints a quarter on one A4 landscape page with the header repeated', async () => {
    const s = await readSheet(await cellBookBytes(content(w, Q1), NOW), REGISTER.name)
    expect(protectionOf(s.ws)).toMatchObject({ sheet: true })
    expect(s.cell('A8').protection?.locked).not.toBe(false)
    expect(s.cell('H7').protection?.locked).not.toBe(false)
    for (const a of ['B8', 'C9', 'D9', 'E9', 'F9', 'G9', 'H9', 'J16'])
      expect(s.cell(a).protection?.locked).toBe(false)
    expect(s.cell('C9').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Thường kỳ,Chuyên đề,Thường kỳ kết hợp chuyên đề,Bất thường"']
    })
    expect(s.cell('H9').dataValidation).toMatchObject({ type: 'list', formulae: ['"C,P,K"'] })
    expect(s.cell('E9').dataValidation).toMatchObject({ type: 'list', formulae: ['$H$7:$J$7'] })
    expect(s.cell('B9').dataValidation).toMatchObject({ type: 'date', operator: 'between' })
    expect(s.ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      printTitlesRow: '7:7'
    })
    // A year's register (a row for each meeting of twelve months) runs on to more pages.
    const year = await readSheet(await cellBookBytes(content(w, YEAR), NOW), REGISTER.name)
    expect(year.ws.pageSetup).toMatchObject({ fitToWidth: 1, fitToHeight: 0 })
  })

  it('keeps its identity in a very hidden, protected sheet', async () => {
    const wb = await readWorkbook(await cellBookBytes(content(w, Q1), NOW))
    const id = wb.getWorksheet(IDENTITY_SHEET)!
    expect(id.state).toBe('veryHidden')
    expect(protectionOf(id)).toMatchObject({ sheet: true })
    expect(JSON.parse(id.getCell('B2').text)).toBe('c1')
    expect(JSON.parse(id.getCell('B4').text)).toBe('2026-Q1')
    expect(wb.worksheets.map((x) => x.name)).toEqual([REGISTER.name, REASONS.name, IDENTITY_SHEET])
  })

  it('tells namesakes’ columns apart by their birth, and reads them back to the right member', async () => {
    const namesakes = world({
      members: [
        ...MEMBERS.map((m) => (m.id === 'b' ? { ...m, birthDate: '1975-03-04' } : m)),
        { ...member('e', 'Trần Thị Bình'), birthDate: '1985-02-02' }
      ]
    })
    const c = content(namesakes, Q1)
    const bytes = await cellBookBytes(c, NOW)
    const s = await readSheet(bytes, REGISTER.name)
    expect(s.rowTexts(7).slice(7)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình (sinh 1975)',
      'Trần Thị Bình (sinh 1985)',
      'Lê Văn Cường'
    ])
    const filled = await fill(bytes, {
      [REGISTER.name]: {
        B8: new Date(Date.UTC(2026, 1, 12)),
        C8: 'Thường kỳ',
        H8: 'C',
        I8: 'C',
        J8: 'P',
        K8: 'C'
      },
      [REASONS.name]: { B6: new Date(Date.UTC(2026, 1, 12)), C6: 'Trần Thị Bình (sinh 1985)', D6: 'Ốm' }
    })
    const plan = planBook(await readBook(filled), context(namesakes, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.meetings[0].marks.find((m) => m.status === 'excused')).toMatchObject({
      memberId: 'e',
      reason: 'Ốm'
    })
  })

  it('is named for its cell and period without accents', () => {
    expect(cellBookFileName(content(w, Q1))).toBe('So-chi-bo_Chi-bo-Khu-pho-1_2026-Q1.xlsx')
  })
})

describe('cell book: the year rating sheet (QĐ 366-QĐ/TW 2025)', () => {
  it('lists the roll, fills the reason of the member not rated and locks that row; drop-downs for the levels', async () => {
    const year = world({
      reviews: [
        {
          id: '2026:a',
          year: 2026,
          memberId: 'a',
          cellId: 'c1',
          score: 80,
          selfRating: 'good',
          updatedAt: 'x'
        }
      ]
    })
    const s = await readSheet(await cellBookBytes(content(year, YEAR), NOW), RATING.name)
    expect(s.text('A3')).toBe('ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2026')
    expect(s.rowTexts(6)).toEqual([
      'STT',
      'Họ và tên',
      'Không xếp loại (lý do)',
      'Điểm',
      'Tự xếp loại',
      'Chi bộ đề xuất'
    ])
    expect(s.rowTexts(7)).toEqual(['1', 'Nguyễn Văn An', '80', 'HTTNV'])
    expect(s.value('D7')).toBe(80)
    expect(s.rowTexts(10)).toEqual(['4', 'Phạm Văn Dũng', 'Miễn công tác và sinh hoạt đảng'])
    expect(s.cell('D10').protection?.locked).not.toBe(false)
    expect(s.cell('D8').protection?.locked).toBe(false)
    expect(s.cell('E8').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"HTXSNV,HTTNV,HTNV,KHTNV"']
    })
    expect(s.cell('D8').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] })
    expect(s.ws.pageSetup).toMatchObject({ orientation: 'portrait', fitToWidth: 1, printTitlesRow: '6:6' })
  })
})

describe('cell book: "Lý do vắng", the reason of each absence (the minutes hold it, docs/design.md §6)', () => {
  const withReason = world({
    meetings: [
      {
        meeting: JAN,
        marks: marksFor(JAN, { a: 'present', b: 'excused', c: 'unexcused', d: 'exempt' }).map((m) =>
          m.memberId === 'b' ? { ...m, reason: 'Ốm' } : m
        )
      }
    ]
  })

  it('lists the reasons recorded, then blank rows; the date within the period, the name from the register', async () => {
    const s = await readSheet(await cellBookBytes(content(withReason, Q1), NOW), REASONS.name)
    expect(s.text('A2')).toBe('CHI BỘ KHU PHỐ 1')
    expect(s.text('A3')).toBe('LÝ DO VẮNG SINH HOẠT – QUÝ 1/2026')
    expect(s.text('A4')).toMatch(/^Mỗi đồng chí vắng có lý do \(P\) một dòng: ngày họp, họ và tên/)
    expect(s.rowTexts(5)).toEqual(['STT', 'Ngày họp', 'Họ và tên', 'Lý do vắng'])
    expect(s.value('B6')).toEqual(new Date(Date.UTC(2026, 0, 5)))
    expect(s.cell('B6').numFmt).toBe('dd/mm/yyyy')
    expect(s.rowTexts(6)).toEqual(['1', expect.any(String), 'Trần Thị Bình', 'Ốm'])
    // One recorded reason, then twenty blank rows (a quarter's register has nine rows).
    expect(s.value('A26')).toBe(21)
    expect(s.value('B7')).toBeNull()
    expect(s.cell('B7').dataValidation).toMatchObject({ type: 'date', operator: 'between' })
    expect(s.cell('C26').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Sổ sinh hoạt'!$H$7:$J$7"]
    })
    for (const a of ['B7', 'C7', 'D7']) expect(s.cell(a).protection?.locked).toBe(false)
    expect(s.cell('A7').protection?.locked).not.toBe(false)
    expect(protectionOf(s.ws)).toMatchObject({ sheet: true })
    expect(s.text('C28')).toBe('BÍ THƯ CHI BỘ\n(ký, ghi rõ họ tên)')
    expect(s.cell('A6').font).toMatchObject({ name: 'Times New Roman' })
    expect(s.ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToWidth: 1,
      printTitlesRow: '5:5'
    })
  })
})

/** A secretary's Excel: opens the book, types into the unlocked cells, saves. */
async function fill(
  bytes: Uint8Array,
  edits: Record<string, Record<string, ExcelJS.CellValue>>
): Promise<Uint8Array> {
  const wb = await readWorkbook(bytes)
  for (const [sheet, cells] of Object.entries(edits))
    for (const [address, value] of Object.entries(cells))
      wb.getWorksheet(sheet)!.getCell(address).value = value
  return workbookToBytes(wb)
}

/** Reads back a book the test expects to be read: a problem fails the test with its message. */
async function readBook(bytes: Uint8Array, fileName = 'so.xlsx') {
  const book = await readCellBook(bytes, fileName)
  if ('problem' in book) throw new Error(book.problem.message)
  return book
}

describe('cell book: filled in and read back', () => {
  it('reads what the secretary typed into a plan: a new meeting, a corrected mark, ratings', async () => {
    const year = world({ meetings: w.meetings })
    const c = content(year, YEAR)
    const bytes = await fill(await cellBookBytes(c, NOW), {
      [REGISTER.name]: {
        J8: 'K',
        B9: new Date(Date.UTC(2026, 1, 4)),
        C9: 'Thường kỳ',
        E9: 'Trần Thị Bình',
        F9: '19:30',
        G9: '21h',
        H9: 'C',
        I9: 'C',
        J9: 'P'
      },
      [REASONS.name]: { B6: new Date(Date.UTC(2026, 1, 4)), C6: 'Lê Văn Cường', D6: 'Đi công tác' },
      [RATING.name]: { D7: 85, E7: 'HTTNV', F8: 'HTXSNV', D10: 50 }
    })
    const book = await readBook(bytes)
    expect(book.identity).toEqual(c.identity)
    const plan = planBook(book, context(year, YEAR))
    expect(plan.problems.map((p) => [p.kind, p.place])).toEqual([['notRatedFilled', 'Xếp loại, dòng 10']])
    expect(plan.changes).toEqual([
      'Sửa buổi sinh hoạt ngày 05/01/2026: 1 dấu điểm danh (Lê Văn Cường: có mặt → vắng không lý do)',
      'Thêm buổi sinh hoạt thường kỳ ngày 04/02/2026 (2 có mặt, 1 vắng có lý do, 0 vắng không lý do)',
      'Nguyễn Văn An: điểm — → 85; tự xếp loại — → HTTNV',
      'Trần Thị Bình: chi bộ đề xuất — → HTXSNV'
    ])
    expect(plan.meetings[1].meeting).toMatchObject({
      chairMemberId: 'b',
      startTime: '19:30',
      endTime: '21:00'
    })
    expect(plan.meetings[1].marks.find((m) => m.memberId === 'c')).toMatchObject({
      status: 'excused',
      reason: 'Đi công tác'
    })
  })

  it('refuses a rating sheet sorted by name: no member gets another member’s rating', async () => {
    const c = content(world(), YEAR)
    const wb = await readWorkbook(await cellBookBytes(c, NOW))
    const ws = wb.getWorksheet(RATING.name)!
    // The secretary unprotected the sheet, sorted it by name and typed the ratings.
    const sorted: ExcelJS.CellValue[][] = [
      ['Lê Văn Cường', null, 95, 'HTXSNV'],
      ['Nguyễn Văn An', null, 70, 'HTNV'],
      ['Phạm Văn Dũng', 'Miễn công tác và sinh hoạt đảng', null, null],
      ['Trần Thị Bình', null, 85, 'HTTNV']
    ]
    sorted.forEach((values, i) => values.forEach((v, j) => (ws.getCell(7 + i, 2 + j).value = v)))
    const book = await readBook(await workbookToBytes(wb))
    const plan = planBook(book, context(world(), YEAR))
    expect(plan.problems.map((p) => [p.kind, p.place, p.message])).toEqual([
      [
        'ratingRowsMoved',
        'Cả tệp',
        'Thứ tự hoặc tên đảng viên trên trang xếp loại đã bị đổi (dòng 7 ghi “Lê Văn Cường”, sổ giao là “Nguyễn Văn An”). Trang xếp loại không được nhập; hãy dùng đúng thứ tự trong sổ đã giao.'
      ]
    ])
    expect(plan.reviews).toEqual([])
    expect(plan.changes).toEqual([])
  })

  it('refuses a register with a row inserted above a recorded meeting: its minutes never move to another date', async () => {
    const JAN5 = storedMeeting('m1', '2026-01-05', {
      topic: 'Công tác tháng 1',
      conclusion: 'Kết luận buổi 05/01',
      qualityScore: 92
    })
    const recorded = world({
      meetings: [
        { meeting: JAN5, marks: marksFor(JAN5, { a: 'present', b: 'present', c: 'present', d: 'exempt' }) }
      ]
    })
    const wb = await readWorkbook(await cellBookBytes(content(recorded, Q1), NOW))
    const ws = wb.getWorksheet(REGISTER.name)!
    ws.insertRow(8, [
      null,
      new Date(Date.UTC(2026, 0, 20)),
      'Chuyên đề',
      'Học tập chuyên đề',
      'Nguyễn Văn An',
      '19:30',
      '21:30',
      'C',
      'C',
      'C'
    ])
    ws.getCell('B8').numFmt = 'dd/mm/yyyy'
    const book = await readBook(await workbookToBytes(wb))
    const plan = planBook(book, context(recorded, Q1))
    expect(plan.problems.map((p) => [p.kind, p.place])).toEqual([['registerRowsMoved', 'Cả tệp']])
    expect(plan.problems[0].message).toMatch(
      /^Các dòng của sổ sinh hoạt đã bị chèn, xóa hoặc sắp xếp lại \(dòng 8 /
    )
    expect(plan.meetings).toEqual([])
    expect(plan.changes).toEqual([])
  })

  it('still takes a recorded meeting’s date corrected in its own row', async () => {
    const bytes = await fill(await cellBookBytes(content(w, Q1), NOW), {
      [REGISTER.name]: { B8: new Date(Date.UTC(2026, 0, 7)) }
    })
    const book = await readBook(bytes)
    const plan = planBook(book, context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.changes).toEqual(['Sửa buổi sinh hoạt ngày 05/01/2026: ngày 05/01/2026 → 07/01/2026'])
  })

  it('reads a book made before the recorded rows were keyed (format 1) as before', async () => {
    const c = content(w, Q1)
    const wb = await readWorkbook(await cellBookBytes(c, NOW))
    const id = wb.getWorksheet(IDENTITY_SHEET)!
    const old = asFormatOne(c.identity)
    IDENTITY_KEYS.forEach((key, i) => {
      id.getCell(i + 1, 1).value = key in old ? key : null
      id.getCell(i + 1, 2).value = key in old ? JSON.stringify(old[key]) : null
    })
    wb.getWorksheet(REGISTER.name)!.getCell('B8').value = new Date(Date.UTC(2026, 0, 7))
    const book = await readBook(await workbookToBytes(wb), 'so-cu.xlsx')
    expect(book.identity).toEqual(old)
    const plan = planBook(book, context(w, Q1))
    expect(plan.problems).toEqual([])
    expect(plan.changes).toEqual(['Sửa buổi sinh hoạt ngày 05/01/2026: ngày 05/01/2026 → 07/01/2026'])
  })

  it('names the rows typed under the register, not formatting alone, and still reads the register', async () => {
    const wb = await readWorkbook(await cellBookBytes(content(w, Q1), NOW))
    const ws = wb.getWorksheet(REGISTER.name)!
    // Rows 8–16 are the register, 18 the signature box. The secretary unprotected the sheet and
    // went on writing under it; row 21 only got a border.
    const row17: ExcelJS.CellValue[] = [null, new Date(Date.UTC(2026, 2, 3)), 'Thường kỳ', null, null]
    row17.forEach((v, i) => (ws.getCell(17, i + 1).value = v))
    for (const a of ['H17', 'I17', 'J17']) ws.getCell(a).value = 'C'
    ws.getCell('D19').value = 'Học Nghị quyết'
    ws.getCell('B21').border = { bottom: { style: 'thin' } }
    ws.getCell('B9').value = new Date(Date.UTC(2026, 1, 4))
    ws.getCell('C9').value = 'Chuyên đề'
    const book = await readBook(await workbookToBytes(wb))
    expect(book.registerBelow).toEqual([17, 19])
    const plan = planBook(book, context(w, Q1))
    expect(plan.problems).toEqual([
      {
        kind: 'outsideRegister',
        place: 'Sổ sinh hoạt, dòng 17, 19',
        message: expect.stringMatching(
          /^Dòng 17, 19 của sổ sinh hoạt nằm ngoài các dòng của sổ nên không được đọc: hãy ghi vào các dòng trống có sẵn/
        )
      }
    ])
    expect(plan.changes).toEqual(['Thêm buổi sinh hoạt chuyên đề ngày 04/02/2026 (chưa điểm danh)'])
  })

  it('names a member appended under the rating roll and still reads the roll’s ratings', async () => {
    const c = content(world(), YEAR)
    const bytes = await fill(await cellBookBytes(c, NOW), {
      // Rows 7–10 are the roll, 12 the signature box; row 11 was typed by the secretary.
      [RATING.name]: { E7: 'HTTNV', B11: 'Võ Thị Em', D11: 90, E11: 'HTXSNV' }
    })
    const book = await readBook(bytes)
    const plan = planBook(book, context(world(), YEAR))
    expect(plan.problems).toEqual([
      {
        kind: 'outsideRatingRoll',
        place: 'Xếp loại, dòng 11',
        message:
          'Võ Thị Em (dòng 11) không có trong danh sách của sổ giao nên không được đọc; đảng viên mới chuyển đến cần được ghi ở Sổ Chi bộ rồi tạo sổ mới.'
      }
    ])
    expect(plan.changes).toEqual(['Nguyễn Văn An: tự xếp loại — → HTTNV'])
  })

  it('reads an untouched book with nothing under its tables (the signature boxes are the book’s own)', async () => {
    const book = await readBook(await cellBookBytes(content(w, YEAR), NOW))
    expect([book.registerBelow, book.ratingBelow]).toEqual([[], []])
    expect(book.reasons!.filter((r) => r.date !== null || r.name !== null || r.reason !== null)).toEqual([])
  })

  it('reads the reasons written under "Lý do vắng", even below its signature box', async () => {
    const bytes = await fill(await cellBookBytes(content(w, Q1), NOW), {
      [REASONS.name]: {
        B6: new Date(Date.UTC(2026, 0, 5)),
        C6: 'Trần Thị Bình',
        D6: 'Ốm',
        C40: 'Lê Văn Cường'
      }
    })
    const book = await readBook(bytes)
    expect(book.reasons!.filter((r) => r.name !== null)).toEqual([
      { rowNumber: 6, date: new Date(Date.UTC(2026, 0, 5)), name: 'Trần Thị Bình', reason: 'Ốm' },
      { rowNumber: 40, date: null, name: 'Lê Văn Cường', reason: null }
    ])
    const plan = planBook(book, context(w, Q1))
    expect(plan.changes).toEqual(['Sửa buổi sinh hoạt ngày 05/01/2026: lý do vắng (Trần Thị Bình: — → “Ốm”)'])
    expect(plan.problems.map((p) => [p.kind, p.place])).toEqual([['badReason', 'Lý do vắng, dòng 40']])
  })

  it('refuses a book whose "Lý do vắng" was deleted, and reads one made before the sheet (format 2) without it', async () => {
    const c = content(w, Q1)
    const wb = await readWorkbook(await cellBookBytes(c, NOW))
    wb.removeWorksheet(wb.getWorksheet(REASONS.name)!.id)
    expect(await readCellBook(await workbookToBytes(wb), 'so.xlsx')).toMatchObject({
      problem: { kind: 'notABook', message: 'Tệp thiếu trang “Lý do vắng” (trang bị xóa hay đổi tên).' }
    })
    const old = asFormatTwo(c.identity)
    const id = wb.getWorksheet(IDENTITY_SHEET)!
    IDENTITY_KEYS.forEach((key, i) => (id.getCell(i + 1, 2).value = JSON.stringify(old[key])))
    const book = await readBook(await workbookToBytes(wb), 'so-cu.xlsx')
    expect(book.identity).toEqual(old)
    expect(book.reasons).toBeNull()
  })

  it('refuses a file that is not a cell book, and one that is not a spreadsheet', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Họ và tên'
    expect(await readCellBook(await workbookToBytes(wb), 'khac.xlsx')).toMatchObject({
      problem: { kind: 'notABook' }
    })
    expect(await readCellBook(new TextEncoder().encode('hello'), 'a.xlsx')).toMatchObject({
      problem: { kind: 'unreadable' }
    })
  })
})

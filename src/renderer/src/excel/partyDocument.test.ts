import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OrganizationSettings } from '@renderer/domain/entities'
import {
  addPartyDocumentSheet,
  formatDateLine,
  formatDocumentNumber,
  newWorkbook,
  numberLine,
  recipientLines,
  sanitizeSheetName,
  workbookToBytes,
  type DocColumn,
  type DocRow,
  type PartyDocumentSpec
} from './partyDocument'
import {
  expectFitToSend,
  pageBreakRows,
  printedBodyPoints,
  readSheet,
  type SheetReader
} from './testing/readBack'
import { heightForLines, textPixels } from './styles'
import { SETTINGS } from '@renderer/testing/factories'

const THANH_HOA: OrganizationSettings = SETTINGS

const HA_NOI: OrganizationSettings = {
  ...THANH_HOA,
  superiorName: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
  issuingBody: 'ĐẢNG ỦY PHƯỜNG HOÀN KIẾM',
  placeName: 'Hoàn Kiếm',
  documentNumberSuffix: '/ĐUP',
  signerRole: 'T/M BAN THƯỜNG VỤ',
  signerTitle: 'PHÓ BÍ THƯ',
  signerName: 'Trần Thị Mai'
}

const COLUMNS: DocColumn[] = [
  { key: 'stt', header: 'STT', width: 5, kind: 'stt' },
  { key: 'name', header: 'Họ và tên', width: 24, kind: 'text' },
  { key: 'idNumber', header: 'Số CCCD', width: 15, kind: 'id' },
  { key: 'admittedOn', header: 'Ngày vào Đảng', width: 12, kind: 'date' },
  { key: 'members', header: 'Số đảng viên', width: 10, kind: 'number' },
  { key: 'excellentCount', header: 'Số lượng', group: 'Hoàn thành xuất sắc', width: 9, kind: 'number' },
  { key: 'excellentPct', header: 'Tỷ lệ %', group: 'Hoàn thành xuất sắc', width: 9, kind: 'percent' },
  { key: 'goodCount', header: 'Số lượng', group: 'Hoàn thành tốt', width: 9, kind: 'number' },
  { key: 'goodPct', header: 'Tỷ lệ %', group: 'Hoàn thành tốt', width: 9, kind: 'percent' }
]

function spec(overrides: Partial<PartyDocumentSpec> = {}): PartyDocumentSpec {
  const rows: DocRow[] = [
    { kind: 'group', label: 'Chi bộ Khu phố 1' },
    {
      values: {
        name: 'Nguyễn Văn Ân',
        idNumber: '038090001234',
        admittedOn: '2001-05-19',
        members: 1234,
        excellentCount: 3,
        excellentPct: 12.5,
        goodCount: 20,
        goodPct: 83.33
      }
    },
    { values: { name: 'Đào Thị Bích', idNumber: '001185000777', admittedOn: '1975', members: 12 } },
    { kind: 'group', label: 'Chi bộ Trường Tiểu học Trường Sơn' },
    { values: { name: 'Lê Thị Cúc', admittedOn: '2019-02-03', members: 8 } },
    { kind: 'total', values: { members: 1254, excellentCount: 3, excellentPct: 12.5 } }
  ]
  return {
    sheetName: 'Xếp loại 2025',
    title: 'Báo cáo kết quả đánh giá, xếp loại đảng viên',
    subtitle: 'Năm 2025',
    documentNumber: '12-BC',
    date: '2026-01-05',
    columns: COLUMNS,
    rows,
    recipients: ['Ban Tổ chức Tỉnh ủy', 'Các chi bộ trực thuộc'],
    notes: ['Ghi chú: tỷ lệ tính trên số đảng viên được đánh giá.'],
    ...overrides
  }
}

async function build(settings = THANH_HOA, s = spec()): Promise<SheetReader> {
  const wb = newWorkbook(new Date('2026-01-05T08:00:00Z'))
  addPartyDocumentSheet(wb, settings, s)
  return readSheet(await workbookToBytes(wb))
}

function font(
  sheet: SheetReader,
  address: string
): Partial<{ name: string; size: number; bold: boolean; italic: boolean }> {
  return sheet.cell(address).font ?? {}
}

describe('addPartyDocumentSheet — header blocks', () => {
  it('writes the left block: superior in capitals, issuing body bold, star, document number', async () => {
    const s = await build()
    expect(s.text('A1')).toBe('ĐẢNG BỘ TỈNH THANH HÓA')
    expect(font(s, 'A1')).toMatchObject({ name: 'Times New Roman', size: 14 })
    expect(font(s, 'A1').bold).toBeFalsy()
    expect(s.text('A2')).toBe('ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN')
    expect(font(s, 'A2')).toMatchObject({ name: 'Times New Roman', size: 14, bold: true })
    expect(s.text('A3')).toBe('*')
    expect(s.text('A4')).toBe('Số 12-BC/ĐU')
    expect(s.cell('A1').alignment?.horizontal).toBe('center')
  })

  it('writes the right block: national title bold 15 with a rule, italic date line', async () => {
    const s = await build()
    const national = s.find('ĐẢNG CỘNG SẢN VIỆT NAM')!
    expect(national.row).toBe(1)
    expect(national.cell.font).toMatchObject({ name: 'Times New Roman', size: 15, bold: true })
    // The rule: underscores in the row below, centred like the words and as wide as them.
    const rule = s.find(/^_+$/)!
    expect([rule.row, rule.col]).toEqual([2, national.col])
    const rulePx = textPixels(rule.cell.text, rule.cell.font?.size ?? 0)
    const wordsPx = textPixels('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true)
    expect(Math.abs(rulePx - wordsPx)).toBeLessThan(wordsPx * 0.05)
    const dateLine = s.find('Trường Sơn, ngày 05 tháng 01 năm 2026')!
    expect(dateLine.row).toBe(4)
    expect(dateLine.col).toBe(national.col)
    expect(dateLine.cell.font).toMatchObject({ size: 14, italic: true })
  })

  it('merges the two blocks side by side without overlap', async () => {
    const s = await build()
    const national = s.find('ĐẢNG CỘNG SẢN VIỆT NAM')!
    const left = s.mergeOf('A1')!
    const right = s.mergeOf(national.address)!
    expect(left).toMatch(/^A1:[A-Z]+1$/)
    expect(right).toMatch(/^[A-Z]+1:[A-Z]+1$/)
    const leftEnd = s.cell(left.split(':')[1]).col as unknown as number
    expect(leftEnd).toBeLessThan(national.col)
    for (const row of [2, 3, 4]) expect(s.mergeOf(`A${row}`)).toBe(left.replace(/1/g, String(row)))
  })

  it('leaves the number blank to fill in by hand when none is given (HD 36), never repeats the suffix', async () => {
    const s = await build(THANH_HOA, spec({ documentNumber: undefined }))
    expect(s.text('A4')).toBe('Số       -BC/ĐU')
    expect(numberLine(undefined, 'DS', '/ĐU')).toBe('Số       -DS/ĐU')
    expect(numberLine('7', 'TTr', '/ĐU')).toBe('Số 7-TTr/ĐU')
    expect(formatDocumentNumber('12-BC/ĐU', '/ĐU')).toBe('Số 12-BC/ĐU')
    expect(formatDocumentNumber('Số 7-TB', '/ĐU')).toBe('Số 7-TB/ĐU')
  })

  it('takes every name from the settings given', async () => {
    const s = await build(HA_NOI)
    expect(s.text('A1')).toBe('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI')
    expect(s.text('A2')).toBe('ĐẢNG ỦY PHƯỜNG HOÀN KIẾM')
    expect(s.text('A4')).toBe('Số 12-BC/ĐUP')
    expect(s.find('Hoàn Kiếm, ngày 05 tháng 01 năm 2026')).toBeDefined()
    const role = s.find('T/M BAN THƯỜNG VỤ')!
    expect(s.text(role.row + 1, role.col)).toBe('PHÓ BÍ THƯ')
    expect(s.find('Trần Thị Mai')!.col).toBe(role.col)
    expect(s.find(/^Trường Sơn,|TRƯỜNG SƠN|THANH HÓA|Lê Văn Bình/)).toBeUndefined()
  })
})

describe('addPartyDocumentSheet — title and table', () => {
  it('writes the document type bold 15 in capitals, the subject bold below it, then the subtitle (HD 36)', async () => {
    const s = await build()
    const title = s.find('BÁO CÁO')!
    expect(title.cell.font).toMatchObject({ name: 'Times New Roman', size: 15, bold: true })
    expect(s.mergeOf(title.address)).toBe(`A${title.row}:I${title.row}`)
    const subject = s.find('Kết quả đánh giá, xếp loại đảng viên')!
    expect(subject.row).toBe(title.row + 1)
    expect(subject.cell.font).toMatchObject({ size: 14, bold: true })
    const subtitle = s.find('Năm 2025')!
    expect(subtitle.row).toBe(title.row + 2)
    expect(subtitle.cell.font?.size).toBe(13)
  })

  it('builds a two-row header with grouped columns merged', async () => {
    const s = await build()
    const stt = s.find('STT')!
    const top = stt.row
    expect(s.mergeOf(stt.address)).toBe(`A${top}:A${top + 1}`)
    expect(s.mergeOf(`B${top}`)).toBe(`B${top}:B${top + 1}`)
    expect(s.text(`F${top}`)).toBe('Hoàn thành xuất sắc')
    expect(s.mergeOf(`F${top}`)).toBe(`F${top}:G${top}`)
    expect(s.text(`H${top}`)).toBe('Hoàn thành tốt')
    expect(s.mergeOf(`H${top}`)).toBe(`H${top}:I${top}`)
    expect(s.rowTexts(top + 1)).toEqual(['Số lượng', 'Tỷ lệ %', 'Số lượng', 'Tỷ lệ %'])
    for (const address of [`A${top}`, `F${top}`, `G${top + 1}`, `I${top + 1}`]) {
      const cell = s.cell(address)
      expect(cell.font).toMatchObject({ name: 'Times New Roman', bold: true })
      expect(cell.alignment).toMatchObject({ horizontal: 'center', wrapText: true })
      expect(cell.border?.left?.style).toBe('thin')
      expect(cell.border?.bottom?.style).toBe('thin')
    }
  })

  it('uses one header row when no column is grouped', async () => {
    const s = await build(THANH_HOA, spec({ columns: COLUMNS.map(({ group: _group, ...c }) => c) }))
    const stt = s.find('STT')!
    expect(s.mergeOf(stt.address)).toBeUndefined()
    expect(s.ws.pageSetup.printTitlesRow).toBe(`${stt.row}:${stt.row}`)
  })

  it('types body values: numbers, dates, ids, percent, stt', async () => {
    const s = await build()
    const an = s.find('Nguyễn Văn Ân')!
    const r = an.row
    expect(s.value(`A${r}`)).toBe(1)
    expect(s.value(`C${r}`)).toBe('038090001234')
    expect(s.cell(`C${r}`).numFmt).toBe('@')
    const admitted = s.value(`D${r}`)
    expect(admitted).toBeInstanceOf(Date)
    expect((admitted as Date).toISOString()).toBe('2001-05-19T00:00:00.000Z')
    expect(s.cell(`D${r}`).numFmt).toBe('dd/mm/yyyy')
    expect(s.value(`E${r}`)).toBe(1234)
    expect(s.cell(`E${r}`).numFmt).toBe('#,##0')
    expect(s.cell(`E${r}`).alignment?.horizontal).toBe('right')
    expect(s.value(`G${r}`)).toBe(12.5)
    expect(s.cell(`G${r}`).numFmt).toBe('0.0')
    expect(s.value(`I${r}`)).toBe(83.33)
    // A bare year stays the year as text; stt counts data rows only.
    const bich = s.find('Đào Thị Bích')!
    expect(s.value(`A${bich.row}`)).toBe(2)
    expect(s.value(`C${bich.row}`)).toBe('001185000777')
    expect(s.value(`D${bich.row}`)).toBe('1975')
    const cuc = s.find('Lê Thị Cúc')!
    expect(s.value(`A${cuc.row}`)).toBe(3)
    expect(s.value(`C${cuc.row}`)).toBeNull()
    for (const col of 'ABCDEFGHI') {
      const border = s.cell(`${col}${r}`).border
      expect(border?.top?.style).toBe('thin')
      expect(border?.right?.style).toBe('thin')
    }
    expect(s.cell(`B${r}`).font).toMatchObject({ name: 'Times New Roman', size: 12 })
    expect(s.cell(`B${r}`).font?.bold).toBeFalsy()
    expect(s.cell(`B${r}`).alignment).toMatchObject({ horizontal: 'left', wrapText: true })
  })

  it('writes group rows bold across the table and a bold totals row', async () => {
    const s = await build()
    const group = s.find('Chi bộ Khu phố 1')!
    expect(s.mergeOf(group.address)).toBe(`A${group.row}:I${group.row}`)
    expect(group.cell.font?.bold).toBe(true)
    const total = s.find('Tổng cộng')!
    expect(s.mergeOf(total.address)).toBe(`A${total.row}:D${total.row}`)
    expect(s.value(`E${total.row}`)).toBe(1254)
    expect(s.value(`G${total.row}`)).toBe(12.5)
    for (const col of 'AEGI') expect(s.cell(`${col}${total.row}`).font?.bold).toBe(true)
    expect(s.cell(`I${total.row}`).border?.bottom?.style).toBe('thin')
    expect(s.find('Ghi chú: tỷ lệ tính trên số đảng viên được đánh giá.')!.row).toBe(total.row + 1)
  })

  it('gives rows with wrapped text the height of their lines and one-line rows no more than one line', async () => {
    const long = 'Chuyển sinh hoạt đến từ Đảng bộ phường Tân Định, thành phố Hồ Chí Minh ngày 12/3/2024'
    const s = await build(
      THANH_HOA,
      spec({ rows: [{ values: { name: long } }, { values: { name: 'Lê Thị Cúc' } }] })
    )
    const wrapped = s.find(long)!
    expect(s.ws.getRow(wrapped.row).height).toBeGreaterThanOrEqual(3 * 14)
    // One line of 12 pt is the sheet's default, as tall as the line needs (pages are planned from these
    // heights): Times New Roman 12 lines are 13.5 pt apart, Excel's own row for it is 15.75 pt.
    const oneLine = heightForLines(1, 12)
    expect(oneLine).toBeGreaterThanOrEqual(15)
    expect(oneLine).toBeLessThanOrEqual(15.75)
    expect(s.ws.getRow(wrapped.row + 1).height ?? s.ws.properties.defaultRowHeight).toBe(oneLine)
    expect(s.ws.properties.defaultRowHeight).toBe(oneLine)
  })

  it('widens a narrow table to the page and keeps a wide one', async () => {
    const narrowColumns = COLUMNS.slice(0, 5)
    const narrow = await build(THANH_HOA, spec({ columns: narrowColumns }))
    const widths = narrowColumns.map((_, i) => narrow.ws.getColumn(i + 1).width ?? 0)
    expect(narrow.ws.pageSetup.orientation).toBe('portrait')
    expect(widths.reduce((t, w) => t + w, 0)).toBeGreaterThan(85)
    expect(widths[1] / widths[0]).toBeCloseTo(24 / 5, 1)
    const wideColumns = COLUMNS.map((c) => ({ ...c, width: c.width * 2 }))
    const wide = await build(THANH_HOA, spec({ columns: wideColumns }))
    expect(wide.ws.getColumn(2).width).toBe(48)
    expect(wide.ws.pageSetup.orientation).toBe('landscape')
  })
})

describe('addPartyDocumentSheet — signature, recipients, print', () => {
  it('writes recipients on the left beside the signature on the right, one line a row, archive line last', async () => {
    const s = await build()
    const role = s.find('T/M ĐẢNG ỦY')!
    expect(role.col).toBe(s.find('ĐẢNG CỘNG SẢN VIỆT NAM')!.col)
    expect(role.cell.font).toMatchObject({ name: 'Times New Roman', bold: true, size: 14 })
    expect(s.text(role.row + 1, role.col)).toBe('BÍ THƯ')
    const name = s.find('Lê Văn Bình')!
    expect(name.col).toBe(role.col)
    expect(name.row - role.row).toBeGreaterThanOrEqual(4) // room to sign
    expect(s.text(role.row, 1)).toBe('Nơi nhận:')
    expect(s.cell(role.row, 1).font).toMatchObject({ bold: true, italic: true })
    expect([1, 2, 3].map((i) => s.text(role.row + i, 1))).toEqual([
      '- Ban Tổ chức Tỉnh ủy,',
      '- Các chi bộ trực thuộc,',
      '- Lưu VP Đảng ủy.'
    ])
    expect(s.lastRow()).toBe(name.row)
    // No row of the closing block is taller than its one line (or the room to sign) needs.
    for (let r = role.row; r <= name.row; r++) expect(s.ws.getRow(r).height).toBeLessThanOrEqual(24)
  })

  it('a cell’s own document is signed "T/M CHI BỘ" / "BÍ THƯ" and filed "Lưu Chi bộ"', async () => {
    const wb = newWorkbook()
    addPartyDocumentSheet(
      wb,
      THANH_HOA,
      spec({ issuer: 'cell', recipients: [], signer: { name: 'Hà Văn Tú' } })
    )
    const [doc] = await expectFitToSend(await workbookToBytes(wb))
    expect(doc.signature).toEqual(['T/M CHI BỘ', 'BÍ THƯ', 'Hà Văn Tú'])
    expect(doc.recipients).toEqual(['- Lưu Chi bộ.'])
    expect(doc.numberLine).toBe('Số 12-BC')
  })

  it('takes "Nơi nhận" from the settings when the document names its group', async () => {
    const wb = newWorkbook()
    const settings = { ...THANH_HOA, recipientsMeetings: 'Ban Tổ chức Thành ủy\nCác chi bộ' }
    addPartyDocumentSheet(wb, settings, spec({ recipients: undefined, recipientGroup: 'meetings' }))
    const [doc] = await expectFitToSend(await workbookToBytes(wb))
    expect(doc.recipients).toEqual(['- Ban Tổ chức Thành ủy,', '- Các chi bộ,', '- Lưu VP Đảng ủy.'])
  })

  it('keeps a table’s last rows on the signature’s page, and a 15-row table with its signature on one page', async () => {
    const row = (i: number): DocRow => ({ values: { name: `Đảng viên số ${i}`, members: i } })
    for (const count of [15, 38, 40, 42, 44, 120]) {
      const wb = newWorkbook()
      addPartyDocumentSheet(
        wb,
        THANH_HOA,
        spec({ orientation: 'portrait', rows: Array.from({ length: count }, (_, i) => row(i + 1)) })
      )
      const bytes = await workbookToBytes(wb)
      await expectFitToSend(bytes)
      const breaks = pageBreakRows(bytes)
      if (count === 15) expect(breaks).toEqual([])
      if (count === 120) expect(breaks.length).toBeGreaterThanOrEqual(2)
    }
  })

  it.each([
    // rows, orientation: one page as it is, one page a little smaller, or pages cut by breaks
    { count: 15, orientation: 'landscape', pages: 'one' },
    { count: 15, orientation: 'portrait', pages: 'one as it is' },
    { count: 19, orientation: 'landscape', pages: 'one, smaller' },
    { count: 60, orientation: 'landscape', pages: 'several' }
  ] as const)(
    '$count rows with a two-row header, a total, notes and the signature, $orientation: $pages page(s), never below 9 pt',
    async ({ count, orientation, pages }) => {
      const rows: DocRow[] = [
        ...Array.from({ length: count }, (_, i): DocRow => ({
          values: { name: `Đảng viên số ${i + 1}`, members: i, excellentCount: 1, excellentPct: 5 }
        })),
        { kind: 'total', values: { members: 100, excellentCount: count } }
      ]
      const wb = newWorkbook()
      addPartyDocumentSheet(wb, THANH_HOA, spec({ orientation, rows }))
      const bytes = await workbookToBytes(wb)
      await expectFitToSend(bytes)
      const s = await readSheet(bytes)
      const ps = s.ws.pageSetup
      const breaks = pageBreakRows(bytes)
      expect(ps.fitToWidth).toBe(1)
      expect(ps.printArea).toBe(`A1:${/^A1:([A-Z]+)/.exec(ps.printArea ?? '')![1]}${s.lastRow()}`)
      expect(printedBodyPoints(s.ws)).toBeGreaterThanOrEqual(9)
      if (pages === 'one') expect(breaks).toEqual([])
      if (pages === 'one as it is') expect([ps.fitToHeight, breaks]).toEqual([0, []])
      if (pages === 'one, smaller') expect([ps.fitToHeight, breaks]).toEqual([1, []])
      if (pages === 'several') {
        expect(ps.fitToHeight).toBe(0)
        expect(breaks.length).toBeGreaterThanOrEqual(1)
        // The last page starts with table rows, not with the total or the signature alone.
        const total = s.find('Tổng cộng')!.row
        expect(breaks[breaks.length - 1]).toBeLessThan(total - 1)
      }
    }
  )

  it('states that there is nothing to list instead of an empty table', async () => {
    const wb = newWorkbook()
    addPartyDocumentSheet(
      wb,
      THANH_HOA,
      spec({ rows: [], emptyMessage: 'Không có đảng viên nào đủ điều kiện.' })
    )
    const bytes = await workbookToBytes(wb)
    await expectFitToSend(bytes, { withoutTable: ['Xếp loại 2025'] })
    const s = await readSheet(bytes)
    expect(s.find('Không có đảng viên nào đủ điều kiện.')).toBeDefined()
    expect(s.find('STT')).toBeUndefined()
  })

  it('marks provisional data "DỰ THẢO" with the note after the subject', async () => {
    const s = await build(THANH_HOA, spec({ provisional: '(số liệu tạm, theo tự đánh giá)' }))
    expect(s.find('DỰ THẢO')).toBeDefined()
    expect(s.find('Kết quả đánh giá, xếp loại đảng viên (số liệu tạm, theo tự đánh giá)')).toBeDefined()
  })

  it('writes Times New Roman as the workbook default and passes the whole checklist', async () => {
    const wb = newWorkbook()
    addPartyDocumentSheet(wb, THANH_HOA, spec())
    const [doc] = await expectFitToSend(await workbookToBytes(wb))
    expect(doc.numberLine).toBe('Số 12-BC/ĐU')
    expect(doc.signature).toEqual(['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Lê Văn Bình'])
  })

  it('keeps the issuing body of a long ward name on one line', async () => {
    for (const issuingBody of ['ĐẢNG ỦY PHƯỜNG HẠC THÀNH', 'ĐẢNG ỦY PHƯỜNG NGUYỄN TRUNG TRỰC']) {
      const wb = newWorkbook()
      addPartyDocumentSheet(wb, { ...THANH_HOA, issuingBody, placeName: 'Nguyễn Trung Trực' }, spec())
      await expectFitToSend(await workbookToBytes(wb))
    }
  })

  it('adds the archive line once, last, whatever is given', () => {
    expect(recipientLines(undefined)).toEqual(['- Lưu VP Đảng ủy.'])
    expect(recipientLines(['- Lưu VP Đảng ủy', 'Như trên;'])).toEqual(['- Như trên,', '- Lưu VP Đảng ủy.'])
  })

  it('sets A4, orientation, fit to width, print titles, footer page numbers, centring', async () => {
    const s = await build(THANH_HOA, spec({ orientation: 'landscape' }))
    const p = s.ws.pageSetup
    expect(p.paperSize).toBe(9)
    expect(p.orientation).toBe('landscape')
    expect(p.fitToPage).toBe(true)
    expect(p.fitToWidth).toBe(1)
    expect(p.fitToHeight).toBe(0)
    expect(p.horizontalCentered).toBe(true)
    const stt = s.find('STT')!
    expect(p.printTitlesRow).toBe(`${stt.row}:${stt.row + 1}`)
    expect(p.margins?.left).toBeGreaterThanOrEqual(0.5)
    expect(p.margins?.left).toBeLessThanOrEqual(0.8)
    expect(s.ws.headerFooter.oddFooter).toContain('&P')
    expect(s.ws.headerFooter.oddFooter).toContain('&N')
    const portrait = await build(THANH_HOA, spec({ orientation: 'portrait' }))
    expect(portrait.ws.pageSetup.orientation).toBe('portrait')
  })
})

describe('helpers', () => {
  it('formats the date line with leading zeros and rejects a bad date', () => {
    // HD 36: "ngày 03 tháng 4 năm 2018" — a leading zero for days below 10 and months 1–2 only.
    expect(formatDateLine('Trường Sơn', '2025-09-02')).toBe('Trường Sơn, ngày 02 tháng 9 năm 2025')
    expect(formatDateLine('Trường Sơn', '2018-04-03')).toBe('Trường Sơn, ngày 03 tháng 4 năm 2018')
    expect(formatDateLine('Trường Sơn', '2026-02-15')).toBe('Trường Sơn, ngày 15 tháng 02 năm 2026')
    expect(formatDateLine('Trường Sơn', new Date(2025, 11, 31))).toBe('Trường Sơn, ngày 31 tháng 12 năm 2025')
    expect(() => formatDateLine('Trường Sơn', '2025-02-30')).toThrow(/không hợp lệ/)
  })

  it('sanitises and de-duplicates sheet names', () => {
    expect(sanitizeSheetName('Báo cáo: 2025/2026 [quý I]', [])).toBe('Báo cáo 2025 2026 quý I')
    const long = 'Danh sách đảng viên được đề nghị tặng Huy hiệu Đảng'
    expect(sanitizeSheetName(long, []).length).toBeLessThanOrEqual(31)
    expect(sanitizeSheetName('Xếp loại', ['xếp loại'])).toBe('Xếp loại (2)')
    expect(sanitizeSheetName('  ', [])).toBe('Trang tính')
  })

  it('keeps two sheets apart in one workbook', async () => {
    const wb = newWorkbook()
    addPartyDocumentSheet(wb, THANH_HOA, spec())
    addPartyDocumentSheet(wb, HA_NOI, spec())
    const second = await readSheet(await workbookToBytes(wb), 2)
    expect(second.ws.name).toBe('Xếp loại 2025 (2)')
    expect(second.text('A2')).toBe('ĐẢNG ỦY PHƯỜNG HOÀN KIẾM')
    expect(wb.creator).toBe('Sổ Chi bộ')
  })
})

// A sample for looking at the layout (scripts/render-xlsx.sh). The file is written only when
// PARTY_DOC_SAMPLE_DIR is set; the assertions run always.
describe('sample document', () => {
  it('lays out 60 rows in groups with a two-row header', async () => {
    const rows: DocRow[] = []
    for (let cell = 1; cell <= 4; cell++) {
      rows.push({ kind: 'group', label: `Chi bộ Khu phố ${cell}` })
      for (let i = 0; i < 15; i++) {
        const k = cell * 15 + i
        rows.push({
          values: {
            name: ['Nguyễn Văn Ân', 'Trần Thị Bích Ngọc', 'Lê Hoàng Quân', 'Phạm Thị Thu Hường'][k % 4],
            idNumber: `0381900${String(10000 + k * 37).padStart(5, '0')}`,
            admittedOn:
              k % 7 === 0
                ? String(1970 + (k % 30))
                : `20${String(k % 25).padStart(2, '0')}-0${(k % 9) + 1}-1${k % 10}`,
            members: 10 + (k % 40),
            excellentCount: k % 5,
            excellentPct: ((k % 5) * 100) / (10 + (k % 40)),
            goodCount: 8 + (k % 30),
            goodPct: ((8 + (k % 30)) * 100) / (10 + (k % 40) + 8)
          }
        })
      }
    }
    rows.push({
      kind: 'total',
      values: { members: 1800, excellentCount: 120, excellentPct: 6.7, goodCount: 1300, goodPct: 72.2 }
    })
    const wb = newWorkbook()
    addPartyDocumentSheet(
      wb,
      THANH_HOA,
      spec({ rows, recipients: ['Ban Tổ chức Tỉnh ủy (để báo cáo)', 'Các chi bộ trực thuộc'] })
    )
    const bytes = await workbookToBytes(wb)
    const dir = process.env.PARTY_DOC_SAMPLE_DIR
    if (dir) writeFileSync(join(dir, 'party-document-sample.xlsx'), bytes)
    const s = await readSheet(bytes)
    expect(s.findAll(/^Chi bộ Khu phố \d$/)).toHaveLength(4)
    expect(s.value(`A${s.find('Tổng cộng')!.row - 1}`)).toBe(60)
  })
})

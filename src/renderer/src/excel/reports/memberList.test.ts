import { writeFileSync } from 'node:fs'
import type { Cell, Member } from '@renderer/domain/entities'
import { PROBATION_NOTICE_DAYS, probationDue } from '@renderer/domain/members/probation'
import { columnsPixels, workbookToBytes } from '../partyDocument'
import { expectFitToSend, readSheet } from '../testing/readBack'
import {
  DEFAULT_MEMBER_LIST_COLUMNS,
  MEMBER_LIST_COLUMNS,
  buildMemberListWorkbook,
  memberListParts,
  memberListRows,
  type MemberColumnKey
} from './memberList'
import { buildProbationDueWorkbook } from './probationDue'
import { SETTINGS, cell, member } from '@renderer/testing/factories'
import { event } from '@renderer/testing/reviewFactories'

const cells: Cell[] = [
  cell('c1', { name: 'Chi bộ Khu dân cư số 1' }),
  cell('c2', { name: 'Chi bộ Trường Tiểu học Lê Lợi', type: 'school' })
]
// Only what each test row says: no dates unless given.
const m = (id: string, fullName: string, extra: Partial<Member>): Member =>
  member(id, { fullName, birthDate: undefined, admissionDate: undefined, officialDate: undefined, ...extra })
const members = [
  m('1', 'Phạm Văn An', {
    birthDate: '1975-03-04',
    partyCardNumber: '01234567',
    idNumber: '038075000123',
    admissionDate: '2000-05-19',
    officialDate: '2001-05-19'
  }),
  m('2', 'Trần Thị Đào', {
    gender: 'female',
    cellId: 'c2',
    birthDate: '1948',
    admissionDate: '1970-01-01',
    officialDate: '1971-01-01'
  }),
  m('3', 'Lê Văn Bình', {
    status: 'probationary',
    birthDate: '1998-12-01',
    admissionDate: '2025-12-16',
    idNumber: '001098000001'
  })
]
const TODAY = '2026-11-21'

describe('member list (Xuất Excel)', () => {
  it('masks CCCD numbers unless the clerk chose the full number (PDPL 91/2025/QH15: only what the purpose needs)', async () => {
    const input = { members, cells, columns: DEFAULT_MEMBER_LIST_COLUMNS, cellId: 'c1', asOf: TODAY }
    const masked = await readSheet(await workbookToBytes(buildMemberListWorkbook(SETTINGS, input)))
    const an = masked.find('Phạm Văn An')!
    expect(masked.value(an.row, 6)).toBe('0380••••0123')
    expect(masked.find('038075000123')).toBeUndefined()
    expect(masked.find(/Số CCCD được che một phần/)).toBeDefined()
    const full = await readSheet(
      await workbookToBytes(buildMemberListWorkbook(SETTINGS, { ...input, idNumbers: 'full' }))
    )
    expect(full.value(full.find('Phạm Văn An')!.row, 6)).toBe('038075000123')
    expect(full.find(/Số CCCD được che một phần/)).toBeUndefined()
  })

  it('a guest’s status says he only stays here, and a note says he is not in the đảng số (QĐ 232, 6.3.2)', async () => {
    const input = { members, cells, columns: DEFAULT_MEMBER_LIST_COLUMNS, cellId: null, asOf: TODAY }
    const bytes = await workbookToBytes(
      buildMemberListWorkbook(SETTINGS, { ...input, guests: new Map([['3', null]]) })
    )
    // Kept to render (LibreOffice → PDF → PNG) when RENDER_DIR is set.
    if (process.env.RENDER_DIR) writeFileSync(`${process.env.RENDER_DIR}/danh-sach-tam-thoi.xlsx`, bytes)
    const r = await readSheet(bytes)
    const status = DEFAULT_MEMBER_LIST_COLUMNS.indexOf('status') + 1
    expect(r.text(r.find('Lê Văn Bình')!.row, status)).toBe('Dự bị; sinh hoạt tạm thời')
    expect(r.text(r.find('Phạm Văn An')!.row, status)).toBe('Chính thức')
    expect(r.find(/^Đảng viên ghi "sinh hoạt tạm thời" là đảng viên nơi khác đến/)).toBeDefined()
    const none = await readSheet(await workbookToBytes(buildMemberListWorkbook(SETTINGS, input)))
    expect(none.find(/sinh hoạt tạm thời/)).toBeUndefined()
  })

  it('a guest whose stay is over, his leaving not recorded, is said so with the stay’s last day, not as the cell’s own', async () => {
    const input = { members, cells, columns: DEFAULT_MEMBER_LIST_COLUMNS, cellId: null, asOf: TODAY }
    const bytes = await workbookToBytes(
      buildMemberListWorkbook(SETTINGS, { ...input, guests: new Map([['3', '2026-06-30']]) })
    )
    if (process.env.RENDER_DIR)
      writeFileSync(`${process.env.RENDER_DIR}/danh-sach-het-han-tam-thoi.xlsx`, bytes)
    const r = await readSheet(bytes)
    const status = DEFAULT_MEMBER_LIST_COLUMNS.indexOf('status') + 1
    expect(r.text(r.find('Lê Văn Bình')!.row, status)).toBe(
      'Dự bị; hết hạn sinh hoạt tạm thời ngày 30/06/2026'
    )
    expect(r.find(/^Đảng viên ghi "hết hạn sinh hoạt tạm thời" đã hết thời hạn/)).toBeDefined()
    // Only the kind of guest the list holds is explained.
    expect(r.find(/^Đảng viên ghi "sinh hoạt tạm thời" là/)).toBeUndefined()
  })

  // Without the "Trạng thái" column a guest is still told apart: a mark after his name, the line that
  // explains it under the table, and the total and his cell's count saying he is not in the đảng số.
  it('without the "Trạng thái" column a guest is marked after his name, explained, and set apart in the total', async () => {
    const columns = DEFAULT_MEMBER_LIST_COLUMNS.filter((k) => k !== 'status')
    const input = { members, cells, columns, cellId: null, asOf: TODAY }
    const bytes = await workbookToBytes(
      buildMemberListWorkbook(SETTINGS, { ...input, guests: new Map([['3', null]]) })
    )
    if (process.env.RENDER_DIR)
      writeFileSync(`${process.env.RENDER_DIR}/danh-sach-tam-thoi-khong-trang-thai.xlsx`, bytes)
    await expectFitToSend(bytes)
    const r = await readSheet(bytes)
    const name = columns.indexOf('fullName') + 1
    const binh = r.find('Lê Văn Bình (*)')!
    expect(binh.col).toBe(name)
    expect(r.value(r.find('Phạm Văn An')!.row, name)).toBe('Phạm Văn An')
    expect(r.find('Chi bộ Khu dân cư số 1 (2 đồng chí, trong đó 1 sinh hoạt tạm thời)')).toBeDefined()
    expect(r.find('Chi bộ Trường Tiểu học Lê Lợi (1 đồng chí)')).toBeDefined()
    expect(
      r.find(
        'Đảng viên đánh dấu (*) là đảng viên nơi khác đến sinh hoạt tạm thời, không tính vào đảng số của Đảng bộ (QĐ 232-QĐ/TW 2025, tiểu mục 6.3.2).'
      )
    ).toBeDefined()
    const total = r.find(
      'Tổng cộng: 3 đồng chí, trong đó 1 đồng chí sinh hoạt tạm thời, không tính vào đảng số'
    )!
    expect(r.mergeOf(total.address)).toBe(`A${total.row}:I${total.row}`)
    expect(r.find(/^Tổng cộng: 3 đồng chí$/)).toBeUndefined()
    expect(r.find(/hết hạn|\(\*\*\)/)).toBeUndefined()
  })

  it('without "Trạng thái", a guest whose stay is over is marked (**) and explained; with it, the total still sets guests apart', async () => {
    const columns = DEFAULT_MEMBER_LIST_COLUMNS.filter((k) => k !== 'status')
    const guests = new Map([['3', '2026-06-30']])
    const ended = await readSheet(
      await workbookToBytes(
        buildMemberListWorkbook(SETTINGS, {
          members: members.filter((x) => x.cellId === 'c1'),
          cells,
          columns,
          cellId: 'c1',
          asOf: TODAY,
          guests
        })
      )
    )
    expect(ended.find('Lê Văn Bình (**)')).toBeDefined()
    expect(
      ended.find(
        /^Đảng viên đánh dấu \(\*\*\) đã hết thời hạn sinh hoạt tạm thời tại Đảng bộ nhưng chưa được ghi chuyển sinh hoạt đi; không tính vào đảng số/
      )
    ).toBeDefined()
    expect(ended.find(/^Đảng viên đánh dấu \(\*\) /)).toBeUndefined()
    expect(
      ended.find('Tổng cộng: 2 đồng chí, trong đó 1 đồng chí sinh hoạt tạm thời, không tính vào đảng số')
    ).toBeDefined()
    // The status column says it in words: no mark after the name, and the total as above.
    const withStatus = await readSheet(
      await workbookToBytes(
        buildMemberListWorkbook(SETTINGS, {
          members,
          cells,
          columns: DEFAULT_MEMBER_LIST_COLUMNS,
          cellId: null,
          asOf: TODAY,
          guests: new Map([['3', null]])
        })
      )
    )
    expect(withStatus.find('Lê Văn Bình')).toBeDefined()
    expect(withStatus.find(/\(\*\)/)).toBeUndefined()
    expect(
      withStatus.find('Tổng cộng: 3 đồng chí, trong đó 1 đồng chí sinh hoạt tạm thời, không tính vào đảng số')
    ).toBeDefined()
  })

  it('split into parts, the parts without "Trạng thái" mark the guest and explain the mark', async () => {
    const all = Object.keys(MEMBER_LIST_COLUMNS) as MemberColumnKey[]
    const wb = buildMemberListWorkbook(SETTINGS, {
      members,
      cells,
      columns: all,
      cellId: null,
      asOf: TODAY,
      guests: new Map([['3', null]])
    })
    const bytes = await workbookToBytes(wb)
    await expectFitToSend(bytes)
    const parts = memberListParts(all)
    for (const [i, part] of parts.entries()) {
      const r = await readSheet(bytes, `Danh sách đảng viên (${i + 1})`)
      const status = part.includes('status')
      expect(r.find(status ? 'Lê Văn Bình' : 'Lê Văn Bình (*)')).toBeDefined()
      expect(
        r.find(status ? /^Đảng viên ghi "sinh hoạt tạm thời" là/ : /^Đảng viên đánh dấu \(\*\) là/)
      ).toBeDefined()
      expect(
        r.find('Tổng cộng: 3 đồng chí, trong đó 1 đồng chí sinh hoạt tạm thời, không tính vào đảng số')
      ).toBeDefined()
    }
  })

  it('groups by cell for the whole đảng bộ; one cell drops the cell column', () => {
    const rows = memberListRows({
      members,
      cells,
      columns: DEFAULT_MEMBER_LIST_COLUMNS,
      cellId: null,
      asOf: TODAY
    })
    expect(rows.map((r) => (r.kind === 'group' ? `# ${r.label}` : r.values.fullName))).toEqual([
      '# Chi bộ Khu dân cư số 1 (2 đồng chí)',
      'Phạm Văn An',
      'Lê Văn Bình',
      '# Chi bộ Trường Tiểu học Lê Lợi (1 đồng chí)',
      'Trần Thị Đào'
    ])
    const one = memberListRows({
      members: members.filter((x) => x.cellId === 'c1'),
      cells,
      columns: DEFAULT_MEMBER_LIST_COLUMNS,
      cellId: 'c1',
      asOf: TODAY
    })
    expect(one).toHaveLength(2)
    expect(Object.keys(one[0].kind === 'group' ? {} : one[0].values)).not.toContain('cell')
  })

  it('reads back as a Party document: typed values, merges, fonts, A4 print setup', async () => {
    const wb = buildMemberListWorkbook(
      SETTINGS,
      {
        members,
        cells,
        columns: DEFAULT_MEMBER_LIST_COLUMNS,
        cellId: null,
        asOf: TODAY,
        filterSummary: 'Trạng thái: đang sinh hoạt',
        idNumbers: 'full'
      },
      new Date('2026-11-21T08:00:00')
    )
    const bytes = await workbookToBytes(wb)
    writeFileSync('/tmp/b-member-list.xlsx', bytes)
    const [doc] = await expectFitToSend(bytes)
    expect(doc.numberLine).toBe('Số       -DS/ĐU')
    expect(doc.recipients).toEqual(['- Ban Tổ chức cấp trên (để báo cáo),', '- Lưu VP Đảng ủy.'])
    const sheet = await readSheet(bytes)
    expect(sheet.find('DANH SÁCH')).toBeDefined()
    expect(sheet.find('Đảng viên')).toBeDefined()
    expect(sheet.find(/Toàn Đảng bộ \(2 chi bộ\) — tính đến ngày 21\/11\/2026/)).toBeDefined()
    const header = sheet.find('Họ và tên')!
    expect(sheet.rowTexts(header.row)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số thẻ đảng viên',
      'Số CCCD',
      'Ngày vào Đảng',
      'Ngày chính thức',
      'Chi bộ',
      'Trạng thái'
    ])
    // Group row merged across the table.
    const group = sheet.find('Chi bộ Khu dân cư số 1 (2 đồng chí)')!
    expect(sheet.mergeOf(group.address)).toBe(`A${group.row}:J${group.row}`)
    // Typed values: STT number, dates as dates, IDs as text with leading zeros, a bare year as text.
    const an = sheet.find('Phạm Văn An')!
    expect(sheet.value(an.row, 1)).toBe(1)
    expect(sheet.value(an.row, 3)).toEqual(new Date(Date.UTC(1975, 2, 4)))
    expect(sheet.cell(an.row, 3).numFmt).toBe('dd/mm/yyyy')
    expect(sheet.value(an.row, 5)).toBe('01234567')
    expect(sheet.value(an.row, 6)).toBe('038075000123')
    expect(sheet.text(an.row, 10)).toBe('Chính thức')
    const dao = sheet.find('Trần Thị Đào')!
    expect(sheet.value(dao.row, 3)).toBe('1948')
    expect(sheet.text(dao.row, 4)).toBe('Nữ')
    // Totals, fonts, print setup.
    const total = sheet.find('Tổng cộng: 3 đồng chí')!
    expect(sheet.mergeOf(total.address)).toBe(`A${total.row}:J${total.row}`)
    expect(sheet.cell(an.row, 2).font?.name).toBe('Times New Roman')
    expect(sheet.cell(header.row, 2).font?.bold).toBe(true)
    expect(sheet.ws.pageSetup.paperSize).toBe(9)
    expect(sheet.ws.pageSetup.orientation).toBe('landscape')
    expect(sheet.ws.pageSetup.fitToWidth).toBe(1)
    expect(sheet.ws.pageSetup.printTitlesRow).toBe(`${header.row}:${header.row}`)
    expect(sheet.find(/Trạng thái: đang sinh hoạt/)).toBeDefined()
  })

  it('never prints below 9 pt: all 22 columns are split into parts that each fit A4 landscape', async () => {
    const all = Object.keys(MEMBER_LIST_COLUMNS) as MemberColumnKey[]
    const parts = memberListParts(all)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) {
      expect(part.slice(0, 2)).toEqual(['stt', 'fullName'])
      const px = columnsPixels(part.map((k) => MEMBER_LIST_COLUMNS[k]))
      // Landscape text width 1002 px: the fit-to-width scale keeps 12 pt at 9 pt or more.
      expect((1002 / px) * 12).toBeGreaterThanOrEqual(9)
    }
    expect(parts.flat().filter((k) => k !== 'stt' && k !== 'fullName')).toEqual(
      all.filter((k) => k !== 'stt' && k !== 'fullName')
    )
    const wb = buildMemberListWorkbook(SETTINGS, { members, cells, columns: all, cellId: null, asOf: TODAY })
    const docs = await expectFitToSend(await workbookToBytes(wb))
    expect(docs.map((d) => d.sheet)).toEqual(parts.map((_, i) => `Danh sách đảng viên (${i + 1})`))
    expect(memberListParts(DEFAULT_MEMBER_LIST_COLUMNS)).toHaveLength(1)
  })
})

describe('members due for official membership', () => {
  it('reads back with due dates, days left and the overdue note', async () => {
    const due = probationDue(
      [
        ...members,
        m('4', 'Ngô Văn Cường', {
          status: 'probationary',
          admissionDate: '2025-11-01',
          birthDate: '1990-01-01',
          cellId: 'c2'
        })
      ],
      TODAY,
      PROBATION_NOTICE_DAYS,
      new Map()
    )
    const bytes = await workbookToBytes(
      buildProbationDueWorkbook(
        SETTINGS,
        { due, cells, today: TODAY, withinDays: 60 },
        new Date('2026-11-21T08:00:00')
      )
    )
    writeFileSync('/tmp/b-probation-due.xlsx', bytes)
    const [doc] = await expectFitToSend(bytes)
    expect(doc.recipients).toContain('- Các chi bộ có đảng viên trong danh sách,')
    const sheet = await readSheet(bytes)
    expect(sheet.find('DANH SÁCH')).toBeDefined()
    expect(sheet.find('Đảng viên dự bị đến hạn xét công nhận chính thức')).toBeDefined()
    const cuong = sheet.find('Ngô Văn Cường')!
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => sheet.value(cuong.row, c))).toEqual([
      1,
      'Ngô Văn Cường',
      new Date(Date.UTC(1990, 0, 1)),
      'Chi bộ Trường Tiểu học Lê Lợi',
      new Date(Date.UTC(2025, 10, 1)),
      new Date(Date.UTC(2026, 10, 1)),
      null,
      'Quá hạn 20 ngày'
    ])
    const binh = sheet.find('Lê Văn Bình')!
    expect(sheet.value(binh.row, 6)).toEqual(new Date(Date.UTC(2026, 11, 16)))
    expect(sheet.value(binh.row, 7)).toBe(25)
    expect(sheet.find('Tổng cộng: 2 đồng chí')).toBeDefined()
    expect(sheet.find(/^Căn cứ: Điều lệ Đảng, Điều 5/)).toBeDefined()
    // Nobody on this list was readmitted, so the readmission rule is not cited.
    expect(sheet.find(/294-QĐ\/TW/)).toBeUndefined()
    expect(sheet.ws.pageSetup.paperSize).toBe(9)
  })

  it('a readmitted member: due 12 months after the readmission, which the note names', async () => {
    const member = m('5', 'Đỗ Văn Tâm', {
      status: 'probationary',
      admissionDate: '1990-05-19',
      birthDate: '1965-01-01',
      cellId: 'c2'
    })
    const history = [
      { id: 'r', memberId: '5', type: 'readmission' as const, date: '2025-12-01', createdAt: '' }
    ]
    const due = probationDue([member], TODAY, PROBATION_NOTICE_DAYS, new Map([['5', history]]))
    const sheet = await readSheet(
      await workbookToBytes(buildProbationDueWorkbook(SETTINGS, { due, cells, today: TODAY, withinDays: 60 }))
    )
    const tam = sheet.find('Đỗ Văn Tâm')!
    expect([5, 6, 7, 8].map((c) => sheet.value(tam.row, c))).toEqual([
      new Date(Date.UTC(1990, 4, 19)),
      new Date(Date.UTC(2026, 11, 1)),
      10,
      'Kết nạp lại ngày 01/12/2025'
    ])
    expect(sheet.find(/^Căn cứ: Điều lệ Đảng, Điều 5/)).toBeDefined()
    expect(
      sheet.find(/^Quy định 294-QĐ\/TW năm 2025, điểm 3\.5\.1 .*12 tháng tính từ ngày kết nạp lại\.$/)
    ).toBeDefined()
  })

  // A suspended probationary member's record reads "Đình chỉ sinh hoạt" and a guest's decision is his
  // own đảng bộ's (docs/design.md §6 Temporary transfers): both listed, each note saying which.
  it('a suspended member and a guest: listed, the status and the guest’s own đảng bộ said', async () => {
    const suspended = m('6', 'Vũ Văn Hải', { status: 'suspended', admissionDate: '2025-12-10', cellId: 'c1' })
    const guest = m('7', 'Hoàng Văn Khoa', { status: 'probationary', admissionDate: '2025-12-12' })
    const history = new Map([
      ['6', [event('6', 'admission', '2025-12-10'), event('6', 'suspension', '2026-09-01')]],
      [
        '7',
        [
          event('7', 'admission', '2025-12-12'),
          event('7', 'transferIn', '2026-03-01', { transferKind: 'temporary', endDate: '2027-03-01' })
        ]
      ]
    ])
    const due = probationDue([suspended, guest], TODAY, PROBATION_NOTICE_DAYS, history)
    const sheet = await readSheet(
      await workbookToBytes(buildProbationDueWorkbook(SETTINGS, { due, cells, today: TODAY, withinDays: 60 }))
    )
    expect(sheet.value(sheet.find('Vũ Văn Hải')!.row, 8)).toBe('Đình chỉ sinh hoạt')
    expect(sheet.value(sheet.find('Hoàng Văn Khoa')!.row, 8)).toBe('Sinh hoạt tạm thời (*)')
    expect(sheet.find(/^\(\*\) .*QĐ 232-QĐ\/TW 2025.*nơi đồng chí sinh hoạt chính thức/)).toBeDefined()
    // The guest is counted in the list's total, and said not to be in the đảng số.
    expect(
      sheet.find('Tổng cộng: 2 đồng chí, trong đó 1 đồng chí sinh hoạt tạm thời, không tính vào đảng số')
    ).toBeDefined()
  })

  it('with nobody due, says so instead of issuing an empty list', async () => {
    const bytes = await workbookToBytes(
      buildProbationDueWorkbook(SETTINGS, { due: [], cells, today: TODAY, withinDays: 60 })
    )
    await expectFitToSend(bytes, { withoutTable: ['Đến hạn chính thức'] })
    const sheet = await readSheet(bytes)
    expect(sheet.find(/^Không có đảng viên dự bị nào/)).toBeDefined()
    expect(sheet.find(/\(0\)|Tổng cộng: 0/)).toBeUndefined()
  })
})

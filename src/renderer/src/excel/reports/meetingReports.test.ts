import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import type { Meeting } from '@renderer/domain/entities'
import { complianceGrid, type ComplianceCell } from '@renderer/domain/meetings/compliance'
import { meetingStatistics } from '@renderer/domain/meetings/statistics'
import { MEETING_DEFAULTS, MEETING_SOURCES } from '@renderer/domain/rules/params'
import { workbookToBytes } from '../partyDocument'
import { expectFitToSend, pageBreakRows, printedBodyPoints, readSheet } from '../testing/readBack'
import { buildComplianceWorkbook } from './complianceReport'
import { buildMeetingStatisticsWorkbook } from './meetingStatistics'
import { buildSignInSheetWorkbook, partyOrganizationName } from './signInSheet'
import { SETTINGS } from '@renderer/testing/factories'
import { meeting, meetingsOf2026 } from '@renderer/testing/meetingFactories'
import { BUILT_IN_PROFILES, paramsOf, sourcesOf } from '@renderer/domain/rules/profiles'

/** QĐ 366 / HD 42's rules, as the period's profile gives them. */
const BUILT_IN_RULES = { params: paramsOf(BUILT_IN_PROFILES[0]), sources: sourcesOf(BUILT_IN_PROFILES[0]) }

const NOW = new Date(2026, 7, 20)
const cells: ComplianceCell[] = [
  { id: 'kp1', name: 'Chi bộ Khu phố 1', status: 'active' },
  { id: 'kp2', name: 'Chi bộ Khu phố 2', status: 'active', foundedOn: '2026-04-10' }
]
const meetings = meetingsOf2026()

/** Keep a copy to render (scripts/render-xlsx.sh) when RENDER_DIR is set. */
function keep(bytes: Uint8Array, name: string): void {
  if (process.env.RENDER_DIR) writeFileSync(join(process.env.RENDER_DIR ?? tmpdir(), name), bytes)
}

/** The statistics of 2026 (built on NOW) for these meetings and cells, as the file's bytes. */
async function statistics2026(held: Meeting[], wardCells: ComplianceCell[]): Promise<Uint8Array> {
  const stats = meetingStatistics(held, [], wardCells, '2026-01-01', '2026-12-31', () => MEETING_DEFAULTS)
  return workbookToBytes(
    buildMeetingStatisticsWorkbook(
      SETTINGS,
      { from: '2026-01-01', to: '2026-12-31', ...stats, rules: BUILT_IN_RULES },
      NOW
    )
  )
}

describe('meeting statistics workbook', () => {
  it('writes one typed row per cell, grouped headers, totals, landscape A4 print setup', async () => {
    const stats = meetingStatistics(
      meetings,
      [
        { meetingId: 'a', status: 'done' },
        { meetingId: 'b', status: 'open' }
      ],
      cells,
      '2026-01-01',
      '2026-12-31',
      () => MEETING_DEFAULTS
    )
    const bytes = await workbookToBytes(
      buildMeetingStatisticsWorkbook(
        SETTINGS,
        { from: '2026-01-01', to: '2026-12-31', ...stats, rules: BUILT_IN_RULES },
        NOW
      )
    )
    keep(bytes, 'meeting-statistics.xlsx')
    const [doc] = await expectFitToSend(bytes)
    expect(doc.numberLine).toBe('Số       -BC/ĐU')
    expect(doc.signature).toEqual(['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Lê Văn Bình'])
    expect(doc.recipients).toEqual([
      '- Ban Tổ chức cấp trên (để báo cáo),',
      '- Các chi bộ trực thuộc,',
      '- Lưu VP Đảng ủy.'
    ])
    const r = await readSheet(bytes)
    expect(r.find('BÁO CÁO')).toBeDefined()
    expect(r.find('Thống kê sinh hoạt chi bộ')).toBeDefined()
    // Built on 20/08/2026 (NOW): the running year is reported up to that day.
    expect(r.find('Từ ngày 01/01/2026 đến ngày 20/08/2026')).toBeDefined()
    const group = r.find('Số buổi theo loại')!
    expect(r.mergeOf(group.address)).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/)
    expect(r.cell(group.address).font.bold).toBe(true)
    expect(r.cell(group.address).font.name).toBe('Times New Roman')
    const kp1 = r.find('Chi bộ Khu phố 1')!
    expect(r.value(kp1.row, kp1.col + 1)).toBe(3)
    expect(r.value(kp1.row, kp1.col + 2)).toBe(1)
    // The topics are listed on their own sheet (see below), not in this table.
    expect(r.find('Chủ đề sinh hoạt chuyên đề')).toBeUndefined()
    expect(r.value(kp1.row, kp1.col + 6)).toBe(85)
    expect(r.cell(kp1.row, kp1.col + 6).numFmt).toBe('0.0')
    expect(r.value(kp1.row, kp1.col + 7)).toBe(1)
    const total = r.find('Tổng cộng')!
    expect(r.value(total.row, kp1.col + 1)).toBe(4)
    expect(r.value(total.row, kp1.col + 10)).toBe(1)
    expect(r.ws.pageSetup.paperSize).toBe(9)
    expect(r.ws.pageSetup.orientation).toBe('landscape')
    expect(r.ws.pageSetup.fitToWidth).toBe(1)
    expect(r.find(/HD 42-HD\/BTCTW/)).toBeDefined()
    expect(
      r.find(/tiêu chí đạt từ 85 % \(HD 42-HD\/BTCTW 2025, phiếu chấm điểm chất lượng\)\.$/)
    ).toBeDefined()
    expect(
      r.find(
        'Chất lượng buổi sinh hoạt theo điểm chấm: Tốt từ 90, Khá từ 70, Trung bình từ 50 điểm, dưới 50 điểm là Kém (HD 42-HD/BTCTW 2025).'
      )
    ).toBeDefined()
  })

  it('quotes the thresholds of the period’s profile: a province’s 80 % and its quality bands, with its text', async () => {
    const stats = meetingStatistics(meetings, [], cells, '2026-01-01', '2026-12-31', () => MEETING_DEFAULTS)
    const province = {
      params: { attendanceMinPercent: 80, qualityGood: 85, qualityFair: 65, qualityAverage: 50 },
      sources: {
        attendanceMinPercent: 'HD 05-HD/TU 2025 (dự ≥ 80 %)',
        qualityGood: 'HD 05-HD/TU 2025 (Tốt ≥ 85)'
      }
    }
    const r = await readSheet(
      await workbookToBytes(
        buildMeetingStatisticsWorkbook(
          SETTINGS,
          { from: '2026-01-01', to: '2026-12-31', ...stats, rules: province },
          NOW
        )
      )
    )
    expect(r.find(/tiêu chí đạt từ 80 % \(HD 05-HD\/TU 2025\)\.$/)).toBeDefined()
    expect(
      r.find(/Tốt từ 85, Khá từ 65, Trung bình từ 50 điểm, dưới 50 điểm là Kém \(HD 05-HD\/TU 2025\)\.$/)
    ).toBeDefined()
    expect(r.find(/85 %|HD 42/)).toBeUndefined()
  })

  it('15 cells and the signature print on one A4 page', async () => {
    const many: ComplianceCell[] = Array.from({ length: 15 }, (_, i) => ({
      id: `k${i + 1}`,
      name: `Chi bộ Khu phố ${i + 1}`,
      status: 'active'
    }))
    const held = many.flatMap((c, i) => [
      meeting(c.id, '2026-01-03', 'thematic', {
        id: `${c.id}a`,
        topic: `Chuyên đề số ${i + 1} năm 2026`
      }),
      meeting(c.id, '2026-02-03', 'regular', { id: `${c.id}b`, qualityScore: 90 })
    ])
    const stats = meetingStatistics(held, [], many, '2026-01-01', '2026-12-31', () => MEETING_DEFAULTS)
    const bytes = await workbookToBytes(
      buildMeetingStatisticsWorkbook(SETTINGS, {
        from: '2026-01-01',
        to: '2026-12-31',
        ...stats,
        rules: BUILT_IN_RULES
      })
    )
    keep(bytes, 'meeting-statistics-15.xlsx')
    await expectFitToSend(bytes)
    expect(pageBreakRows(bytes)).toEqual([])
  })

  it('lists every topic on its own sheet "Chủ đề sinh hoạt chuyên đề": cell, date as a date, type, the topic in full', async () => {
    const bytes = await statistics2026(meetings, cells)
    const docs = await expectFitToSend(bytes)
    expect(docs.map((d) => d.sheet)).toEqual(['Thống kê sinh hoạt', 'Chủ đề sinh hoạt chuyên đề'])
    expect(docs[1].signature).toEqual(['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Lê Văn Bình'])
    const first = await readSheet(bytes, 'Thống kê sinh hoạt')
    expect(
      first.find('Chủ đề từng buổi sinh hoạt chuyên đề: xem biểu “Chủ đề sinh hoạt chuyên đề” kèm theo.')
    ).toBeDefined()
    const r = await readSheet(bytes, 'Chủ đề sinh hoạt chuyên đề')
    expect(r.find('Chủ đề sinh hoạt chuyên đề của các chi bộ')).toBeDefined()
    expect(r.find('Từ ngày 01/01/2026 đến ngày 20/08/2026')).toBeDefined()
    const head = r.find('STT')!
    expect(r.rowTexts(head.row)).toEqual(['STT', 'Ngày sinh hoạt', 'Loại buổi', 'Chủ đề sinh hoạt chuyên đề'])
    // kp2 named no topic: no group row for it.
    expect(r.find(/^Chi bộ Khu phố 2/)).toBeUndefined()
    const group = r.find('Chi bộ Khu phố 1 (2 buổi)')!
    expect(r.mergeOf(group.address)).toMatch(new RegExp(`^A${group.row}:[A-Z]+${group.row}$`))
    expect(r.cell(group.address).font.bold).toBe(true)
    const rows = [group.row + 1, group.row + 2].map((row) => [1, 2, 3, 4].map((col) => r.value(row, col)))
    expect(rows).toEqual([
      [1, new Date(Date.UTC(2026, 1, 3)), 'Chuyên đề', 'Tự soi, tự sửa'],
      [2, new Date(Date.UTC(2026, 2, 3)), 'Kết hợp', 'Xây dựng tinh thần đoàn kết tại chi bộ']
    ])
    expect(r.cell(group.row + 1, 2).numFmt).toBe('dd/mm/yyyy')
    expect(r.ws.pageSetup.orientation).toBe('portrait')
    expect(r.ws.pageSetup.printTitlesRow).toBe(`${head.row}:${head.row}`)
  })

  it('no topic named in the period: no topics sheet and no note pointing to one', async () => {
    const untitled = meetings.map(({ topic: _topic, ...m }) => m)
    const bytes = await statistics2026(untitled, cells)
    const docs = await expectFitToSend(bytes)
    expect(docs.map((d) => d.sheet)).toEqual(['Thống kê sinh hoạt'])
    expect((await readSheet(bytes)).find(/xem biểu/)).toBeUndefined()
  })

  it('15 cells with long names and four long topics each: the statistics print on one landscape page at 10 pt or more', async () => {
    const names = [
      'Chi bộ Cơ quan Đảng ủy – HĐND – UBND phường',
      'Chi bộ Công ty CP Xây dựng Trường Sơn',
      'Chi bộ Trường Tiểu học Trường Sơn',
      'Chi bộ Trường Mầm non Hoa Sen',
      'Chi bộ Quân sự phường',
      ...Array.from({ length: 10 }, (_, i) => `Chi bộ Tổ dân phố ${i + 1}`)
    ]
    const many: ComplianceCell[] = names.map((name, i) => ({ id: `c${i + 1}`, name, status: 'active' }))
    const topic = 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'
    const held = many.flatMap((c) =>
      ['02', '05', '08', '11'].map((month) =>
        meeting(c.id, `2026-${month}-05`, 'thematic', { topic: `${topic} (tháng ${month})` })
      )
    )
    const bytes = await statistics2026(held, many)
    keep(bytes, 'meeting-statistics-15-topics.xlsx')
    await expectFitToSend(bytes)
    const r = await readSheet(bytes, 'Thống kê sinh hoạt')
    expect(r.ws.pageSetup.orientation).toBe('landscape')
    expect(r.ws.pageSetup.fitToHeight).toBe(1)
    expect(pageBreakRows(bytes, 1)).toEqual([])
    expect(printedBodyPoints(r.ws)).toBeGreaterThanOrEqual(10)
    // Every topic is kept, in full, on the second sheet.
    const topics = await readSheet(bytes, 'Chủ đề sinh hoạt chuyên đề')
    expect(topics.findAll(/^Học tập và làm theo/)).toHaveLength(60)
    expect(topics.find(`${topic} (tháng 11)`)).toBeDefined()
  })

  it('reports a year still running up to today, never a future date', async () => {
    const stats = meetingStatistics(meetings, [], cells, '2026-01-01', '2026-12-31', () => MEETING_DEFAULTS)
    const bytes = await workbookToBytes(
      buildMeetingStatisticsWorkbook(SETTINGS, {
        from: '2026-01-01',
        to: '2026-12-31',
        asOf: '2026-08-20',
        ...stats,
        rules: BUILT_IN_RULES
      })
    )
    const r = await readSheet(bytes)
    expect(r.find('Từ ngày 01/01/2026 đến ngày 20/08/2026')).toBeDefined()
    expect(r.find(/ngày 20 tháng 8 năm 2026/)).toBeDefined()
  })

  // docs/design.md §6 Meetings: a cell exists "not from its closing on (a merge moves the members to
  // the receiving cell that very day, so the meeting is that cell's)". A cell merged on 01/10 existed
  // no day of quý IV: a row "0 buổi" for it would read as a cell that did not meet.
  it('quý IV: a cell merged on 01/10 has no row; one merged on 02/10 keeps its row and its meeting', async () => {
    const ward: ComplianceCell[] = [
      { id: 'a', name: 'Chi bộ Khu phố 1', status: 'merged', closedOn: '2026-10-01' },
      { id: 'b', name: 'Chi bộ Khu phố 2', status: 'merged', closedOn: '2026-10-02' },
      { id: 'c', name: 'Chi bộ Khu phố 3', status: 'active' }
    ]
    const held = [meeting('a', '2026-09-30'), meeting('b', '2026-10-01'), meeting('c', '2026-10-05')]
    const stats = meetingStatistics(held, [], ward, '2026-10-01', '2026-12-31', () => MEETING_DEFAULTS)
    const r = await readSheet(
      await workbookToBytes(
        buildMeetingStatisticsWorkbook(
          SETTINGS,
          {
            from: '2026-10-01',
            to: '2026-12-31',
            ...stats,
            rules: BUILT_IN_RULES,
            periodLabel: 'Quý IV năm 2026'
          },
          new Date(2027, 0, 5)
        )
      )
    )
    expect(r.find('Chi bộ Khu phố 1')).toBeUndefined()
    const kp2 = r.find('Chi bộ Khu phố 2')!
    expect(r.value(kp2.row, kp2.col + 1)).toBe(1)
    const total = r.find('Tổng cộng')!
    expect(r.value(total.row, kp2.col + 1)).toBe(2)
  })
})

describe('compliance workbook', () => {
  it('has a month sheet and a quarter sheet with marks, counts of missed periods and the rules', async () => {
    const grid = complianceGrid(meetings, cells, 2026, MEETING_DEFAULTS, '2026-08-20')
    const bytes = await workbookToBytes(
      buildComplianceWorkbook(
        SETTINGS,
        { year: 2026, grid, asOf: '2026-08-20', thematicPerQuarter: 1, sources: MEETING_SOURCES },
        NOW
      )
    )
    keep(bytes, 'compliance.xlsx')
    const docs = await expectFitToSend(bytes)
    expect(docs.map((d) => d.sheet)).toEqual(['Theo tháng 2026', 'Theo quý 2026'])
    const months = await readSheet(bytes, 'Theo tháng 2026')
    expect(months.find('Theo dõi sinh hoạt chi bộ theo tháng năm 2026')).toBeDefined()
    expect(months.find('(Số liệu tính đến ngày 20/08/2026)')).toBeDefined()
    const kp1 = months.find('Chi bộ Khu phố 1')!
    expect(months.rowTexts(kp1.row).slice(1, 6)).toEqual(['Chi bộ Khu phố 1', 'x', 'CĐ', 'x+CĐ (<)', '0'])
    // "0" (no meeting) is a typed number; the other marks are symbols.
    expect(months.value(kp1.row, 6)).toBe(0)
    expect(months.value(kp1.row, 15)).toBe(5)
    expect(months.value(kp1.row, 16)).toBe(1)
    expect(months.cell(kp1.row, 3).alignment.horizontal).toBe('center')
    const kp2 = months.find('Chi bộ Khu phố 2')!
    expect([months.text(kp2.row, 3), months.text(kp2.row, 7), months.text(kp2.row, 9)]).toEqual([
      '–',
      'x',
      '0'
    ])
    expect(months.find(/Điều lệ Đảng Điều 24/)).toBeDefined()
    // The year's profile's sources, with their minutes (HD 42-HD/BTCTW 2025 for the built-in ones).
    expect(
      months.find(/sinh hoạt thường kỳ tối thiểu 90 phút.*kết hợp chuyên đề tối thiểu 120 phút/)
    ).toBeDefined()
    expect(months.ws.pageSetup.orientation).toBe('landscape')
    const quarters = await readSheet(bytes, 'Theo quý 2026')
    const q1 = quarters.find('Chi bộ Khu phố 1')!
    expect([1, 2, 3, 4].map((i) => quarters.value(q1.row, 2 + i))).toEqual([2, 0, null, null])
    expect(quarters.value(q1.row, 7)).toBe(1)
    expect(quarters.find(/Nghị quyết 22-NQ\/TW/)).toBeDefined()
  })
})

// The quarter sheet leaves blank a quarter before the cell's records start ("Chưa theo dõi",
// compliance.ts), over or not: its legend must say so, as the month sheet's does, rather than call
// every blank "chưa hết quý" — on 20/08 quý I is over, and the higher level would read it as running.
it('Theo quý: a blank quarter before the cell is tracked is explained as such in the legend', async () => {
  const tracked: ComplianceCell[] = [
    { id: 't', name: 'Chi bộ Theo dõi sau', status: 'active', trackedFrom: '2026-05-01' }
  ]
  const grid = complianceGrid([], tracked, 2026, MEETING_DEFAULTS, '2026-08-20')
  expect(grid[0].quarters[0].state).toBe('untracked')
  const bytes = await workbookToBytes(
    buildComplianceWorkbook(
      SETTINGS,
      { year: 2026, grid, asOf: '2026-08-20', thematicPerQuarter: 1, sources: MEETING_SOURCES },
      NOW
    )
  )
  const quarters = await readSheet(bytes, 'Theo quý 2026')
  const row = quarters.find('Chi bộ Theo dõi sau')!.row
  expect(quarters.text(row, 3)).toBe('')
  expect(quarters.find(/để trống: chưa hết quý hoặc chưa theo dõi/)).toBeDefined()
})

describe('sign-in sheet of one meeting', () => {
  it('lists the roll by tên with a signature column, exempt members apart, signed by the chair of the cell', async () => {
    const bytes = await workbookToBytes(
      buildSignInSheetWorkbook(
        SETTINGS,
        {
          cellName: 'Chi bộ Khu phố 1',
          meeting: {
            type: 'thematic',
            date: '2026-02-03',
            startTime: '19:30',
            place: 'Nhà văn hóa khu phố 1',
            topic: 'Tự soi, tự sửa',
            chairName: 'Nguyễn Văn An'
          },
          roll: {
            expected: [
              { memberId: 'a', fullName: 'Nguyễn Văn An', official: true, apart: null },
              { memberId: 'b', fullName: 'Trần Thị Bình', official: false, apart: null }
            ],
            apart: [{ memberId: 'e', fullName: 'Hoàng Văn Em', official: true, apart: 'exempt' }]
          }
        },
        NOW
      )
    )
    keep(bytes, 'sign-in.xlsx')
    // A cell's own document: signed for the cell by its secretary, filed by the cell.
    const [doc] = await expectFitToSend(bytes)
    expect(doc.signature).toEqual(['T/M CHI BỘ', 'BÍ THƯ', 'Nguyễn Văn An'])
    expect(doc.recipients).toEqual(['- Đảng ủy (để báo cáo),', '- Lưu Chi bộ.'])
    const r = await readSheet(bytes)
    expect(r.find('ĐẢNG BỘ PHƯỜNG TRƯỜNG SƠN')).toBeDefined()
    expect(r.find('CHI BỘ KHU PHỐ 1')).toBeDefined()
    expect(r.find('DANH SÁCH')).toBeDefined()
    expect(r.find('Đảng viên dự sinh hoạt chi bộ')).toBeDefined()
    expect(r.find(/Sinh hoạt chuyên đề ngày 03\/02\/2026 lúc 19:30 tại Nhà văn hóa khu phố 1/)).toBeDefined()
    const an = r.find('Nguyễn Văn An')!
    expect(r.rowTexts(an.row)).toEqual(['1', 'Nguyễn Văn An', 'Chính thức'])
    expect(r.ws.getRow(an.row).height).toBe(30)
    expect(r.find('Ký tên')).toBeDefined()
    expect(r.cell(an.row, 4).border.bottom).toBeDefined()
    expect(r.find(/miễn, đình chỉ sinh hoạt/)).toBeDefined()
    const em = r.find('Hoàng Văn Em')!
    expect(r.text(em.row, 5)).toBe('Miễn công tác và sinh hoạt đảng')
    expect(r.ws.pageSetup.orientation).toBe('portrait')
  })

  // HD 36-HD/VPTW: for the cell signs its secretary or a deputy ("T/M CHI BỘ"), with his own title.
  it.each([
    ['the secretary', 'secretary', ['T/M CHI BỘ', 'BÍ THƯ', 'Nguyễn Văn An']],
    ['a deputy secretary', 'deputySecretary', ['T/M CHI BỘ', 'PHÓ BÍ THƯ', 'Nguyễn Văn An']],
    [
      'a member of the cell committee: the secretary signs',
      'committeeMember',
      ['T/M CHI BỘ', 'BÍ THƯ', 'Lê Thị Hoa']
    ],
    ['someone with no seat that day: the secretary signs', null, ['T/M CHI BỘ', 'BÍ THƯ', 'Lê Thị Hoa']],
    ['a chair known only by name (seat unknown)', undefined, ['T/M CHI BỘ', 'BÍ THƯ', 'Nguyễn Văn An']]
  ] as const)('chaired by %s, it is signed %j', async (_who, chairRole, signature) => {
    const bytes = await workbookToBytes(
      buildSignInSheetWorkbook(SETTINGS, {
        cellName: 'Chi bộ Khu phố 1',
        meeting: { type: 'regular', date: '2026-02-03', chairName: 'Nguyễn Văn An' },
        roll: {
          expected: [{ memberId: 'a', fullName: 'Nguyễn Văn An', official: true, apart: null }],
          apart: []
        },
        chairRole,
        secretaryName: 'Lê Thị Hoa'
      })
    )
    const [doc] = await expectFitToSend(bytes)
    expect(doc.signature).toEqual(signature)
  })

  it('names the đảng bộ from the issuing body', () => {
    expect(partyOrganizationName('Đảng ủy phường Trường Sơn')).toBe('ĐẢNG BỘ PHƯỜNG TRƯỜNG SƠN')
  })
})

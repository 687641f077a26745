// Read-back tests of the reports a ward office sends up each period: member statistics, movement
// lists, the Điều 8.2 list, rating lists, this year's HTXSNV proposals and the HHĐ-form badge list.
// Each reads the produced bytes as the superior's Excel would: values and their types, merges,
// fonts, A4 print setup fit to width with the header rows repeated.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Cell, Member, MemberEvent, MemberReview } from '@renderer/domain/entities'
import { event, member } from '@renderer/testing/reviewFactories'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'
import { openYear } from '@renderer/domain/reviews/openYear'
import { badgeCandidates } from '@renderer/domain/honours/badges'
import { periodRange } from '@renderer/domain/reports/period'
import { memberStatistics } from '@renderer/domain/reports/memberStatistics'
import { movementGroups, movementsByKind } from '@renderer/domain/reports/movements'
import { yearOnlyCounts } from '@renderer/domain/reports/yearOnlyMovements'
import { absenceWarningGroups } from '@renderer/domain/reports/absenceList'
import { ratingList } from '@renderer/domain/reports/ratingList'
import { excellentProposals } from '@renderer/domain/reports/excellentProposals'
import { badgeFormGroups } from '@renderer/domain/reports/badgeForm'
import type { CommendationCandidate } from '@renderer/domain/honours/commendations'
import type ExcelJS from 'exceljs'
import { workbookToBytes } from '../partyDocument'
import {
  expectFitToSend,
  pageBreakRows,
  printedBodyPoints,
  readSheet,
  type SheetReader
} from '../testing/readBack'
import { CELLS, SETTINGS, sampleYear } from '@renderer/testing/reviewWard'
import { buildMemberStatisticsWorkbook, buildMovementListWorkbook } from './memberStatisticsSheet'
import { buildAbsenceListWorkbook } from './absenceListSheet'
import { buildIncompleteListWorkbook, buildRatingListWorkbook } from './ratingListSheets'
import { buildExcellentProposalWorkbook } from './excellentProposalSheet'
import { buildBadgeFormWorkbook } from './badgeFormSheet'
import { buildMeetingStatisticsWorkbook } from './meetingStatistics'
import { meetingStatistics } from '@renderer/domain/meetings/statistics'
import { MEETING_DEFAULTS } from '@renderer/domain/rules/params'
import { meeting as heldMeeting } from '@renderer/testing/meetingFactories'
import { BUILT_IN_PROFILES, paramsOf, sourcesOf } from '@renderer/domain/rules/profiles'

/** QĐ 366 / HD 42's rules, as the period's profile gives them. */
const BUILT_IN_RULES = { params: paramsOf(BUILT_IN_PROFILES[0]), sources: sourcesOf(BUILT_IN_PROFILES[0]) }

const NOW = new Date(2026, 6, 10)

async function read(wb: ExcelJS.Workbook, name: string): Promise<SheetReader> {
  const bytes = await workbookToBytes(wb)
  if (process.env.RENDER_DIR) writeFileSync(join(process.env.RENDER_DIR, name), bytes)
  // The checklist every export passes (number line, typed numbers, fonts, print setup, signature, Nơi nhận).
  await expectFitToSend(bytes)
  return readSheet(bytes)
}

/** The checks every Party document passes: Times New Roman, A4 fit to width, header rows repeated. */
function expectPartyDocument(r: SheetReader, orientation: 'portrait' | 'landscape'): void {
  const fonts = new Set<string>()
  r.ws.eachRow((row) => row.eachCell((c) => void fonts.add(c.font?.name ?? '(none)')))
  expect([...fonts]).toEqual(['Times New Roman'])
  const ps = r.ws.pageSetup
  expect([ps.paperSize, ps.orientation, ps.fitToPage, ps.fitToWidth]).toEqual([9, orientation, true, 1])
  // Any number of pages tall, or one page tall for a document planned on one page (expectFitToSend).
  expect([0, 1]).toContain(ps.fitToHeight)
  const head = r.find('STT')!
  expect(ps.printTitlesRow).toMatch(new RegExp(`^${head.row}:\\d+$`))
  expect(r.find(/^Nơi nhận:/)).toBeDefined()
  // The title spans the table; every group row too.
  const title = r.find(/^(DANH SÁCH|BÁO CÁO|THỐNG KÊ)/)!
  expect(r.mergeOf(title.address)).toMatch(new RegExp(`^A${title.row}:[A-Z]+${title.row}$`))
  for (const g of r.findAll(/ \(\d+ đồng chí\)$/))
    expect(r.mergeOf(g.address)).toMatch(new RegExp(`^A${g.row}:[A-Z]+${g.row}$`))
}

const FROM_2026_H1 = periodRange({ kind: 'half', year: 2026, index: 1 })

describe('Báo cáo thống kê đảng viên (6 tháng đầu năm)', () => {
  it('counts are numbers, percentages numbers with one decimal, sections merged across the table', async () => {
    const members: Member[] = [
      member('a', { birthDate: '1950-05-01', gender: 'male', ethnicity: 'Kinh' }),
      member('b', { birthDate: '1995-05-01', gender: 'female', admissionDate: null, officialDate: null }),
      member('c', { birthDate: '1980-05-01' })
    ]
    const events = groupEventsByMember([
      event('b', 'admission', '2026-02-03', { cellId: 'k1' }),
      event('c', 'death', '2026-03-01')
    ])
    const stats = memberStatistics(members, events, FROM_2026_H1.from, FROM_2026_H1.to)
    const r = await read(
      buildMemberStatisticsWorkbook(SETTINGS, { ...stats, yearOnly: [] }, FROM_2026_H1, NOW),
      'thong-ke-dang-vien.xlsx'
    )
    expect(r.find('BÁO CÁO')).toBeDefined()
    expect(r.find('Thống kê đảng viên 6 tháng đầu năm 2026')).toBeDefined()
    expect(r.find('Kỳ báo cáo: 6 tháng đầu năm 2026 (từ ngày 01/01/2026 đến ngày 30/06/2026)')).toBeDefined()
    const start = r.find('Tổng số đảng viên đầu kỳ (đến ngày 31/12/2025)')!
    expect(r.value(start.row, 3)).toBe(2)
    const end = r.find('Tổng số đảng viên cuối kỳ (đến ngày 30/06/2026)')!
    expect([r.value(end.row, 3), r.value(end.row, 4)]).toEqual([2, 100])
    expect(r.cell(end.row, 3).font.bold).toBe(true)
    const admitted = r.find('- Kết nạp đảng viên')!
    expect(r.value(admitted.row, 3)).toBe(1)
    expect(r.value(r.find('- Từ trần')!.row, 3)).toBe(1)
    const women = r.find('- Nữ')!
    expect([r.value(women.row, 3), r.value(women.row, 4)]).toEqual([1, 50])
    expect(r.cell(women.row, 4).numFmt).toBe('0.0')
    const section = r.find('II. CƠ CẤU ĐẢNG VIÊN CUỐI KỲ')!
    expect(r.mergeOf(section.address)).toBe(`A${section.row}:D${section.row}`)
    expectPartyDocument(r, 'portrait')
  })

  it('says under the table which movements known only by their year it counted in the period holding 1 January', async () => {
    const members: Member[] = [
      member('a', { admissionDate: null, officialDate: null }),
      member('b', { admissionDate: null, officialDate: null }),
      member('c', { birthDate: '1940-02-01' }),
      member('d')
    ]
    const events = groupEventsByMember([
      event('a', 'admission', '2026', { cellId: 'k1' }),
      event('b', 'admission', '2026', { cellId: 'k1' }),
      event('c', 'death', '2026'),
      event('d', 'death', '2026-03-01')
    ])
    const sheetOf = async (period: typeof FROM_2026_H1) => {
      const stats = memberStatistics(members, events, period.from, period.to)
      const byKind = movementsByKind(members, events, period.from, period.to)
      const yearOnly = yearOnlyCounts(byKind, period.from, period.to)
      return read(
        buildMemberStatisticsWorkbook(SETTINGS, { ...stats, yearOnly }, period, NOW),
        `thong-ke-chi-biet-nam-${period.from}-${period.to}.xlsx`
      )
    }
    const half = await sheetOf(FROM_2026_H1)
    expect(half.value(half.find('- Kết nạp đảng viên')!.row, 3)).toBe(2)
    expect(half.value(half.find('- Từ trần')!.row, 3)).toBe(2)
    expect(
      half.find(
        'Trong số liệu biến động có 3 trường hợp chỉ biết năm 2026, chưa rõ ngày (2 kết nạp đảng viên, 1 từ trần): tạm tính vào kỳ có ngày 01/01/2026, cần xác minh ngày (xem danh sách đảng viên biến động cùng kỳ).'
      )
    ).toBeDefined()
    // The whole year holds the movement wherever its day falls: nothing to say.
    const year = await sheetOf(periodRange({ kind: 'year', year: 2026 }))
    expect(year.find(/chỉ biết năm/)).toBeUndefined()
    // The second half-year does not count them at all.
    const second = await sheetOf(periodRange({ kind: 'half', year: 2026, index: 2 }))
    expect(second.find(/chỉ biết năm/)).toBeUndefined()
  })

  it('movement lists: a group per kind, dates as dates, a year-only birth date as the year', async () => {
    const members: Member[] = [
      member('b', { fullName: 'Lê Thị Bình', gender: 'female', birthDate: '1995', admissionDate: null }),
      member('c', { fullName: 'Trần Văn Cả', birthDate: '1940-02-01', cellId: 'k2' })
    ]
    const events = groupEventsByMember([
      event('b', 'admission', '2026-02-03', { cellId: 'k1', decisionNumber: '15-QĐ/ĐU' }),
      event('c', 'transferOut', '2026-03-01', { place: 'Đảng bộ phường Ba Đình', transferKind: 'permanent' })
    ])
    const byKind = movementsByKind(members, events, FROM_2026_H1.from, FROM_2026_H1.to)
    const groups = movementGroups(byKind, new Map(members.map((m) => [m.id, m])), CELLS)
    const r = await read(buildMovementListWorkbook(SETTINGS, groups, FROM_2026_H1, NOW), 'bien-dong.xlsx')
    expect(r.find('I. Kết nạp đảng viên (1 đồng chí)')).toBeDefined()
    expect(r.find('II. Chuyển sinh hoạt đảng đi (1 đồng chí)')).toBeDefined()
    const b = r.find('Lê Thị Bình')!
    expect(r.value(b.row, 1)).toBe(1)
    expect(r.value(b.row, 3)).toBe('1995')
    expect(r.value(b.row, 6)).toEqual(new Date(Date.UTC(2026, 1, 3)))
    expect(r.cell(b.row, 6).numFmt).toBe('dd/mm/yyyy')
    expect(r.text(b.row, 7)).toBe('15-QĐ/ĐU')
    const c = r.find('Trần Văn Cả')!
    expect([r.text(c.row, 5), r.text(c.row, 8)]).toEqual(['Chi bộ Khu phố 2', 'Đảng bộ phường Ba Đình'])
    expectPartyDocument(r, 'landscape')
  })

  it('temporary stays are listed in groups of their own, after the gains and losses (QĐ 232-QĐ/TW 2025, 6.3.2)', async () => {
    const members: Member[] = [
      member('a', { fullName: 'Nguyễn Văn An', birthDate: '1980-01-01', cellId: 'k1' }),
      member('g', { fullName: 'Phạm Văn Giang', birthDate: '1990-01-01', cellId: 'k2' })
    ]
    const events = groupEventsByMember([
      event('a', 'transferOut', '2026-02-01', {
        place: 'Đảng bộ phường Hà Đông',
        transferKind: 'temporary',
        endDate: '2026-04-30'
      }),
      event('a', 'transferIn', '2026-04-15', { transferKind: 'temporary' }),
      event('g', 'transferIn', '2026-03-01', {
        transferKind: 'temporary',
        cellId: 'k2',
        place: 'Đảng bộ xã Yên Sở'
      })
    ])
    const byKind = movementsByKind(members, events, FROM_2026_H1.from, FROM_2026_H1.to)
    const groups = movementGroups(byKind, new Map(members.map((m) => [m.id, m])), CELLS)
    const r = await read(
      buildMovementListWorkbook(SETTINGS, groups, FROM_2026_H1, NOW),
      'bien-dong-tam-thoi.xlsx'
    )
    expect(
      r.find('I. Đến sinh hoạt tạm thời, hoặc trở về (không thay đổi đảng số) (2 đồng chí)')
    ).toBeDefined()
    expect(
      r.find(
        'II. Đi sinh hoạt tạm thời nơi khác, hoặc hết sinh hoạt tạm thời tại Đảng bộ (không thay đổi đảng số) (1 đồng chí)'
      )
    ).toBeDefined()
    expect(r.find(/^Trở về sau thời gian sinh hoạt tạm thời nơi khác/)).toBeDefined()
    expectPartyDocument(r, 'landscape')
  })
})

describe('Danh sách đảng viên vắng sinh hoạt không lý do (Điều lệ Đảng Điều 8.2)', () => {
  /** Trần Văn Ân's unexcused absences on these days, listed at the threshold and read back. */
  async function absenceList(
    dates: string[],
    threshold: number,
    thresholdSource?: string,
    guests: ReadonlySet<string> = new Set()
  ) {
    const marks = dates.flatMap((date) =>
      ['a', 'g'].map((memberId) => ({ memberId, date, status: 'unexcused' as const }))
    )
    const members = new Map([
      ['a', { fullName: 'Trần Văn Ân', birthDate: '1970-03-04', cellId: 'k1' }],
      ['g', { fullName: 'Lê Văn Khách', birthDate: '1980-06-07', cellId: 'k1' }]
    ])
    const groups = absenceWarningGroups(
      marks,
      2026,
      { absenceWarningCount: threshold },
      members,
      CELLS,
      null,
      guests
    )
    const scope = { year: 2026, threshold, thresholdSource, cellName: null }
    const file = `vang-khong-ly-do-${threshold}${guests.size ? '-tam-thoi' : ''}.xlsx`
    return read(buildAbsenceListWorkbook(SETTINGS, groups, scope, NOW), file)
  }

  it('lists members at the threshold with months and meetings as numbers and cites the rule', async () => {
    const r = await absenceList(['2026-01-05', '2026-02-05', '2026-02-20', '2026-05-05'], 3)
    const a = r.find('Trần Văn Ân')!
    expect([r.value(a.row, 5), r.value(a.row, 6), r.text(a.row, 7)]).toEqual([3, 4, '1, 2, 5'])
    expect(r.value(a.row, 3)).toEqual(new Date(Date.UTC(1970, 2, 4)))
    expect(r.find(/^Căn cứ: Điều lệ Đảng Điều 8\.2/)).toBeDefined()
    // The built-in threshold is the Charter's: no second citation.
    expect(r.find(/^Ngưỡng/)).toBeUndefined()
    expect(r.find('Chi bộ Khu phố 1 (2 đồng chí)')).toBeDefined()
    // Nobody here is staying temporarily: no note in the column, no guest note under the table.
    expect(r.text(a.row, 8)).toBe('')
    expect(r.find(/^\(\*\)/)).toBeUndefined()
    expectPartyDocument(r, 'portrait')
  })

  it('a guest (sinh hoạt tạm thời) is listed with a note: his removal is for his own đảng bộ (QĐ 232, 6.3.2)', async () => {
    const r = await absenceList(['2026-01-05', '2026-02-05', '2026-05-05'], 3, undefined, new Set(['g']))
    const guest = r.find('Lê Văn Khách')!
    expect(r.text(guest.row, 8)).toBe('Sinh hoạt tạm thời (*)')
    expect(r.text(r.find('Trần Văn Ân')!.row, 8)).toBe('')
    const note = r.find(/^\(\*\) Đồng chí sinh hoạt tạm thời/)!
    expect(r.text(note.row, note.col)).toContain('QĐ 232-QĐ/TW 2025, tiểu mục 6.3.2')
    expect(r.text(note.row, note.col)).toContain('tổ chức đảng nơi đồng chí sinh hoạt chính thức')
    expectPartyDocument(r, 'portrait')
  })

  it('a province’s 2-month threshold is cited beside the Charter’s 3 months', async () => {
    const r = await absenceList(['2026-01-05', '2026-02-05'], 2, 'HD 05-HD/TU 2026 (2 tháng)')
    expect(r.find(/vắng từ 2 tháng trở lên$/)).toBeDefined()
    expect(r.find(/^Căn cứ: Điều lệ Đảng Điều 8\.2/)).toBeDefined()
    expect(r.find('Ngưỡng 2 tháng theo HD 05-HD/TU 2026 (2 tháng).')).toBeDefined()
    expectPartyDocument(r, 'portrait')
  })
})

describe('Danh sách đánh giá, xếp loại đảng viên và danh sách không hoàn thành nhiệm vụ', () => {
  const year = sampleYear()
  const info = new Map<string, Member>()

  it('"HTXSNV" prints on one line: the row of an excellent member is one line tall', async () => {
    const bytes = await workbookToBytes(
      buildRatingListWorkbook(SETTINGS, ratingList(year, info), { year: 2025, cellName: null }, NOW)
    )
    const r = await readSheet(bytes)
    const an = r.find('Trần Văn Ân')!
    expect(r.text(an.row, 6)).toBe('HTXSNV')
    expect(r.ws.getRow(an.row).height ?? r.ws.properties.defaultRowHeight).toBeLessThan(16)
  })

  it('every member with the level or the reason not rated; decided results carry no provisional note', async () => {
    const list = ratingList(year, info)
    const r = await read(
      buildRatingListWorkbook(SETTINGS, list, { year: 2025, cellName: null }, NOW),
      'danh-sach-xep-loai.xlsx'
    )
    expect(r.find('DANH SÁCH')).toBeDefined()
    expect(r.find('Đánh giá, xếp loại chất lượng đảng viên năm 2025')).toBeDefined()
    expect(r.find('Toàn Đảng bộ: 13 đồng chí')).toBeDefined()
    const an = r.find('Trần Văn Ân')!
    expect(r.rowTexts(an.row).slice(1)).toEqual(['Trần Văn Ân', 'Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'])
    const lan = r.find('Bùi Thị Lan')!
    expect(r.text(lan.row, 5)).toBe('Không xếp loại')
    expect(r.text(lan.row, 7)).toBe('Miễn công tác và sinh hoạt đảng')
    // Cells in natural order: Khu phố 1, 2, 10.
    const groups = r.findAll(/^Chi bộ Khu phố \d+ \(/).map((f) => f.cell.text)
    expect(groups).toEqual([
      'Chi bộ Khu phố 1 (8 đồng chí)',
      'Chi bộ Khu phố 2 (4 đồng chí)',
      'Chi bộ Khu phố 10 (1 đồng chí)'
    ])
    expectPartyDocument(r, 'landscape')
  })

  /**
   * 2026, a year still open, in Chi bộ Khu phố 1: Vũ Văn Xuân with the one review given, Vũ Văn Yên
   * with none; the events are each test's own. Gives that cell's rating list and its scope.
   */
  function xuanAndYen2026(
    events: MemberEvent[],
    xuanReview: Pick<MemberReview, 'cellProposal' | 'decision'>
  ) {
    const open = openYear({
      year: 2026,
      members: [
        member('x', { fullName: 'Vũ Văn Xuân', cellId: 'k1' }),
        member('y', { fullName: 'Vũ Văn Yên', cellId: 'k1' })
      ],
      events,
      cells: CELLS,
      memberReviews: [
        { id: '2026:x', year: 2026, memberId: 'x', cellId: 'k1', ...xuanReview, updatedAt: '' }
      ],
      cellReviews: [],
      profiles: []
    })
    return { list: ratingList(open, info, 'k1'), scope: { year: 2026, cellName: 'Chi bộ Khu phố 1' } }
  }

  it('an open year (proposals only) says "(số liệu tạm, theo chi bộ đề xuất)" and marks "chưa đánh giá"', async () => {
    const { list, scope } = xuanAndYen2026([], { cellProposal: 'incomplete' })
    const r = await read(buildRatingListWorkbook(SETTINGS, list, scope, NOW), 'xep-loai-tam.xlsx')
    // A draft: "DỰ THẢO" above the title, the step it used after the subject (HD 36 frame, docs/design.md §7).
    expect(r.find('DỰ THẢO')).toBeDefined()
    expect(
      r.find('Đánh giá, xếp loại chất lượng đảng viên năm 2026 (số liệu tạm, theo chi bộ đề xuất)')
    ).toBeDefined()
    expect(r.find('Chi bộ Khu phố 1: 2 đồng chí')).toBeDefined()
    expect(r.text(r.find('Vũ Văn Yên')!.row, 5)).toBe('Chưa đánh giá')
    const wb = buildIncompleteListWorkbook(SETTINGS, list, scope, NOW)!
    const k = await read(wb, 'khong-hoan-thanh.xlsx')
    expect(k.find(/^Đảng viên xếp loại không hoàn thành nhiệm vụ năm 2026/)).toBeDefined()
    const x = k.find('Vũ Văn Xuân')!
    expect(k.text(x.row, 5)).toBe('Theo chi bộ đề xuất')
    expect(k.find('Vũ Văn Yên')).toBeUndefined()
    expectPartyDocument(k, 'portrait')
  })

  it('a member who left in the year is listed, but counted apart from "không xếp loại" (the summary sheet leaves him out of its total)', async () => {
    const { list, scope } = xuanAndYen2026(
      [event('y', 'transferOut', '2026-05-01', { transferKind: 'permanent' })],
      { decision: 'good' }
    )
    const r = await read(buildRatingListWorkbook(SETTINGS, list, scope, NOW), 'xep-loai-roi-di.xlsx')
    expect(r.text(r.find('Vũ Văn Yên')!.row, 7)).toBe('Đã chuyển sinh hoạt đi')
    expect(
      r.find(
        'Cộng: HTXSNV 0, HTTNV 1, HTNV 0, KHTNV 0; không xếp loại 0; chưa đánh giá 0; đã chuyển sinh hoạt đi, không còn sinh hoạt 1 (không tính vào tổng số đảng viên).'
      )
    ).toBeDefined()
  })

  it('no member rated không hoàn thành: no document to issue', () => {
    const list = ratingList(year, info, 'k1')
    expect(
      buildIncompleteListWorkbook(SETTINGS, list, { year: 2025, cellName: 'Chi bộ Khu phố 1' }, NOW)
    ).toBeNull()
  })
})

describe('Danh sách đảng viên HTXSNV năm đề nghị khen thưởng', () => {
  it('birth date (year-only kept), position, the form of award, the streak noted', async () => {
    const candidates: CommendationCandidate[] = [
      {
        key: '1',
        subject: 'member',
        basis: 'excellentYear',
        memberId: 'a1',
        cellId: 'k1',
        name: 'Trần Văn Ân',
        cellName: '',
        years: [2025]
      },
      {
        key: '2',
        subject: 'member',
        basis: 'excellentStreak',
        memberId: 'a1',
        cellId: 'k1',
        name: 'Trần Văn Ân',
        cellName: '',
        years: [2021, 2022, 2023, 2024, 2025]
      }
    ]
    const cells: Cell[] = CELLS.map((c) =>
      c.id === 'k1' ? { ...c, committee: [{ memberId: 'a1', role: 'secretary', from: '2020-01-01' }] } : c
    )
    const p = excellentProposals(
      2025,
      candidates,
      new Map([['a1', member('a1', { birthDate: '1962', occupation: 'Hưu trí' })]]),
      new Map([['a1', { decision: 'excellent' as const }]]),
      cells,
      'Giấy khen của Đảng ủy phường'
    )
    const r = await read(
      buildExcellentProposalWorkbook(SETTINGS, 2025, p, null, NOW),
      'de-nghi-khen-htxs.xlsx'
    )
    expect(r.find('Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025 đề nghị khen thưởng')).toBeDefined()
    expect(r.find('Toàn Đảng bộ: 1 đồng chí')).toBeDefined()
    const a = r.find('Trần Văn Ân')!
    expect(r.value(a.row, 3)).toBe('1962')
    expect(r.rowTexts(a.row).slice(3)).toEqual([
      'Bí thư chi bộ; Hưu trí',
      'Chi bộ Khu phố 1',
      'Giấy khen của Đảng ủy phường',
      'Hoàn thành xuất sắc nhiệm vụ 5 năm liền (2021–2025): đề nghị cấp trên khen thưởng'
    ])
    expectPartyDocument(r, 'landscape')
  })
})

describe('Danh sách đề nghị tặng Huy hiệu Đảng theo mẫu HHĐ', () => {
  it('card number as text, admission and official dates as dates, a year-only date as the year, the time out', async () => {
    const people = [
      member('r', {
        fullName: 'Đỗ Văn Tâm',
        birthDate: '1955-07-08',
        hometown: 'Nam Định',
        partyCardNumber: '01234567',
        admissionDate: '1980-03-15',
        officialDate: '1996-09-01',
        cellId: 'k2'
      }),
      member('y', { fullName: 'Hà Văn Sơn', admissionDate: '1976', officialDate: '1977', cellId: 'k1' })
    ]
    const events = groupEventsByMember([
      event('r', 'admission', '1980-03-15', { cellId: 'k2' }),
      event('r', 'removal', '1990-05-02'),
      event('r', 'readmission', '1995-09-01', { cellId: 'k2' })
    ])
    const candidates = badgeCandidates(
      people.map((m) => ({ member: m, events: events.get(m.id) ?? [], awarded: new Set<number>() })),
      '2026-02-03'
    )
    const groups = badgeFormGroups(candidates, new Map(people.map((m) => [m.id, m])), events, CELLS)
    const r = await read(buildBadgeFormWorkbook(SETTINGS, '2026-02-03', groups, NOW), 'huy-hieu-mau-hhd.xlsx')
    expect(r.find('Đảng viên đề nghị tặng Huy hiệu Đảng đợt 03/02/2026')).toBeDefined()
    expect(r.find('Ngày cấp có thẩm quyền ra quyết định kết nạp')).toBeDefined()
    const t = r.find('Đỗ Văn Tâm')!
    expect(r.value(t.row, 5)).toBe('01234567')
    expect(r.cell(t.row, 5).numFmt).toBe('@')
    expect(r.value(t.row, 6)).toEqual(new Date(Date.UTC(1980, 2, 15)))
    expect(r.value(t.row, 7)).toEqual(new Date(Date.UTC(1996, 8, 1)))
    expect(r.text(t.row, 8)).toBe('Từ 02/05/1990 đến 01/09/1995')
    expect(typeof r.value(t.row, 9)).toBe('number')
    const s = r.find('Hà Văn Sơn')!
    expect([r.value(s.row, 6), r.value(s.row, 7)]).toEqual(['1976', '1977'])
    expect(r.text(s.row, 11)).toBe('Cần xác minh ngày kết nạp')
    expect(r.find('Huy hiệu 50 năm tuổi Đảng (1 đồng chí)')).toBeDefined()
    expectPartyDocument(r, 'landscape')
  })
})

describe('Danh sách đề nghị tặng Huy hiệu Đảng theo mẫu HHĐ: fit to send', () => {
  it('14 people under 8 badge levels: one landscape page, above 9.5 pt, the longest name on one line', async () => {
    const sizes: [number, number][] = [
      [70, 1],
      [65, 1],
      [60, 1],
      [55, 1],
      [50, 1],
      [45, 3],
      [40, 3],
      [30, 3]
    ]
    const groups = sizes.map(([milestone, count]) => ({
      milestone,
      label: `Huy hiệu ${milestone} năm tuổi Đảng (${count} đồng chí)`,
      rows: Array.from({ length: count }, (_, i) => ({
        memberId: `${milestone}-${i}`,
        fullName: i === 2 ? 'Nguyễn Thị Kim Nhung' : `Trần Văn ${milestone}${i}`,
        birthDate: '1950-05-06',
        hometown: 'Thanh Hóa',
        partyCardNumber: `0${milestone}12345`,
        admissionDate: `${2026 - milestone}-12-05`,
        officialDate: `${2027 - milestone}-12-05`,
        timeOut: '',
        partyYears: milestone,
        cellName: 'Chi bộ Tổ dân phố 3',
        note: ''
      }))
    }))
    const bytes = await workbookToBytes(buildBadgeFormWorkbook(SETTINGS, '2027-02-03', groups, NOW))
    await expectFitToSend(bytes)
    const r = await readSheet(bytes)
    expect([r.ws.pageSetup.orientation, r.ws.pageSetup.fitToHeight]).toEqual(['landscape', 1])
    expect(pageBreakRows(bytes)).toEqual([])
    expect(printedBodyPoints(r.ws)).toBeGreaterThan(9.5)
    // Row heights are one line of 12 pt wherever the text allows: no name wraps.
    const name = r.find('Nguyễn Thị Kim Nhung')!
    expect(r.ws.getRow(name.row).height ?? r.ws.properties.defaultRowHeight).toBeLessThan(16)
  })
})

describe('Thống kê sinh hoạt chi bộ of a quarter (HD 42-HD/BTCTW 2025: thematic meetings by quarter)', () => {
  it('names the quarter before its dates and counts only its meetings, as numbers', async () => {
    const q2 = periodRange({ kind: 'quarter', year: 2026, index: 2 })
    const meeting = (id: string, date: string) => ({
      id,
      cellId: 'k1',
      type: 'regular' as const,
      date,
      guests: [],
      presentations: [],
      attachments: [],
      createdAt: '',
      updatedAt: ''
    })
    const stats = meetingStatistics(
      [meeting('a', '2026-03-31'), meeting('b', '2026-04-03'), meeting('c', '2026-06-30')],
      [],
      CELLS,
      q2.from,
      q2.to,
      () => MEETING_DEFAULTS
    )
    const wb = buildMeetingStatisticsWorkbook(
      SETTINGS,
      { from: q2.from, to: q2.to, ...stats, rules: BUILT_IN_RULES, periodLabel: q2.heading },
      NOW
    )
    const r = await read(wb, 'thong-ke-sinh-hoat-quy.xlsx')
    expect(r.find('Quý II năm 2026 (từ ngày 01/04/2026 đến ngày 30/06/2026)')).toBeDefined()
    const k1 = r.find('Chi bộ Khu phố 1')!
    expect(r.value(k1.row, k1.col + 1)).toBe(2)
    expectPartyDocument(r, 'landscape')
  })

  it('the topics of a quarter go on their own sheet under the same heading; the statistics print on one landscape page', async () => {
    const q2 = periodRange({ kind: 'quarter', year: 2026, index: 2 })
    const stats = meetingStatistics(
      [
        heldMeeting('k1', '2026-04-03', 'thematic', { topic: 'Chuyển đổi số và dịch vụ công trực tuyến' }),
        heldMeeting('k2', '2026-05-03', 'combined', { topic: 'Phòng, chống tham nhũng, lãng phí' }),
        heldMeeting('k2', '2026-07-03', 'thematic', { topic: 'Quý III: không thuộc kỳ' })
      ],
      [],
      CELLS,
      q2.from,
      q2.to,
      () => MEETING_DEFAULTS
    )
    const bytes = await workbookToBytes(
      buildMeetingStatisticsWorkbook(
        SETTINGS,
        { from: q2.from, to: q2.to, ...stats, rules: BUILT_IN_RULES, periodLabel: q2.heading },
        NOW
      )
    )
    const docs = await expectFitToSend(bytes)
    expect(docs.map((d) => d.sheet)).toEqual(['Thống kê sinh hoạt', 'Chủ đề sinh hoạt chuyên đề'])
    const first = await readSheet(bytes, 1)
    expect(first.ws.pageSetup.orientation).toBe('landscape')
    expect(pageBreakRows(bytes, 1)).toEqual([])
    expect(printedBodyPoints(first.ws)).toBeGreaterThanOrEqual(10)
    const r = await readSheet(bytes, 2)
    expect(r.find('Quý II năm 2026 (từ ngày 01/04/2026 đến ngày 30/06/2026)')).toBeDefined()
    expect(r.findAll(/ \(1 buổi\)$/).map((g) => g.cell.text)).toEqual([
      'Chi bộ Khu phố 1 (1 buổi)',
      'Chi bộ Khu phố 2 (1 buổi)'
    ])
    expect(r.find('Phòng, chống tham nhũng, lãng phí')).toBeDefined()
    expect(r.find('Quý III: không thuộc kỳ')).toBeUndefined()
  })
})

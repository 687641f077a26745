import { describe, expect, it } from 'vitest'
import type { Cell, CellReview, MemberReview } from '@renderer/domain/entities'
import type { ReviewYearData } from '@renderer/domain/reviews/yearData'
import { expectFitToSend, readSheet, readWorkbook } from '../testing/readBack'
import { YEAR_ONLY_NOTE, buildBadgeList } from './honoursSheets'
import { buildCellResults, buildExcellentMembers, buildMemberSummary, type SummaryYear } from './reviewSheets'
import { buildYearEndPack, YEAR_END_SHEETS } from './yearEndPack'
import { commendationCandidates, memberHistory, cellHistory } from '@renderer/domain/honours/commendations'
import { badgeReportGroups } from '@renderer/domain/honours/badgeRows'
import { badgeCandidates } from '@renderer/domain/honours/badges'
import {
  cellDecided,
  decided,
  event,
  member,
  review,
  reviewSubjects
} from '@renderer/testing/reviewFactories'
import { cell as cellOf } from '@renderer/testing/factories'
import { CELLS, SETTINGS, sampleYear } from '@renderer/testing/reviewWard'
import { BUILT_IN_PROFILES } from '@renderer/domain/rules/profiles'
import { copyProfile } from '@renderer/domain/rules/profileEdit'

const OPTS = { date: '2026-01-10', documentNumber: '45-BC' }

describe('1. Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên', async () => {
  const bytes = await buildMemberSummary(SETTINGS, sampleYear(), OPTS)
  const s = await readSheet(bytes)

  it('passes the fit-to-send checklist: BC number, the committee signs, recipients of review reports', async () => {
    const [doc] = await expectFitToSend(bytes)
    expect(doc.numberLine).toBe('Số 45-BC/ĐU')
    expect(doc.signature).toEqual(['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Lê Văn Bình'])
    expect(doc.recipients.at(-1)).toBe('- Lưu VP Đảng ủy.')
  })
  it('title, two-row grouped header and a row per cell in natural order, then the total', () => {
    expect(s.text('A6')).toBe('BÁO CÁO')
    expect(s.text('A7')).toBe('Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên năm 2025')
    // Every result is the committee's decision: not a draft.
    expect(s.find('DỰ THẢO')).toBeUndefined()
    const head = s.find('Chi bộ')!
    expect(s.mergeOf(head.address)).toBe(`B${head.row}:B${head.row + 1}`)
    expect(s.find('Hoàn thành xuất sắc nhiệm vụ')!.row).toBe(head.row)
    expect(s.find('Chưa đánh giá, xếp loại')!.row).toBe(head.row)
    const first = head.row + 2
    expect([s.text(first, 2), s.text(first + 1, 2), s.text(first + 2, 2), s.text(first + 3, 1)]).toEqual([
      'Chi bộ Khu phố 1',
      'Chi bộ Khu phố 2',
      'Chi bộ Khu phố 10',
      'Tổng cộng'
    ])
  })

  it('counts and percentages are typed numbers (Khu phố 1: 8 members, 7 reviewed, 1 exempt, 1 HTXSNV = 14,3 %, 1/5 HTTNV = 20 %)', () => {
    const r = s.find('Chi bộ Khu phố 1')!.row
    // C total, D reviewed, E exempt, F probation, G other, H no result yet, I/J xs, K/L tốt, M/N ht,
    // O/P kht, Q xs/tốt
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => s.value(r, c))).toEqual([8, 7, 1, 0, 0, 0, 1, 14.3, 5])
    expect(s.cell(r, 10).numFmt).toBe('0.0')
    expect(s.value(r, 17)).toBe(20)
    const total = s.find('Tổng cộng')!.row
    expect([3, 4, 5, 6, 9, 11, 15].map((c) => s.value(total, c))).toEqual([13, 11, 1, 1, 2, 7, 1])
    expect(s.cell(total, 3).font?.bold).toBe(true)
  })

  it('the "not admitted long enough" column names the months of the year’s rules profile', async () => {
    expect(s.find('Kết nạp chưa đủ 6 tháng')).toBeDefined()
    // A province counting 12 months: the column says so, and counts the member admitted 01/09/2025.
    const copy = {
      ...copyProfile(BUILT_IN_PROFILES[0], 'Hướng dẫn tỉnh'),
      fromYear: 2025,
      params: { ...BUILT_IN_PROFILES[0].params, notRatedAdmittedMonths: 12 }
    }
    const province = await readSheet(
      await buildMemberSummary(SETTINGS, sampleYear([...BUILT_IN_PROFILES, copy]), OPTS)
    )
    const head = province.find('Kết nạp chưa đủ 12 tháng')!
    expect(province.find('Kết nạp chưa đủ 6 tháng')).toBeUndefined()
    expect(province.value(province.find('Tổng cộng')!.row, head.col)).toBe(1)
  })

  it('Times New Roman, A4 landscape fit to one page wide, header rows repeated', () => {
    expect(s.cell('A6').font?.name).toBe('Times New Roman')
    const ps = s.ws.pageSetup
    expect([ps.paperSize, ps.orientation, ps.fitToWidth, ps.fitToHeight]).toEqual([9, 'landscape', 1, 0])
    const head = s.find('Chi bộ')!.row
    expect(ps.printTitlesRow).toBe(`${head}:${head + 1}`)
    expect(s.find('Số 45-BC/ĐU')).toBeTruthy()
  })
})

describe('2. Kết quả xếp loại chất lượng chi bộ', async () => {
  const bytes = await buildCellResults(SETTINGS, sampleYear(), OPTS)
  const s = await readSheet(bytes)
  it('a row per cell with an "x" under its level; typed counts and percentages per level at the bottom', async () => {
    await expectFitToSend(bytes)
    const r = s.find('Chi bộ Khu phố 1')!.row
    expect(s.rowTexts(r)).toEqual(['1', 'Chi bộ Khu phố 1', 'Khu dân cư / tổ dân phố', '8', 'HTXSNV', 'x'])
    expect(s.text(r, 6)).toBe('x') // HTXSNV column
    expect(s.text(r + 2, 10)).toBe('Chưa xếp loại')
    const counts = s.find('Số chi bộ')!
    // F xs, G tốt, H ht, I kht: 1 xs, 0 tốt, 1 ht of 3 cells.
    expect([6, 7, 8, 9].map((c) => s.value(counts.row, c))).toEqual([1, 0, 1, 0])
    const pct = s.find('Tỷ lệ (%)')!
    expect(pct.row).toBe(counts.row + 1)
    expect([6, 8].map((c) => s.value(pct.row, c))).toEqual([33.3, 33.3])
    expect(s.cell(pct.row, 6).numFmt).toBe('0.0')
  })
})

describe('3. Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ', async () => {
  const s = await readSheet(await buildExcellentMembers(SETTINGS, sampleYear(), OPTS))
  it('grouped by cell (merged group rows), Vietnamese name order, portrait', () => {
    const g = s.find('Chi bộ Khu phố 1 (1 đồng chí)')!
    expect(s.mergeOf(g.address)).toMatch(new RegExp(`^A${g.row}:[E-G]${g.row}$`))
    expect(s.text(g.row + 1, 2)).toBe('Trần Văn Ân')
    expect(s.find('95')!.row).toBe(g.row + 1)
    expect(s.find('Chi bộ Khu phố 2 (1 đồng chí)')).toBeTruthy()
    expect(s.ws.pageSetup.orientation).toBe('portrait')
  })
})

describe('6. Year-end pack: every sheet in one workbook', async () => {
  const data = sampleYear()
  const reviews = [...data.memberReviews.values()]
  const history = [2021, 2022, 2023, 2024].flatMap((y) =>
    reviews.filter((r) => r.memberId === 'a1').map((r) => ({ ...r, id: `${y}:a1`, year: y }))
  )
  const cellRev = [2023, 2024].map((y) => ({
    id: `${y}:k1`,
    year: y,
    cellId: 'k1',
    decision: 'excellent' as const,
    updatedAt: ''
  }))
  const names = {
    members: new Map(data.subjects.map((s) => [s.memberId, { fullName: s.fullName, cellId: s.cellId }])),
    cells: new Map(CELLS.map((c) => [c.id, c.name]))
  }
  const commendations = commendationCandidates(
    2025,
    data.params,
    memberHistory([...reviews, ...history]),
    cellHistory([...data.cellReviews.values(), ...cellRev]),
    names
  )
  const old = member('z', {
    fullName: 'Lê Văn Thọ',
    admissionDate: '1996-02-03',
    birthDate: '1970-05-05',
    cellId: 'k1'
  })
  const badges = badgeCandidates(
    [{ member: old, events: [event('z', 'admission', '1996-02-03')], awarded: new Set() }],
    '2026-02-03'
  )
  const bytes = await buildYearEndPack({
    settings: SETTINGS,
    data,
    params: data.params,
    commendations,
    badges: { ceremonyDate: '2026-02-03', groups: badgeReportGroups(badges, new Map([['z', old]]), CELLS) },
    options: OPTS
  })

  it('has the five sheets in order, each fit to send', async () => {
    const wb = await readWorkbook(bytes)
    expect(wb.worksheets.map((w) => w.name)).toEqual([...YEAR_END_SHEETS])
    const docs = await expectFitToSend(bytes)
    expect(docs.map((d) => d.numberLine)).toEqual([
      'Số 45-BC/ĐU',
      'Số 45-BC/ĐU',
      'Số 45-BC/ĐU',
      'Số 45-BC/ĐU',
      'Số 45-BC/ĐU'
    ])
  })

  it('the commendation sheet lists the 5-year member and the 3-year cell with their years', async () => {
    const s = await readSheet(bytes, 'Đề nghị khen thưởng')
    const m = s.find('Trần Văn Ân')!
    expect(s.rowTexts(m.row)).toEqual([
      '1',
      'Trần Văn Ân',
      'Chi bộ Khu phố 1',
      '5',
      '2021–2025 (2021, 2022, 2023, 2024, 2025)'
    ])
    expect(s.find('II. Chi bộ hoàn thành xuất sắc nhiệm vụ 3 năm liền (1)')).toBeTruthy()
    expect(s.findAll('Chi bộ Khu phố 1').some((f) => f.col === 2)).toBe(true)
  })

  it('the badge sheet groups by milestone with typed dates', async () => {
    const s = await readSheet(bytes, 'Đề nghị Huy hiệu Đảng')
    expect(s.text('A6')).toBe('DANH SÁCH')
    expect(s.text('A7')).toBe('Đảng viên đề nghị tặng Huy hiệu Đảng đợt 03/02/2026')
    const g = s.find('Huy hiệu 30 năm tuổi Đảng (1 đồng chí)')!
    expect(s.text(g.row + 1, 2)).toBe('Lê Văn Thọ')
    expect(s.value(g.row + 1, 5)).toEqual(new Date(Date.UTC(1996, 1, 3)))
    expect(s.cell(g.row + 1, 5).numFmt).toBe('dd/mm/yyyy')
  })
})

describe('an open year: results not (all) decided by the committee (docs/design.md §6)', async () => {
  const open = sampleYear()
  const reviews = open.memberReviews as Map<string, MemberReview>
  // Nobody decided yet in Khu phố 2: one self-rating, two members with no entry at all.
  for (const id of ['b1', 'b2', 'b3']) reviews.delete(id)
  reviews.set('b1', {
    id: '2025:b1',
    year: 2025,
    memberId: 'b1',
    cellId: 'k2',
    selfRating: 'good',
    updatedAt: ''
  })
  const today = '2025-12-01'
  const bytes = await buildMemberSummary(SETTINGS, open, { date: today })
  const s = await readSheet(bytes)
  it('says DỰ THẢO and "(số liệu tạm, theo tự đánh giá)" in the title', async () => {
    await expectFitToSend(bytes)
    expect(s.find('DỰ THẢO')).toBeDefined()
    expect(s.find(/\(số liệu tạm, theo tự đánh giá\)$/)).toBeDefined()
  })
  it('counts members with no rating yet as "chưa có kết quả", never under "Lý do khác"', () => {
    const r = s.find('Chi bộ Khu phố 2')!.row
    // G other, H pending: b2 and b3 have no entry.
    expect([s.value(r, 7), s.value(r, 8)]).toEqual([0, 2])
  })
  it('"Số liệu tính đến ngày" is the date the figures are counted at (the year’s 15/12), even in a document of 01/12', () => {
    // Who is counted is worked out at the year's as-of date: the line names that date, not the document's.
    expect(s.find('(Số liệu tính đến ngày 15/12/2025)')).toBeDefined()
    expect(s.find(/tính đến ngày 01\/12\/2025/)).toBeUndefined()
  })
})

describe('empty lists and year-only dates', () => {
  it('an empty HTXSNV list says there is nobody instead of issuing a list with (0)', async () => {
    const none = sampleYear()
    const reviews = none.memberReviews as Map<string, MemberReview>
    for (const [id, r] of reviews) if (r.decision === 'excellent') reviews.delete(id)
    const bytes = await buildExcellentMembers(SETTINGS, none, OPTS)
    await expectFitToSend(bytes, { withoutTable: ['ĐV HTXSNV'] })
    const s = await readSheet(bytes)
    expect(s.find(/^Năm 2025 không có đảng viên nào/)).toBeDefined()
    expect(s.find(/\(0\)|Tổng số: 0/)).toBeUndefined()
  })
  it.each([
    { note: '', asks: YEAR_ONLY_NOTE },
    // The row's own note already asks: asked once, not twice.
    { note: 'Cần xác minh: chỉ biết năm, đủ tuổi Đảng trong năm 2027', asks: 'Cần xác minh: chỉ biết năm' }
  ])(
    'a Huy hiệu Đảng row admitted in a known year only shows the year and asks once to verify the date ($asks)',
    async ({ note, asks }) => {
      const row = {
        memberId: 'z',
        fullName: 'Lê Văn Thọ',
        birthDate: '1935',
        hometown: 'Thanh Hóa',
        firstAdmission: '1957',
        officialDate: null,
        cellName: 'Chi bộ Khu phố 1',
        milestone: 70,
        partyYears: 69,
        note
      }
      const bytes = await buildBadgeList(
        SETTINGS,
        '2026-02-03',
        [{ milestone: 70, label: 'Huy hiệu 70 năm tuổi Đảng', rows: [row] }],
        OPTS
      )
      await expectFitToSend(bytes)
      const s = await readSheet(bytes)
      const r = s.find('Lê Văn Thọ')!.row
      expect(s.findAll('1957').map((f) => f.row)).toEqual([r])
      expect(s.find(/01\/01\/1957/)).toBeUndefined()
      const verify = s.findAll(/xác minh/i)
      expect(verify.map((f) => f.row)).toEqual([r])
      expect(verify[0].cell.text.startsWith(asks)).toBe(true)
      expect(verify[0].cell.text.match(/xác minh/gi)).toHaveLength(1)
    }
  )
})

describe('a decided year is not a draft because of reviews that do not count (docs/design.md §6)', () => {
  // b self-rated, then was marked absent from the review meeting: the self-rating stays on record but
  // is not counted, so the only counted result is a's decision (HTXSNV).
  const year = (): SummaryYear => ({
    year: 2025,
    asOfDate: '2025-12-15',
    cells: [cellOf('c1', { name: 'Chi bộ Khu phố 1' })],
    subjects: reviewSubjects(2025, [member('a'), member('b')]),
    memberReviews: new Map([
      ['a', decided(2025, 'a', 'excellent')],
      ['b', review(2025, 'b', { selfRating: 'good', notRatedReason: 'absent' })]
    ]),
    cellReviews: new Map(),
    params: { notRatedAdmittedMonths: 6 }
  })
  it.each([
    ['Tổng hợp xếp loại ĐV', buildMemberSummary],
    ['ĐV HTXSNV', buildExcellentMembers]
  ] as const)('%s: no DỰ THẢO, no "số liệu tạm"', async (sheet, build) => {
    const bytes = await build(SETTINGS, year(), OPTS)
    await expectFitToSend(bytes)
    const s = await readSheet(bytes, sheet)
    expect(s.find('DỰ THẢO')).toBeUndefined()
    expect(s.find(/số liệu tạm/)).toBeUndefined()
  })
  it('a counted self-rating still makes it a draft', async () => {
    const data = year()
    ;(data.memberReviews as Map<string, MemberReview>).set('b', review(2025, 'b', { selfRating: 'good' }))
    const s = await readSheet(await buildMemberSummary(SETTINGS, data, OPTS))
    expect(s.find('DỰ THẢO')).toBeDefined()
    expect(s.find(/\(số liệu tạm, theo tự đánh giá\)$/)).toBeDefined()
  })
})

/** The 2024 review of the cells sheet 2 reads: these cells and their reviews, as of 15/12/2024, no members. */
const cellsOf2024 = (cells: Cell[], cellReviews: [string, CellReview][]): ReviewYearData => ({
  year: 2024,
  asOfDate: '2024-12-15',
  cells,
  subjects: [],
  memberReviews: new Map(),
  cellReviews: new Map(cellReviews)
})

describe('2. the cell sheet lists the cells of the review year, not of today (domain/reviews/yearCells.ts)', () => {
  // 2024: Khu phố 1 decided HTTNV; Khu phố 2 founded 01/07/2025 (active today, not a cell of 2024);
  // Khu phố 3 dissolved 30/09/2024 (a cell of 2024, not rated).
  const data = (): ReviewYearData =>
    cellsOf2024(
      [
        cellOf('c1', { name: 'Chi bộ Khu phố 1' }),
        cellOf('c2', { name: 'Chi bộ Khu phố 2', foundedOn: '2025-07-01' }),
        cellOf('c3', { name: 'Chi bộ Khu phố 3', status: 'dissolved', closedOn: '2024-09-30' })
      ],
      [['c1', cellDecided(2024, 'c1', 'good')]]
    )

  it('a cell founded after the year is not on it; "Tổng số" and "Tỷ lệ (%)" count the year’s cells', async () => {
    const s = await readSheet(await buildCellResults(SETTINGS, data(), OPTS))
    expect(s.find(/Khu phố 2/)).toBeUndefined()
    expect(s.find(/^Tổng số: /)!.cell.text).toBe('Tổng số: 2 chi bộ, trong đó 1 chi bộ chưa xếp loại')
    const pct = s.find('Tỷ lệ (%)')!
    expect(s.value(pct.row, 7)).toBe(50) // HTTNV: 1 of the 2 cells of 2024
  })

  it('a cell dissolved in the year is on it, its name saying so', async () => {
    const s = await readSheet(await buildCellResults(SETTINGS, data(), OPTS))
    expect(s.find('Chi bộ Khu phố 3 (đã giải thể ngày 30/09/2024)')).toBeDefined()
  })

  it('without the dissolved cell, Khu phố 1 is the only cell: HTTNV 100 %', async () => {
    const year = data()
    year.cells = year.cells.filter((c) => c.id !== 'c3')
    const s = await readSheet(await buildCellResults(SETTINGS, year, OPTS))
    expect(s.find(/^Tổng số: /)!.cell.text).toBe('Tổng số: 1 chi bộ')
    expect(s.value(s.find('Tỷ lệ (%)')!.row, 7)).toBe(100)
  })
})

describe('2. the cell sheet: a level under "Đảng ủy xếp loại" that is not the committee’s says whose it is (docs/design.md §6 Steps)', () => {
  // Anything shown from an earlier step is marked provisional and names the step: the title's note
  // names the least advanced step of the sheet, the row names its own, as the members' rating list does.
  const data = (): ReviewYearData =>
    cellsOf2024(
      [
        cellOf('c1', { name: 'Chi bộ Khu phố 1' }),
        cellOf('c2', { name: 'Chi bộ Khu phố 2' }),
        cellOf('c3', { name: 'Chi bộ Khu phố 3' })
      ],
      [
        ['c1', cellDecided(2024, 'c1', 'good')],
        [
          'c2',
          { id: '2024:c2', year: 2024, cellId: 'c2', proposal: 'excellent', note: 'Đề nghị', updatedAt: '' }
        ],
        ['c3', { id: '2024:c3', year: 2024, cellId: 'c3', selfRating: 'good', updatedAt: '' }]
      ]
    )

  it.each<[string, string]>([
    ['Chi bộ Khu phố 1', ''],
    ['Chi bộ Khu phố 2', 'Theo chi bộ đề xuất; Đề nghị'],
    ['Chi bộ Khu phố 3', 'Theo tự đánh giá']
  ])('%s: note “%s”', async (name, note) => {
    const s = await readSheet(await buildCellResults(SETTINGS, data(), OPTS))
    const row = s.find(name)!.row
    const noteCol = s.find('Ghi chú')!.col
    expect(s.value(row, noteCol) ?? '').toBe(note)
  })
})

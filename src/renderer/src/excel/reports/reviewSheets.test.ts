import { describe, expect, it } from 'vitest'
import { readSheet, readWorkbook } from '../testing/readBack'
import { buildCellResults, buildExcellentMembers, buildMemberSummary } from './reviewSheets'
import { buildYearEndPack, YEAR_END_SHEETS } from './yearEndPack'
import { commendationCandidates, memberHistory, cellHistory } from '@renderer/domain/honours/commendations'
import { badgeReportGroups } from '@renderer/domain/honours/badgeRows'
import { badgeCandidates } from '@renderer/domain/honours/badges'
import { member, event } from '@renderer/testing/reviewFactories'
import { CELLS, SETTINGS, sampleYear } from '@renderer/testing/reviewWard'

const OPTS = { date: '2026-01-10', documentNumber: '45-BC' }

describe('1. Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên', async () => {
  const bytes = await buildMemberSummary(SETTINGS, sampleYear(), OPTS)
  const s = await readSheet(bytes)

  it('title, two-row grouped header and a row per cell in natural order, then the total', () => {
    expect(s.text('A6')).toBe('TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025')
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
  const s = await readSheet(await buildCellResults(SETTINGS, sampleYear(), OPTS))
  it('a row per cell with its level, counts per level at the bottom', () => {
    const r = s.find('Chi bộ Khu phố 1')!.row
    expect(s.rowTexts(r)).toEqual([
      '1',
      'Chi bộ Khu phố 1',
      'Khu dân cư / tổ dân phố',
      '8',
      'HTXSNV',
      'Hoàn thành xuất sắc nhiệm vụ'
    ])
    expect(s.text(r + 2, 6)).toBe('Chưa xếp loại')
    const sum = s.find('Hoàn thành xuất sắc nhiệm vụ')!
    expect(sum).toBeTruthy()
    const label = s.findAll('Hoàn thành nhiệm vụ').find((f) => f.col === 1)!
    expect(s.text(label.row, 6)).toBe('1 chi bộ (33,3 %)')
  })
})

describe('3. Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ', async () => {
  const s = await readSheet(await buildExcellentMembers(SETTINGS, sampleYear(), OPTS))
  it('grouped by cell (merged group rows), Vietnamese name order, portrait', () => {
    const g = s.find('Chi bộ Khu phố 1 (1 đồng chí)')!
    expect(s.mergeOf(g.address)).toBe(`A${g.row}:E${g.row}`)
    expect(s.text(g.row + 1, 2)).toBe('Trần Văn Ân')
    expect(s.value(g.row + 1, 4)).toBe(95)
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

  it('has the five sheets in order', async () => {
    const wb = await readWorkbook(bytes)
    expect(wb.worksheets.map((w) => w.name)).toEqual([...YEAR_END_SHEETS])
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
    expect(s.text('A6')).toBe('DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG ĐỢT 03/02/2026')
    const g = s.find('Huy hiệu 30 năm tuổi Đảng (1 đồng chí)')!
    expect(s.text(g.row + 1, 2)).toBe('Lê Văn Thọ')
    expect(s.value(g.row + 1, 5)).toEqual(new Date(Date.UTC(1996, 1, 3)))
    expect(s.cell(g.row + 1, 5).numFmt).toBe('dd/mm/yyyy')
  })
})

import type ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { BackupPage } from './pages/BackupPage'
import { PeriodReportsSection } from './pages/PeriodReportsSection'
import { findCell, sheetTexts } from './pages/workbook'

// The reports a ward office sends up each period, exported from the sample ward (Cài đặt → Dữ liệu
// mẫu) through Báo cáo → "Báo cáo theo kỳ", each file read back as the higher level would.
const YEAR = new Date().getFullYear()

/** Every printed cell is Times New Roman and the page is A4, fit to width, headers repeated. */
function expectPartyDocument(ws: ExcelJS.Worksheet): void {
  const fonts = new Set<string>()
  ws.eachRow((row) => row.eachCell((c) => void fonts.add(c.font?.name ?? '(none)')))
  expect([...fonts]).toEqual(['Times New Roman'])
  expect([ws.pageSetup.paperSize, ws.pageSetup.fitToWidth]).toEqual([9, 1])
  expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/)
}

/** Both tests start on "Báo cáo theo kỳ" of the sample ward, this year chosen. */
const withReports = test.extend<{ reports: PeriodReportsSection }>({
  reports: async ({ sampleWard }, use) => {
    const reports = new PeriodReportsSection(sampleWard)
    await reports.open()
    await reports.chooseYear(YEAR)
    await use(reports)
  }
})

test.describe('Báo cáo theo kỳ (new reports)', () => {
  withReports(
    'a clerk exports each period report and list from the sample ward and reads it back',
    async ({ reports, sampleWard: page }) => {
      withReports.setTimeout(300_000)
      await reports.choosePeriod(`6 tháng đầu năm ${YEAR}`)

      // 1. Statistics of the half-year: counts are numbers, start + gains − losses = end.
      let { download, workbook } = await reports.export(/^Xuất Báo cáo thống kê đảng viên 6 tháng đầu/)
      expect(download.suggestedFilename()).toBe(`Thong-ke-dang-vien-${YEAR}-6T-dau.xlsx`)
      let ws = workbook.worksheets[0]
      // HD 36 title: the document type, then the subject below it.
      expect(sheetTexts(ws)).toContain('BÁO CÁO')
      expect(sheetTexts(ws)).toContain(`Thống kê đảng viên 6 tháng đầu năm ${YEAR}`)
      const number = (label: RegExp): number => {
        const cell = findCell(ws, label)!
        const value = ws.getCell(Number(cell.row), 3).value
        expect(typeof value).toBe('number')
        return value as number
      }
      const start = number(/^Tổng số đảng viên đầu kỳ/)
      const end = number(/^Tổng số đảng viên cuối kỳ/)
      expect(start).toBeGreaterThan(100)
      expect(end).toBe(start + number(/^Tăng trong kỳ$/) - number(/^Giảm trong kỳ$/))
      expect(number(/^- Nam$/) + number(/^- Nữ$/)).toBe(end)
      expectPartyDocument(ws)

      // 2. Movement lists of the same half-year.
      ;({ download, workbook } = await reports.export(/^Xuất Danh sách đảng viên biến động 6 tháng đầu/))
      expect(download.suggestedFilename()).toBe(`Bien-dong-dang-vien-${YEAR}-6T-dau.xlsx`)
      ws = workbook.worksheets[0]
      expect(sheetTexts(ws).some((t) => /^I\. .+ \(\d+ đồng chí\)$/.test(t))).toBe(true)
      expectPartyDocument(ws)

      // 6. Meeting statistics by quarter.
      await reports.choosePeriod(`Quý II năm ${YEAR}`)
      ;({ download, workbook } = await reports.export(/^Xuất Thống kê sinh hoạt chi bộ quý II/))
      expect(download.suggestedFilename()).toBe(`Thong-ke-sinh-hoat-${YEAR}-Q2.xlsx`)
      ws = workbook.worksheets[0]
      expect(sheetTexts(ws)).toContain(`Quý II năm ${YEAR} (từ ngày 01/04/${YEAR} đến ngày 30/06/${YEAR})`)
      expectPartyDocument(ws)

      // A year still running is stated up to today, never up to a 31/12 that has not come.
      const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB'))
      if (today !== `31/12/${YEAR}`) {
        await reports.choosePeriod(`Năm ${YEAR}`)
        // Said beside each of the three period reports.
        await expect(page.getByText(`Kỳ chưa kết thúc: số liệu tính đến ngày ${today}.`)).toHaveCount(3)
        ;({ workbook } = await reports.export(/^Xuất Báo cáo thống kê đảng viên năm/))
        expect(sheetTexts(workbook.worksheets[0])).toContain(
          `Kỳ báo cáo: năm ${YEAR} (từ ngày 01/01/${YEAR} đến ngày ${today})`
        )
      }

      // 3. Điều 8.2 list of the year.
      ;({ download, workbook } = await reports.export(/^Xuất Danh sách đảng viên vắng sinh hoạt không lý do/))
      expect(download.suggestedFilename()).toBe(`Vang-sinh-hoat-khong-ly-do-${YEAR}.xlsx`)
      ws = workbook.worksheets[0]
      expect(sheetTexts(ws).some((t) => t.startsWith('Căn cứ: Điều lệ Đảng Điều 8.2'))).toBe(true)
      const months = findCell(ws, 'Số tháng vắng không lý do')!
      const firstMonths = ws.getCell(Number(months.row) + 2, Number(months.col)).value
      expect(typeof firstMonths).toBe('number')
      expect(firstMonths as number).toBeGreaterThanOrEqual(3)
      expectPartyDocument(ws)

      // 4. Full rating list of the ward, and its KHTNV list.
      ;({ download, workbook } = await reports.export(/^Xuất Danh sách đánh giá, xếp loại đảng viên năm/))
      ws = workbook.worksheets[0]
      // The subject; a year not yet decided adds "(số liệu tạm, theo …)" after it.
      expect(
        sheetTexts(ws).some((t) => t.startsWith(`Đánh giá, xếp loại chất lượng đảng viên năm ${YEAR}`))
      ).toBe(true)
      expect(sheetTexts(ws).some((t) => /^Toàn Đảng bộ: \d+ đồng chí/.test(t))).toBe(true)
      expectPartyDocument(ws)
      ;({ download, workbook } = await reports.export(/^Xuất Danh sách đảng viên không hoàn thành nhiệm vụ/))
      ws = workbook.worksheets[0]
      expect(
        sheetTexts(ws).some((t) => t.startsWith(`Đảng viên xếp loại không hoàn thành nhiệm vụ năm ${YEAR}`))
      ).toBe(true)
      expectPartyDocument(ws)

      // 5. A year's HTXSNV with the clerk's form of award. The list holds the committee's decisions,
      // so it is made for last year: this year's review is not decided yet in the sample ward.
      await reports.chooseYear(YEAR - 1)
      await page.getByRole('textbox', { name: 'Hình thức khen thưởng' }).fill('Giấy khen của Đảng ủy phường')
      ;({ download, workbook } = await reports.export(
        /^Xuất Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm/
      ))
      expect(download.suggestedFilename()).toBe(`De-nghi-khen-thuong-HTXSNV-${YEAR - 1}.xlsx`)
      ws = workbook.worksheets[0]
      expect(sheetTexts(ws)).toContain('Giấy khen của Đảng ủy phường')
      const birth = findCell(ws, 'Ngày sinh')!
      const firstBirth = ws.getCell(Number(birth.row) + 2, Number(birth.col)).value
      expect(firstBirth instanceof Date || /^\d{4}$/.test(String(firstBirth))).toBe(true)
      expectPartyDocument(ws)

      // 7. The HHĐ-form badge list of the chosen ceremony: card numbers as text.
      ;({ download, workbook } = await reports.export(
        /^Xuất Danh sách đề nghị tặng Huy hiệu Đảng theo mẫu HHĐ/
      ))
      ws = workbook.worksheets[0]
      const card = findCell(ws, 'Số thẻ đảng viên')!
      expect(findCell(ws, 'Ngày cấp có thẩm quyền ra quyết định kết nạp')).toBeDefined()
      let cards = 0
      ws.getColumn(Number(card.col)).eachCell((c, r) => {
        if (r > Number(card.row) && c.value !== null && c.value !== '') {
          expect(typeof c.value).toBe('string')
          cards++
        }
      })
      expect(cards).toBeGreaterThan(0)
      expectPartyDocument(ws)
    }
  )

  withReports(
    'a cell picked limits the rating list; an empty list is not saved but explained',
    async ({ reports, sampleWard: page }) => {
      withReports.setTimeout(180_000)

      const cell = await reports.chooseFirstCell()
      const { download, workbook } = await reports.export(/^Xuất Danh sách đánh giá, xếp loại đảng viên năm/)
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^Danh-sach-xep-loai-dang-vien-${YEAR}-chi-bo-`)
      )
      const texts = sheetTexts(workbook.worksheets[0])
      expect(texts.some((t) => t.startsWith(`${cell}: `))).toBe(true)
      // One group row (merged across the table): the chosen cell only.
      expect(new Set(texts.filter((t) => / \(\d+ đồng chí\)$/.test(t))).size).toBe(1)

      // Next year has no reviews yet: nothing rated không hoàn thành, so nothing is saved.
      await reports.chooseYear(YEAR + 1)
      let downloaded = false
      page.on('download', () => (downloaded = true))
      await reports
        .region()
        .getByRole('button', { name: /^Xuất Danh sách đảng viên không hoàn thành nhiệm vụ/ })
        .click()
      await expect(
        page.getByText(/Không có gì để xuất\. .*không có đảng viên xếp loại không hoàn thành nhiệm vụ/)
      ).toBeVisible()
      expect(downloaded).toBe(false)
      // Nor has next year begun: its period reports say so beside them, and refuse with that reason.
      await reports.choosePeriod(`Năm ${YEAR + 1}`)
      const notBegun = `Năm ${YEAR + 1} chưa bắt đầu (từ ngày 01/01/${YEAR + 1}): chưa có số liệu để báo cáo.`
      await expect(reports.region().getByText(notBegun)).toHaveCount(3)
      await reports
        .region()
        .getByRole('button', { name: /^Xuất Báo cáo thống kê đảng viên năm/ })
        .click()
      await expect(page.getByText(`Không có gì để xuất. ${notBegun}`)).toBeVisible()
      expect(downloaded).toBe(false)
      await page.screenshot({ path: 'test-results/period-reports.png', fullPage: true })

      // The list names members: its file is in the audit log, with what it holds; the refused one is not.
      const backup = new BackupPage(page)
      await backup.open()
      await backup.openTab('Nhật ký thay đổi')
      const log = page.getByRole('table').filter({ hasText: 'Xuất dữ liệu' })
      await expect(log).toContainText(
        `Xuất danh sách xếp loại đảng viên năm ${YEAR} (${cell}) ra tệp ${download.suggestedFilename()}`
      )
      await expect(log).not.toContainText('không hoàn thành nhiệm vụ năm')
      await page.screenshot({ path: 'test-results/audit-log-reports.png' })
    }
  )
})

import { test, expect } from '@playwright/test'
import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import { ReviewsPage } from './pages/ReviewsPage'
import { SettingsPage } from './pages/SettingsPage'

// Cells and members come from the sample ward (Cài đặt → Dữ liệu mẫu), loaded through the app's own
// screen. The sample ward has reviews up to this year, so the clerk reviews next year, where nothing
// is recorded yet.
const YEAR = new Date().getFullYear() + 1

test('rate a cell by keyboard and paste, see the quota warning naming its rule, lock the year, export the pack and read it back', async ({
  page
}) => {
  test.setTimeout(180_000)
  await new SettingsPage(page).loadSampleWard()

  const reviews = new ReviewsPage(page)
  await reviews.open()
  await reviews.chooseYear(YEAR)
  const cell = await reviews.chooseCell()
  await expect(reviews.ratingColumn('Đảng ủy quyết định').nth(4)).toBeVisible()

  // The cell's proposals pasted from Excel: one invalid value is refused and named, the rest fill down.
  await reviews.pasteColumn('Chi bộ đề xuất', [
    'HTXSNV',
    'Hoàn thành xuất sắc nhiệm vụ',
    'HTTNV',
    'Giỏi',
    'httnv'
  ])
  await expect(page.getByText(/Không dán được 1 ô: .*“Giỏi” không phải mức xếp loại/)).toBeVisible()
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(0)).toHaveValue('HTXSNV')
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(1)).toHaveValue('HTXSNV')
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(3)).toHaveValue('')
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(4)).toHaveValue('HTTNV')

  // The committee's decisions typed by keyboard: 1, 1, 2, 2, 2 (each digit moves to the next row).
  await reviews.typeColumn('Đảng ủy quyết định', ['1', '1', '2', '2', '2'])
  // Typed faster than the saves complete: no row is lost.
  for (const [i, level] of ['HTXSNV', 'HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV'].entries())
    await expect(reviews.ratingColumn('Đảng ủy quyết định').nth(i)).toHaveValue(level)

  // Only this cell is rated this year, so the đảng bộ (the counting unit by default, HD 21-HD/BTCTW 2019)
  // has 3 HTTNV → at most 0 HTXSNV (20 %, floor); 2 proposed: the warning names the rule and the unit.
  await expect(reviews.checks()).toContainText('Vượt tỷ lệ HTXSNV (QĐ 366-QĐ/TW 30/8/2025: ≤ 20 % số HTTNV)')
  await expect(reviews.checks()).toContainText('Toàn Đảng bộ có 3 HTTNV → tối đa 0, đề xuất 2.')
  // The warning never changed a rating.
  await expect(reviews.ratingColumn('Đảng ủy quyết định').nth(0)).toHaveValue('HTXSNV')

  await reviews.finalize()
  await expect(reviews.ratingColumn('Đảng ủy quyết định').first()).toBeDisabled()

  const download = await reviews.exportPack()
  expect(download.suggestedFilename()).toBe(`Bo-bao-cao-cuoi-nam-${YEAR}.xlsx`)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer)
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    'Tổng hợp xếp loại ĐV',
    'Xếp loại chi bộ',
    'ĐV HTXSNV',
    'Đề nghị khen thưởng',
    'Đề nghị Huy hiệu Đảng'
  ])
  const summary = wb.getWorksheet('Tổng hợp xếp loại ĐV')!
  expect(summary.getCell('A6').text).toBe('BÁO CÁO')
  expect(summary.getCell('A7').text).toMatch(
    new RegExp(`^Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên năm ${YEAR}`)
  )
  let cellRow = 0
  summary.eachRow((row, r) => {
    if (row.getCell(2).text === cell) cellRow = r
  })
  expect(cellRow).toBeGreaterThan(0)
  // I = HTXSNV count, K = HTTNV count (decisions count before proposals; H = "chưa có kết quả").
  expect(summary.getCell(cellRow, 9).value).toBe(2)
  expect(summary.getCell(cellRow, 11).value).toBe(3)
  const excellent = wb.getWorksheet('ĐV HTXSNV')!
  let groupFound = false
  excellent.eachRow((row) => {
    if (row.getCell(1).text === `${cell} (2 đồng chí)`) groupFound = true
  })
  expect(groupFound).toBe(true)
})

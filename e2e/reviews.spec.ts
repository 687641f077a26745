import { NEXT_YEAR as YEAR, expect, test } from './fixtures'
import { ReviewsPage } from './pages/ReviewsPage'
import { readWorkbook, rowWhere } from './pages/workbook'

// Cells and members come from the sample ward; the clerk reviews next year, where nothing is recorded.

test('rate a cell by keyboard and paste, see the quota warning naming its rule, lock the year, export the pack and read it back', async ({
  sampleWard: page
}) => {
  const reviews = new ReviewsPage(page)
  const cell = await reviews.openCell(YEAR)
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
  const wb = await readWorkbook(download)
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
  const cellRow = rowWhere(summary, 2, cell)
  expect(cellRow).toBeDefined()
  // I = HTXSNV count, K = HTTNV count (decisions count before proposals; H = "chưa có kết quả").
  expect(cellRow!.getCell(9).value).toBe(2)
  expect(cellRow!.getCell(11).value).toBe(3)
  expect(rowWhere(wb.getWorksheet('ĐV HTXSNV')!, 1, `${cell} (2 đồng chí)`)).toBeDefined()
})

test('a member marked not rated who still has a level: the warning offers to clear it, asked first', async ({
  sampleWard: page
}) => {
  const reviews = new ReviewsPage(page)
  await reviews.openCell(YEAR)
  await reviews.typeColumn('Đảng ủy quyết định', ['2'])
  await expect(reviews.ratingColumn('Đảng ủy quyết định').first()).toHaveValue('HTTNV')
  const name = (await reviews.ratingColumn('Đảng ủy quyết định').first().getAttribute('aria-label'))!.replace(
    'Đảng ủy quyết định – ',
    ''
  )
  await reviews.grid().getByLabel(`Không xếp loại – ${name}`).selectOption({ label: 'Vắng buổi kiểm điểm' })

  const warning = reviews
    .checks()
    .getByRole('listitem')
    .filter({ hasText: `${name}: Vắng buổi kiểm điểm nhưng đã có mức HTTNV` })
  await expect(warning).toBeVisible()
  await warning.getByRole('button', { name: 'Xóa mức đã ghi' }).click()
  const asked = page.getByRole('dialog', { name: 'Xóa mức đã ghi' })
  await expect(asked).toContainText(`đã ghi cho ${name}?`)
  await asked.getByRole('button', { name: 'Xóa mức đã ghi' }).click()

  await expect(page.getByText(`Đã xóa mức đã ghi cho ${name}.`)).toBeVisible()
  await expect(warning).toHaveCount(0)
  await expect(reviews.ratingColumn('Đảng ủy quyết định').first()).toHaveValue('')
  // The reason stays: the member is still not rated this year.
  await expect(reviews.grid().getByLabel(`Không xếp loại – ${name}`)).toHaveValue('absent')
})

test('levels copied from Excel with the names beside them land on the members named, whatever the order', async ({
  sampleWard: page
}) => {
  const reviews = new ReviewsPage(page)
  await reviews.openCell(YEAR)
  const column = reviews.ratingColumn('Tự xếp loại')
  await expect(column.nth(2)).toBeVisible()
  const nameOf = async (i: number) =>
    (await column.nth(i).getAttribute('aria-label'))!.replace('Tự xếp loại – ', '')
  const [first, second, third] = [await nameOf(0), await nameOf(1), await nameOf(2)]

  // The cell's own list, in its own order (STT, Họ và tên, Xếp loại), pasted on the first row.
  await reviews.pasteColumn('Tự xếp loại', [`1\t${third}\tHTXSNV`, `2\t${first}\tHTNV`, `3\t${second}\t`])
  await expect(page.getByText('Đã dán theo tên: 2 ô thay đổi; 1 ô trống giữ nguyên mức đã có.')).toBeVisible()
  await expect(column.nth(0)).toHaveValue('HTNV')
  await expect(column.nth(1)).toHaveValue('')
  await expect(column.nth(2)).toHaveValue('HTXSNV')
})

// A cell secretary's rating sheet never overwrites silently (docs/design.md §8): a blank keeps what
// the clerk entered, an Excel error value and a member on two rows are problems, not data.
import ExcelJS from 'exceljs'
import { NEXT_YEAR as YEAR, expect, test } from './fixtures'
import { ReviewsPage } from './pages/ReviewsPage'

test('importing a rating sheet: blanks keep entered levels, #REF! and a repeated member are problems', async ({
  sampleWard: page
}, testInfo) => {
  const reviews = new ReviewsPage(page)
  await reviews.openCell(YEAR)

  // The clerk has already entered "Tự xếp loại" for the first member.
  await reviews.typeColumn('Tự xếp loại', ['1'])
  const self = reviews.ratingColumn('Tự xếp loại')
  await expect(self.nth(0)).toHaveValue('HTXSNV')
  const name = async (i: number) =>
    ((await self.nth(i).getAttribute('aria-label')) ?? '').replace(/^Tự xếp loại – /, '')
  const [first, second, third] = [await name(0), await name(1), await name(2)]

  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Phiếu')
  ws.addRow(['STT', 'Họ và tên', 'Điểm', 'Tự xếp loại', 'Chi bộ đề xuất'])
  ws.addRow([1, first, null, null, 'HTTNV'])
  ws.addRow([2, second, 80, { error: '#REF!' }, 'HTTNV'])
  ws.addRow([3, third, 75, 'HTTNV', 'HTTNV'])
  ws.addRow([4, third, 60, 'HTNV', 'HTNV'])
  const file = testInfo.outputPath('phieu.xlsx')
  await wb.xlsx.writeFile(file)

  await page.getByRole('button', { name: 'Nhập phiếu xếp loại từ Excel' }).click()
  const dialog = page.getByRole('dialog', { name: /^Nhập phiếu xếp loại/ })
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Chọn tệp…' }).click()
  await (await chooser).setFiles(file)
  const preview = dialog.getByRole('region', { name: 'Xem trước phiếu xếp loại' })
  await expect(preview).toContainText('Tự xếp loại: ô có lỗi công thức Excel (#REF!)')
  await expect(preview).toContainText(`${third} có ở nhiều dòng (4, 5): giữ một dòng rồi nhập lại`)
  await dialog.getByRole('button', { name: 'Nhập 1 dòng hợp lệ' }).click()
  await expect(page.getByText('Đã nhập 1 đảng viên từ phieu.xlsx.')).toBeVisible()

  // The blank "Tự xếp loại" kept the level entered; the sheet's proposal was added.
  await expect(self.nth(0)).toHaveValue('HTXSNV')
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(0)).toHaveValue('HTTNV')
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(2)).toHaveValue('')
})

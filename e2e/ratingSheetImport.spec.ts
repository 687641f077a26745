// A cell secretary's rating sheet never overwrites silently (docs/design.md §8): a blank keeps what
// the clerk entered, an Excel error value and a member on two rows are problems, not data.
import { NEXT_YEAR as YEAR, expect, test } from './fixtures'
import { chooseFiles } from './pages/common'
import { ReviewsPage } from './pages/ReviewsPage'
import { writeSheet } from './pages/workbook'

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

  const file = await writeSheet(testInfo.outputPath('phieu.xlsx'), 'Phiếu', (ws) =>
    ws.addRows([
      ['STT', 'Họ và tên', 'Điểm', 'Tự xếp loại', 'Chi bộ đề xuất'],
      [1, first, null, null, 'HTTNV'],
      [2, second, 80, { error: '#REF!' }, 'HTTNV'],
      [3, third, 75, 'HTTNV', 'HTTNV'],
      [4, third, 60, 'HTNV', 'HTNV']
    ])
  )

  await page.getByRole('button', { name: 'Nhập phiếu xếp loại từ Excel' }).click()
  const dialog = page.getByRole('dialog', { name: /^Nhập phiếu xếp loại/ })
  await chooseFiles(page, dialog.getByRole('button', { name: 'Chọn tệp…' }), file)
  const preview = dialog.getByRole('region', { name: 'Xem trước phiếu xếp loại' })
  await expect(preview).toContainText('Tự xếp loại: ô có lỗi công thức Excel (#REF!)')
  await expect(preview).toContainText(`${third} có ở nhiều dòng (4, 5): giữ một dòng rồi nhập lại`)
  await dialog.getByRole('button', { name: 'Nhập 1 dòng có thay đổi' }).click()
  await expect(page.getByText('Đã nhập 1 đảng viên từ phieu.xlsx.')).toBeVisible()

  // The blank "Tự xếp loại" kept the level entered; the sheet's proposal was added.
  await expect(self.nth(0)).toHaveValue('HTXSNV')
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(0)).toHaveValue('HTTNV')
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(2)).toHaveValue('')
})

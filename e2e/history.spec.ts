import { test, expect, type Download, type Page, type TestInfo } from '@playwright/test'
import { MembersPage } from './pages/MembersPage'
import { BackupPage } from './pages/BackupPage'
import { AppShell, chooseOption, openSelect } from './pages/AppShell'
import { ReviewsPage } from './pages/ReviewsPage'
import { chooseFiles, downloadFrom } from './pages/common'
import { readWorkbook, writeSheet } from './pages/workbook'

// History and legacy lists, driven as a clerk would: the files are made here with exceljs the way a
// ward's old spreadsheets look, imported through the screens, and the results read back from the
// screens and from the app's own exports.

/** A file is read in a worker: on a busy machine that takes a while. */
const READ = 60_000

/** "Chọn tệp Excel" on the import page, with this file. */
async function chooseExcelFile(page: Page, path: string): Promise<void> {
  await chooseFiles(page, page.getByRole('button', { name: 'Chọn tệp Excel' }), path)
}

/** The first sheet of a downloaded spreadsheet, row by row (dates as yyyy-mm-dd). */
async function rowsOf(download: Download): Promise<string[][]> {
  const ws = (await readWorkbook(download)).worksheets[0]
  const out: string[][] = []
  ws.eachRow((r) =>
    out.push(
      (r.values as unknown[])
        .slice(1)
        .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')))
    )
  )
  return out
}

/** The app opened with three members imported, as the ward's list has them. */
async function wardOfThree(page: Page, testInfo: TestInfo): Promise<AppShell> {
  const shell = new AppShell(page)
  await shell.open()
  const list = await writeSheet(testInfo.outputPath('danh-sach.xlsx'), 'Danh sách', (ws) => {
    ws.addRow(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Số thẻ đảng viên', 'CCCD', 'Ngày vào Đảng', 'Chi bộ'])
    ws.addRow([
      'Nguyễn Văn An',
      'Nam',
      '05/03/1960',
      '01234567',
      '001060000001',
      '01/01/1990',
      'Chi bộ Khu phố 1'
    ])
    ws.addRow([
      'Trần Thị Bình',
      'Nữ',
      '06/04/1965',
      '07654321',
      '001065000002',
      '01/01/1995',
      'Chi bộ Khu phố 1'
    ])
    ws.addRow(['Lê Văn Cường', 'Nam', '07/05/1970', '', '', '01/01/2000', 'Chi bộ Khu phố 1'])
  })
  await shell.goTo('Đảng viên')
  await members(page).importUpToPreview(list)
  await members(page).confirmImport()
  return shell
}

/** "Ghi vào sổ (n dòng)", confirmed; the result read from the screen. */
async function writeHistory(page: Page, rows: number, result: string): Promise<void> {
  await page.getByRole('button', { name: `Ghi vào sổ (${rows} dòng)` }).click()
  await page
    .getByRole('dialog', { name: 'Xác nhận nhập lịch sử' })
    .getByRole('button', { name: 'Ghi vào sổ' })
    .click()
  await expect(page.getByText(result)).toBeVisible()
}

/** Đảng viên → Nhập từ Excel → Nhập lịch sử. */
async function openHistoryImport(page: Page, shell: AppShell): Promise<void> {
  await shell.goTo('Đảng viên')
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click()
  await page.getByRole('button', { name: /^Nhập lịch sử/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập lịch sử' })).toBeVisible()
}

test('past ratings and badges imported from Excel: streak, export and the member’s history start from them', async ({
  page
}, testInfo) => {
  test.setTimeout(240_000)
  const shell = await wardOfThree(page, testInfo)

  // The secretaries' old rating sheets, gathered in one file.
  const ratings = await writeSheet(testInfo.outputPath('xep-loai-cac-nam.xlsx'), 'Danh sách', (ws) => {
    ws.addRow(['KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN CÁC NĂM'])
    ws.addRow([])
    ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Số thẻ đảng viên', 'CCCD', 'Năm', 'Xếp loại'])
    for (const [i, y] of [2019, 2020, 2021, 2022, 2023].entries())
      ws.addRow([i + 1, 'Nguyễn Văn An', '', '01234567', '', y, 'HTXSNV'])
    ws.addRow([6, 'Trần Thị Bình', '', '', '001065000002', 2022, 'Hoàn thành tốt nhiệm vụ'])
    ws.addRow([7, 'le van cuong', '07/05/1970', '', '', 2023, 2])
    ws.addRow([8, 'Lê Văn Cường', '07/05/1970', '', '', 2022, 'Giỏi'])
    ws.addRow([9, 'Phạm Văn Dũng', '', '99999999', '', 2022, 'HTNV'])
  })
  await openHistoryImport(page, shell)
  await chooseExcelFile(page, ratings)
  const summary = page.getByLabel('Tóm tắt')
  await expect(summary).toContainText('Sẽ ghi: 7', { timeout: READ })
  await expect(summary).toContainText('Có vấn đề: 2')
  await page.getByRole('radio', { name: 'Có vấn đề (2)' }).click({ force: true })
  await expect(
    page.getByText('“Giỏi” không phải mức xếp loại (gõ 1–4 hoặc HTXSNV, HTTNV, HTNV, KHTNV).')
  ).toBeVisible()
  await expect(
    page.getByText('Không tìm thấy đảng viên này trong sổ (theo số thẻ, CCCD, họ tên và ngày sinh).')
  ).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('history-preview.png'), fullPage: true })

  // The rows left out go back to the secretary with their reasons.
  const skipped = await rowsOf(
    await downloadFrom(page, page.getByRole('button', { name: 'Lưu các dòng không nhập ra Excel' }))
  )
  expect(skipped[0].at(-1)).toBe('Lý do không nhập')
  expect(skipped.slice(1).map((r) => [r[0], r.at(-1)])).toEqual([
    ['11', '“Giỏi” không phải mức xếp loại (gõ 1–4 hoặc HTXSNV, HTTNV, HTNV, KHTNV).'],
    ['12', 'Không tìm thấy đảng viên này trong sổ (theo số thẻ, CCCD, họ tên và ngày sinh).']
  ])

  await writeHistory(page, 7, 'Đã ghi 7 kết quả xếp loại từ tệp xep-loai-cac-nam.xlsx.')

  // The streak starts from the imported years: five years in a row by 2023 (QĐ 124-QĐ/TW).
  await shell.goTo('Khen thưởng')
  await chooseOption(page, 'Năm khen thưởng', '2023')
  await expect(
    page.getByRole('row').filter({ hasText: 'Nguyễn Văn An' }).filter({ hasText: '5 năm liền' })
  ).toBeVisible()

  // The export of a past year lists the imported level.
  await shell.goTo('Báo cáo')
  await chooseOption(page, 'Năm báo cáo', '2021')
  const exportButton = page.getByRole('button', {
    name: 'Xuất Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm 2021',
    exact: true
  })
  const excellent = (await rowsOf(await downloadFrom(page, exportButton))).flat()
  expect(excellent).toContain('Nguyễn Văn An')
  expect(excellent).not.toContain('Trần Thị Bình')

  // Huy hiệu Đảng already awarded: written into the member's history.
  const badges = await writeSheet(testInfo.outputPath('huy-hieu-da-trao.xlsx'), 'Danh sách', (ws) => {
    ws.addRow(['Họ và tên', 'Số thẻ đảng viên', 'Mốc', 'Ngày trao', 'Số quyết định'])
    ws.addRow(['Nguyễn Văn An', '01234567', '30 năm', '03/02/2020', '125-QĐ/TU'])
    ws.addRow(['Trần Thị Bình', '07654321', '35 năm', '2020', ''])
  })
  await openHistoryImport(page, shell)
  await page.getByRole('radio', { name: 'Huy hiệu Đảng đã trao' }).click({ force: true })
  await chooseExcelFile(page, badges)
  await expect(summary).toContainText('Sẽ ghi: 1', { timeout: READ })
  await expect(
    page.getByText('"35 năm" không phải mốc Huy hiệu Đảng (30, 40, 45, 50 … 90 năm).')
  ).toBeVisible()
  await writeHistory(page, 1, 'Đã ghi 1 Huy hiệu Đảng từ tệp huy-hieu-da-trao.xlsx.')
  await shell.goTo('Đảng viên')
  await page.getByRole('link', { name: 'Nguyễn Văn An' }).click()
  await expect(page.getByText('Trao Huy hiệu Đảng').first()).toBeVisible()
  await expect(page.getByText('03/02/2020').first()).toBeVisible()

  // What the history import wrote backs up and passes the restore's check of every record.
  const backup = new BackupPage(page)
  await backup.open()
  const file = await backup.backupNow()
  await backup.pickFile(file.name, file.bytes)
  await expect(backup.preview()).toContainText(file.name)
  await expect(backup.errorAlert()).toHaveCount(0)
})

test('a rating history whose headers say nothing known: the clerk maps the columns by keyboard, the preview follows, the levels land in Đánh giá, xếp loại', async ({
  page
}, testInfo) => {
  test.setTimeout(180_000)
  const shell = await wardOfThree(page, testInfo)
  const odd = await writeSheet(testInfo.outputPath('danh-gia-cu.xlsx'), 'Danh sách', (ws) => {
    ws.addRow(['TỔNG HỢP ĐÁNH GIÁ ĐẢNG VIÊN'])
    ws.addRow(['Đồng chí', 'Mã thẻ', 'Niên độ', 'Phân loại'])
    ws.addRow(['Nguyễn Văn An', '01234567', 2018, 'HTXSNV'])
    ws.addRow(['Trần Thị Bình', '07654321', 2018, 2])
    ws.addRow(['Người lạ', '99999999', 2018, 3])
  })
  await openHistoryImport(page, shell)
  await chooseExcelFile(page, odd)

  // Nothing recognised: the header row is still found, every column offered, nothing checked yet.
  const mapping = page.getByLabel('Ghép cột')
  await expect(mapping.getByText('Niên độ', { exact: true })).toBeVisible({ timeout: READ })
  const problems = page.getByRole('alert').filter({ hasText: 'Chưa chọn cột cho' })
  await expect(problems).toContainText('Chưa chọn cột cho: Năm, Mức xếp loại (Đảng ủy quyết định).')
  await expect(problems).toContainText('Chưa có cột để tìm đảng viên')
  await expect(page.getByLabel('Tóm tắt')).toHaveCount(0)

  await page.getByRole('combobox', { name: 'Trường cho cột Mã thẻ' }).focus()
  await chooseByKeyboard(page, 'so the')
  await expect(problems).not.toContainText('Chưa có cột để tìm đảng viên')
  await page.getByRole('combobox', { name: 'Trường cho cột Niên độ' }).focus()
  await chooseByKeyboard(page, 'nam')
  await page.getByRole('combobox', { name: 'Trường cho cột Phân loại' }).focus()
  await chooseByKeyboard(page, 'muc xep loai')
  await expect(problems).toHaveCount(0)
  const summary = page.getByLabel('Tóm tắt')
  await expect(summary).toContainText('Sẽ ghi: 2')
  await expect(summary).toContainText('Có vấn đề: 1')
  await page.screenshot({ path: testInfo.outputPath('history-mapping.png'), fullPage: true })

  // A field already chosen for another column is not offered again. The list is looked up by its
  // column: the list of the last column picked may still be closing, and it holds a "Năm" too.
  const fields = await openSelect(page, 'Trường cho cột Đồng chí')
  await expect(fields.getByRole('option', { name: 'Năm', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true'
  )
  await page.keyboard.press('Escape')

  await writeHistory(page, 2, 'Đã ghi 2 kết quả xếp loại từ tệp danh-gia-cu.xlsx.')

  const reviews = new ReviewsPage(page)
  await reviews.open()
  await reviews.chooseYear(2018)
  await expect(
    reviews.grid().getByRole('textbox', { name: 'Đảng ủy quyết định – Nguyễn Văn An' })
  ).toHaveValue('HTXSNV')
  await expect(
    reviews.grid().getByRole('textbox', { name: 'Đảng ủy quyết định – Trần Thị Bình' })
  ).toHaveValue('HTTNV')
})

/** In a focused picker: type part of the option without accents, Enter picks it. */
async function chooseByKeyboard(page: Page, typed: string): Promise<void> {
  await page.keyboard.press('Enter')
  await page.keyboard.type(typed)
  await page.keyboard.press('Enter')
}

test('a legacy list: gender from the Nam/Nữ birth-date columns, badges column, both copies of a duplicate card, fix with a field not in the file, skipped rows saved', async ({
  page
}, testInfo) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.open()
  const legacy = await writeSheet(testInfo.outputPath('danh-sach-cu.xlsx'), 'Danh sách', (ws) => {
    ws.addRow(['DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU PHỐ 2'])
    ws.addRow(['STT', 'Họ và tên', 'Năm sinh', '', 'Số thẻ', 'Ngày vào Đảng', 'Chi bộ', 'Huy hiệu Đảng'])
    ws.addRow(['', '', 'Nam', 'Nữ', '', '', '', ''])
    ws.mergeCells('C2:D2')
    for (const c of ['A', 'B', 'E', 'F', 'G', 'H']) ws.mergeCells(`${c}2:${c}3`)
    ws.addRow([
      1,
      'Hoàng Văn Em',
      1950,
      null,
      '02000001',
      '03/02/1975',
      'Chi bộ Khu phố 2',
      '40 năm (07/11/2015)'
    ])
    ws.addRow([2, 'Đỗ Thị Giang', null, 1956, '02000002', '19/05/1980', 'Chi bộ Khu phố 2', ''])
    ws.addRow([3, 'Vũ Văn Hải', 1958, null, '02000001', '02/09/1985', 'Chi bộ Khu phố 2', ''])
  })
  await shell.goTo('Đảng viên')
  await members(page).chooseImportFile(legacy)
  // The mapping says which column gives the gender.
  await expect(page.getByRole('combobox', { name: 'Trường cho cột Năm sinh Nam' })).toBeVisible({
    timeout: READ
  })
  const mapping = page.getByLabel('Ghép cột')
  await expect(mapping.getByText('Ngày sinh (cột Nam: là nam)')).toBeVisible()
  await expect(mapping.getByText('Ngày sinh (cột Nữ: là nữ)')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('legacy-mapping.png'), fullPage: true })
  await page.getByRole('button', { name: 'Xem trước' }).click()
  const summary = page.getByLabel('Tóm tắt')
  await expect(summary).toContainText('Mới: 1')
  await expect(summary).toContainText('Có vấn đề: 2')
  await expect(page.getByText('Số thẻ đảng viên 02000001 trùng với dòng 6 (Vũ Văn Hải).')).toBeVisible()
  await expect(page.getByText('Số thẻ đảng viên 02000001 trùng với dòng 4 (Hoàng Văn Em).')).toBeVisible()

  // Skipped rows to a file, before fixing.
  const skipped = await rowsOf(
    await downloadFrom(page, page.getByRole('button', { name: 'Lưu 2 dòng không ghi ra Excel' }))
  )
  expect(skipped.map((r) => r[0])).toEqual(['Dòng trong tệp gốc', '4', '6'])
  expect(skipped[0]).toContain('Năm sinh Nam')

  // Row 6's card was a typo: fixed in the dialog, where a CCCD (no such column in the file) is added too.
  await page.getByRole('button', { name: 'Sửa dòng 6' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sửa dòng 6' })
  await dialog.getByLabel('Số thẻ đảng viên', { exact: true }).fill('02000003')
  await dialog.getByLabel('Số CCCD', { exact: true }).fill('001058000003')
  await dialog.getByRole('button', { name: 'Kiểm tra lại' }).click()
  await expect(summary).toContainText('Mới: 3')
  await members(page).confirmImport()

  await shell.goTo('Đảng viên')
  await page.getByRole('link', { name: 'Đỗ Thị Giang' }).click()
  await expect(page.getByText('Nữ', { exact: true }).first()).toBeVisible()
  await shell.goTo('Đảng viên')
  await page.getByRole('link', { name: 'Hoàng Văn Em' }).click()
  await expect(page.getByText('Trao Huy hiệu Đảng').first()).toBeVisible()
  await shell.goTo('Đảng viên')
  await page.getByRole('link', { name: 'Vũ Văn Hải' }).click()
  await expect(page.getByText('001058000003').first()).toBeVisible()
})

const members = (page: Page) => new MembersPage(page)

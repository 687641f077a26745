// A clerk picks a crafted or broken spreadsheet (docs/design.md §8): the file is read in a worker,
// refused with a Vietnamese message, and the window stays usable; a long read can be cancelled.
import { writeFileSync } from 'node:fs'
import { test, expect, type Page, type TestInfo } from '@playwright/test'
import { chooseFiles } from './pages/common'
import { MembersPage } from './pages/MembersPage'
import { buildRawXlsx, row, textCell } from '../src/renderer/src/excel/testing/rawXlsx'

/** The app opened on "Đảng viên", and the file chosen in "Nhập từ Excel". */
async function chooseForImport(page: Page, file: string): Promise<void> {
  const members = new MembersPage(page)
  await members.openFromStart()
  await members.chooseImportFile(file)
}

const header = row(1, textCell('A1', 'Họ và tên'), textCell('B1', 'Giới tính'), textCell('C1', 'Chi bộ'))
const member = row(
  2,
  textCell('A2', 'Nguyễn Văn An'),
  textCell('B2', 'Nam'),
  textCell('C2', 'Chi bộ Khu dân cư số 1')
)

test('a 7 KB file claiming cells at XFD1 and A1048576 is refused with a message; the page stays usable', async ({
  page
}, testInfo) => {
  const file = testInfo.outputPath('o-xa.xlsx')
  writeFileSync(
    file,
    await buildRawXlsx({
      sheets: [
        {
          sheetData: header + member + row(3, textCell('XFD3', 'x')) + row(1048576, textCell('A1048576', 'y'))
        }
      ]
    })
  )
  await chooseForImport(page, file)
  await expect(page.getByText(/có dữ liệu ở ô XFD3, ngoài giới hạn 50\.000 dòng × 200 cột/)).toBeVisible()
  // Still on the first step, and the rest of the app answers.
  await expect(page.getByRole('button', { name: 'Chọn tệp Excel' })).toBeEnabled()
  await page.getByRole('button', { name: 'Về danh sách đảng viên' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng viên' })).toBeVisible()
})

test('a merge over K3:AJ400000 is refused at once with a message', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('gop-o.xlsx')
  writeFileSync(
    file,
    await buildRawXlsx({ sheets: [{ sheetData: header + member, merges: ['K3:AJ400000'] }] })
  )
  await chooseForImport(page, file)
  await expect(page.getByText(/có vùng gộp ô K3:AJ400000, ngoài giới hạn/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Chọn tệp Excel' })).toBeEnabled()
})

/** 40,000 rows: inside the limits, but seconds of work for the reader. */
async function longFile(testInfo: TestInfo): Promise<string> {
  const rows = Array.from({ length: 40_000 }, (_, i) =>
    row(
      i + 2,
      textCell(`A${i + 2}`, `Người Thứ ${i}`),
      textCell(`B${i + 2}`, 'Nam'),
      textCell(`C${i + 2}`, 'Chi bộ Một')
    )
  )
  const file = testInfo.outputPath('dai.xlsx')
  writeFileSync(file, await buildRawXlsx({ sheets: [{ sheetData: header + rows.join('') }] }))
  return file
}

test('a long read runs off the window: the page answers meanwhile and "Hủy" stops it', async ({
  page
}, testInfo) => {
  const file = await longFile(testInfo)
  await chooseForImport(page, file)
  const reading = page.getByRole('status', { name: /Đang đọc tệp dai\.xlsx/ })
  await expect(reading).toBeVisible()
  // The click is handled while the worker reads: the window's own thread is free.
  await reading.getByRole('button', { name: 'Hủy' }).click()
  await expect(page.getByText('Đã hủy đọc tệp. Chưa có gì thay đổi.')).toBeVisible()
  await expect(reading).toBeHidden()
  await expect(page.getByRole('button', { name: 'Chọn tệp Excel' })).toBeEnabled()
})

test('the history import reads the same way: "Hủy đọc" stops a long read and nothing is loaded', async ({
  page
}, testInfo) => {
  const file = await longFile(testInfo)
  const members = new MembersPage(page)
  await members.openFromStart()
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click()
  await page.getByRole('button', { name: /^Nhập lịch sử/ }).click()
  await chooseFiles(page, page.getByRole('button', { name: 'Chọn tệp Excel' }), file)
  const stop = page.getByRole('button', { name: 'Hủy đọc' })
  await expect(stop).toBeVisible()
  await page.screenshot({ path: 'test-results/history-reading.png' })
  await stop.click()
  await expect(page.getByText('Đã hủy đọc tệp. Chưa có gì thay đổi.')).toBeVisible()
  await expect(stop).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Ghép cột' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Chọn tệp Excel' })).toBeEnabled()
})

test('an old list kept on a hidden sheet does not win over the visible one; a list only on a hidden sheet is named', async ({
  page
}, testInfo) => {
  const ExcelJS = (await import('exceljs')).default
  const write = async (name: string, sheets: { title: string; hidden: boolean; cell: string }[]) => {
    const wb = new ExcelJS.Workbook()
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.title, { state: s.hidden ? 'hidden' : 'visible' })
      ws.addRow(['Họ và tên', 'Giới tính', 'Chi bộ'])
      ws.addRow(['Nguyễn Văn An', 'Nam', s.cell])
    }
    const file = testInfo.outputPath(name)
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()))
    return file
  }
  await chooseForImport(
    page,
    await write('hai-trang.xlsx', [
      { title: 'DS cũ', hidden: true, cell: 'Chi bộ Khu phố 3' },
      { title: 'DS 2026', hidden: false, cell: 'Chi bộ Khu phố 1' }
    ])
  )
  await expect(page.getByText(/trang “DS 2026”/)).toBeVisible()
  await expect(page.getByText(/đang bị ẩn trong Excel/)).toHaveCount(0)

  await chooseForImport(
    page,
    await write('chi-trang-an.xlsx', [{ title: 'Sheet1', hidden: true, cell: 'Chi bộ Khu phố 1' }])
  )
  await expect(
    page
      .getByText(
        'Danh sách nằm ở trang “Sheet1” đang bị ẩn trong Excel: kiểm tra đúng là danh sách cần nhập.'
      )
      .first()
  ).toBeVisible()
})

import { test, expect } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expectFitToSend } from '../src/renderer/src/excel/testing/readBack'
import { AppShell } from './pages/AppShell'
import { SettingsPage } from './pages/SettingsPage'

// A clerk sets the recipients of meeting reports in Cài đặt, exports from Báo cáo, and the file
// read back is a document the higher level accepts: number line, Times New Roman, A4 fit to width,
// header rows repeated, page numbers, the signature with the last rows, her own "Nơi nhận".
test('a clerk exports meeting statistics from Báo cáo with the recipients set in Cài đặt', async ({
  page
}) => {
  test.setTimeout(180_000)
  await new SettingsPage(page).openWithDemoData()

  await page.getByRole('tab', { name: 'Tên đơn vị, người ký' }).click()
  await page.getByLabel('Cấp ủy cấp trên').fill('Đảng bộ tỉnh Thanh Hóa')
  await page.getByLabel('Cơ quan ban hành').fill('Đảng ủy phường Nguyễn Trung Trực')
  await page.getByLabel('Địa danh (ghi ở dòng ngày tháng)').fill('Nguyễn Trung Trực')
  await page.getByLabel('Họ tên người ký').fill('Lê Anh Trường')
  const recipients = page.getByLabel('Nơi nhận — thống kê, theo dõi sinh hoạt chi bộ')
  await recipients.fill('Ban Tổ chức Tỉnh ủy (để báo cáo)\nCác chi bộ trực thuộc')
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible()
  await page.screenshot({ path: 'test-results/reports-settings.png', fullPage: true })

  const shell = new AppShell(page)
  await shell.goTo('Báo cáo')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Xuất Thống kê sinh hoạt chi bộ (năm nay)' }).click()
  const file = await download
  const [doc] = await expectFitToSend(new Uint8Array(await readFile(await file.path())))
  expect(doc).toMatchObject({
    numberLine: 'Số       -BC/ĐU',
    signature: ['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Lê Anh Trường'],
    recipients: ['- Ban Tổ chức Tỉnh ủy (để báo cáo),', '- Các chi bộ trực thuộc,', '- Lưu VP Đảng ủy.']
  })
})

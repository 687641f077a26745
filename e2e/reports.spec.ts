import { test, expect } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { AppShell } from './pages/AppShell'
import { SettingsPage } from './pages/SettingsPage'

// A clerk sets the recipients of meeting reports in Cài đặt, exports from Báo cáo, and the file
// read back is a document the higher level accepts: number line, Times New Roman, A4 fit to width,
// header rows repeated, page numbers, the signature with the last rows, her own "Nơi nhận".
test('a clerk exports meeting statistics from Báo cáo with the recipients set in Cài đặt', async ({
  page
}) => {
  test.setTimeout(180_000)
  await new SettingsPage(page).loadSampleWard()

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
  // The file as the higher level opens it (the full checklist runs on every export in the unit tests).
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await readFile(await file.path())) as unknown as ExcelJS.Buffer)
  const ws = wb.worksheets[0]
  const texts: string[] = []
  ws.eachRow((row) => row.eachCell((c) => (!c.isMerged || c.master === c) && texts.push(c.text)))
  expect(texts).toContain('ĐẢNG ỦY PHƯỜNG NGUYỄN TRUNG TRỰC')
  expect(texts).toContain('Số       -BC/ĐU')
  expect(texts).toContain('BÁO CÁO')
  const from = texts.indexOf('Nơi nhận:')
  expect(texts.slice(from)).toEqual([
    'Nơi nhận:',
    'T/M ĐẢNG ỦY',
    '- Ban Tổ chức Tỉnh ủy (để báo cáo),',
    'BÍ THƯ',
    '- Các chi bộ trực thuộc,',
    '- Lưu VP Đảng ủy.',
    'Lê Anh Trường'
  ])
  expect(ws.getCell('A2').font?.name).toBe('Times New Roman')
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0 })
  expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/)
  expect(ws.headerFooter.oddFooter).toContain('Trang &P / &N')
})

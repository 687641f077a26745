import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { downloadFrom } from './pages/common'
import { SettingsPage, TRUONG_SON_NAMES } from './pages/SettingsPage'
import { readWorkbook, sheetTexts } from './pages/workbook'

// A clerk sets the recipients of meeting reports in Cài đặt, exports from Báo cáo, and the file
// read back is a document the higher level accepts: number line, Times New Roman, A4 fit to width,
// header rows repeated, page numbers, the signature with the last rows, her own "Nơi nhận".
test('a clerk exports meeting statistics from Báo cáo with the recipients set in Cài đặt', async ({
  sampleWard: page
}) => {
  await page.getByRole('tab', { name: 'Tên đơn vị, người ký' }).click()
  const settings = new SettingsPage(page)
  await settings.fill({
    ...TRUONG_SON_NAMES,
    'Cơ quan ban hành': 'Đảng ủy phường Nguyễn Trung Trực',
    'Địa danh (ghi ở dòng ngày tháng)': 'Nguyễn Trung Trực',
    'Nơi nhận — thống kê, theo dõi sinh hoạt chi bộ':
      'Ban Tổ chức Tỉnh ủy (để báo cáo)\nCác chi bộ trực thuộc'
  })
  await settings.save()
  await expect(settings.savedMessage()).toBeVisible()
  await page.screenshot({ path: 'test-results/reports-settings.png', fullPage: true })

  const shell = new AppShell(page)
  await shell.goTo('Báo cáo')
  const file = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Xuất Thống kê sinh hoạt chi bộ (năm nay)' })
  )
  // The file as the higher level opens it (the full checklist runs on every export in the unit tests).
  const ws = (await readWorkbook(file)).worksheets[0]
  const texts = sheetTexts(ws)
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
  // The sample ward's 15 cells fit one landscape page: the sheet prints one page tall.
  expect(ws.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 1
  })
  expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/)
  expect(ws.headerFooter.oddFooter).toContain('Trang &P / &N')
})

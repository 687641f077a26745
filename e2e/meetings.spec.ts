import { NEXT_YEAR as YEAR, expect, setToday, test } from './fixtures'
import { MeetingsPage } from './pages/MeetingsPage'
import { findCell, readWorkbook, rowWhere } from './pages/workbook'
import { downloadFrom } from './pages/common'

// The cells and members come from the sample ward; this clerk records next year's meetings.
const TOPIC = 'Tự soi, tự sửa'
const TASK = 'Mỗi đảng viên nộp bản tự soi, tự sửa'

test('record a thematic meeting with attendance and a task, see it in both grids and on the next meeting, export the statistics', async ({
  sampleWard: page
}) => {
  const meetings = new MeetingsPage(page)
  await meetings.shell.goTo('Sinh hoạt chi bộ')
  await meetings.startNewMeeting()
  const cell = await meetings.chooseCell()
  await meetings.chooseType('Chuyên đề')
  await meetings.fillDate(`15/01/${YEAR}`)
  // A day still ahead is said under the date: it counts as held from that day.
  await expect(page.getByRole('status').filter({ hasText: `Ngày 15/01/${YEAR} chưa đến` })).toBeVisible()
  await meetings.fill('Giờ bắt đầu', '19:30')
  await meetings.fill('Giờ kết thúc', '21:00')
  await expect(page.getByText('1 giờ 30 phút')).toBeVisible()
  await meetings.fill('Địa điểm', 'Nhà văn hóa khu phố')
  await meetings.fill('Khách mời (mỗi dòng một người)', 'Đồng chí Lê Anh Trường – Phó Bí thư Đảng ủy')
  await page.getByLabel('Chủ đề sinh hoạt chuyên đề').click()
  await page.getByRole('option', { name: TOPIC, exact: true }).click()
  await expect(page.getByLabel('Chủ đề sinh hoạt chuyên đề')).toHaveValue(TOPIC)

  // Saving with nobody marked names the problem at the field and writes nothing.
  await page.getByRole('button', { name: 'Lưu biên bản' }).first().click()
  await expect(page.getByText(/^Còn \d+ đảng viên chưa điểm danh/)).toBeVisible()

  await meetings.markAllPresent()
  const total = await meetings.rollGroups().count()
  expect(total).toBeGreaterThan(2)
  const absent = await meetings.markNth(0, 'Vắng không lý do')
  await meetings.markNth(1, 'Vắng có lý do', 'Ốm')
  await expect(meetings.attendanceSummary()).toContainText(`Có mặt ${total - 2}/${total}`)
  await expect(meetings.attendanceSummary()).toContainText(/Đạt|Chưa đạt/)
  await meetings.fill('Biểu quyết', '100% nhất trí')
  await meetings.addTask(TASK, 'Tất cả đảng viên')
  await meetings.save()

  // The sign-in list is the cell's document: signed for it by the chair, here the cell's secretary
  // (the form's default chair), one of the members it lists.
  const signIn = await readWorkbook(
    await downloadFrom(page, page.getByRole('button', { name: 'In danh sách ký tên' }))
  )
  const sheet = signIn.worksheets[0]
  const onBehalf = findCell(sheet, 'T/M CHI BỘ')!
  const below = (n: number) => sheet.getCell(Number(onBehalf.row) + n, Number(onBehalf.col)).text
  expect(below(1)).toBe('BÍ THƯ')
  const signer = [2, 3, 4, 5].map(below).find((t) => t !== '')!
  expect(Number(findCell(sheet, signer)!.row)).toBeLessThan(Number(onBehalf.row))

  // Listed at once; in the grids only once its day has come: then both grids show it.
  await meetings.backToList()
  await meetings.filterYear(YEAR)
  await meetings.filterCell(cell)
  await expect(page.getByRole('row').filter({ hasText: `15/01/${YEAR}` })).toContainText(TOPIC)
  await meetings.openTab('Theo tháng')
  const monthRow = meetings.gridRow(/theo tháng năm/, cell)
  await expect(monthRow.getByRole('cell').nth(0)).toHaveAccessibleName(`${cell}, tháng 1: Chưa đến`)
  await setToday(page, `${YEAR}-04-15`)
  await page.reload()
  await meetings.filterYear(YEAR)
  await meetings.filterCell(cell)
  await meetings.openTab('Theo tháng')
  await expect(monthRow.getByRole('cell').nth(0)).toHaveText('CĐ')
  await meetings.openTab('Theo quý')
  await expect(
    meetings
      .gridRow(/theo quý năm/, cell)
      .getByRole('cell')
      .nth(0)
  ).toHaveText('1')

  // The next meeting of the cell shows the task carried over; closing it there.
  await meetings.openTab(/^Biên bản/)
  await meetings.startNewMeeting()
  await meetings.chooseCell(cell)
  await meetings.fillDate(`05/02/${YEAR}`)
  await expect(meetings.carriedTask(TASK)).toBeVisible()
  await expect(meetings.carriedTask(TASK)).toContainText('Tất cả đảng viên')
  await meetings.fill('Giờ bắt đầu', '08:00')
  await meetings.fill('Giờ kết thúc', '10:00')
  await meetings.markAllPresent()
  await meetings.carriedTask(TASK).getByText('Đã hoàn thành', { exact: true }).click()
  await meetings.save()
  // Reopened, the February minutes still show the task they closed.
  await page.reload()
  await expect(
    meetings.carriedTask(TASK).getByRole('checkbox', { name: `Đã hoàn thành: ${TASK}` })
  ).toBeChecked()

  // Export the statistics of the year and read the file back.
  await meetings.backToList()
  await meetings.filterYear(YEAR)
  const download = await meetings.exportStatistics(YEAR)
  expect(download.suggestedFilename()).toBe(`Thong-ke-sinh-hoat-${YEAR}.xlsx`)
  const workbook = await readWorkbook(download)
  const row = rowWhere(workbook.worksheets[0], 2, cell)
  expect(row, `a row for ${cell}`).toBeDefined()
  expect(row!.getCell(3).value).toBe(2) // two meetings
  expect(row!.getCell(4).value).toBe(1) // one regular
  expect(row!.getCell(5).value).toBe(1) // one thematic
  expect(row!.getCell(14).value).toBe(0) // tasks still open
  expect(row!.getCell(15).value).toBe(1) // tasks done
  // The topic, with its meeting's date and type, on the topics' sheet.
  const topics = workbook.getWorksheet('Chủ đề sinh hoạt chuyên đề')!
  expect(findCell(topics, `${cell} (1 buổi)`)).toBeDefined()
  const topicRow = rowWhere(topics, 4, TOPIC)
  expect(topicRow, `a row for ${TOPIC}`).toBeDefined()
  expect(topicRow!.getCell(2).value).toEqual(new Date(Date.UTC(YEAR, 0, 15)))
  expect(topicRow!.getCell(3).text).toBe('Chuyên đề')
  expect(absent.length).toBeGreaterThan(0)
})

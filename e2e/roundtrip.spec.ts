import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { readFile, writeFile } from 'node:fs/promises'
import { NEXT_YEAR as YEAR, expect, setToday, test } from './fixtures'
import { MeetingsPage } from './pages/MeetingsPage'
import { ReviewsPage } from './pages/ReviewsPage'
import { RoundTripPage } from './pages/RoundTripPage'
import { readWorkbook, sheetTexts } from './pages/workbook'

// The cells' books are made for next year, where the sample ward has nothing recorded yet.

interface Book {
  name: string
  wb: ExcelJS.Workbook
  cellName: string
}

async function openBook(name: string, bytes: Buffer): Promise<Book> {
  const wb = await readWorkbook(bytes)
  const identity = wb.getWorksheet('_scb')!
  return { name, wb, cellName: JSON.parse(identity.getCell('B3').text) as string }
}

async function bytesOf(book: Book): Promise<Buffer> {
  return Buffer.from(await book.wb.xlsx.writeBuffer())
}

/** A secretary's work: one meeting written in the first free row of the register, everyone marked. */
function writeMeeting(book: Book, marks: (members: number) => string[]): { chair: string; absent: string } {
  const ws = book.wb.getWorksheet('Sổ sinh hoạt')!
  const names: string[] = []
  for (let c = 8; ws.getCell(7, c).text; c++) names.push(ws.getCell(7, c).text)
  ws.getCell('B8').value = `05/01/${YEAR}`
  ws.getCell('C8').value = 'Thường kỳ'
  ws.getCell('D8').value = 'Triển khai nghị quyết năm mới'
  ws.getCell('E8').value = names[0]
  ws.getCell('F8').value = '19:30'
  ws.getCell('G8').value = '21:00'
  marks(names.length).forEach((m, i) => (ws.getCell(8, 8 + i).value = m))
  return { chair: names[0], absent: names[1] }
}

/** The secretary writes why a member was absent: a row of "Lý do vắng", the name from its drop-down. */
function writeReason(book: Book, name: string, reason: string): void {
  const ws = book.wb.getWorksheet('Lý do vắng')!
  ws.getCell('B6').value = `05/01/${YEAR}`
  ws.getCell('C6').value = name
  ws.getCell('D6').value = reason
}

/** The first member on the rating sheet who is to be rated (no reason filled in). */
function rateFirst(book: Book): string {
  const ws = book.wb.getWorksheet('Xếp loại đảng viên')!
  for (let r = 7; ws.getCell(r, 2).text; r++) {
    if (ws.getCell(r, 3).text) continue
    ws.getCell(r, 4).value = 95
    ws.getCell(r, 5).value = 'HTTNV'
    ws.getCell(r, 6).value = 'HTXSNV'
    return ws.getCell(r, 2).text
  }
  throw new Error('no member to rate')
}

test('make the cells’ year books, fill four as secretaries would, import the batch, read the results on screen and in an export', async ({
  sampleWard: page
}) => {
  test.setTimeout(240_000)

  const roundTrip = new RoundTripPage(page)
  await roundTrip.open()
  await roundTrip.choosePeriod('Năm', YEAR)
  await expect(page.getByText(`Năm ${YEAR}, 15 chi bộ`)).toBeVisible()
  const download = await roundTrip.makeBooks()
  expect(download.suggestedFilename()).toBe(`So-chi-bo_${YEAR}.zip`)
  const zip = await JSZip.loadAsync(await readFile(await download.path()))
  const names = Object.keys(zip.files).sort()
  expect(names).toHaveLength(15)
  const books = await Promise.all(
    names.slice(0, 4).map(async (n) => openBook(n, await zip.file(n)!.async('nodebuffer')))
  )
  const [first, second, third, fourth] = books

  // First cell: a regular meeting, one member absent with reason (written on "Lý do vắng"); a rating.
  const firstMeeting = writeMeeting(first, (n) => Array.from({ length: n }, (_, i) => (i === 1 ? 'P' : 'C')))
  writeReason(first, firstMeeting.absent, 'Đi công tác')
  const rated = rateFirst(first)
  // Second cell: a mark that is not a code; the row is not imported and the reason is shown.
  writeMeeting(second, (n) => Array.from({ length: n }, (_, i) => (i === 0 ? 'V' : 'C')))
  // Third cell: the same file twice in the batch.
  const thirdBytes = await bytesOf(third)
  // Fourth cell: an excused absence with no reason written; the meeting is not imported.
  const fourthMeeting = writeMeeting(fourth, (n) =>
    Array.from({ length: n }, (_, i) => (i === 1 ? 'P' : 'C'))
  )
  const notABook = new ExcelJS.Workbook()
  notABook.addWorksheet('Sheet1').getCell('A1').value = 'Họ và tên'

  // Kept to look at as it prints (scripts/render-xlsx.sh).
  await writeFile('test-results/roundtrip-filled-book.xlsx', await bytesOf(first))
  await roundTrip.importBooks([
    { name: first.name, buffer: await bytesOf(first) },
    { name: second.name, buffer: await bytesOf(second) },
    { name: third.name, buffer: thirdBytes },
    { name: fourth.name, buffer: await bytesOf(fourth) },
    { name: `ban-sao-${third.name}`, buffer: thirdBytes },
    { name: 'danh-sach-khac.xlsx', buffer: Buffer.from(await notABook.xlsx.writeBuffer()) }
  ])
  const preview = roundTrip.preview()
  const firstFile = roundTrip.fileIn(preview, first.cellName)
  await expect(firstFile).toContainText(
    new RegExp(
      `Thêm buổi sinh hoạt thường kỳ ngày 05/01/${YEAR} \\(\\d+ có mặt, 1 vắng có lý do, 0 vắng không lý do\\)`
    )
  )
  // Next year's meeting is taken, and counts as held from its day, as the minutes say.
  await expect(firstFile).toContainText(
    `Ngày 05/01/${YEAR} chưa đến: buổi họp chỉ được tính là đã sinh hoạt từ ngày đó`
  )
  await expect(roundTrip.fileIn(preview, fourth.cellName)).toContainText(
    `Vắng có lý do (P) mà chưa ghi lý do: ${fourthMeeting.absent}. Ghi ngày họp, họ tên và lý do ở trang “Lý do vắng”`
  )
  await expect(firstFile).toContainText(
    `${rated}: điểm — → 95; tự xếp loại — → HTTNV; chi bộ đề xuất — → HTXSNV`
  )
  await expect(roundTrip.fileIn(preview, second.cellName)).toContainText(
    'Sổ sinh hoạt, dòng 8: ' // place, then the reason naming the code
  )
  await expect(roundTrip.fileIn(preview, second.cellName)).toContainText(
    '“V” không phải mã điểm danh (C, P hoặc K)'
  )
  await expect(roundTrip.fileIn(preview, third.cellName).first()).toContainText(
    `Có 2 tệp cho cùng chi bộ ${third.cellName}`
  )
  await expect(preview).toContainText('Tệp không phải sổ chi bộ do Sổ Chi bộ tạo')
  await page.screenshot({ path: 'test-results/roundtrip-preview.png', fullPage: true })

  // What was skipped, saved to send back to the cells.
  const skipped = await roundTrip.saveSkipped()
  const texts = sheetTexts((await readWorkbook(skipped)).worksheets[0])
  expect(texts.join('\n')).toContain('“V” không phải mã điểm danh')
  expect(texts.join('\n')).toContain(`${second.cellName} – tệp “${second.name}”`)

  await roundTrip.confirm()

  // The meeting is on the meetings page, with its attendance.
  const meetings = new MeetingsPage(page)
  await meetings.shell.goTo('Sinh hoạt chi bộ')
  await meetings.filterYear(YEAR)
  await meetings.filterCell(first.cellName)
  await expect(page.getByRole('tab', { name: 'Biên bản (1)' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: `05/01/${YEAR}` })).toContainText(
    /Triển khai nghị quyết.*\d+\/\d+ \(/
  )
  // The minutes keep the reason the secretary wrote.
  await page.getByRole('button', { name: `Mở biên bản ngày 05/01/${YEAR}` }).click()
  await expect(page.getByRole('textbox', { name: `Lý do vắng của ${firstMeeting.absent}` })).toHaveValue(
    'Đi công tác'
  )
  await meetings.shell.goTo('Sinh hoạt chi bộ')
  await meetings.filterYear(YEAR)
  // …and in the year's statistics export once the year has begun (a meeting counts from its day):
  // one regular meeting for that cell, none for the second.
  await setToday(page, `${YEAR}-02-15`)
  const stats = await meetings.exportStatistics(YEAR)
  const wb = await readWorkbook(stats)
  const counts = new Map<string, unknown>()
  wb.worksheets[0].eachRow((r) => counts.set(r.getCell(2).text, r.getCell(3).value))
  expect(counts.get(first.cellName)).toBe(1)
  expect(counts.get(second.cellName) ?? 0).toBe(0)

  // The rating is on the reviews page.
  const reviews = new ReviewsPage(page)
  await reviews.openCell(YEAR, first.cellName)
  await expect(reviews.grid().getByRole('textbox', { name: `Chi bộ đề xuất – ${rated}` })).toHaveValue(
    'HTXSNV'
  )
  await expect(reviews.grid().getByRole('textbox', { name: `Tự xếp loại – ${rated}` })).toHaveValue('HTTNV')
  expect(firstMeeting.chair).toBeTruthy()
})

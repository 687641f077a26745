import { test, expect, type Page } from '@playwright/test'
import { AppShell, chooseOption, openSelect, settleAnimations } from './pages/AppShell'
import { downloadFrom, openDialog } from './pages/common'
import { CellsPage } from './pages/CellsPage'
import { MembersPage } from './pages/MembersPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { ReviewsPage } from './pages/ReviewsPage'
import { readWorkbook, rowWhere } from './pages/workbook'

// A small ward built by hand through the screens (no sample data), on 01/12/2026: two cells entered
// today, eleven members rated for 2026, and four members for the Huy hiệu Đảng of 03/02/2027 —
// one reprimanded a month ago, one readmitted after a removal, one whose past badges are recorded
// in the history, one whose admission is known only by its year. Each rule's outcome is read from
// the screen and from the exported spreadsheet.
const TODAY = new Date('2026-12-01T09:00:00+07:00')
const YEAR = 2026
const KP1 = 'Chi bộ Khu phố 1'
const KP2 = 'Chi bộ Khu phố 2'

// Rated members: KP1 by the cell's proposals only, KP2 by the committee's decisions.
const KP1_RATED = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Thị Cúc', 'Phạm Văn Dung', 'Hoàng Thị Giang']
const KP2_RATED = [
  'Ngô Thị Hạnh',
  'Vũ Văn Khoa',
  'Đặng Thị Lan',
  'Trịnh Văn Minh',
  'Phan Thị Nga',
  'Mai Thị Oanh'
]
const REPRIMANDED = 'Đỗ Văn Tâm'
const READMITTED = 'Bùi Văn Vinh'
const PAST_BADGES = 'Lý Văn Xuân'
const YEAR_ONLY = 'Hồ Thị Yến'

async function addEvent(
  page: Page,
  type: string,
  date: string,
  details: { cell?: string; discipline?: string; milestone?: string; decision?: string } = {}
): Promise<void> {
  const form = page.getByRole('region', { name: 'Thêm sự kiện' })
  await chooseOption(page, 'Loại sự kiện', type)
  const date$ = form.getByLabel('Ngày sự kiện')
  await date$.fill(date)
  await date$.press('Tab')
  if (details.cell) await chooseOption(page, 'Chi bộ của sự kiện', details.cell)
  if (details.discipline) await chooseOption(page, 'Hình thức kỷ luật', details.discipline)
  if (details.milestone) await chooseOption(page, 'Huy hiệu', details.milestone)
  if (details.decision) await form.getByLabel('Số quyết định').fill(details.decision)
  await form.getByRole('button', { name: 'Ghi sự kiện' }).click()
  await expect(page.getByText(`Đã ghi: ${type} ngày ${date}.`)).toBeVisible()
  await settleAnimations(page)
}

async function openMember(page: Page, members: MembersPage, name: string): Promise<void> {
  await members.open()
  await members.search(name)
  await members.memberLink(name).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

test('a small ward built through the screens: quota over the đảng bộ, a provisional year, badges held back by discipline, a readmitted member, past badges from the history, a cell entered this month', async ({
  page
}) => {
  test.setTimeout(420_000)
  await page.clock.setFixedTime(TODAY)
  const shell = new AppShell(page)
  await shell.open()

  // ——— The ward, by hand ———
  const cells = new CellsPage(page)
  await cells.open()
  await cells.addCell(KP1)
  await cells.addCell(KP2)

  const members = new MembersPage(page)
  await members.open()
  for (const fullName of KP1_RATED)
    await members.addMember({ fullName, cell: KP1, admissionDate: '01/01/2010', officialDate: '01/01/2011' })
  for (const fullName of KP2_RATED)
    await members.addMember({ fullName, cell: KP2, admissionDate: '01/01/2010', officialDate: '01/01/2011' })
  await members.addMember({
    fullName: REPRIMANDED,
    cell: KP1,
    admissionDate: '03/02/1997',
    officialDate: '03/02/1998'
  })
  await members.addMember({
    fullName: READMITTED,
    cell: KP1,
    admissionDate: '10/01/1996',
    officialDate: '10/01/1997'
  })
  await members.addMember({
    fullName: PAST_BADGES,
    cell: KP2,
    admissionDate: '19/05/1985',
    officialDate: '19/05/1986'
  })
  await members.addMember({ fullName: YEAR_ONLY, cell: KP2, admissionDate: '1997' })

  // Khiển trách a month ago (QĐ 24-QĐ/TW 2021: not considered for 6 months).
  await openMember(page, members, REPRIMANDED)
  await addEvent(page, 'Kỷ luật', '01/11/2026', { discipline: 'Khiển trách', decision: '15-QĐ/ĐU' })

  // Removed in 2000 and readmitted 184 days later: party age from the first admission minus the gap.
  await openMember(page, members, READMITTED)
  await addEvent(page, 'Xóa tên', '01/03/2000')
  await addEvent(page, 'Kết nạp lại', '01/09/2000', { cell: KP1 })

  // Badges awarded before the ward used Sổ Chi bộ, recorded in the member's history.
  await openMember(page, members, PAST_BADGES)
  await addEvent(page, 'Trao Huy hiệu Đảng', '2015', { milestone: 'Huy hiệu 30 năm tuổi Đảng' })
  await addEvent(page, 'Trao Huy hiệu Đảng', '19/05/2025', {
    milestone: 'Huy hiệu 40 năm tuổi Đảng',
    decision: '120-QĐ/TU'
  })
  const history = page.getByRole('region', { name: 'Quá trình' })
  await expect(history).toContainText('Huy hiệu 40 năm tuổi Đảng; quyết định số 120-QĐ/TU')
  await expect(history).toContainText('Huy hiệu 30 năm tuổi Đảng')
  // The same badge cannot be recorded twice.
  await (
    await openSelect(page, 'Huy hiệu')
  )
    .getByRole('option', { name: 'Huy hiệu 40 năm tuổi Đảng' })
    .click()
  await page
    .getByRole('region', { name: 'Thêm sự kiện' })
    .getByRole('button', { name: 'Ghi sự kiện' })
    .click()
  await expect(page.getByText('Đã ghi Huy hiệu 40 năm cho đảng viên này.')).toBeVisible()

  // ——— Quota over the đảng bộ (HD 21-HD/BTCTW 2019: "trong từng tổ chức cơ sở đảng") ———
  const reviews = new ReviewsPage(page)
  await reviews.openCell(YEAR, KP1)
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(4)).toBeVisible()
  await reviews.typeColumn('Chi bộ đề xuất', ['2', '2', '2', '2', '1'])
  await expect(reviews.ratingColumn('Chi bộ đề xuất').nth(4)).toHaveValue('HTXSNV')
  await reviews.chooseCell(KP2)
  await expect(reviews.ratingColumn('Đảng ủy quyết định').nth(5)).toBeVisible()
  await reviews.typeColumn('Đảng ủy quyết định', ['2', '2', '2', '2', '2', '2'])
  await expect(reviews.ratingColumn('Đảng ủy quyết định').nth(5)).toHaveValue('HTTNV')

  // Without excess: 10 HTTNV in the đảng bộ → at most 2; KP1 alone (4 HTTNV) would allow none.
  const quota = page.getByLabel('Tỷ lệ Hoàn thành xuất sắc', { exact: true })
  const share = page.getByLabel('Phần của chi bộ (tham khảo)')
  await reviews.chooseCell(KP1)
  await expect(quota).toContainText('Toàn Đảng bộ:')
  await expect(quota).toContainText('HTTNV 10')
  await expect(quota).toContainText('tối đa HTXSNV 2')
  await expect(quota).toContainText('đề xuất HTXSNV 1')
  await expect(share).toContainText('HTTNV 4')
  await expect(share).toContainText('phần gợi ý 1')
  await expect(page.getByText(/Vượt tỷ lệ HTXSNV/)).toHaveCount(0)
  await expect(page.getByText(/Tỷ lệ HTXSNV tính chung toàn Đảng bộ \(tổ chức cơ sở đảng/)).toBeVisible()

  // With excess: the committee decides Oanh HTXSNV → 9 HTTNV → at most 1, 2 proposed.
  await reviews.chooseCell(KP2)
  await reviews.ratingColumn('Đảng ủy quyết định').nth(5).focus()
  await page.keyboard.type('1')
  await expect(reviews.ratingColumn('Đảng ủy quyết định').nth(5)).toHaveValue('HTXSNV')
  await expect(quota).toContainText('HTTNV 9')
  await expect(quota).toContainText('tối đa HTXSNV 1')
  await expect(reviews.checks()).toContainText('Vượt tỷ lệ HTXSNV (QĐ 366-QĐ/TW 30/8/2025: ≤ 20 % số HTTNV)')
  await expect(reviews.checks()).toContainText('Toàn Đảng bộ có 9 HTTNV → tối đa 1, đề xuất 2.')

  // The year's pack: the summary counts what the screen counted.
  const pack = await readWorkbook(await reviews.exportPack())
  const summary = pack.getWorksheet('Tổng hợp xếp loại ĐV')!
  const kp1 = rowWhere(summary, 2, KP1)!
  const kp2 = rowWhere(summary, 2, KP2)!
  // H = no result yet ("chưa có kết quả", not "lý do khác"), I = HTXSNV count, K = HTTNV count.
  // KP1: Tâm and Vinh are not rated yet; KP2: Xuân and Yến.
  expect([kp1.getCell(7).value, kp1.getCell(8).value]).toEqual([0, 2])
  expect([kp1.getCell(9).value, kp1.getCell(11).value]).toEqual([1, 4])
  expect([kp2.getCell(9).value, kp2.getCell(11).value]).toEqual([1, 5])

  // ——— A provisional year ———
  await page.getByRole('tab', { name: 'Biểu đồ' }).click()
  await expect(page.getByText('Số liệu tạm: 2026 (số liệu tạm, theo chi bộ đề xuất).')).toBeVisible()
  await page.getByRole('tab', { name: 'Đảng viên' }).click()
  // Locking before the review date (15/12/2026) asks first; the clerk does not lock.
  await page.getByRole('button', { name: 'Khóa kết quả năm' }).click()
  const confirm = page.getByRole('dialog')
  await expect(confirm).toContainText('Chưa đến ngày đánh giá (15/12/2026): kết quả có thể còn thay đổi.')
  await confirm.getByRole('button', { name: 'Hủy' }).click()
  await expect(page.getByRole('button', { name: 'Khóa kết quả năm' })).toBeVisible()

  // Commendations of 2026: the committee's decision (Oanh), not KP1's proposal (Giang).
  await shell.goTo('Khen thưởng')
  const commendations = page.getByRole('tabpanel', { name: 'Khen thưởng theo năm' })
  await expect(commendations).toContainText('Mai Thị Oanh')
  await expect(commendations).not.toContainText('Hoàng Thị Giang')
  await expect(
    page.getByText('Năm 2026: 5 đảng viên chưa có quyết định xếp loại của Đảng ủy.', { exact: false })
  ).toBeVisible()

  // ——— Huy hiệu Đảng, 03/02/2027 ———
  await page.getByRole('tab', { name: 'Huy hiệu Đảng' }).click()
  const badges = page.getByRole('tabpanel', { name: 'Huy hiệu Đảng' })
  const readmitted = badges.getByRole('row').filter({ hasText: READMITTED })
  await expect(readmitted).toContainText('30 năm')
  await expect(readmitted).toContainText('13/07/2026')
  await expect(readmitted).toContainText('Trừ 184 ngày gián đoạn')
  const yearOnly = badges.getByRole('row').filter({ hasText: YEAR_ONLY })
  await expect(yearOnly).toContainText('2027')
  await expect(yearOnly).toContainText('Cần xác minh: chỉ biết năm')
  await expect(page.getByRole('row').filter({ hasText: PAST_BADGES })).toHaveCount(0)
  // The reprimanded member is listed apart only.
  await expect(page.getByRole('row').filter({ hasText: REPRIMANDED })).toHaveCount(1)
  const held = page.getByRole('region', { name: 'Chưa xét do kỷ luật' })
  await expect(held.getByRole('heading', { level: 2 })).toHaveText(
    'Chưa xét đợt này do kỷ luật (QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021)'
  )
  const reprimanded = held.getByRole('row').filter({ hasText: REPRIMANDED })
  await expect(reprimanded).toContainText(
    'Kỷ luật khiển trách ngày 01/11/2026 (QĐ 15-QĐ/ĐU): chưa xét trong 6 tháng'
  )
  await expect(reprimanded).toContainText('01/05/2027')
  const badgeList = await readWorkbook(
    await downloadFrom(page, page.getByRole('button', { name: 'Xuất danh sách đề nghị Huy hiệu' }))
  )
  const names: string[] = []
  badgeList.worksheets[0].eachRow((row) => names.push(row.getCell(2).text))
  expect(names).toEqual(expect.arrayContaining([READMITTED, YEAR_ONLY]))
  expect(names).not.toContain(REPRIMANDED)
  expect(names).not.toContain(PAST_BADGES)

  // ——— Tổng quan ———
  await shell.goTo('Tổng quan')
  await expect(page.getByRole('link', { name: /^0 chi bộ chưa đủ sinh hoạt$/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Tiến độ đánh giá, xếp loại' })).toContainText(
    '4 chưa đánh giá'
  )
  await expect(
    page.getByRole('link', { name: /^2 đảng viên đủ tuổi Đảng nhận Huy hiệu dịp 03\/02\/2027$/ })
  ).toBeVisible()
  await expect(page.getByLabel('Năm có số liệu tạm')).toHaveText(
    'Số liệu tạm: 2026 (số liệu tạm, theo chi bộ đề xuất).'
  )
  // Party age is counted one way on the chart, in the list's filter and for the badges: from the
  // first admission less the gaps, in the statistics form's groups. The readmitted member (30 years
  // and 10 months since 10/01/1996, less 184 days) is the one in "Từ 30 đến dưới 40 năm".
  const partyAges = page.getByRole('navigation', { name: 'Danh sách theo tuổi Đảng' })
  await expect(partyAges.getByRole('link', { name: 'Từ 10 đến dưới 20 năm: 11' })).toBeVisible()
  await expect(partyAges.getByRole('link', { name: 'Từ 20 đến dưới 30 năm: 2' })).toBeVisible()
  await partyAges.getByRole('link', { name: 'Từ 30 đến dưới 40 năm: 1' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng viên' })).toBeVisible()
  await expect(members.count()).toHaveText(/^1 đảng viên/)
  await expect(members.memberLink(READMITTED)).toBeVisible()
  // Readmitted on 01/09/2000 and not yet recognised official: probation ran from the readmission
  // (QĐ 294-QĐ/TW 2025, 3.5.1), so the due list counts the 12 months from it and says so.
  await page.getByRole('tab', { name: /Đến hạn chính thức/ }).click()
  const dueRow = page
    .getByRole('region', { name: 'Đến hạn chính thức' })
    .getByRole('row')
    .filter({ hasText: READMITTED })
  await expect(dueRow).toContainText('10/01/1996; kết nạp lại 01/09/2000')
  await expect(dueRow).toContainText('01/09/2001')

  // ——— A cell entered this month: "chưa theo dõi" before it, not missed ———
  await shell.goTo('Sinh hoạt chi bộ')
  await page.getByRole('tab', { name: /Theo tháng/ }).click()
  const grid = page.getByRole('table', { name: `Theo dõi sinh hoạt theo tháng năm ${YEAR}` })
  await expect(grid.getByRole('cell', { name: `${KP1}, tháng 1: Chưa theo dõi` })).toBeVisible()
  await expect(grid.getByRole('cell', { name: `${KP1}, tháng 11: Chưa theo dõi` })).toBeVisible()
  await expect(grid).toContainText('theo dõi từ 01/12/2026')
  await page.getByRole('button', { name: 'Xuất Excel' }).click()
  const compliance = await readWorkbook(
    await downloadFrom(page, page.getByRole('menuitem', { name: `Bảng theo dõi tháng, quý năm ${YEAR}` }))
  )
  const sheet = compliance.worksheets[0]
  const kp1Row = rowWhere(sheet, 2, KP1)!
  // T1…T12 in columns C…N: nothing marked missed ("0") before tracking began.
  for (let c = 3; c <= 14; c++) expect(kp1Row.getCell(c).text).not.toBe('0')
  expect(kp1Row.getCell(15).value).toBe(0)

  // ——— The cell form: KP2's secretary, and the day KP1's records start ———
  await cells.open()
  const form = await openDialog(page, `Sửa ${KP2}`, 'Sửa chi bộ')
  await form.getByRole('button', { name: '+ Bí thư' }).click()
  await (await openSelect(page, 'Đồng chí dòng 1')).getByRole('option', { name: 'Ngô Thị Hạnh' }).click()
  await form.getByRole('button', { name: 'Lưu chi bộ' }).click()
  await expect(page.getByText(`Đã lưu ${KP2}.`)).toBeVisible()
  await expect(form).toBeHidden()
  await openDialog(page, `Sửa ${KP1}`, 'Sửa chi bộ')
  const trackedFrom = form.getByLabel('Theo dõi sinh hoạt từ')
  await trackedFrom.fill('01/10/2026')
  await trackedFrom.press('Tab')
  await form.getByRole('button', { name: 'Lưu chi bộ' }).click()
  await expect(page.getByText(`Đã lưu ${KP1}.`)).toBeVisible()

  // ——— Minutes: the chair defaults to the cell's secretary on the meeting's date ———
  const meetings = new MeetingsPage(page)
  await shell.goTo('Sinh hoạt chi bộ')
  await meetings.startNewMeeting()
  await meetings.chooseCell(KP2)
  await meetings.chooseType('Thường kỳ')
  await meetings.fillDate('01/12/2026')
  await expect(page.getByText('Bí thư chi bộ ngày họp: Ngô Thị Hạnh')).toBeVisible()
  await meetings.markAllPresent()
  await meetings.save()
  await meetings.backToList()

  // KP1 tracked from 01/10: October and November are now missed; KP2 met in December.
  await meetings.openTab(/Theo tháng/)
  await expect(grid.getByRole('cell', { name: `${KP1}, tháng 9: Chưa theo dõi` })).toBeVisible()
  await expect(grid.getByRole('cell', { name: `${KP1}, tháng 10: Không sinh hoạt` })).toBeVisible()
  await expect(grid.getByRole('cell', { name: `${KP2}, tháng 12: Đạt` })).toBeVisible()
  await shell.goTo('Tổng quan')
  await expect(page.getByRole('link', { name: /^1 chi bộ chưa đủ sinh hoạt$/ })).toBeVisible()
})

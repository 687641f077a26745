import { writeFileSync } from 'node:fs'
import { test, expect } from '@playwright/test'
import { buildSampleMemberList } from '../src/renderer/src/excel/testing/sampleMemberList'
import { AppShell, chooseOption } from './pages/AppShell'
import { fillLabelled, openDialog } from './pages/common'
import { CellsPage } from './pages/CellsPage'
import { MembersPage } from './pages/MembersPage'
import { newWard } from './pages/ward'
import { readWorkbook, sheetTexts, writeSheet } from './pages/workbook'

test('a clerk adds a cell and a member, then finds him by typing without accents', async ({ page }) => {
  await new AppShell(page).open()
  const cells = new CellsPage(page)
  await cells.open()
  await cells.addCell('Chi bộ Khu dân cư số 3', { type: 'Khu dân cư / tổ dân phố', meetingDay: 3 })
  await expect(cells.row('Chi bộ Khu dân cư số 3')).toContainText('Ngày 3')

  const members = new MembersPage(page)
  await members.open()
  await members.addMember({
    fullName: 'nguyễn văn ân',
    birthDate: '12/5/1980',
    cell: 'Chi bộ Khu dân cư số 3',
    admissionDate: '3/2/2010',
    officialDate: '3/2/2011',
    partyCard: '01234567',
    idNumber: '001080012345'
  })
  await members.addMember({
    fullName: 'Trần Thị Đào',
    gender: 'Nữ',
    birthDate: '1/1/1990',
    cell: 'Chi bộ Khu dân cư số 3',
    admissionDate: '1/12/2025'
  })

  await members.search('nguyen van an')
  await expect(members.memberLink('Nguyễn Văn Ân')).toBeVisible()
  await expect(members.memberLink('Trần Thị Đào')).toBeHidden()
  await members.search('dao')
  await expect(members.memberLink('Trần Thị Đào')).toBeVisible()
  await members.search('001080012345')
  await expect(members.memberLink('Nguyễn Văn Ân')).toBeVisible()

  // The member's page: record and timeline; recording an exemption changes the status.
  await members.memberLink('Nguyễn Văn Ân').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nguyễn Văn Ân' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Quá trình', exact: true })).toContainText('Kết nạp vào Đảng')
  await page.getByLabel('Lý do').fill('Tuổi cao, sức yếu')
  await page.getByRole('button', { name: 'Ghi sự kiện' }).click()
  await expect(page.getByText(/Đã ghi: Miễn công tác và sinh hoạt đảng/)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Hồ sơ', exact: true })).toContainText('Miễn sinh hoạt')

  await page.getByRole('button', { name: 'Về danh sách' }).click()
  await members.open()
  await expect(cells.page.getByRole('tab', { name: /Đến hạn chính thức \(1\)/ })).toBeVisible()
})

test('a future admission date is refused at the field', async ({ page }) => {
  await newWard(page, ['Chi bộ Cơ quan'])
  const dialog = await openDialog(page, 'Thêm đảng viên')
  await fillLabelled(dialog, {
    'Họ và tên': 'Lê Văn Bình',
    'Ngày sinh': '1/1/1990',
    'Ngày vào Đảng': '1/1/2099'
  })
  await expect(dialog.getByText(/Ngày vào Đảng \(01\/01\/2099\) ở sau hôm nay/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Lưu đảng viên' }).click()
  await expect(page.getByText('Chưa lưu: vui lòng sửa các ô báo lỗi.')).toBeVisible()
  await expect(dialog).toBeVisible()
})

test('a corrected admission date takes the admission in the history along, told before saving', async ({
  page
}) => {
  const { members } = await newWard(
    page,
    ['Chi bộ Cơ quan'],
    [
      {
        fullName: 'Lê Văn Bình',
        cell: 'Chi bộ Cơ quan',
        admissionDate: '10/1/1998',
        officialDate: '10/1/1999'
      }
    ]
  )
  await members.memberLink('Lê Văn Bình').click()
  const history = page.getByRole('region', { name: 'Quá trình', exact: true })
  await expect(history).toContainText('10/01/1998')

  // The admission was in 1996: the clerk corrects the record, and is told the history follows.
  const dialog = await openDialog(page, 'Sửa hồ sơ', 'Sửa hồ sơ đảng viên')
  await fillLabelled(dialog, { 'Ngày vào Đảng': '10/1/1996' })
  await expect(dialog.getByRole('note')).toHaveText(
    'Sự kiện “Kết nạp vào Đảng” ngày 10/01/1998 trong quá trình sinh hoạt đảng cũng được sửa thành 10/01/1996.'
  )
  await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click()
  await expect(page.getByText('Đã lưu hồ sơ.')).toBeVisible()
  await expect(history).toContainText('10/01/1996')
  await expect(history).not.toContainText('10/01/1998')
})

test('a clerk imports a member list, sees each problem, then exports the list and reads it back', async ({
  page
}, testInfo) => {
  // The list the higher level's system exports, built by code (excel/testing/sampleMemberList).
  const file = testInfo.outputPath('danh-sach-dang-vien.xlsx')
  writeFileSync(file, await buildSampleMemberList())
  const members = new MembersPage(page)
  await members.openFromStart()
  await members.importUpToPreview(file)

  const summary = page.getByLabel('Tóm tắt')
  // Both copies of the duplicated party card are problems (rows 8 and 26).
  await expect(summary).toContainText('Mới: 115')
  await expect(summary).toContainText('Có vấn đề: 5')
  const problems = page.getByRole('region', { name: 'Các dòng có vấn đề' })
  await expect(problems).toContainText('Số thẻ đảng viên 04712093 trùng với dòng 26 (Tạ Quốc Vinh).')
  await expect(problems).toContainText('Số thẻ đảng viên 04712093 trùng với dòng 8 (Mạc Văn Tùng).')
  await expect(problems).toContainText('Thiếu họ và tên.')
  await expect(problems).toContainText('Ngày sinh "31/02/1970" không phải ngày có thật.')
  await expect(problems).toContainText('Vào Đảng khi mới 9 tuổi')

  // Fix the impossible date: the row becomes valid.
  await page.getByRole('button', { name: 'Sửa dòng 38' }).click()
  const fix = page.getByRole('dialog', { name: 'Sửa dòng 38' })
  await fix.getByLabel('Ngày sinh').fill('28/02/1970')
  await fix.getByRole('button', { name: 'Kiểm tra lại' }).click()
  await expect(summary).toContainText('Mới: 116')
  await expect(summary).toContainText('Có vấn đề: 4')

  await members.confirmImport()
  await page.getByRole('button', { name: 'Xem danh sách đảng viên' }).click()
  await expect(members.count()).toHaveText(/^115 đảng viên/) // 116 written, one "Chuyển đi" is not active
  await members.search('dinh quoc bao')
  await expect(members.memberLink('Đinh Quốc Bảo')).toBeVisible()

  // Export one cell, filtered, and read the file back.
  await members.search('')
  await chooseOption(page, 'Lọc theo chi bộ', 'Chi bộ Khu dân cư số 1')
  await expect(members.count()).toHaveText(/^\d+ đảng viên/)
  const shown = Number((await members.count().innerText()).match(/^(\d+)/)![1])
  const download = await members.exportList()
  expect(download.suggestedFilename()).toMatch(/^Danh sach dang vien - Chi bộ Khu dân cư số 1 .*\.xlsx$/)
  const ws = (await readWorkbook(download)).worksheets[0]
  const texts = sheetTexts(ws)
  expect(texts).toContain('DANH SÁCH')
  expect(texts).toContain('Đảng viên')
  expect(texts).toContain(`Tổng cộng: ${shown} đồng chí`)
  expect(texts).toContain('Lâm Gia Huy')
  expect(texts).not.toContain('Chi bộ Khu dân cư số 17')
  expect(ws.pageSetup.paperSize).toBe(9)
})

test('a clerk searches without accents and moves through the results with the keyboard', async ({ page }) => {
  const cell = 'Chi bộ Khu dân cư số 5'
  const { members } = await newWard(
    page,
    [cell],
    [
      { fullName: 'Nguyễn Thị Bình', gender: 'Nữ', birthDate: '2/3/1975', cell, admissionDate: '1/1/2000' },
      { fullName: 'Nguyễn Văn Ân', birthDate: '12/5/1980', cell, admissionDate: '3/2/2010' },
      { fullName: 'Lê Văn Cường', birthDate: '1/1/1985', cell, admissionDate: '3/2/2012' }
    ]
  )

  await members.search('nguyen')
  await expect(members.count()).toHaveText(/^2 đảng viên/)
  // Sorted by tên: Ân before Bình. ArrowDown enters the list at Ân, the next goes to Bình.
  await members.pressKeys('ArrowDown')
  await expect(members.memberLink('Nguyễn Văn Ân')).toBeFocused()
  await members.pressKeys('ArrowDown')
  await expect(members.memberLink('Nguyễn Thị Bình')).toBeFocused()
  // The ends hold; Home/End jump; Escape comes back to the search box.
  await members.pressKeys('ArrowDown')
  await expect(members.memberLink('Nguyễn Thị Bình')).toBeFocused()
  await members.pressKeys('Home')
  await expect(members.memberLink('Nguyễn Văn Ân')).toBeFocused()
  await members.pressKeys('End')
  await expect(members.memberLink('Nguyễn Thị Bình')).toBeFocused()
  await members.pressKeys('Escape')
  await expect(members.searchBox()).toBeFocused()

  // From the search box again: ArrowDown twice, Enter opens the second result's page.
  await members.pressKeys('ArrowDown', 'ArrowDown', 'Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Bình' })).toBeVisible()
})

test("an import row carrying another member's party card is refused; a real update shows before → after", async ({
  page
}, testInfo) => {
  const cell = 'Chi bộ Khu dân cư số 4'
  const { members } = await newWard(
    page,
    [cell],
    [
      {
        fullName: 'Nguyễn Văn Ân',
        birthDate: '12/5/1980',
        cell,
        admissionDate: '3/2/2010',
        partyCard: '01234567',
        idNumber: '001080012345'
      },
      {
        fullName: 'Trần Thị Đào',
        gender: 'Nữ',
        birthDate: '1/1/1990',
        cell,
        admissionDate: '1/12/2015',
        partyCard: '07654321'
      }
    ]
  )

  const file = await writeSheet(testInfo.outputPath('sua-ho-so.xlsx'), 'DS', (ws) =>
    ws.addRows([
      ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Số thẻ', 'CCCD', 'Chi bộ', 'Điện thoại'],
      ['Lê Văn Giả', 'Nam', '1/1/1995', '01234567', '001095999999', cell, ''],
      ['Trần Thị Đào', 'Nữ', '1/1/1990', '07654321', '', cell, '0912345678']
    ])
  )
  await members.importUpToPreview(file)

  const summary = page.getByLabel('Tóm tắt')
  await expect(summary).toContainText('Cập nhật: 1')
  await expect(summary).toContainText('Có vấn đề: 1')
  await expect(page.getByRole('region', { name: 'Các dòng có vấn đề' })).toContainText(
    'Số thẻ đảng viên 01234567 là của đồng chí Nguyễn Văn Ân (sinh 12/05/1980), nhưng dòng này khác: Họ và tên: Nguyễn Văn Ân → Lê Văn Giả; Ngày sinh: 12/05/1980 → 01/01/1995; Số CCCD: 001080012345 → 001095999999.'
  )
  await page.getByRole('radio', { name: /^Cập nhật/ }).check({ force: true })
  await expect(page.getByRole('region', { name: 'Các dòng cập nhật' })).toContainText(
    'Điện thoại: (trống) → 0912345678'
  )
  await members.confirmImport()
  await page.getByRole('button', { name: 'Xem danh sách đảng viên' }).click()
  await members.search('001080012345')
  await expect(members.memberLink('Nguyễn Văn Ân')).toBeVisible()
  await expect(members.memberLink('Lê Văn Giả')).toBeHidden()
})

test('a member’s cell typed wrong in the sổ is corrected by an import, without recording a move', async ({
  page
}, testInfo) => {
  const [wrong, right] = ['Chi bộ Khu dân cư số 5', 'Chi bộ Khu dân cư số 6']
  const { members } = await newWard(
    page,
    [wrong, right],
    [
      {
        fullName: 'Phan Văn Bảy',
        birthDate: '7/7/1977',
        cell: wrong,
        admissionDate: '7/7/2007',
        partyCard: '07070707'
      }
    ]
  )
  const file = await writeSheet(testInfo.outputPath('sua-chi-bo.xlsx'), 'DS', (ws) =>
    ws.addRows([
      ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Số thẻ', 'Chi bộ'],
      ['Phan Văn Bảy', 'Nam', '7/7/1977', '07070707', right]
    ])
  )
  await members.importUpToPreview(file)
  // By default another cell is a move dated the import day; the clerk says the sổ's cell was wrong.
  const meaning = page.getByRole('radiogroup', { name: 'Đổi chi bộ' })
  await expect(page.getByText('1 đồng chí có chi bộ trong tệp khác chi bộ trong sổ:')).toBeVisible()
  await meaning.getByText('Chi bộ trong sổ ghi nhầm: sửa lại từ đầu').click()
  await expect(meaning.getByRole('radio', { name: 'Chi bộ trong sổ ghi nhầm: sửa lại từ đầu' })).toBeChecked()
  await page.getByText(/^Cập nhật \(1\)/).click()
  await expect(page.getByRole('region', { name: 'Các dòng cập nhật' })).toContainText(
    'Sửa chi bộ ghi nhầm: không ghi sự kiện chuyển chi bộ'
  )
  await members.confirmImport()
  await page.getByRole('button', { name: 'Xem danh sách đảng viên' }).click()
  await members.search('phan van bay')
  await members.memberLink('Phan Văn Bảy').click()
  await expect(page.getByRole('region', { name: 'Hồ sơ' })).toContainText(right)
  const history = page.getByRole('region', { name: 'Quá trình' })
  await expect(history.getByText('Kết nạp vào Đảng')).toBeVisible()
  await expect(history.getByText('Chuyển chi bộ trong Đảng bộ')).toHaveCount(0)
})

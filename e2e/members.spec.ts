import { resolve } from 'node:path'
import { test, expect } from '@playwright/test'
import ExcelJS from 'exceljs'
import { AppShell } from './pages/AppShell'
import { CellsPage } from './pages/CellsPage'
import { MembersPage } from './pages/MembersPage'

// The shared sample sits beside the repository: <repo>/../shared/samples/.
const SAMPLE = resolve(process.cwd(), '../shared/samples/danh-sach-dang-vien-he-thong.xlsx')

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
  await new AppShell(page).open()
  const cells = new CellsPage(page)
  await cells.open()
  await cells.addCell('Chi bộ Cơ quan')
  const members = new MembersPage(page)
  await members.open()
  await page.getByRole('button', { name: 'Thêm đảng viên' }).click()
  const dialog = page.getByRole('dialog', { name: 'Thêm đảng viên' })
  await dialog.getByLabel('Họ và tên').fill('Lê Văn Bình')
  await dialog.getByLabel('Ngày sinh').fill('1/1/1990')
  await dialog.getByLabel('Ngày vào Đảng').fill('1/1/2099')
  await expect(dialog.getByText(/Ngày vào Đảng \(01\/01\/2099\) ở sau hôm nay/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Lưu đảng viên' }).click()
  await expect(page.getByText('Chưa lưu: vui lòng sửa các ô báo lỗi.')).toBeVisible()
  await expect(dialog).toBeVisible()
})

test('a clerk imports the shared sample, sees each problem, then exports the list and reads it back', async ({
  page
}) => {
  await new AppShell(page).open()
  const members = new MembersPage(page)
  await members.open()
  await members.importUpToPreview(SAMPLE)

  const summary = page.getByLabel('Tóm tắt')
  // Both copies of the duplicated party card are problems (rows 8 and 26).
  await expect(summary).toContainText('Mới: 115')
  await expect(summary).toContainText('Có vấn đề: 5')
  const problems = page.getByRole('region', { name: 'Các dòng có vấn đề' })
  await expect(problems).toContainText('Số thẻ đảng viên 04785287 trùng với dòng 26 (Phan Quang Ân).')
  await expect(problems).toContainText('Số thẻ đảng viên 04785287 trùng với dòng 8 (Vũ Công Ân).')
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
  await members.search('ly duc an')
  await expect(members.memberLink('Lý Đức Ân')).toBeVisible()

  // Export one cell, filtered, and read the file back.
  await members.search('')
  await page.getByRole('combobox', { name: 'Lọc theo chi bộ' }).click({ force: true })
  await page.getByRole('option', { name: 'Chi bộ Khu dân cư số 1', exact: true }).click()
  await expect(members.count()).toHaveText(/^\d+ đảng viên/)
  const shown = Number((await members.count().innerText()).match(/^(\d+)/)![1])
  const download = await members.exportList()
  expect(download.suggestedFilename()).toMatch(/^Danh sach dang vien - Chi bộ Khu dân cư số 1 .*\.xlsx$/)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(await download.path())
  const ws = wb.worksheets[0]
  const texts: string[] = []
  ws.eachRow((row) => row.eachCell((c) => texts.push(c.text)))
  expect(texts).toContain('DANH SÁCH ĐẢNG VIÊN')
  expect(texts).toContain(`Tổng cộng: ${shown} đồng chí`)
  expect(texts).toContain('Đỗ Công Ánh')
  expect(texts).not.toContain('Chi bộ Khu dân cư số 17')
  expect(ws.pageSetup.paperSize).toBe(9)
})

test('a clerk searches without accents and moves through the results with the keyboard', async ({ page }) => {
  await new AppShell(page).open()
  const cells = new CellsPage(page)
  await cells.open()
  await cells.addCell('Chi bộ Khu dân cư số 5')
  const members = new MembersPage(page)
  await members.open()
  await members.addMember({
    fullName: 'Nguyễn Thị Bình',
    gender: 'Nữ',
    birthDate: '2/3/1975',
    cell: 'Chi bộ Khu dân cư số 5',
    admissionDate: '1/1/2000'
  })
  await members.addMember({
    fullName: 'Nguyễn Văn Ân',
    birthDate: '12/5/1980',
    cell: 'Chi bộ Khu dân cư số 5',
    admissionDate: '3/2/2010'
  })
  await members.addMember({
    fullName: 'Lê Văn Cường',
    birthDate: '1/1/1985',
    cell: 'Chi bộ Khu dân cư số 5',
    admissionDate: '3/2/2012'
  })

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

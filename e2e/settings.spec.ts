import { test, expect } from '@playwright/test'
import { SettingsPage, TRUONG_SON_NAMES } from './pages/SettingsPage'
import { AppShell } from './pages/AppShell'
import { BackupPage } from './pages/BackupPage'

test('a clerk fills in Settings, saves, reloads and finds them kept', async ({ page }) => {
  const settings = new SettingsPage(page)
  await settings.open()
  await settings.fill({ ...TRUONG_SON_NAMES, 'Tên cán bộ văn phòng (ghi vào nhật ký)': 'Trần Thị Bình' })
  await settings.save()
  await expect(settings.savedMessage()).toBeVisible()

  await page.reload()
  await expect(page.getByLabel('Cấp ủy cấp trên')).toHaveValue('ĐẢNG BỘ TỈNH THANH HÓA')
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN')
  await expect(page.getByLabel('Địa danh (ghi ở dòng ngày tháng)')).toHaveValue('Trường Sơn')
  await expect(page.getByLabel('Thẩm quyền ký')).toHaveValue('T/M ĐẢNG ỦY')
  await expect(page.getByLabel('Họ tên người ký')).toHaveValue('Lê Anh Trường')
})

test('Settings refuses to save without the required names and says which', async ({ page }) => {
  const settings = new SettingsPage(page)
  await settings.open()
  await settings.fill({ 'Cấp ủy cấp trên': '', 'Cơ quan ban hành': '' })
  await settings.save()
  await expect(page.getByText('Chưa lưu: vui lòng sửa các ô báo lỗi.')).toBeVisible()
  await expect(page.getByText('Vui lòng nhập cấp ủy cấp trên.')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Cấp ủy cấp trên')).toHaveValue('')
})

test('until Settings holds the names a document prints, every page says which; filled in, the note goes', async ({
  page
}) => {
  const shell = new AppShell(page)
  await shell.open()
  const reminder = page.getByRole('note', { name: 'Cài đặt chưa đủ' })
  await expect(reminder).toContainText('cấp ủy cấp trên, cơ quan ban hành')
  await expect(reminder).toContainText('họ tên người ký')
  await shell.goTo('Đảng viên')
  await expect(reminder).toBeVisible()

  await reminder.getByRole('link', { name: 'Điền trong Cài đặt' }).click()
  const settings = new SettingsPage(page)
  await settings.fill(TRUONG_SON_NAMES)
  await settings.save()
  await expect(settings.savedMessage()).toBeVisible()
  await shell.goTo('Tổng quan')
  await expect(reminder).toHaveCount(0)
})

test('two tabs change Settings: the later save is refused, reloads the other tab’s names, and each change is logged', async ({
  page: a,
  context
}) => {
  const first = new SettingsPage(a)
  await first.open()
  await first.fill(TRUONG_SON_NAMES)
  await first.save()
  await expect(first.savedMessage()).toBeVisible()
  const b = await context.newPage()
  const second = new SettingsPage(b)
  await second.open()
  await expect(b.getByLabel('Họ tên người ký')).toHaveValue('Lê Anh Trường')

  // The first save's message goes before the second save, so the one seen next is the second's.
  await expect(first.savedMessage()).toBeHidden()
  await first.fill({ 'Họ tên người ký': 'Nguyễn Thị Hoa' })
  await first.save()
  await expect(first.savedMessage()).toBeVisible()
  // Tab b still shows the signer it opened with: saving it would put him back without a word.
  await second.fill({ 'Địa danh (ghi ở dòng ngày tháng)': 'Hạc Thành' })
  await second.save()
  const reload = b.getByRole('dialog', { name: 'Cài đặt đã thay đổi' })
  await reload.getByRole('button', { name: 'Tải lại cài đặt' }).click()
  await expect(b.getByLabel('Họ tên người ký')).toHaveValue('Nguyễn Thị Hoa')
  await expect(b.getByLabel('Địa danh (ghi ở dòng ngày tháng)')).toHaveValue('Trường Sơn')

  const backup = new BackupPage(a)
  await backup.open()
  await backup.openTab('Nhật ký thay đổi')
  await expect(a.getByRole('table').filter({ hasText: 'Sửa cài đặt' })).toContainText(
    'Họ tên người ký: “Lê Anh Trường” → “Nguyễn Thị Hoa”'
  )
})

import { test, expect, type Page } from '@playwright/test'
import { AppShell } from './pages/AppShell'
import { BackupPage } from './pages/BackupPage'
import { SettingsPage, TRUONG_SON_NAMES } from './pages/SettingsPage'

async function saveSettings(page: Page, superior: string, clerk: string) {
  const settings = new SettingsPage(page)
  await settings.shell.goTo('Cài đặt')
  await settings.fill({
    ...TRUONG_SON_NAMES,
    'Cấp ủy cấp trên': superior,
    'Tên cán bộ văn phòng (ghi vào nhật ký)': clerk
  })
  await settings.save()
  await expect(settings.savedMessage().last()).toBeVisible()
}

test('a clerk backs up, changes something, restores the downloaded file and finds the data back', async ({
  page
}) => {
  const shell = new AppShell(page)
  await shell.open()
  // The web build cannot back up on its own: the shell says so and offers the download.
  await expect(page.getByRole('status', { name: 'Nhắc sao lưu' })).toContainText(
    'Chưa từng sao lưu ra ngoài máy.'
  )

  await saveSettings(page, 'Đảng bộ tỉnh Thanh Hóa', 'Trần Thị Bình')
  const backup = new BackupPage(page)
  await backup.open()
  const file = await backup.backupNow()
  expect(file.name).toMatch(/^so-chi-bo-\d{4}-\d{2}-\d{2}-\d{4}\.scbk$/)
  expect(file.bytes.subarray(0, 8).toString('latin1')).toBe('SCBKFILE')
  await expect(page.getByRole('status', { name: 'Nhắc sao lưu' })).toContainText('(hôm nay)')

  await saveSettings(page, 'Đảng bộ thành phố Hà Nội', 'Người khác')

  await backup.open()
  await backup.pickFile(file.name, file.bytes)
  await expect(backup.preview()).toContainText('Cài đặt')
  await expect(backup.preview()).toContainText(file.name)
  await backup.restoreConfirmed()

  await shell.open()
  await shell.goTo('Cài đặt')
  await expect(page.getByLabel('Cấp ủy cấp trên')).toHaveValue('ĐẢNG BỘ TỈNH THANH HÓA')
  await expect(page.getByLabel('Tên cán bộ văn phòng (ghi vào nhật ký)')).toHaveValue('Trần Thị Bình')

  // The restore is in the audit log, under the clerk named in the restored settings.
  await backup.open()
  await backup.openTab('Nhật ký thay đổi')
  const log = page.getByRole('table').filter({ hasText: 'Khôi phục toàn bộ dữ liệu' })
  await expect(log).toContainText('Trần Thị Bình')
})

test('a restore in one tab: the other tab stops writing meanwhile and comes back on its own with the restored data', async ({
  page,
  context
}) => {
  await new AppShell(page).open()
  await saveSettings(page, 'Đảng bộ tỉnh Thanh Hóa', 'Trần Thị Bình')
  const backup = new BackupPage(page)
  await backup.open()
  const file = await backup.backupNow()
  await saveSettings(page, 'Đảng bộ thành phố Hà Nội', 'Người khác')

  const other = await context.newPage()
  await other.goto('/')
  await new AppShell(other).goTo('Cài đặt')
  await expect(other.getByLabel('Cấp ủy cấp trên')).toHaveValue('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI')

  await backup.open()
  await backup.pickFile(file.name, file.bytes)
  await backup.restoreConfirmed()

  // No click in the other tab: it was paused during the restore and reloads when told it ended.
  await expect(other.getByLabel('Cấp ủy cấp trên')).toHaveValue('ĐẢNG BỘ TỈNH THANH HÓA')
  await expect(other.getByText('Cửa sổ khác đang khôi phục dữ liệu')).toBeHidden()
})

test('an encrypted backup asks for its passphrase and refuses a wrong one', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open()
  const backup = new BackupPage(page)
  await backup.open()
  const file = await backup.backupNow('mật khẩu dài 2026')
  expect(file.name).toMatch(/-ma-hoa\.scbk\.enc$/)

  await backup.pickFile(file.name, file.bytes)
  await page.getByLabel('Mật khẩu của tệp sao lưu').fill('sai mật khẩu')
  await page.getByRole('button', { name: 'Mở tệp' }).click()
  await expect(backup.errorAlert()).toContainText('Mật khẩu không đúng')
  await page.getByLabel('Mật khẩu của tệp sao lưu').fill('mật khẩu dài 2026')
  await page.getByRole('button', { name: 'Mở tệp' }).click()
  await expect(backup.preview()).toContainText('(có mật khẩu)')
})

test('a corrupt or foreign file gets a clear message and changes nothing', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open()
  await saveSettings(page, 'Đảng bộ tỉnh Thanh Hóa', 'Trần Thị Bình')
  const backup = new BackupPage(page)
  await backup.open()
  const file = await backup.backupNow()

  const corrupt = Buffer.from(file.bytes)
  corrupt[corrupt.length - 10] ^= 0xff
  await backup.pickFile(file.name, corrupt)
  await expect(backup.errorAlert()).toContainText('đã bị thay đổi sau khi tạo')
  await expect(backup.preview()).toHaveCount(0)

  await backup.pickFile('so-chi-bo-gia.scbk', Buffer.from('{"hello":"world"}'))
  await expect(backup.errorAlert()).toContainText('không phải tệp sao lưu của Sổ Chi bộ')

  await backup.pickFile(file.name, file.bytes.subarray(0, file.bytes.length - 50))
  await expect(backup.errorAlert()).toContainText('bị thiếu phần cuối')

  await shell.goTo('Cài đặt')
  await expect(page.getByLabel('Cấp ủy cấp trên')).toHaveValue('ĐẢNG BỘ TỈNH THANH HÓA')
})

test('the integrity check runs on demand and reports a clean database', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open()
  const backup = new BackupPage(page)
  await backup.open()
  await backup.openTab('Kiểm tra dữ liệu')
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click()
  await expect(page.getByText('Dữ liệu không có lỗi')).toBeVisible()
})

test('the app lock asks for the passphrase after a reload and lets the clerk in with it', async ({
  page
}) => {
  const settings = new SettingsPage(page)
  await settings.open()
  await settings.openAppLockTab()
  await expect(page.getByText('không mã hóa dữ liệu')).toBeVisible()
  await settings.turnOnAppLock('khoa123456')

  await page.reload()
  const lock = page.getByRole('dialog', { name: 'Sổ Chi bộ đang khóa' })
  await expect(lock).toBeVisible()
  await lock.getByLabel('Mật khẩu mở khóa').fill('sai')
  await lock.getByRole('button', { name: 'Mở khóa' }).click()
  await expect(lock.getByRole('alert')).toHaveText('Mật khẩu không đúng. Hãy nhập lại.')
  await lock.getByLabel('Mật khẩu mở khóa').fill('khoa123456')
  await lock.getByRole('button', { name: 'Mở khóa' }).click()
  await expect(lock).toHaveCount(0)
  await settings.shell.goTo('Sao lưu')
})

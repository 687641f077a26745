import { test, expect } from '@playwright/test'
import { AppShell } from './pages/AppShell'
import { BackupPage } from './pages/BackupPage'
import { MembersPage } from './pages/MembersPage'
import { SettingsPage } from './pages/SettingsPage'

test('restoring a file that would remove most of the data says so and asks for the number to be typed', async ({
  page
}) => {
  const shell = new AppShell(page)
  await shell.open()
  const backup = new BackupPage(page)
  await backup.open()
  const empty = await backup.backupNow()

  const settings = new SettingsPage(page)
  await shell.goTo('Cài đặt')
  await settings.openDemoTab()
  await settings.loadDemoData()
  const members = new MembersPage(page)
  await members.open()
  // The count is read once the list has loaded the sample ward (it shows 0 for a moment before).
  await expect(members.count()).not.toHaveText(/^0 đảng viên/)
  const listed = (await members.count().textContent())!.trim()

  await backup.open()
  await backup.pickFile(empty.name, empty.bytes)
  const preview = backup.preview()
  const loss = preview.getByRole('alert').filter({ hasText: 'sẽ xóa phần lớn dữ liệu' })
  await expect(loss).toContainText('Đảng viên: máy đang có 600, tệp chỉ có 0 — sẽ mất 600')
  // A plain file: the screen says what its checksum can and cannot detect.
  await expect(preview).toContainText('không phát hiện được tệp bị người khác cố ý sửa')

  await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click()
  const ask = page.getByRole('dialog', { name: 'Khôi phục sẽ xóa phần lớn dữ liệu' })
  await expect(ask).toContainText('Đảng viên: máy đang có 600, tệp chỉ có 0 — sẽ mất 600')
  await ask.getByRole('textbox').fill('60')
  await ask.getByRole('button', { name: 'Tôi hiểu, tiếp tục' }).click()
  await expect(ask).toContainText('Hãy gõ đúng số 600.')
  await page.screenshot({ path: 'test-results/restore-loss.png' })
  await ask.getByRole('button', { name: 'Hủy' }).click()
  await expect(ask).toBeHidden()
  await expect(page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' })).toHaveCount(0)

  // Cancelled: the members are still there.
  await members.open()
  await expect(members.count()).toHaveText(listed)

  // Typed right, the restore goes on to its usual confirmation.
  await backup.open()
  await backup.pickFile(empty.name, empty.bytes)
  await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click()
  await ask.getByRole('textbox').fill('600')
  await ask.getByRole('button', { name: 'Tôi hiểu, tiếp tục' }).click()
  const confirm = page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Khôi phục' }).click()
  const done = page.getByRole('dialog', { name: 'Khôi phục thành công' })
  await expect(done).toBeVisible({ timeout: 30_000 })
  await done.getByRole('button', { name: 'Đồng ý' }).click()
  await shell.open()
  await members.open()
  await expect(page.getByText(listed)).toHaveCount(0)
})

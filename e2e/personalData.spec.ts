import type { Download } from '@playwright/test'
import { expect, test } from './fixtures'
import { BackupPage } from './pages/BackupPage'
import { openDialog } from './pages/common'
import { MembersPage } from './pages/MembersPage'
import { SettingsPage } from './pages/SettingsPage'
import { editFirstRecord } from './pages/storedRecords'
import { readWorkbook, sheetTexts } from './pages/workbook'

async function texts(download: Download): Promise<string[]> {
  return sheetTexts((await readWorkbook(download)).worksheets[0])
}

test('the member list export asks its purpose, masks CCCD unless asked, and each export is in the chained audit log', async ({
  sampleWard: page
}) => {
  const members = new MembersPage(page)
  await members.open()

  // No purpose chosen: nothing is saved.
  const dialog = await openDialog(page, 'Xuất Excel', 'Xuất danh sách đảng viên ra Excel')
  await expect(dialog).toContainText('Mặc định số CCCD được che một phần')
  await dialog.getByRole('button', { name: 'Lưu tệp Excel' }).click()
  await expect(page.getByText('Hãy chọn mục đích xuất danh sách')).toBeVisible()
  await page.screenshot({ path: 'test-results/export-purpose.png' })
  await dialog.getByRole('button', { name: 'Hủy' }).click()

  const masked = await texts(await members.exportList('Báo cáo cấp trên'))
  expect(masked.some((t) => /^\d{12}$/.test(t))).toBe(false)
  expect(masked.some((t) => /^\d{4}••••\d{4}$/.test(t))).toBe(true)
  expect(masked).toContain('Số CCCD được che một phần để bảo vệ dữ liệu cá nhân.')

  const full = await texts(await members.exportList('Lưu hồ sơ văn phòng', true))
  expect(full.some((t) => /^\d{12}$/.test(t))).toBe(true)

  const backup = new BackupPage(page)
  await backup.open()
  await backup.openTab('Nhật ký thay đổi')
  const log = page.getByRole('table').filter({ hasText: 'Xuất dữ liệu' })
  await expect(log).toContainText('mục đích: Báo cáo cấp trên; số CCCD che một phần')
  await expect(log).toContainText('mục đích: Lưu hồ sơ văn phòng; số CCCD đầy đủ')
  await expect(log.getByText('Xuất dữ liệu').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/audit-log.png', fullPage: true })

  await backup.openTab('Kiểm tra dữ liệu')
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click()
  await expect(page.getByText(/Nhật ký thay đổi nguyên vẹn: \d+ dòng có mã kiểm tra/)).toBeVisible()
})

test('an audit entry edited outside the app is reported by the integrity check', async ({ page }) => {
  const settings = new SettingsPage(page)
  await settings.open()
  await settings.fill({ 'Tên cán bộ văn phòng (ghi vào nhật ký)': 'Trần Thị Bình' })
  await settings.save()
  const members = new MembersPage(page)
  await settings.openDemoTab()
  await settings.loadDemoData()
  await members.open()
  await members.exportList('Dùng trong chi bộ')
  // Someone edits the log with the browser's developer tools (IndexedDB directly).
  await editFirstRecord(page, 'auditLog', { summary: 'Không có gì' })
  const backup = new BackupPage(page)
  await backup.open()
  await backup.openTab('Kiểm tra dữ liệu')
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Nhật ký thay đổi đã bị can thiệp' })
  await expect(alert).toContainText('Nội dung dòng nhật ký đã bị sửa sau khi ghi.')
})

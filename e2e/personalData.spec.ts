import { test, expect } from '@playwright/test'
import ExcelJS from 'exceljs'
import { BackupPage } from './pages/BackupPage'
import { MembersPage } from './pages/MembersPage'
import { SettingsPage } from './pages/SettingsPage'
import { settleAnimations } from './pages/AppShell'

async function texts(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const out: string[] = []
  wb.worksheets[0].eachRow((row) => row.eachCell((c) => out.push(c.text)))
  return out
}

test('the member list export asks its purpose, masks CCCD unless asked, and each export is in the chained audit log', async ({
  page
}) => {
  test.setTimeout(120_000)
  const settings = new SettingsPage(page)
  await settings.loadSampleWard()
  const members = new MembersPage(page)
  await members.open()

  // No purpose chosen: nothing is saved.
  await page.getByRole('button', { name: 'Xuất Excel' }).click()
  const dialog = page.getByRole('dialog', { name: 'Xuất danh sách đảng viên ra Excel' })
  await settleAnimations(page)
  await expect(dialog).toContainText('Mặc định số CCCD được che một phần')
  await dialog.getByRole('button', { name: 'Lưu tệp Excel' }).click()
  await expect(page.getByText('Hãy chọn mục đích xuất danh sách')).toBeVisible()
  await page.screenshot({ path: 'test-results/export-purpose.png' })
  await dialog.getByRole('button', { name: 'Hủy' }).click()

  const masked = await texts(await (await members.exportList('Báo cáo cấp trên')).path())
  expect(masked.some((t) => /^\d{12}$/.test(t))).toBe(false)
  expect(masked.some((t) => /^\d{4}••••\d{4}$/.test(t))).toBe(true)
  expect(masked).toContain('Số CCCD được che một phần để bảo vệ dữ liệu cá nhân.')

  const full = await texts(await (await members.exportList('Lưu hồ sơ văn phòng', true)).path())
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
  await page.getByLabel('Tên cán bộ văn phòng (ghi vào nhật ký)').fill('Trần Thị Bình')
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
  const members = new MembersPage(page)
  await settings.openDemoTab()
  await settings.loadDemoData()
  await members.open()
  await members.exportList('Dùng trong chi bộ')
  // Someone edits the log with the browser's developer tools (IndexedDB directly).
  await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name!).filter((n) => n.startsWith('so-chi-bo'))
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(names.sort().at(-1)!)
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const store = db.transaction('auditLog', 'readwrite').objectStore('auditLog')
    await new Promise<void>((resolve) => {
      store.openCursor().onsuccess = (e) => {
        const cursor = (e.target as IDBRequest<IDBCursorWithValue>).result
        cursor.update({ ...cursor.value, summary: 'Không có gì' })
        resolve()
      }
    })
    db.close()
  })
  const backup = new BackupPage(page)
  await backup.open()
  await backup.openTab('Kiểm tra dữ liệu')
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Nhật ký thay đổi đã bị can thiệp' })
  await expect(alert).toContainText('Nội dung dòng nhật ký đã bị sửa sau khi ghi.')
})

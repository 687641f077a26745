import { expect, test } from './fixtures'
import { BackupPage } from './pages/BackupPage'
import { editFirstRecord } from './pages/storedRecords'

// A record changed outside the app (here a birth date edited in the browser's IndexedDB) is listed by
// "Kiểm tra dữ liệu", and its link opens the screen where the clerk fixes it.
test('the integrity check lists a date edited outside the app and opens the record to fix it', async ({
  sampleWard: page
}) => {
  const { fullName: name } = await editFirstRecord(page, 'members', { birthDate: '2099-02-30' })
  const backup = new BackupPage(page)
  await backup.open()
  await backup.openTab('Kiểm tra dữ liệu')
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click()
  const row = page
    .getByRole('row')
    .filter({ hasText: `${name}, ngày sinh: "2099-02-30" không phải ngày có thật.` })
  await expect(row).toContainText('Ngày không có thật')
  await row.getByRole('link', { name: 'Mở hồ sơ đảng viên' }).click()
  await expect(page.getByRole('heading', { level: 1, name: String(name) })).toBeVisible()
})

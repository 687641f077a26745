import { expect, test } from './fixtures'
import { BackupPage } from './pages/BackupPage'

// A record changed outside the app (here a birth date edited in the browser's IndexedDB) is listed by
// "Kiểm tra dữ liệu", and its link opens the screen where the clerk fixes it.
test('the integrity check lists a date edited outside the app and opens the record to fix it', async ({
  sampleWard: page
}) => {
  const name = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name!).filter((n) => n.startsWith('so-chi-bo'))
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(names.sort().at(-1)!)
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const store = db.transaction('members', 'readwrite').objectStore('members')
    const edited = await new Promise<string>((resolve) => {
      store.openCursor().onsuccess = (e) => {
        const cursor = (e.target as IDBRequest<IDBCursorWithValue>).result
        cursor.update({ ...cursor.value, birthDate: '2099-02-30' })
        resolve(cursor.value.fullName)
      }
    })
    db.close()
    return edited
  })
  const backup = new BackupPage(page)
  await backup.open()
  await backup.openTab('Kiểm tra dữ liệu')
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click()
  const row = page
    .getByRole('row')
    .filter({ hasText: `${name}, ngày sinh: "2099-02-30" không phải ngày có thật.` })
  await expect(row).toContainText('Ngày không có thật')
  await row.getByRole('link', { name: 'Mở hồ sơ đảng viên' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
})

import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'

// A disk or browser fault while a list is read: the shell says the read failed, so the clerk never
// takes an empty list for lost data; once reads work again the message goes.
test('a list that cannot be read is said to be unreadable, not shown as empty', async ({
  sampleWard: page
}) => {
  const shell = new AppShell(page)
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('Ổ đĩa không đọc được', 'UnknownError')
    }
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
      for (const name of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'] as const)
        Object.defineProperty(proto, name, { value: fail, configurable: true })
    }
  })
  await shell.goTo('Chi bộ')
  const alert = page.getByRole('alert').filter({ hasText: 'Không đọc được dữ liệu' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('đừng coi là dữ liệu đã mất')
  await page.screenshot({ path: 'test-results/read-failure.png' })

  // Reads work again (a reload gives the page its own IndexedDB back): no message, the cells are there.
  await page.reload()
  await shell.goTo('Chi bộ')
  await expect(page.getByText('Chi bộ Khu phố 1', { exact: true })).toBeVisible()
  await expect(alert).toBeHidden()
})

import { test, expect } from '@playwright/test'
import { AppShell, SECTION_LABELS } from './pages/AppShell'

test('the navigation has exactly the ten sections, in order', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open()
  const items = shell.navigation().getByRole('link')
  await expect(items).toHaveText([...SECTION_LABELS])
})

test('every section opens from the navigation and says what it will hold', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open()
  for (const label of SECTION_LABELS) {
    await shell.goTo(label)
    await expect(page.getByRole('main')).not.toBeEmpty()
  }
})

import { test as base, type Page } from '@playwright/test'
import { SettingsPage } from './pages/SettingsPage'

export { expect } from '@playwright/test'

/**
 * The sample ward has meetings and reviews up to today, so a test that records something records it
 * next year, where nothing is recorded yet.
 */
export const NEXT_YEAR = new Date().getFullYear() + 1

/**
 * Moves the app's today to `day` (YYYY-MM-DD, 10:00 in Việt Nam) for the rest of the test: what is
 * recorded next year counts as held only once its day has come. A screen reads today when it
 * opens, so open (or reload) it after this.
 */
export async function setToday(page: Page, day: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T10:00:00+07:00`))
}

/**
 * `sampleWard`: the page with the sample ward loaded through the app's own screen (Cài đặt → Dữ liệu
 * mẫu), the way most tests start. Loading it takes a while: such a test has two minutes more
 * (180 s with the usual 60 s).
 */
export const test = base.extend<{ sampleWard: Page }>({
  sampleWard: async ({ page }, use, testInfo) => {
    testInfo.setTimeout(testInfo.timeout + 120_000)
    await new SettingsPage(page).loadSampleWard()
    await use(page)
  }
})

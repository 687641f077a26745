import { expect, type Locator, type Page } from '@playwright/test'

/** The left navigation, as a clerk sees it. */
export const SECTION_LABELS = [
  'Tổng quan',
  'Chi bộ',
  'Đảng viên',
  'Sinh hoạt chi bộ',
  'Đánh giá, xếp loại',
  'Gửi – nhận sổ chi bộ',
  'Khen thưởng',
  'Báo cáo',
  'Sao lưu',
  'Cài đặt'
] as const

export type SectionLabel = (typeof SECTION_LABELS)[number]

export class AppShell {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/')
    await expect(this.navigation()).toBeVisible()
  }

  navigation() {
    return this.page.getByRole('navigation', { name: 'Điều hướng chính' })
  }

  async goTo(section: SectionLabel): Promise<void> {
    await this.navigation().getByRole('link', { name: section, exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: section, exact: true })).toBeVisible()
  }
}

/**
 * Waits until the page's finite animations (e.g. a dialog opening) have finished, so a click lands
 * where a clerk would click rather than on a control still sliding into place. Only running ones are
 * waited for, and for 2 s at most: a paused animation never finishes, and one stalled the year picker
 * of the reviews page for the whole of a retry in CI (a dialog's own takes ≈ 0.3 s).
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined))
      ),
      new Promise((resolve) => setTimeout(resolve, 2000))
    ])
  )
}

/**
 * Opens an Element Plus select and returns its list of options. The select draws its value over the
 * input, so the click is forced; a click that lands while the page is still settling is repeated.
 */
export async function openSelect(page: Page, name: string): Promise<Locator> {
  const list = page.getByRole('listbox', { name, exact: true })
  await expect(async () => {
    if (!(await list.isVisible()))
      await page.getByRole('combobox', { name, exact: true }).click({ force: true })
    await expect(list).toBeVisible({ timeout: 1500 })
  }).toPass({ timeout: 15_000 })
  return list
}

/**
 * Picks an option of the Element Plus select of that name (a text option is matched exactly), and
 * checks the select then shows it. On a busy machine the list can still scroll to its selected option
 * after Playwright found the option steady, and the click lands on a neighbour ("2022" for "2026"):
 * then the pick is made again.
 */
export async function chooseOption(page: Page, name: string, option: string | RegExp): Promise<void> {
  // The select shows the picked option's label beside its input (Element Plus draws it over it).
  const shown = page.getByRole('combobox', { name, exact: true }).locator('xpath=../..')
  await expect(async () => {
    const list = await openSelect(page, name)
    await settleAnimations(page)
    await list.getByRole('option', { name: option, exact: true }).click({ timeout: 5000 })
    // Read what the select shows only once the list has closed on the pick: before, it still shows
    // the value it had, which passes for the option when the click landed on a neighbour ("2020"
    // picked while choosing the "2026" already shown).
    await expect(list).toBeHidden({ timeout: 1500 })
    await expect(shown).toContainText(option, { timeout: 1500 })
  }).toPass({ timeout: 30_000 })
}

/** Picks the first option of the select of that name (the first whose text matches `filter`); returns its text. */
export async function chooseFirstOption(page: Page, name: string, filter?: RegExp): Promise<string> {
  const options = (await openSelect(page, name)).getByRole('option')
  const text = (await (filter ? options.filter({ hasText: filter }) : options).first().innerText()).trim()
  await chooseOption(page, name, text)
  return text
}

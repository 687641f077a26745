import { expect, type Locator, type Page } from '@playwright/test'
import { openSelect } from './AppShell'

/** Counts what a clerk does: each click and each key press (a typed text is one press per letter). */
export class StepCounter {
  clicks = 0
  keys = 0
  constructor(readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    this.clicks++
    await target.click()
  }
  async type(text: string): Promise<void> {
    this.keys += [...text].length
    await this.page.keyboard.type(text)
  }
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      this.keys++
      await this.page.keyboard.press(key)
    }
  }
  get total(): number {
    return this.clicks + this.keys
  }
}

/** "Ghi sinh hoạt cả tháng", as a clerk sees it. */
export class MonthMeetingsPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Ghi sinh hoạt cả tháng' })
  }
  table(): Locator {
    return this.page.getByRole('table', { name: /^Sinh hoạt các chi bộ tháng/ })
  }
  rows(): Locator {
    return this.table().locator('tbody').getByRole('row')
  }
  row(cellName: string): Locator {
    return this.table().getByRole('row', { name: cellName, exact: true })
  }
  dayField(cellName: string): Locator {
    return this.page.getByRole('textbox', { name: `Ngày họp — ${cellName}`, exact: true })
  }
  async cellNames(): Promise<string[]> {
    const labels = await this.rows().evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('aria-label') ?? '')
    )
    return labels
  }
  /** The names offered by a cell's absence picker (what the secretary's paper roll lists). */
  async rollOf(cellName: string): Promise<string[]> {
    // The picker's own list, once its options are drawn (reading at once could catch it empty).
    const list = await openSelect(this.page, `Vắng có lý do — ${cellName}`)
    await expect(list.getByRole('option').first()).toBeVisible()
    const names = await list.getByRole('option').allInnerTexts()
    await this.page.keyboard.press('Escape')
    await expect(list).toBeHidden()
    return names.map((n) => n.trim())
  }
  /** Picks an absentee by typing (part of) the name without accents and Enter. */
  async pickAbsent(
    cellName: string,
    kind: 'Vắng có lý do' | 'Vắng không lý do',
    typed: string
  ): Promise<void> {
    await this.page
      .getByRole('combobox', { name: `${kind} — ${cellName}`, exact: true })
      .click({ force: true })
    await this.page.keyboard.type(typed)
    await this.page.keyboard.press('Enter')
    await this.page.keyboard.press('Escape')
  }
  reasonField(cellName: string, memberName: string): Locator {
    return this.page.getByRole('textbox', { name: `Lý do vắng của ${memberName} — ${cellName}`, exact: true })
  }
  async chooseMonth(steps: StepCounter, mmYyyy: string): Promise<void> {
    const field = this.page.getByLabel('Tháng', { exact: true })
    await steps.click(field)
    await steps.press('ControlOrMeta+a')
    await steps.type(mmYyyy)
    await steps.press('Enter')
    await expect(this.table()).toHaveAttribute(
      'aria-label',
      new RegExp(`tháng ${Number(mmYyyy.slice(0, 2))}/${mmYyyy.slice(3)}$`)
    )
  }
  async save(steps: StepCounter): Promise<void> {
    await steps.click(this.page.getByRole('button', { name: /^Lưu cả tháng/ }))
  }
}

import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { AppShell, openSelect } from './AppShell'

/** Đánh giá, xếp loại, as a clerk sees it. */
export class ReviewsPage {
  readonly shell: AppShell
  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
  }

  async open(): Promise<void> {
    await this.shell.goTo('Đánh giá, xếp loại')
    await expect(this.grid()).toBeVisible()
  }

  grid(): Locator {
    return this.page.getByRole('table', { name: 'Bảng xếp loại đảng viên' })
  }

  async chooseYear(year: number): Promise<void> {
    const list = await openSelect(this.page, 'Năm đánh giá')
    await list.getByRole('option', { name: String(year), exact: true }).click()
  }

  /** Picks a cell by name, or the first one; returns its name. */
  async chooseCell(name?: string): Promise<string> {
    const list = await openSelect(this.page, 'Chi bộ')
    const option = name ? list.getByRole('option', { name, exact: true }) : list.getByRole('option').first()
    const text = (await option.innerText()).trim()
    await option.click()
    return text
  }

  /** The rating inputs of one column (Tự xếp loại, Chi bộ đề xuất, Đảng ủy quyết định), top to bottom. */
  ratingColumn(column: 'Tự xếp loại' | 'Chi bộ đề xuất' | 'Đảng ủy quyết định'): Locator {
    return this.grid().getByRole('textbox', { name: new RegExp(`^${column} – `) })
  }

  /** Types levels from the first row down, one keystroke each (1–4 jumps to the next row). */
  async typeColumn(
    column: 'Tự xếp loại' | 'Chi bộ đề xuất' | 'Đảng ủy quyết định',
    keys: string[]
  ): Promise<void> {
    await this.ratingColumn(column).first().focus()
    for (const k of keys) await this.page.keyboard.type(k)
  }

  /** Pastes a column as Excel puts it on the clipboard (CRLF-separated) into the first row. */
  async pasteColumn(
    column: 'Tự xếp loại' | 'Chi bộ đề xuất' | 'Đảng ủy quyết định',
    values: string[]
  ): Promise<void> {
    const first = this.ratingColumn(column).first()
    await first.focus()
    await first.evaluate(
      (el, text) => {
        const data = new DataTransfer()
        data.setData('text/plain', text)
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
        )
      },
      values.join('\r\n') + '\r\n'
    )
  }

  checks(): Locator {
    return this.page.getByRole('region', { name: 'Cảnh báo của chi bộ' })
  }

  async finalize(): Promise<void> {
    await this.page.getByRole('button', { name: 'Khóa kết quả năm' }).click()
    await this.page.getByRole('dialog').getByRole('button', { name: 'Khóa kết quả' }).click()
    await expect(this.page.getByRole('button', { name: 'Mở khóa' })).toBeVisible()
  }

  async exportPack(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Xuất bộ báo cáo cuối năm' }).click()
    return download
  }
}

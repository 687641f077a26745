import { expect, type Download, type Locator } from '@playwright/test'
import { chooseFirstOption, chooseOption } from './AppShell'
import { downloadFrom } from './common'
import { SectionPage } from './SectionPage'

/** Đánh giá, xếp loại, as a clerk sees it. */
export class ReviewsPage extends SectionPage {
  protected readonly section = 'Đánh giá, xếp loại'

  override async open(): Promise<void> {
    await super.open()
    await expect(this.grid()).toBeVisible()
  }

  grid(): Locator {
    return this.page.getByRole('table', { name: 'Bảng xếp loại đảng viên' })
  }

  async chooseYear(year: number): Promise<void> {
    await chooseOption(this.page, 'Năm đánh giá', String(year))
  }

  /**
   * Picks a cell by name, or the first one; returns its name. chooseOption picks again when the list
   * closed under the click (a save finishing re-renders the page).
   */
  async chooseCell(name?: string): Promise<string> {
    if (!name) return chooseFirstOption(this.page, 'Chi bộ')
    await chooseOption(this.page, 'Chi bộ', name)
    return name
  }

  /** Opens one cell's grid of a year (the first cell when no name is given); returns the cell's name. */
  async openCell(year: number, name?: string): Promise<string> {
    await this.open()
    await this.chooseYear(year)
    return this.chooseCell(name)
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

  exportPack(): Promise<Download> {
    return downloadFrom(this.page, this.page.getByRole('button', { name: 'Xuất bộ báo cáo cuối năm' }))
  }
}

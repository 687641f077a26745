import { expect, type Download, type Locator } from '@playwright/test'
import { chooseFiles, downloadFrom } from './common'
import { SectionPage } from './SectionPage'
import { chooseOption } from './AppShell'

/** Gửi – nhận sổ chi bộ, as a clerk sees it. */
export class RoundTripPage extends SectionPage {
  protected readonly section = 'Gửi – nhận sổ chi bộ'

  async choosePeriod(kind: 'Tháng' | 'Quý' | 'Năm', year: number): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Loại kỳ' }).getByText(kind, { exact: true }).click()
    await chooseOption(this.page, 'Năm', `Năm ${year}`)
  }

  makeBooks(): Promise<Download> {
    return downloadFrom(this.page, this.page.getByRole('button', { name: 'Tạo tệp cho chi bộ' }))
  }

  /** Picks the returned files (several at once) and waits for the batch preview. */
  async importBooks(files: { name: string; buffer: Buffer }[]): Promise<void> {
    const chooser = await chooseFiles(
      this.page,
      this.page.getByRole('button', { name: 'Nhập tệp chi bộ gửi về' }),
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: f.buffer
      }))
    )
    expect(chooser.isMultiple()).toBe(true)
    await expect(this.preview()).toBeVisible({ timeout: 30_000 })
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: 'Xem trước các tệp chi bộ gửi về' })
  }

  fileIn(preview: Locator, cellName: string): Locator {
    return preview.getByRole('article', { name: new RegExp(`^${cellName} — tệp`) })
  }

  saveSkipped(): Promise<Download> {
    return downloadFrom(this.page, this.page.getByRole('button', { name: 'Lưu phần chưa nhập ra tệp' }))
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ghi vào Sổ Chi bộ' }).click()
    await expect(this.page.getByText(/Đã nhập sổ của \d+ chi bộ/)).toBeVisible({ timeout: 30_000 })
  }
}

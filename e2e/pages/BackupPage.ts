import { expect } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { chooseFiles, downloadFrom } from './common'
import { SectionPage } from './SectionPage'

/** "Sao lưu" as a clerk sees it: back up to a file, restore from one, check data, read the log. */
export class BackupPage extends SectionPage {
  protected readonly section = 'Sao lưu'

  /** "Sao lưu ngay" → the downloaded file's path and name. */
  async backupNow(passphrase?: string): Promise<{ path: string; name: string; bytes: Buffer }> {
    if (passphrase) {
      // Element Plus hides the native box: the clerk clicks its label.
      await this.page.getByText('Đặt mật khẩu cho tệp sao lưu (mã hóa)').click()
      await expect(
        this.page.getByRole('checkbox', { name: 'Đặt mật khẩu cho tệp sao lưu (mã hóa)' })
      ).toBeChecked()
      await this.page.getByLabel('Mật khẩu tệp sao lưu').fill(passphrase)
      await this.page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(passphrase)
    }
    const download = await downloadFrom(this.page, this.page.getByRole('button', { name: 'Sao lưu ngay' }))
    const path = await download.path()
    return { path, name: download.suggestedFilename(), bytes: readFileSync(path) }
  }

  /** "Chọn tệp sao lưu…" and hand the file chooser these bytes. */
  async pickFile(name: string, bytes: Buffer): Promise<void> {
    await chooseFiles(this.page, this.page.getByRole('button', { name: 'Chọn tệp sao lưu…' }), {
      name,
      mimeType: 'application/octet-stream',
      buffer: bytes
    })
  }

  preview() {
    return this.page.getByLabel('Nội dung tệp sao lưu')
  }

  errorAlert() {
    return this.page.getByRole('alert').filter({ hasText: 'Dữ liệu trên máy không bị thay đổi' })
  }

  /** Confirms the restore and the success notice; the app reloads afterwards. */
  async restoreConfirmed(): Promise<void> {
    await this.page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click()
    const confirm = this.page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' })
    await expect(confirm).toBeVisible()
    await confirm.getByRole('button', { name: 'Khôi phục' }).click()
    const done = this.page.getByRole('dialog', { name: 'Khôi phục thành công' })
    await expect(done).toBeVisible({ timeout: 30_000 })
    await done.getByRole('button', { name: 'Đồng ý' }).click()
  }

  async openTab(name: 'Sao lưu và khôi phục' | 'Kiểm tra dữ liệu' | 'Nhật ký thay đổi'): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }
}

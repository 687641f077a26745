import { expect } from '@playwright/test'
import { fillLabelled } from './common'
import { SectionPage } from './SectionPage'

/** The names a ward's documents print (every field Cài đặt requires), for tests that fill them in. */
export const TRUONG_SON_NAMES = {
  'Cấp ủy cấp trên': 'Đảng bộ tỉnh Thanh Hóa',
  'Cơ quan ban hành': 'Đảng ủy phường Trường Sơn',
  'Địa danh (ghi ở dòng ngày tháng)': 'Trường Sơn',
  'Họ tên người ký': 'Lê Anh Trường'
} as const

/** Cài đặt, as a clerk sees it: the fields of the open tab, and the "Dữ liệu mẫu" tab. */
export class SettingsPage extends SectionPage {
  protected readonly section = 'Cài đặt'

  /** Loads the app first: tests start here. */
  override open(): Promise<void> {
    return this.openFromStart()
  }

  /** Types into the fields of the open tab, by their labels. */
  async fill(values: Record<string, string>): Promise<void> {
    await fillLabelled(this.page, values)
  }

  /** "Lưu" of the open tab; `savedMessage()` or the fields' messages tell how it went. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu', exact: true }).click()
  }

  savedMessage() {
    return this.page.getByText('Đã lưu cài đặt.')
  }

  async openDemoTab(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Dữ liệu mẫu' }).click()
    await expect(this.demoPanel()).toBeVisible()
  }

  demoPanel() {
    return this.page.getByRole('region', { name: 'Dữ liệu mẫu' })
  }

  async loadDemoData(): Promise<void> {
    await this.demoPanel().getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click()
    await expect(this.demoPanel().getByRole('button', { name: 'Xóa dữ liệu mẫu' })).toBeVisible({
      timeout: 60_000
    })
  }

  async openAppLockTab(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Khóa ứng dụng' }).click()
  }

  appLockPanel() {
    return this.page.getByRole('region', { name: 'Khóa ứng dụng' })
  }

  /** In the open "Khóa ứng dụng" tab: the passphrase typed twice, then "Bật khóa ứng dụng". */
  async turnOnAppLock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Mật khẩu mở ứng dụng', { exact: true }).fill(passphrase)
    await this.page.getByLabel('Nhập lại mật khẩu mở ứng dụng').fill(passphrase)
    await this.page.getByRole('button', { name: 'Bật khóa ứng dụng' }).click()
    await expect(this.page.getByText('Đã bật khóa ứng dụng.')).toBeVisible()
  }

  /** The sample ward through the app's own screen (Cài đặt → Dữ liệu mẫu), as most specs start. */
  async loadSampleWard(): Promise<void> {
    await this.open()
    await this.openDemoTab()
    await this.loadDemoData()
  }

  async removeDemoData(): Promise<void> {
    await this.demoPanel().getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click()
    await this.page.getByRole('dialog').getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click()
    await expect(this.demoPanel().getByRole('button', { name: 'Nạp dữ liệu mẫu' })).toBeEnabled()
  }

  /** The "sample data" banner shown above every page. */
  demoBanner() {
    return this.page.getByRole('note', { name: 'Dữ liệu mẫu' })
  }
}

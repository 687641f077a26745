import { expect, type Page } from '@playwright/test'
import { AppShell } from './AppShell'

/** Cài đặt, as a clerk sees it; here the "Dữ liệu mẫu" tab. */
export class SettingsPage {
  readonly shell: AppShell
  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
  }

  async open(): Promise<void> {
    await this.shell.open()
    await this.shell.goTo('Cài đặt')
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

  /** Opens Cài đặt on a fresh app and loads the sample ward. */
  async openWithDemoData(): Promise<void> {
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

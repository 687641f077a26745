import { expect, type Page } from '@playwright/test'
import { AppShell, settleAnimations } from './AppShell'

/** "Chi bộ", as a clerk sees it. */
export class CellsPage {
  readonly shell: AppShell
  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
  }

  async open(): Promise<void> {
    await this.shell.goTo('Chi bộ')
  }

  table() {
    return this.page
      .getByRole('table')
      .filter({ has: this.page.getByText('Tên chi bộ') })
      .first()
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ hasText: name })
  }

  async addCell(name: string, options: { type?: string; meetingDay?: number } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm chi bộ' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Thêm chi bộ' })
    await expect(dialog).toBeVisible()
    await settleAnimations(this.page)
    await dialog.getByLabel('Tên chi bộ').fill(name)
    if (options.type) {
      await dialog.getByRole('combobox', { name: 'Loại chi bộ' }).click({ force: true })
      await this.page.getByRole('option', { name: options.type }).click()
    }
    if (options.meetingDay)
      await dialog.getByLabel('Ngày sinh hoạt hằng tháng').fill(String(options.meetingDay))
    await dialog.getByRole('button', { name: 'Lưu chi bộ' }).click()
    await expect(this.page.getByText(`Đã thêm ${name}.`)).toBeVisible()
    await expect(dialog).toBeHidden()
  }

  async mergeIntoNew(sources: string[], newName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Hợp nhất chi bộ', exact: true }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Hợp nhất chi bộ' })
    await expect(dialog).toBeVisible()
    await settleAnimations(this.page)
    await dialog.getByRole('combobox', { name: 'Các chi bộ hợp nhất' }).click({ force: true })
    for (const s of sources) await this.page.getByRole('option', { name: s, exact: true }).click()
    await dialog.getByLabel('Tên chi bộ mới').click()
    await dialog.getByLabel('Tên chi bộ mới').fill(newName)
    await dialog.getByRole('button', { name: 'Hợp nhất' }).click()
    await this.page
      .getByRole('dialog', { name: 'Xác nhận hợp nhất chi bộ' })
      .getByRole('button', { name: 'Hợp nhất' })
      .click()
    await expect(this.page.getByText(/Đã hợp nhất:/)).toBeVisible()
  }
}

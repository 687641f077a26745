import { expect } from '@playwright/test'
import { fillLabelled, openDialog } from './common'
import { SectionPage } from './SectionPage'

/** "Chi bộ", as a clerk sees it. */
export class CellsPage extends SectionPage {
  protected readonly section = 'Chi bộ'

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
    const dialog = await openDialog(this.page, 'Thêm chi bộ')
    await fillLabelled(dialog, { 'Tên chi bộ': name })
    if (options.type) {
      await dialog.getByRole('combobox', { name: 'Loại chi bộ' }).click({ force: true })
      await this.page.getByRole('option', { name: options.type }).click()
    }
    await fillLabelled(dialog, { 'Ngày sinh hoạt hằng tháng': options.meetingDay?.toString() })
    await dialog.getByRole('button', { name: 'Lưu chi bộ' }).click()
    await expect(this.page.getByText(`Đã thêm ${name}.`)).toBeVisible()
    await expect(dialog).toBeHidden()
  }

  async mergeIntoNew(sources: string[], newName: string): Promise<void> {
    const dialog = await openDialog(this.page, 'Hợp nhất chi bộ')
    await dialog.getByRole('combobox', { name: 'Các chi bộ hợp nhất' }).click({ force: true })
    for (const s of sources) await this.page.getByRole('option', { name: s, exact: true }).click()
    await dialog.getByLabel('Tên chi bộ mới').click()
    await fillLabelled(dialog, { 'Tên chi bộ mới': newName })
    await dialog.getByRole('button', { name: 'Hợp nhất' }).click()
    await this.page
      .getByRole('dialog', { name: 'Xác nhận hợp nhất chi bộ' })
      .getByRole('button', { name: 'Hợp nhất' })
      .click()
    await expect(this.page.getByText(/Đã hợp nhất:/)).toBeVisible()
  }
}

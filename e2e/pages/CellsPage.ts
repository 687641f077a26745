import { expect } from '@playwright/test'
import { fillLabelled, openDialog } from './common'
import { SectionPage } from './SectionPage'
import { chooseOption, openSelect } from './AppShell'

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
      await chooseOption(this.page, 'Loại chi bộ', options.type)
    }
    await fillLabelled(dialog, { 'Ngày sinh hoạt hằng tháng': options.meetingDay?.toString() })
    await dialog.getByRole('button', { name: 'Lưu chi bộ' }).click()
    await expect(this.page.getByText(`Đã thêm ${name}.`)).toBeVisible()
    await expect(dialog).toBeHidden()
  }

  /** Merges `sources` into a new cell; `moving`: how many members the confirmation must say move. */
  async mergeIntoNew(sources: string[], newName: string, moving?: number): Promise<void> {
    const dialog = await openDialog(this.page, 'Hợp nhất chi bộ')
    // Looked up in its own list: another select's list may still be closing.
    const list = await openSelect(this.page, 'Các chi bộ hợp nhất')
    for (const s of sources) await list.getByRole('option', { name: s, exact: true }).click()
    await dialog.getByLabel('Tên chi bộ mới').click()
    await fillLabelled(dialog, { 'Tên chi bộ mới': newName })
    await dialog.getByRole('button', { name: 'Hợp nhất' }).click()
    const confirmation = this.page.getByRole('dialog', { name: 'Xác nhận hợp nhất chi bộ' })
    if (moving !== undefined)
      await expect(confirmation).toContainText(`${moving} đảng viên đang sinh hoạt sẽ chuyển sang ${newName}`)
    await confirmation.getByRole('button', { name: 'Hợp nhất' }).click()
    await expect(this.page.getByText(/Đã hợp nhất:/)).toBeVisible()
  }
}

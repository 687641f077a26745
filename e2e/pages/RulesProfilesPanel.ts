import { expect, type Locator } from '@playwright/test'
import { SectionPage } from './SectionPage'

/** Cài đặt › Quy định đánh giá: the built-in rules profiles and the clerk's copies. */
export class RulesProfilesPanel extends SectionPage {
  protected readonly section = 'Cài đặt'

  override async open(): Promise<void> {
    await super.open()
    await this.page.getByRole('tab', { name: 'Quy định đánh giá' }).click()
    await expect(this.panel()).toBeVisible()
  }

  panel(): Locator {
    return this.page.getByRole('region', { name: 'Quy định đánh giá, xếp loại' })
  }

  /** "Tạo bản sao" on the row of the profile whose name starts with `name`; the copy opens for editing. */
  async copy(name: string): Promise<void> {
    await this.panel()
      .getByRole('button', { name: `Tạo bản sao ${name}` })
      .click()
    await expect(this.nameField()).toHaveValue(/\(bản sao\)$/)
  }

  /** Opens a profile for viewing/editing from its row. */
  async view(name: string): Promise<void> {
    await this.panel()
      .getByRole('row')
      .filter({ hasText: name })
      .getByRole('button', { name: 'Xem', exact: true })
      .click()
    await expect(this.panel().getByRole('heading', { level: 2, name })).toBeVisible()
  }

  nameField(): Locator {
    return this.panel().getByRole('textbox', { name: 'Tên bộ quy định' })
  }

  /** A numeric parameter of the profile being edited, by its Vietnamese label. */
  numberParam(label: string): Locator {
    return this.panel().getByRole('spinbutton', { name: label, exact: true })
  }

  async setNumber(label: string, value: number): Promise<void> {
    const field = this.numberParam(label)
    await field.fill(String(value))
    await field.press('Tab')
    await expect(field).toHaveValue(String(value))
  }

  /** The "Căn cứ" of a parameter of a copy: the text its value follows. */
  sourceField(label: string): Locator {
    return this.panel().getByRole('textbox', { name: `Căn cứ – ${label}`, exact: true })
  }

  /** "Lưu bộ quy định" refused: nothing is saved and the form says which boxes to fix. */
  async saveRefused(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Lưu bộ quy định' }).click()
    await expect(
      this.page.getByRole('alert').filter({ hasText: 'Chưa lưu: vui lòng sửa các ô báo lỗi.' })
    ).toBeVisible()
  }

  async save(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Lưu bộ quy định' }).click()
    await expect(this.page.getByRole('alert').filter({ hasText: 'Đã lưu bộ quy định.' })).toBeVisible()
  }
}

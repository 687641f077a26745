import { expect, type Download } from '@playwright/test'
import { chooseFiles, downloadFrom, fillLabelled, openDialog } from './common'
import { SectionPage } from './SectionPage'
import { chooseOption } from './AppShell'

export interface NewMember {
  fullName: string
  gender?: 'Nam' | 'Nữ'
  birthDate?: string
  cell: string
  admissionDate?: string
  officialDate?: string
  partyCard?: string
  idNumber?: string
}

/** "Đảng viên", as a clerk sees it: the list, its search and filters, the import and export. */
export class MembersPage extends SectionPage {
  protected readonly section = 'Đảng viên'

  list() {
    return this.page.getByRole('table', { name: 'Danh sách đảng viên' })
  }

  memberLink(name: string) {
    return this.list().getByRole('link', { name, exact: true })
  }

  count() {
    return this.page.getByText(/^\d+ đảng viên/)
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Tìm kiếm').fill(text)
  }

  searchBox() {
    return this.page.getByLabel('Tìm kiếm')
  }

  /** Presses keys the way a clerk does from the search box: it keeps focus through the list. */
  async pressKeys(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key)
  }

  async addMember(m: NewMember): Promise<void> {
    const dialog = await openDialog(this.page, 'Thêm đảng viên')
    await fillLabelled(dialog, { 'Họ và tên': m.fullName, 'Ngày sinh': m.birthDate })
    if (m.gender === 'Nữ') {
      // Element Plus hides the real radio under its styled circle, so the click must be forced.
      const female = dialog.getByRole('radio', { name: 'Nữ' })
      await expect(async () => {
        await female.check({ force: true, timeout: 2000 })
      }).toPass({ timeout: 10_000 })
    }
    await chooseOption(this.page, 'Chi bộ', m.cell)
    await fillLabelled(dialog, {
      'Ngày vào Đảng': m.admissionDate,
      'Ngày chính thức': m.officialDate,
      'Số thẻ đảng viên': m.partyCard,
      'Số CCCD': m.idNumber
    })
    await dialog.getByRole('button', { name: 'Lưu đảng viên' }).click()
    await expect(this.page.getByText(`Đã thêm đảng viên ${m.fullName}.`)).toBeVisible()
    await expect(dialog).toBeHidden()
  }

  /** "Nhập từ Excel", then "Chọn tệp Excel" with this file (the file is then read in a worker). */
  async chooseImportFile(filePath: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Nhập từ Excel' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nhập từ Excel' })).toBeVisible()
    await chooseFiles(this.page, this.page.getByRole('button', { name: 'Chọn tệp Excel' }), filePath)
  }

  /** Runs "Nhập từ Excel" with a file up to the preview. */
  async importUpToPreview(filePath: string): Promise<void> {
    await this.chooseImportFile(filePath)
    await this.page.getByRole('button', { name: 'Xem trước' }).click()
    await expect(this.page.getByLabel('Tóm tắt')).toBeVisible()
  }

  async confirmImport(): Promise<void> {
    await this.page.getByRole('button', { name: /^Ghi vào sổ \(\d+ dòng\)$/ }).click()
    await this.page
      .getByRole('dialog', { name: 'Xác nhận nhập từ Excel' })
      .getByRole('button', { name: 'Ghi vào sổ' })
      .click()
    await expect(this.page.getByText('Đã nhập xong')).toBeVisible()
  }

  /** "Xuất Excel" with a purpose (asked on every export; CCCD masked unless `fullIdNumbers`). */
  async exportList(purpose = 'Dùng trong chi bộ', fullIdNumbers = false): Promise<Download> {
    const dialog = await openDialog(this.page, 'Xuất Excel', 'Xuất danh sách đảng viên ra Excel')
    await dialog.getByText(purpose, { exact: true }).click()
    if (fullIdNumbers) await dialog.getByText('Ghi đầy đủ số CCCD (chỉ khi mục đích cần)').click()
    return downloadFrom(this.page, dialog.getByRole('button', { name: 'Lưu tệp Excel' }))
  }
}

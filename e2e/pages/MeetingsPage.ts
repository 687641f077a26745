import { expect, type Download, type Locator } from '@playwright/test'
import { chooseFirstOption, chooseOption } from './AppShell'
import { downloadFrom } from './common'
import { SectionPage } from './SectionPage'

type Mark = 'Có mặt' | 'Vắng có lý do' | 'Vắng không lý do'

/** Sinh hoạt chi bộ, as a clerk sees it: the list, the grids and the "Ghi sinh hoạt" form. */
export class MeetingsPage extends SectionPage {
  protected readonly section = 'Sinh hoạt chi bộ'

  /** Loads the app first: tests start here. */
  override open(): Promise<void> {
    return this.openFromStart()
  }

  async filterYear(year: number): Promise<void> {
    await chooseOption(this.page, 'Năm', `Năm ${year}`)
  }

  async filterCell(cellName: string): Promise<void> {
    await chooseOption(this.page, 'Lọc theo chi bộ', cellName)
  }

  async startNewMeeting(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ghi sinh hoạt' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Ghi sinh hoạt' })).toBeVisible()
  }

  /** Picks the cell (the first one offered when no name is given) and returns its name. */
  async chooseCell(name?: string): Promise<string> {
    if (!name) return chooseFirstOption(this.page, 'Chi bộ')
    await chooseOption(this.page, 'Chi bộ', name)
    return name
  }

  async chooseType(
    label: 'Thường kỳ' | 'Chuyên đề' | 'Thường kỳ kết hợp chuyên đề' | 'Bất thường'
  ): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Loại sinh hoạt' })
      .getByText(label, { exact: true })
      .click()
  }

  async fillDate(ddmmyyyy: string): Promise<void> {
    const input = this.page.getByLabel('Ngày sinh hoạt')
    await input.fill(ddmmyyyy)
    await input.press('Enter')
    await expect(input).toHaveValue(ddmmyyyy)
  }

  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value)
  }

  rollGroups(): Locator {
    return this.page.getByRole('radiogroup', { name: /^Điểm danh / })
  }

  async markAllPresent(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tất cả có mặt' }).click()
  }

  /** Marks the n-th member of the roll (0-based); returns the member's name. */
  async markNth(n: number, mark: Mark, reason?: string): Promise<string> {
    const group = this.rollGroups().nth(n)
    const name = ((await group.getAttribute('aria-label')) ?? '').replace(/^Điểm danh /, '')
    await group.getByText(mark, { exact: true }).click()
    if (reason) await this.page.getByLabel(`Lý do vắng của ${name}`).fill(reason)
    return name
  }

  attendanceSummary(): Locator {
    return this.page.getByRole('status', { name: 'Tỷ lệ dự sinh hoạt' })
  }

  async addTask(title: string, owner: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click()
    const n = await this.page.getByRole('group', { name: /^Nhiệm vụ \d+$/ }).count()
    await this.page.getByLabel(`Nội dung nhiệm vụ ${n}`).fill(title)
    await chooseOption(this.page, `Người thực hiện nhiệm vụ ${n}`, owner)
  }

  carriedTask(title: string): Locator {
    return this.page.getByRole('group', { name: `Nhiệm vụ kỳ trước: ${title}` })
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu biên bản' }).first().click()
    // The newest message: the previous save's message may still be showing (they last 3 s).
    await expect(this.page.getByText('Đã lưu biên bản sinh hoạt.').last()).toBeVisible()
    await expect(this.page.getByRole('heading', { level: 1, name: /^Biên bản sinh hoạt ngày/ })).toBeVisible()
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: 'Quay lại danh sách' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sinh hoạt chi bộ' })).toBeVisible()
  }

  async openTab(name: RegExp | string): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }

  /** The text of a cell's row in a grid ('Theo dõi sinh hoạt theo tháng năm …' or '… theo quý …'). */
  gridRow(gridName: RegExp, cellName: string): Locator {
    return this.page
      .getByRole('table', { name: gridName })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: cellName, exact: true }) })
  }

  async exportStatistics(year: number): Promise<Download> {
    await this.page.getByRole('button', { name: 'Xuất Excel' }).click()
    return downloadFrom(
      this.page,
      this.page.getByRole('menuitem', { name: `Thống kê sinh hoạt năm ${year}` })
    )
  }
}

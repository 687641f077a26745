import { expect, type Page } from '@playwright/test'
import { AppShell } from './AppShell'

/** Tổng quan: figures that are links to the list behind them. */
export class OverviewPage {
  readonly shell: AppShell
  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
  }

  async open(): Promise<void> {
    await this.shell.open()
    await this.shell.goTo('Tổng quan')
  }

  figures() {
    return this.page.getByRole('region', { name: 'Số liệu tổng quan' })
  }

  /** Waits until every figure is computed (the region stops being busy). */
  async waitForFigures(): Promise<void> {
    await expect(this.figures()).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 })
  }

  /** A figure card, e.g. "Đảng viên chính thức"; its accessible name ends with the number. */
  figure(label: string) {
    return this.figures().getByRole('link', { name: new RegExp(`^${label}: \\d+$`) })
  }

  async figureValue(label: string): Promise<number> {
    const name = (await this.figure(label).getAttribute('aria-label')) ?? ''
    return Number(name.split(': ').pop())
  }

  panel(name: string) {
    return this.page.getByRole('region', { name })
  }

  emptyState() {
    return this.page.getByText('Chưa có dữ liệu')
  }
}

import { expect } from '@playwright/test'
import { SectionPage } from './SectionPage'

/** Tổng quan: figures that are links to the list behind them. */
export class OverviewPage extends SectionPage {
  protected readonly section = 'Tổng quan'

  /** Loads the app first: tests start here. */
  override open(): Promise<void> {
    return this.openFromStart()
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

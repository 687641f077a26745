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

  /** The members a figure counts but its list shows under another status: its "trong đó 3 miễn
   *  sinh hoạt, 1 đình chỉ sinh hoạt" hint, summed (0 without one). */
  async figureAside(label: string): Promise<number> {
    const text = (await this.figure(label).textContent()) ?? ''
    const aside = text.split('trong đó')[1] ?? ''
    return [...aside.matchAll(/\d+/g)].reduce((sum, n) => sum + Number(n[0]), 0)
  }

  panel(name: string) {
    return this.page.getByRole('region', { name })
  }

  emptyState() {
    return this.page.getByText('Chưa có dữ liệu')
  }
}

import type { Page } from '@playwright/test'
import { AppShell, type SectionLabel } from './AppShell'

/** A section of the app reached from the left navigation, as a clerk sees it; `open()` goes there. */
export abstract class SectionPage {
  readonly shell: AppShell
  protected abstract readonly section: SectionLabel

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
  }

  async open(): Promise<void> {
    await this.shell.goTo(this.section)
  }

  /** Loads the app first, then goes to the section: for a test's first screen. */
  async openFromStart(): Promise<void> {
    await this.shell.open()
    await this.shell.goTo(this.section)
  }
}

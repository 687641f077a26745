import { expect, type Download } from '@playwright/test'
import type ExcelJS from 'exceljs'
import { join } from 'node:path'
import { chooseFirstOption, chooseOption } from './AppShell'
import { downloadFrom } from './common'
import { SectionPage } from './SectionPage'
import { readWorkbook } from './workbook'

/** Báo cáo → "Báo cáo theo kỳ", as a clerk sees it. */
export class PeriodReportsSection extends SectionPage {
  protected readonly section = 'Báo cáo'

  override async open(): Promise<void> {
    await super.open()
    await expect(this.region()).toBeVisible()
  }

  region() {
    return this.page.getByRole('region', { name: 'Báo cáo theo kỳ' })
  }

  chooseYear(year: number): Promise<void> {
    return chooseOption(this.page, 'Năm báo cáo', String(year))
  }
  choosePeriod(label: string): Promise<void> {
    return chooseOption(this.page, 'Kỳ báo cáo', label)
  }
  /** Picks the first cell of the list; returns its name. */
  chooseFirstCell(): Promise<string> {
    return chooseFirstOption(this.page, 'Chi bộ', /^Chi bộ/)
  }

  /** Clicks "Xuất Excel" of the entry whose title starts with `title` and waits for the file. */
  async export(title: string | RegExp): Promise<{ download: Download; workbook: ExcelJS.Workbook }> {
    const download = await downloadFrom(this.page, this.region().getByRole('button', { name: title }), {
      timeout: 60_000
    })
    // KEEP_DOWNLOADS=<dir> keeps each file to render and look at (scripts/render-xlsx.sh).
    if (process.env.KEEP_DOWNLOADS)
      await download.saveAs(join(process.env.KEEP_DOWNLOADS, download.suggestedFilename()))
    const workbook = await readWorkbook(download)
    return { download, workbook }
  }
}

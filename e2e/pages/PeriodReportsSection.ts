import { expect, type Download, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppShell, openSelect } from './AppShell'

/** Báo cáo → "Báo cáo theo kỳ", as a clerk sees it. */
export class PeriodReportsSection {
  readonly shell: AppShell
  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
  }

  async open(): Promise<void> {
    await this.shell.goTo('Báo cáo')
    await expect(this.region()).toBeVisible()
  }

  region() {
    return this.page.getByRole('region', { name: 'Báo cáo theo kỳ' })
  }

  private async choose(label: string, option: string): Promise<void> {
    const list = await openSelect(this.page, label)
    await list.getByRole('option', { name: option, exact: true }).click()
  }

  chooseYear(year: number): Promise<void> {
    return this.choose('Năm báo cáo', String(year))
  }
  choosePeriod(label: string): Promise<void> {
    return this.choose('Kỳ báo cáo', label)
  }
  /** Picks the first cell of the list; returns its name. */
  async chooseFirstCell(): Promise<string> {
    const list = await openSelect(this.page, 'Chi bộ')
    const option = list
      .getByRole('option')
      .filter({ hasText: /^Chi bộ/ })
      .first()
    const name = (await option.innerText()).trim()
    await option.click()
    return name
  }

  /** Clicks "Xuất Excel" of the entry whose title starts with `title` and waits for the file. */
  async export(title: string | RegExp): Promise<{ download: Download; workbook: ExcelJS.Workbook }> {
    const downloading = this.page.waitForEvent('download', { timeout: 60_000 })
    await this.region().getByRole('button', { name: title }).click()
    const download = await downloading
    // KEEP_DOWNLOADS=<dir> keeps each file to render and look at (scripts/render-xlsx.sh).
    if (process.env.KEEP_DOWNLOADS)
      await download.saveAs(join(process.env.KEEP_DOWNLOADS, download.suggestedFilename()))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer)
    return { download, workbook }
  }
}

/** Texts of every non-empty cell of a sheet, in reading order. */
export function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = []
  ws.eachRow((row) => row.eachCell((c) => void (c.text && out.push(c.text))))
  return out
}

/** The first cell whose text matches. */
export function findCell(ws: ExcelJS.Worksheet, match: string | RegExp): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (!found && (typeof match === 'string' ? c.text === match : match.test(c.text))) found = c
    })
  )
  return found
}

import { expect, type Download, type FileChooser, type Locator, type Page } from '@playwright/test'
import { settleAnimations } from './AppShell'

/**
 * Clicks the button that opens a dialog and waits until the dialog has finished sliding in, so the
 * next click lands where a clerk would click. The dialog is named like its button unless told.
 */
export async function openDialog(page: Page, buttonName: string, dialogName = buttonName): Promise<Locator> {
  await page.getByRole('button', { name: buttonName, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: dialogName })
  await expect(dialog).toBeVisible()
  await settleAnimations(page)
  return dialog
}

/** Types each value into the field of that label; a value left undefined leaves its field alone. */
export async function fillLabelled(
  scope: Page | Locator,
  values: Record<string, string | undefined>,
  options: { exact?: boolean } = {}
): Promise<void> {
  for (const [label, value] of Object.entries(values))
    if (value !== undefined) await scope.getByLabel(label, options).fill(value)
}

/** Clicks what opens the file chooser and hands it the files; returns the chooser. */
export async function chooseFiles(
  page: Page,
  trigger: Locator,
  files: Parameters<FileChooser['setFiles']>[0]
): Promise<FileChooser> {
  const choosing = page.waitForEvent('filechooser')
  await trigger.click()
  const chooser = await choosing
  await chooser.setFiles(files)
  return chooser
}

/** Clicks what starts a download and returns the downloaded file. */
export async function downloadFrom(
  page: Page,
  trigger: Locator,
  options: { timeout?: number } = {}
): Promise<Download> {
  const downloading = page.waitForEvent('download', options)
  await trigger.click()
  return downloading
}

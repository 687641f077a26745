import type { Page } from '@playwright/test'
import { AppShell } from './AppShell'
import { CellsPage } from './CellsPage'
import { MembersPage, type NewMember } from './MembersPage'

/**
 * A ward started the way a clerk starts one: the app opened, the cells added under "Chi bộ", then the
 * members under "Đảng viên", which is left open.
 */
export async function newWard(
  page: Page,
  cellNames: string[],
  newMembers: NewMember[] = []
): Promise<{ cells: CellsPage; members: MembersPage }> {
  await new AppShell(page).open()
  const cells = new CellsPage(page)
  await cells.open()
  for (const name of cellNames) await cells.addCell(name)
  const members = new MembersPage(page)
  await members.open()
  for (const member of newMembers) await members.addMember(member)
  return { cells, members }
}

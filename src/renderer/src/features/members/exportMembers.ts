// "Xuất Excel" for the member screens: build the Party document and save it through `platform`.
import type { Cell, Member } from '@renderer/domain/entities'
import { todayIso } from '@renderer/domain/dates'
import { probationDue, PROBATION_NOTICE_DAYS } from '@renderer/domain/members/probation'
import { workbookToBytes } from '@renderer/excel/partyDocument'
import { buildMemberListWorkbook, type MemberColumnKey } from '@renderer/excel/reports/memberList'
import { buildProbationDueWorkbook } from '@renderer/excel/reports/probationDue'
import { platform } from '@renderer/platform'
import { useSettingsStore } from '../settings/settingsStore'

const XLSX = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]

function stamp(today: string): string {
  return today.split('-').reverse().join('-')
}

/** Returns the saved file's name, or null when the clerk cancelled. */
export async function exportMemberList(input: {
  members: readonly Member[]
  cells: readonly Cell[]
  columns: MemberColumnKey[]
  cellId: string | null
  filterSummary: string
}): Promise<string | null> {
  const settings = await useSettingsStore().ensureLoaded()
  const today = todayIso()
  const wb = buildMemberListWorkbook(settings, { ...input, asOf: today })
  const bytes = await workbookToBytes(wb)
  const cellName = input.cellId ? input.cells.find((c) => c.id === input.cellId)?.name : null
  const name = `Danh sach dang vien${cellName ? ' - ' + cellName : ''} ${stamp(today)}.xlsx`
  return (await platform.saveFile(bytes, name, XLSX))?.fileName ?? null
}

export async function exportProbationDue(
  members: readonly Member[],
  cells: readonly Cell[]
): Promise<string | null> {
  const settings = await useSettingsStore().ensureLoaded()
  const today = todayIso()
  const due = probationDue(members, today, PROBATION_NOTICE_DAYS)
  const bytes = await workbookToBytes(
    buildProbationDueWorkbook(settings, { due, cells, today, withinDays: PROBATION_NOTICE_DAYS })
  )
  return (
    (await platform.saveFile(bytes, `Dang vien den han chinh thuc ${stamp(today)}.xlsx`, XLSX))?.fileName ??
    null
  )
}

// "Xuất Excel" for the member screens: build the Party document and save it (`saveWorkbook`).
import type ExcelJS from 'exceljs'
import type { Cell, Member } from '@renderer/domain/entities'
import { todayIso } from '@renderer/domain/dates'
import { PROBATION_NOTICE_DAYS, type ProbationDue } from '@renderer/domain/members/probation'
import { buildMemberListWorkbook, type MemberColumnKey } from '@renderer/excel/reports/memberList'
import { buildProbationDueWorkbook } from '@renderer/excel/reports/probationDue'
import { useSettingsStore } from '../settings/settingsStore'
import { fileDateStamp, saveWorkbook } from '../common/saveWorkbook'
import { loadGuests } from './loadGuests'

export interface MemberListExport {
  members: readonly Member[]
  cells: readonly Cell[]
  columns: MemberColumnKey[]
  cellId: string | null
  filterSummary: string
  /** Why the list leaves the app (asked in the dialog); written to the audit log. */
  purpose: string
  idNumbers: 'masked' | 'full'
}

/**
 * The member list's workbook as of `today`. The guests are read always: with or without the
 * "Trạng thái" column, the list marks them and its total says how many are not in the đảng số.
 */
export async function memberListWorkbook(
  input: Omit<MemberListExport, 'purpose'>,
  today: string = todayIso()
): Promise<ExcelJS.Workbook> {
  const [settings, guests] = await Promise.all([
    useSettingsStore().ensureLoaded(),
    loadGuests(input.members, today)
  ])
  return buildMemberListWorkbook(settings, { ...input, asOf: today, guests })
}

/** Returns the saved file's name, or null when the clerk cancelled. */
export async function exportMemberList(input: MemberListExport): Promise<string | null> {
  const today = todayIso()
  const wb = await memberListWorkbook(input, today)
  const cellName = input.cellId ? input.cells.find((c) => c.id === input.cellId)?.name : null
  const ids = !input.columns.includes('idNumber')
    ? 'không có số CCCD'
    : input.idNumbers === 'full'
      ? 'số CCCD đầy đủ'
      : 'số CCCD che một phần'
  return saveWorkbook(
    wb,
    `Danh sach dang vien${cellName ? ' - ' + cellName : ''} ${fileDateStamp(today)}.xlsx`,
    {
      entity: 'members',
      what: `danh sách ${input.members.length} đảng viên${cellName ? ` (${cellName})` : ''}`,
      detail: ` — mục đích: ${input.purpose}; ${ids}`
    }
  )
}

/** Saves the list of members due for official membership (loadProbationDue's, as shown). */
export async function exportProbationDue(
  due: readonly ProbationDue[],
  cells: readonly Cell[]
): Promise<string | null> {
  const settings = await useSettingsStore().ensureLoaded()
  const today = todayIso()
  return saveWorkbook(
    buildProbationDueWorkbook(settings, { due, cells, today, withinDays: PROBATION_NOTICE_DAYS }),
    `Dang vien den han chinh thuc ${fileDateStamp(today)}.xlsx`,
    { entity: 'members', what: `danh sách ${due.length} đảng viên đến hạn chính thức` }
  )
}

// 6. The year-end pack: one workbook with every review and honours sheet. Entry point for the
// benchmark ("the pack for 10,000 members within 5 s"): `buildYearEndPack(input)`.
import type { OrganizationSettings } from '@renderer/domain/entities'
import type { CommendationCandidate } from '@renderer/domain/honours/commendations'
import type { BadgeReportGroup } from '@renderer/domain/honours/badgeRows'
import type { RulesParams } from '@renderer/domain/rules/params'
import { newWorkbook, workbookToBytes } from '../partyDocument'
import {
  addCellResultSheet,
  addExcellentMembersSheet,
  addMemberSummarySheet,
  type SheetOptions,
  type SummaryYear
} from './reviewSheets'
import { addBadgeSheet, addCommendationSheet } from './honoursSheets'

export interface YearEndPackInput {
  settings: OrganizationSettings
  data: SummaryYear
  params: Pick<RulesParams, 'memberStreakYears' | 'cellStreakYears'>
  commendations: readonly CommendationCandidate[]
  /** The badge list of one ceremony; omitted when none was chosen. */
  badges?: { ceremonyDate: string; groups: readonly BadgeReportGroup[] } | null
  options?: SheetOptions
}

export const YEAR_END_SHEETS = [
  'Tổng hợp xếp loại ĐV',
  'Xếp loại chi bộ',
  'ĐV HTXSNV',
  'Đề nghị khen thưởng',
  'Đề nghị Huy hiệu Đảng'
] as const

export async function buildYearEndPack(input: YearEndPackInput): Promise<Uint8Array> {
  const wb = newWorkbook()
  const { settings, data, options } = input
  addMemberSummarySheet(wb, settings, data, options)
  addCellResultSheet(wb, settings, data, options)
  addExcellentMembersSheet(wb, settings, data, options)
  addCommendationSheet(wb, settings, data.year, input.commendations, input.params, options)
  if (input.badges) addBadgeSheet(wb, settings, input.badges.ceremonyDate, input.badges.groups, options)
  return workbookToBytes(wb)
}

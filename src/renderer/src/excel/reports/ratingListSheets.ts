// Danh sách đánh giá, xếp loại đảng viên (every member of a cell or the ward: the level, or why not
// rated) and Danh sách đảng viên không hoàn thành nhiệm vụ. Rows from domain/reports/ratingList.ts;
// a list not built from the committee's decisions says so under its title (resultStage.ts).
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { RATING_SHORT } from '@renderer/domain/labels'
import { provisionalNote } from '@renderer/domain/reviews/resultStage'
import type { RatingList, RatingListRow } from '@renderer/domain/reports/ratingList'
import { incompleteGroups } from '@renderer/domain/reports/ratingList'
import type { CellGroup } from '@renderer/domain/reviews/reportRows'
import { documentWorkbook, workbookWith, type DocColumn } from '../partyDocument'
import { column, personColumns, personValues } from './columns'
import { addPersonListSheet, byCell, countOf, type PersonListSpec } from './groupedRows'

export interface RatingListScope {
  year: number
  /** "Chi bộ Khu phố 2", or null for the whole đảng bộ. */
  cellName: string | null
}

/** What both lists share: the scope line, the draft note, grouping by cell, person and position. */
function ratingListSpec(
  list: RatingList,
  groups: readonly CellGroup<RatingListRow>[],
  scope: RatingListScope,
  values: (r: RatingListRow) => Record<string, unknown> = () => ({})
): Pick<PersonListSpec<RatingListRow>, 'subtitle' | 'provisional' | 'groups' | 'values' | 'recipients'> {
  return {
    subtitle: `${scope.cellName ?? 'Toàn Đảng bộ'}: ${countOf(groups)} đồng chí`,
    // A year without the committee's decisions is a draft (DỰ THẢO) and says which step it used.
    provisional: provisionalNote(list.stage) || undefined,
    groups: byCell(groups),
    values: (r) => ({ ...personValues(r), position: r.position, ...values(r) }),
    recipients: ['Ban Tổ chức cấp trên (để báo cáo)', 'Các chi bộ trực thuộc']
  }
}

const FULL_COLUMNS: DocColumn[] = [
  ...personColumns(),
  column('position'),
  { key: 'result', header: 'Kết quả xếp loại', width: 29, kind: 'text' },
  // "HTXSNV" on one line: at 9 characters it printed as "HTXSN" / "V", on rows two lines tall.
  { key: 'short', header: 'Viết tắt', width: 11, kind: 'text' },
  { key: 'reason', header: 'Lý do không xếp loại', width: 24, kind: 'text' },
  column('note')
]

export function addRatingListSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  list: RatingList,
  scope: RatingListScope
): ExcelJS.Worksheet {
  const c = list.counts
  return addPersonListSheet(wb, settings, {
    sheetName: 'Danh sách xếp loại ĐV',
    title: `Danh sách đánh giá, xếp loại chất lượng đảng viên năm ${scope.year}`,
    orientation: 'landscape',
    columns: FULL_COLUMNS,
    ...ratingListSpec(list, list.groups, scope, (r) => ({
      result: r.result,
      short: r.rating ? RATING_SHORT[r.rating] : '',
      reason: r.reason
    })),
    notes: [
      `Cộng: HTXSNV ${c.excellent}, HTTNV ${c.good}, HTNV ${c.complete}, KHTNV ${c.incomplete}; không xếp loại ${c.notRated}; chưa đánh giá ${c.notYet}${c.left ? `; đã chuyển sinh hoạt đi, không còn sinh hoạt ${c.left} (không tính vào tổng số đảng viên)` : ''}.`
    ]
  })
}

const INCOMPLETE_COLUMNS: DocColumn[] = [
  ...personColumns(26),
  column('position', 22),
  column('note', 34, 'Căn cứ, ghi chú')
]

/** Only the members rated không hoàn thành nhiệm vụ; null when there is none (nothing to issue). */
export function addIncompleteListSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  list: RatingList,
  scope: RatingListScope
): ExcelJS.Worksheet | null {
  const groups = incompleteGroups(list)
  if (countOf(groups) === 0) return null
  return addPersonListSheet(wb, settings, {
    sheetName: 'ĐV không hoàn thành NV',
    title: `Danh sách đảng viên xếp loại không hoàn thành nhiệm vụ năm ${scope.year}`,
    orientation: 'portrait',
    columns: INCOMPLETE_COLUMNS,
    ...ratingListSpec(list, groups, scope)
  })
}

export const buildRatingListWorkbook = documentWorkbook(addRatingListSheet)

/** Null when nobody is rated không hoàn thành nhiệm vụ. */
export function buildIncompleteListWorkbook(
  settings: OrganizationSettings,
  list: RatingList,
  scope: RatingListScope,
  now: Date = new Date()
): ExcelJS.Workbook | null {
  if (countOf(incompleteGroups(list)) === 0) return null
  return workbookWith((wb) => addIncompleteListSheet(wb, settings, list, scope), now)
}

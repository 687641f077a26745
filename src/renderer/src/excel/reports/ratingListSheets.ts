// Danh sách đánh giá, xếp loại đảng viên (every member of a cell or the ward: the level, or why not
// rated) and Danh sách đảng viên không hoàn thành nhiệm vụ. Rows from domain/reports/ratingList.ts;
// a list not built from the committee's decisions says so under its title (resultStage.ts).
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { RATING_SHORT } from '@renderer/domain/labels'
import { provisionalNote } from '@renderer/domain/reviews/resultStage'
import type { RatingList } from '@renderer/domain/reports/ratingList'
import { incompleteGroups } from '@renderer/domain/reports/ratingList'
import { addPartyDocumentSheet, newWorkbook, type DocColumn } from '../partyDocument'
import { byCell, countOf, personGroupRows } from './groupedRows'

const RECIPIENTS = ['Ban Tổ chức cấp trên (để báo cáo)', 'Các chi bộ trực thuộc']

export interface RatingListScope {
  year: number
  /** "Chi bộ Khu phố 2", or null for the whole đảng bộ. */
  cellName: string | null
}

function scopeLine(scope: RatingListScope, count: number): string {
  return `${scope.cellName ?? 'Toàn Đảng bộ'}: ${count} đồng chí`
}

const FULL_COLUMNS: DocColumn[] = [
  { key: 'stt', header: 'STT', width: 5, kind: 'stt' },
  { key: 'name', header: 'Họ và tên', width: 24, kind: 'text' },
  { key: 'birth', header: 'Ngày sinh', width: 12, kind: 'date' },
  { key: 'position', header: 'Chức vụ', width: 20, kind: 'text' },
  { key: 'result', header: 'Kết quả xếp loại', width: 29, kind: 'text' },
  { key: 'short', header: 'Viết tắt', width: 9, kind: 'text' },
  { key: 'reason', header: 'Lý do không xếp loại', width: 24, kind: 'text' },
  { key: 'note', header: 'Ghi chú', width: 18, kind: 'text' }
]

export function addRatingListSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  list: RatingList,
  scope: RatingListScope
): ExcelJS.Worksheet {
  const count = countOf(list.groups)
  const c = list.counts
  return addPartyDocumentSheet(wb, settings, {
    sheetName: 'Danh sách xếp loại ĐV',
    title: `Danh sách đánh giá, xếp loại chất lượng đảng viên năm ${scope.year}`,
    subtitle: scopeLine(scope, count),
    // A year without the committee's decisions is a draft (DỰ THẢO) and says which step it used.
    provisional: provisionalNote(list.stage) || undefined,
    orientation: 'landscape',
    columns: FULL_COLUMNS,
    rows: personGroupRows(byCell(list.groups), (r) => ({
      name: r.fullName,
      birth: r.birthDate,
      position: r.position,
      result: r.result,
      short: r.rating ? RATING_SHORT[r.rating] : '',
      reason: r.reason,
      note: r.note
    })),
    notes: [
      `Cộng: HTXSNV ${c.excellent}, HTTNV ${c.good}, HTNV ${c.complete}, KHTNV ${c.incomplete}; không xếp loại ${c.notRated}; chưa đánh giá ${c.notYet}.`
    ],
    recipients: RECIPIENTS
  })
}

const INCOMPLETE_COLUMNS: DocColumn[] = [
  { key: 'stt', header: 'STT', width: 5, kind: 'stt' },
  { key: 'name', header: 'Họ và tên', width: 26, kind: 'text' },
  { key: 'birth', header: 'Ngày sinh', width: 12, kind: 'date' },
  { key: 'position', header: 'Chức vụ', width: 22, kind: 'text' },
  { key: 'note', header: 'Căn cứ, ghi chú', width: 34, kind: 'text' }
]

/** Only the members rated không hoàn thành nhiệm vụ; null when there is none (nothing to issue). */
export function addIncompleteListSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  list: RatingList,
  scope: RatingListScope
): ExcelJS.Worksheet | null {
  const groups = incompleteGroups(list)
  const count = countOf(groups)
  if (count === 0) return null
  return addPartyDocumentSheet(wb, settings, {
    sheetName: 'ĐV không hoàn thành NV',
    title: `Danh sách đảng viên xếp loại không hoàn thành nhiệm vụ năm ${scope.year}`,
    subtitle: scopeLine(scope, count),
    // A year without the committee's decisions is a draft (DỰ THẢO) and says which step it used.
    provisional: provisionalNote(list.stage) || undefined,
    orientation: 'portrait',
    columns: INCOMPLETE_COLUMNS,
    rows: personGroupRows(byCell(groups), (r) => ({
      name: r.fullName,
      birth: r.birthDate,
      position: r.position,
      note: r.note
    })),
    recipients: RECIPIENTS
  })
}

export function buildRatingListWorkbook(
  settings: OrganizationSettings,
  list: RatingList,
  scope: RatingListScope,
  now: Date = new Date()
): ExcelJS.Workbook {
  const wb = newWorkbook(now)
  addRatingListSheet(wb, settings, list, scope)
  return wb
}

/** Null when nobody is rated không hoàn thành nhiệm vụ. */
export function buildIncompleteListWorkbook(
  settings: OrganizationSettings,
  list: RatingList,
  scope: RatingListScope,
  now: Date = new Date()
): ExcelJS.Workbook | null {
  const wb = newWorkbook(now)
  return addIncompleteListSheet(wb, settings, list, scope) ? wb : null
}

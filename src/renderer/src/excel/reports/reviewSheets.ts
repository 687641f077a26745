// The year-end review spreadsheets (docs/design.md §7, docs/design.md §7 reports 1–3), each a Party document.
// Rows come from domain/reviews/reportRows.ts; this file only lays them out.
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { RATING_LABELS, RATING_SHORT } from '@renderer/domain/labels'
import { RATINGS } from '@renderer/domain/reviews/ratings'
import {
  cellResultCounts,
  cellResultRows,
  excellentMemberGroups,
  memberSummaryRows,
  percent
} from '@renderer/domain/reviews/reportRows'
import { countedStage, type ReviewYearData } from '@renderer/domain/reviews/yearData'
import type { RulesParams } from '@renderer/domain/rules/params'
import {
  STAGE_LABELS,
  provisionalNote,
  resultsStage,
  stagedRating,
  type ReviewStage
} from '@renderer/domain/reviews/resultStage'
import { formatDate } from '@renderer/domain/dates'
import { addPartyDocumentSheet, documentBytes, type DocColumn, type DocRow } from '../partyDocument'
import { column } from './columns'
import { addPersonListSheet, byCell, countOf } from './groupedRows'

export interface SheetOptions {
  /** Document date (ISO); default today. */
  date?: string
  documentNumber?: string
}

/**
 * "(số liệu tạm, theo …)" when any counted result is not the committee's decision (docs/design.md §6);
 * undefined when every result is decided. Members' sheets pass the stage of the counted reviews
 * (countedStage), never of every review on record.
 */
export function provisionalOf(stage: ReviewStage | null): string | undefined {
  return provisionalNote(stage) || undefined
}

/** The year's data and the rule its summary quotes in a header. */
export type SummaryYear = ReviewYearData & { params: Pick<RulesParams, 'notRatedAdmittedMonths'> }

/**
 * 1. Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên năm N. The "kết nạp chưa đủ … tháng"
 * column names the months of the year's own rules profile, as its count does.
 */
export function addMemberSummarySheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  data: SummaryYear,
  opts: SheetOptions = {}
): ExcelJS.Worksheet {
  const NR = 'Chưa đánh giá, xếp loại'
  const months = data.params.notRatedAdmittedMonths
  const columns: DocColumn[] = [
    column('stt'),
    column('cell', 26),
    { key: 'total', header: 'Tổng số đảng viên', width: 9, kind: 'number' },
    { key: 'reviewed', header: 'Số được đánh giá', width: 9, kind: 'number' },
    { key: 'notExempt', header: 'Miễn sinh hoạt', group: NR, width: 8, kind: 'number' },
    {
      key: 'notProbation',
      header: months > 0 ? `Kết nạp chưa đủ ${months} tháng` : 'Kết nạp chưa đủ thời gian',
      group: NR,
      width: 9,
      kind: 'number'
    },
    { key: 'notOther', header: 'Lý do khác', group: NR, width: 8, kind: 'number' },
    { key: 'unrated', header: 'Chưa có kết quả', group: NR, width: 8, kind: 'number' }
  ]
  for (const r of RATINGS) {
    const group = RATING_LABELS[r]
    columns.push({ key: `${r}N`, header: 'Số lượng', group, width: 8, kind: 'number' })
    columns.push({ key: `${r}P`, header: 'Tỷ lệ %', group, width: 8, kind: 'percent' })
  }
  columns.push({ key: 'excOfGood', header: 'HTXSNV so với số HTTNV (%)', width: 11, kind: 'percent' })

  const rows: DocRow[] = memberSummaryRows(data).map((r) => {
    const values: Record<string, unknown> = {
      cell: r.cellName,
      total: r.total,
      reviewed: r.reviewed,
      notExempt: r.notExempt,
      notProbation: r.notProbation,
      notOther: r.notOther,
      unrated: r.unrated,
      excOfGood: r.excellentOfGood
    }
    for (const k of RATINGS) {
      values[`${k}N`] = r.counts[k]
      values[`${k}P`] = r.percents[k]
    }
    if (r.cellId === null) {
      delete values.cell
      return { kind: 'total', label: 'Tổng cộng', values }
    }
    return { values }
  })
  return addPartyDocumentSheet(wb, settings, {
    sheetName: 'Tổng hợp xếp loại ĐV',
    documentKind: 'Báo cáo',
    title: `Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên năm ${data.year}`,
    // The date the subjects are worked out at (the year's as-of date), even in a document dated earlier:
    // printing the document's date would name a day the figures do not follow.
    subtitle: `(Số liệu tính đến ngày ${formatDate(data.asOfDate)})`,
    provisional: provisionalOf(countedStage(data)),
    documentNumber: opts.documentNumber,
    date: opts.date,
    orientation: 'landscape',
    columns,
    rows,
    notes: [
      'Ghi chú: tỷ lệ % của từng mức tính trên số đảng viên được đánh giá, xếp loại. "Chưa có kết quả": đảng viên phải đánh giá nhưng chưa có kết quả nào.'
    ],
    recipientGroup: 'reviews'
  })
}

/**
 * 2. Kết quả xếp loại chất lượng chi bộ năm N: the cells of the review year (cellResultRows), so
 * "Tổng số" and the "Tỷ lệ (%)" row count the cells the Chi bộ tab lists and the quota counts.
 */
export function addCellResultSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  data: ReviewYearData,
  opts: SheetOptions = {}
): ExcelJS.Worksheet {
  const rows = cellResultRows(data)
  const counts = cellResultCounts(rows)
  // The "x" stands under "Đảng ủy xếp loại" whatever step it comes from: a row not yet decided by the
  // committee names its step, as the members' rating list does ("Theo chi bộ đề xuất").
  const stepNote = (cellId: string): string => {
    const staged = stagedRating(data.cellReviews.get(cellId))
    if (!staged) return 'Chưa xếp loại'
    return staged.stage === 'decision' ? '' : `Theo ${STAGE_LABELS[staged.stage]}`
  }
  // One column per level with an "x" on the cell's row: the totals below are typed counts and percentages.
  const columns: DocColumn[] = [
    column('stt'),
    column('cell', 30),
    // "Khu dân cư / tổ dân phố" on one line.
    { key: 'type', header: 'Loại hình', width: 24, kind: 'text' },
    { key: 'members', header: 'Số đảng viên', width: 10, kind: 'number' },
    { key: 'self', header: 'Chi bộ tự xếp loại', width: 11, kind: 'text', align: 'center' },
    ...RATINGS.map((k): DocColumn => ({
      key: k,
      header: RATING_SHORT[k],
      group: 'Đảng ủy xếp loại',
      width: 10,
      kind: 'number',
      align: 'center'
    })),
    column('note', 14)
  ]
  const docRows: DocRow[] = rows.map((r) => ({
    values: {
      // A cell closed in the year is on the sheet (it existed, it may be rated); its name says it closed.
      cell: r.closed ? `${r.cellName} (${r.closed})` : r.cellName,
      type: r.cellType,
      members: r.members,
      self: r.selfRating ? RATING_SHORT[r.selfRating] : '',
      ...(r.rating ? { [r.rating]: 'x' } : {}),
      note: [stepNote(r.cellId), r.note].filter(Boolean).join('; ')
    }
  }))
  const total = rows.length
  docRows.push({
    kind: 'total',
    label: 'Số chi bộ',
    values: Object.fromEntries(RATINGS.map((k) => [k, counts[k]]))
  })
  docRows.push({
    kind: 'total',
    label: 'Tỷ lệ (%)',
    numFmt: '0.0',
    values: Object.fromEntries(RATINGS.map((k) => [k, percent(counts[k], total) ?? 0]))
  })
  return addPartyDocumentSheet(wb, settings, {
    sheetName: 'Xếp loại chi bộ',
    documentKind: 'Báo cáo',
    title: `Kết quả xếp loại chất lượng chi bộ năm ${data.year}`,
    subtitle: `Tổng số: ${total} chi bộ${counts.none ? `, trong đó ${counts.none} chi bộ chưa xếp loại` : ''}`,
    // The stage of the listed cells' ratings: a rating kept on a cell not in the year counts nowhere.
    provisional: provisionalOf(resultsStage(rows.flatMap((r) => data.cellReviews.get(r.cellId) ?? []))),
    documentNumber: opts.documentNumber,
    date: opts.date,
    columns,
    rows: docRows,
    notes: [
      `Ghi chú: ${RATINGS.map((k) => `${RATING_SHORT[k]}: ${RATING_LABELS[k].toLowerCase()}`).join('; ')}. Tỷ lệ % tính trên tổng số chi bộ.`
    ],
    recipientGroup: 'reviews'
  })
}

/** 3. Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm N — grouped by cell. */
export function addExcellentMembersSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  data: ReviewYearData,
  opts: SheetOptions = {}
): ExcelJS.Worksheet {
  const groups = excellentMemberGroups(data)
  const columns: DocColumn[] = [
    column('stt'),
    column('name', 28),
    column('cell', 30),
    { key: 'score', header: 'Điểm', width: 8, kind: 'number', numFmt: '0.##' },
    column('note', 16)
  ]
  const n = countOf(groups)
  return addPersonListSheet(wb, settings, {
    sheetName: 'ĐV HTXSNV',
    title: `Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm ${data.year}`,
    subtitle: n ? `Tổng số: ${n} đồng chí` : undefined,
    provisional: provisionalOf(countedStage(data)),
    documentNumber: opts.documentNumber,
    date: opts.date,
    orientation: 'portrait',
    columns,
    groups: byCell(groups),
    values: (m, g) => ({ name: m.fullName, cell: g.name, score: m.score, note: m.note }),
    emptyMessage: `Năm ${data.year} không có đảng viên nào được xếp loại hoàn thành xuất sắc nhiệm vụ.`,
    recipientGroup: 'reviews'
  })
}

export const buildMemberSummary = documentBytes(addMemberSummarySheet)
export const buildCellResults = documentBytes(addCellResultSheet)
export const buildExcellentMembers = documentBytes(addExcellentMembersSheet)

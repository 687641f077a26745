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
import type { ReviewYearData } from '@renderer/domain/reviews/yearData'
import {
  addPartyDocumentSheet,
  newWorkbook,
  workbookToBytes,
  type DocColumn,
  type DocRow
} from '../partyDocument'

export interface SheetOptions {
  /** Document date (ISO); default today. */
  date?: string
  documentNumber?: string
}

const RECIPIENTS = ['Ban Tổ chức cấp trên (để báo cáo)', 'Các chi bộ trực thuộc']

/** 1. Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên năm N. */
export function addMemberSummarySheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  data: ReviewYearData,
  opts: SheetOptions = {}
): ExcelJS.Worksheet {
  const NR = 'Chưa đánh giá, xếp loại'
  const columns: DocColumn[] = [
    { key: 'stt', header: 'STT', width: 5, kind: 'stt' },
    { key: 'cell', header: 'Chi bộ', width: 26, kind: 'text' },
    { key: 'total', header: 'Tổng số đảng viên', width: 9, kind: 'number' },
    { key: 'reviewed', header: 'Số được đánh giá', width: 9, kind: 'number' },
    { key: 'notExempt', header: 'Miễn sinh hoạt', group: NR, width: 8, kind: 'number' },
    { key: 'notProbation', header: 'Kết nạp chưa đủ 6 tháng', group: NR, width: 9, kind: 'number' },
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
    title: `Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên năm ${data.year}`,
    subtitle: `(Số liệu tính đến ngày ${fmtDate(data.asOfDate)})`,
    documentNumber: opts.documentNumber,
    date: opts.date,
    orientation: 'landscape',
    columns,
    rows,
    notes: ['Ghi chú: tỷ lệ % của từng mức tính trên số đảng viên được đánh giá, xếp loại.'],
    recipients: RECIPIENTS
  })
}

/** 2. Kết quả xếp loại chất lượng chi bộ năm N. */
export function addCellResultSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  data: ReviewYearData,
  opts: SheetOptions = {}
): ExcelJS.Worksheet {
  const rows = cellResultRows(data)
  const counts = cellResultCounts(rows)
  const columns: DocColumn[] = [
    { key: 'stt', header: 'STT', width: 5, kind: 'stt' },
    { key: 'cell', header: 'Chi bộ', width: 30, kind: 'text' },
    { key: 'type', header: 'Loại hình', width: 22, kind: 'text' },
    { key: 'members', header: 'Số đảng viên', width: 10, kind: 'number' },
    { key: 'self', header: 'Chi bộ tự xếp loại', width: 12, kind: 'text' },
    { key: 'rating', header: 'Đảng ủy xếp loại', width: 30, kind: 'text' },
    { key: 'note', header: 'Ghi chú', width: 18, kind: 'text' }
  ]
  const docRows: DocRow[] = rows.map((r) => ({
    values: {
      cell: r.cellName,
      type: r.cellType,
      members: r.members,
      self: r.selfRating ? RATING_SHORT[r.selfRating] : '',
      rating: r.ratingLabel,
      note: r.note
    }
  }))
  const total = rows.length
  for (const k of RATINGS)
    docRows.push({
      kind: 'total',
      label: RATING_LABELS[k],
      values: { rating: `${counts[k]} chi bộ (${fmtPct(percent(counts[k], total))} %)` }
    })
  if (counts.none)
    docRows.push({ kind: 'total', label: 'Chưa xếp loại', values: { rating: `${counts.none} chi bộ` } })
  return addPartyDocumentSheet(wb, settings, {
    sheetName: 'Xếp loại chi bộ',
    title: `Kết quả xếp loại chất lượng chi bộ năm ${data.year}`,
    subtitle: `Tổng số: ${total} chi bộ`,
    documentNumber: opts.documentNumber,
    date: opts.date,
    columns,
    rows: docRows,
    recipients: RECIPIENTS
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
    { key: 'stt', header: 'STT', width: 5, kind: 'stt' },
    { key: 'name', header: 'Họ và tên', width: 28, kind: 'text' },
    { key: 'cell', header: 'Chi bộ', width: 26, kind: 'text' },
    { key: 'score', header: 'Điểm', width: 8, kind: 'number', numFmt: '0.##' },
    { key: 'note', header: 'Ghi chú', width: 20, kind: 'text' }
  ]
  const rows: DocRow[] = []
  let n = 0
  for (const g of groups) {
    rows.push({ kind: 'group', label: `${g.cellName} (${g.items.length} đồng chí)` })
    for (const m of g.items)
      rows.push({ values: { name: m.fullName, cell: g.cellName, score: m.score, note: m.note } })
    n += g.items.length
  }
  return addPartyDocumentSheet(wb, settings, {
    sheetName: 'ĐV HTXSNV',
    title: `Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ năm ${data.year}`,
    subtitle: `Tổng số: ${n} đồng chí`,
    documentNumber: opts.documentNumber,
    date: opts.date,
    orientation: 'portrait',
    columns,
    rows,
    recipients: RECIPIENTS
  })
}

export async function buildMemberSummary(
  settings: OrganizationSettings,
  data: ReviewYearData,
  opts: SheetOptions = {}
): Promise<Uint8Array> {
  const wb = newWorkbook()
  addMemberSummarySheet(wb, settings, data, opts)
  return workbookToBytes(wb)
}

export async function buildCellResults(
  settings: OrganizationSettings,
  data: ReviewYearData,
  opts: SheetOptions = {}
): Promise<Uint8Array> {
  const wb = newWorkbook()
  addCellResultSheet(wb, settings, data, opts)
  return workbookToBytes(wb)
}

export async function buildExcellentMembers(
  settings: OrganizationSettings,
  data: ReviewYearData,
  opts: SheetOptions = {}
): Promise<Uint8Array> {
  const wb = newWorkbook()
  addExcellentMembersSheet(wb, settings, data, opts)
  return workbookToBytes(wb)
}

export function fmtDate(iso: string): string {
  const [y, m, d] = iso.split('-')
  return d ? `${d}/${m}/${y}` : iso
}

function fmtPct(n: number | null): string {
  return n === null ? '0' : n.toLocaleString('vi-VN', { maximumFractionDigits: 1 })
}

// Báo cáo thống kê đảng viên of a period and the movement lists of the same period (rows from
// domain/reports/memberStatistics.ts and movements.ts), each a Party document for the Ban Tổ chức.
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { addDays, formatDate } from '@renderer/domain/dates'
import type { PeriodRange } from '@renderer/domain/reports/period'
import type { MemberStatistics } from '@renderer/domain/reports/memberStatistics'
import type { YearOnlyCount } from '@renderer/domain/reports/yearOnlyMovements'
import { GAINS, LOSSES, MOVEMENT_LABELS, type MovementGroup } from '@renderer/domain/reports/movements'
import { addPartyDocumentSheet, documentWorkbook, type DocColumn, type DocRow } from '../partyDocument'
import { column, personColumns, personValues } from './columns'
import { addPersonListSheet } from './groupedRows'

const RECIPIENTS = ['Ban Tổ chức cấp trên (để báo cáo)']
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

function periodLine(period: PeriodRange): string {
  return `Kỳ báo cáo: ${period.label} (từ ngày ${formatDate(period.from)} đến ngày ${formatDate(period.to)})`
}

const STAT_COLUMNS: DocColumn[] = [
  // Section numbers are labels ("1", "2"), not counts: centred text, never auto-numbered.
  { key: 'no', header: 'STT', width: 6, kind: 'id' },
  { key: 'label', header: 'Chỉ tiêu', width: 46, kind: 'text' },
  { key: 'count', header: 'Số lượng', width: 12, kind: 'number' },
  { key: 'percent', header: 'Tỷ lệ so với tổng số cuối kỳ (%)', width: 14, kind: 'percent' }
]

/** Rows: start, gains and losses by kind, end, those made official; then the make-up at the end. */
export function memberStatisticsRows(s: MemberStatistics): DocRow[] {
  const head = (no: string, label: string, count?: number, percent?: number | null): DocRow => ({
    kind: 'total',
    values: { no, label, count, percent }
  })
  const line = (label: string, count: number, percent?: number | null): DocRow => ({
    values: { label: `- ${label}`, count, percent }
  })
  const rows: DocRow[] = [
    { kind: 'group', label: 'I. SỐ LƯỢNG VÀ BIẾN ĐỘNG ĐẢNG VIÊN' },
    head('1', `Tổng số đảng viên đầu kỳ (đến ngày ${formatDate(addDays(s.from, -1))})`, s.start),
    head('2', 'Tăng trong kỳ', s.gains),
    ...GAINS.map((k) => line(MOVEMENT_LABELS[k], s.counts[k])),
    head('3', 'Giảm trong kỳ', s.losses),
    ...LOSSES.map((k) => line(MOVEMENT_LABELS[k], s.counts[k])),
    head('4', `Tổng số đảng viên cuối kỳ (đến ngày ${formatDate(s.to)})`, s.end, s.end > 0 ? 100 : null),
    head('5', `${MOVEMENT_LABELS.official} trong kỳ`, s.counts.official),
    { kind: 'group', label: 'II. CƠ CẤU ĐẢNG VIÊN CUỐI KỲ' }
  ]
  s.composition.forEach((g, i) => {
    rows.push(head(String(i + 1), g.title))
    for (const l of g.lines) rows.push(line(l.label, l.count, l.percent))
  })
  return rows
}

/** The statistics and, of the movements they count, those known only by their year (yearOnlyCounts). */
export type MemberStatisticsReport = MemberStatistics & { yearOnly: readonly YearOnlyCount[] }

/**
 * "Trong số liệu biến động có 2 đảng viên chỉ biết năm 2026, chưa rõ ngày (1 kết nạp đảng viên,
 * 1 từ trần): tạm tính vào kỳ có ngày 01/01/2026, cần xác minh …", one line per year; none without.
 */
export function yearOnlyNotes(counts: readonly YearOnlyCount[]): string[] {
  const years = [...new Set(counts.map((c) => c.year))]
  return years.map((year) => {
    const ofYear = counts.filter((c) => c.year === year)
    const total = ofYear.reduce((sum, c) => sum + c.count, 0)
    const kinds = ofYear.map((c) => `${c.count} ${MOVEMENT_LABELS[c.kind].toLowerCase()}`).join(', ')
    return `Trong số liệu biến động có ${total} trường hợp chỉ biết năm ${year}, chưa rõ ngày (${kinds}): tạm tính vào kỳ có ngày 01/01/${year}, cần xác minh ngày (xem danh sách đảng viên biến động cùng kỳ).`
  })
}

export function addMemberStatisticsSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  stats: MemberStatisticsReport,
  period: PeriodRange
): ExcelJS.Worksheet {
  const notes = [
    'Ghi chú: đảng viên trong danh sách của Đảng bộ (không tính đảng viên đã chuyển đi, xóa tên, khai trừ, ra khỏi Đảng, từ trần); tuổi và tuổi Đảng tính đến ngày cuối kỳ, tuổi Đảng trừ thời gian gián đoạn.'
  ]
  if (stats.unexplained !== 0)
    notes.push(
      `Số cuối kỳ chênh ${stats.unexplained} so với số đầu kỳ cộng tăng, trừ giảm: có sự kiện ghi cho đảng viên đã ra khỏi danh sách; cần kiểm tra lại hồ sơ.`
    )
  notes.push(...yearOnlyNotes(stats.yearOnly))
  return addPartyDocumentSheet(wb, settings, {
    sheetName: 'Thống kê đảng viên',
    title: `Báo cáo thống kê đảng viên ${period.label}`,
    subtitle: periodLine(period),
    orientation: 'portrait',
    columns: STAT_COLUMNS,
    rows: memberStatisticsRows(stats),
    notes,
    recipients: RECIPIENTS
  })
}

const MOVEMENT_COLUMNS: DocColumn[] = [
  ...personColumns(),
  { key: 'gender', header: 'Giới tính', width: 7, kind: 'text' },
  column('cell'),
  { key: 'date', header: 'Ngày', width: 12, kind: 'date' },
  { key: 'decision', header: 'Số quyết định', width: 14, kind: 'text' },
  { key: 'place', header: 'Nơi chuyển đến / chuyển đi', width: 20, kind: 'text' },
  column('note', 16)
]

export function addMovementListSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  groups: readonly MovementGroup[],
  period: PeriodRange
): ExcelJS.Worksheet {
  return addPersonListSheet(wb, settings, {
    sheetName: 'Biến động đảng viên',
    title: `Danh sách đảng viên biến động ${period.label}`,
    subtitle: periodLine(period),
    orientation: 'landscape',
    columns: MOVEMENT_COLUMNS,
    groups: groups.map((g, i) => ({ name: `${ROMAN[i] ?? i + 1}. ${g.label}`, items: g.rows })),
    values: (r) => ({
      ...personValues(r),
      gender: r.gender,
      date: r.date,
      decision: r.decisionNumber,
      place: r.place
    }),
    recipients: RECIPIENTS
  })
}

export const buildMemberStatisticsWorkbook = documentWorkbook(addMemberStatisticsSheet)
export const buildMovementListWorkbook = documentWorkbook(addMovementListSheet)

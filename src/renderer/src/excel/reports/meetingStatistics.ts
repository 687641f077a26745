// "Thống kê sinh hoạt chi bộ" for a period, one row per cell: meetings by type, thematic topics,
// average attendance, quality levels, tasks open / done (rows from domain/meetings/statistics.ts).
import type ExcelJS from 'exceljs'
import type { IsoDate, OrganizationSettings } from '@renderer/domain/entities'
import { formatDate, todayIso } from '@renderer/domain/dates'
import type { CellMeetingStats } from '@renderer/domain/meetings/statistics'
import { addPartyDocumentSheet, workbookWith, type DocColumn, type DocRow } from '../partyDocument'
import { column } from './columns'

export interface MeetingStatisticsInput {
  from: IsoDate
  to: IsoDate
  rows: readonly CellMeetingStats[]
  total: CellMeetingStats
  attendanceMinPercent: number
  /** "Quý II năm 2026", "6 tháng đầu năm 2026": named in the subtitle before the dates. */
  periodLabel?: string
  /** Today (ISO; default: `now`'s day): a period running past it is reported up to today, never a future date. */
  asOf?: IsoDate
}

const COLUMNS: DocColumn[] = [
  column('stt'),
  column('cell', 22),
  { key: 'total', header: 'Tổng số buổi', width: 8, kind: 'number' },
  { key: 'regular', header: 'Thường kỳ', group: 'Số buổi theo loại', width: 8, kind: 'number' },
  { key: 'thematic', header: 'Chuyên đề', group: 'Số buổi theo loại', width: 8, kind: 'number' },
  { key: 'combined', header: 'Kết hợp', group: 'Số buổi theo loại', width: 8, kind: 'number' },
  { key: 'extraordinary', header: 'Bất thường', group: 'Số buổi theo loại', width: 8, kind: 'number' },
  // A quarter's topics in three or four lines, not six.
  { key: 'topics', header: 'Chủ đề sinh hoạt chuyên đề', width: 40, kind: 'text' },
  { key: 'attendance', header: 'Tỷ lệ dự bình quân (%)', width: 11, kind: 'percent' },
  { key: 'good', header: 'Tốt', group: 'Chất lượng buổi sinh hoạt', width: 6, kind: 'number' },
  { key: 'fair', header: 'Khá', group: 'Chất lượng buổi sinh hoạt', width: 6, kind: 'number' },
  { key: 'average', header: 'Trung bình', group: 'Chất lượng buổi sinh hoạt', width: 8, kind: 'number' },
  { key: 'poor', header: 'Kém', group: 'Chất lượng buổi sinh hoạt', width: 6, kind: 'number' },
  { key: 'unscored', header: 'Chưa chấm', group: 'Chất lượng buổi sinh hoạt', width: 7, kind: 'number' },
  { key: 'tasksOpen', header: 'Đang thực hiện', group: 'Nhiệm vụ (nghị quyết)', width: 9, kind: 'number' },
  { key: 'tasksDone', header: 'Đã hoàn thành', group: 'Nhiệm vụ (nghị quyết)', width: 9, kind: 'number' }
]

function values(s: CellMeetingStats): Record<string, unknown> {
  return {
    cell: s.cellName,
    total: s.total,
    ...s.byType,
    topics: s.topics.join('; '),
    attendance: s.averageAttendance === null ? null : Math.round(s.averageAttendance * 10) / 10,
    ...s.quality,
    unscored: s.unscored,
    tasksOpen: s.tasksOpen,
    tasksDone: s.tasksDone
  }
}

export function buildMeetingStatisticsWorkbook(
  settings: OrganizationSettings,
  input: MeetingStatisticsInput,
  now: Date = new Date()
): ExcelJS.Workbook {
  const { cell: _label, topics: _topics, ...totals } = values(input.total)
  const rows: DocRow[] = [
    ...input.rows.map((s): DocRow => ({ values: values(s) })),
    { kind: 'total', label: 'Tổng cộng', values: totals }
  ]
  const asOf = input.asOf ?? todayIso(now)
  const to = asOf < input.to ? asOf : input.to
  const add = (wb: ExcelJS.Workbook): ExcelJS.Worksheet =>
    addPartyDocumentSheet(wb, settings, {
      sheetName: 'Thống kê sinh hoạt',
      documentKind: 'Báo cáo',
      title: 'Thống kê sinh hoạt chi bộ',
      subtitle: input.periodLabel
        ? `${input.periodLabel} (từ ngày ${formatDate(input.from)} đến ngày ${formatDate(to)})`
        : `Từ ngày ${formatDate(input.from)} đến ngày ${formatDate(to)}`,
      date: asOf,
      orientation: 'landscape',
      recipientGroup: 'meetings',
      columns: COLUMNS,
      rows,
      notes: [
        `Tỷ lệ dự bình quân: trung bình tỷ lệ đảng viên có mặt của các buổi, không tính đảng viên miễn sinh hoạt; tiêu chí đạt từ ${input.attendanceMinPercent}% (HD 42-HD/BTCTW 2025).`,
        'Chất lượng buổi sinh hoạt: Tốt, Khá, Trung bình, Kém theo điểm chấm (HD 42-HD/BTCTW 2025).'
      ]
    })
  return workbookWith(add, now)
}

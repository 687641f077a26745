// "Thống kê sinh hoạt chi bộ" for a period, one row per cell: meetings by type, average attendance,
// quality levels, tasks open / done (rows from domain/meetings/statistics.ts). The topics of the
// thematic meetings go on a second sheet, one row per meeting (cell, date, type, topic): written in
// full in the table they wrapped over three or four lines a cell and a 15-cell ward took three
// pages; without them the table prints on one landscape page (docs/design.md §7).
import type ExcelJS from 'exceljs'
import type { IsoDate, OrganizationSettings } from '@renderer/domain/entities'
import { formatDate, todayIso } from '@renderer/domain/dates'
import type { CellMeetingStats } from '@renderer/domain/meetings/statistics'
import { addPartyDocumentSheet, workbookWith, type DocColumn, type DocRow } from '../partyDocument'
import { column } from './columns'
import type { RulesParams, RulesSources } from '@renderer/domain/rules/params'
import { shortSource } from '@renderer/domain/rules/profiles'

export interface MeetingStatisticsInput {
  from: IsoDate
  to: IsoDate
  rows: readonly CellMeetingStats[]
  total: CellMeetingStats
  /** The period's rules (its first year's profile): the notes quote the thresholds it counted by. */
  rules: {
    params: Pick<RulesParams, 'attendanceMinPercent' | 'qualityGood' | 'qualityFair' | 'qualityAverage'>
    sources: RulesSources
  }
  /** "Quý II năm 2026", "6 tháng đầu năm 2026": named in the subtitle before the dates. */
  periodLabel?: string
  /** Today (ISO; default: `now`'s day): a period running past it is reported up to today, never a future date. */
  asOf?: IsoDate
}

const HD42 = 'HD 42-HD/BTCTW 2025'

const COLUMNS: DocColumn[] = [
  column('stt'),
  // Names such as "Chi bộ Công ty CP Xây dựng Trường Sơn" on one line: one line a cell keeps 15 cells on
  // one page at about 10.5 pt (a wider column would shrink the whole table more than it saves).
  column('cell', 40),
  { key: 'total', header: 'Tổng số buổi', width: 8, kind: 'number' },
  { key: 'regular', header: 'Thường kỳ', group: 'Số buổi theo loại', width: 8, kind: 'number' },
  { key: 'thematic', header: 'Chuyên đề', group: 'Số buổi theo loại', width: 8, kind: 'number' },
  { key: 'combined', header: 'Kết hợp', group: 'Số buổi theo loại', width: 8, kind: 'number' },
  { key: 'extraordinary', header: 'Bất thường', group: 'Số buổi theo loại', width: 8, kind: 'number' },
  { key: 'attendance', header: 'Tỷ lệ dự bình quân (%)', width: 11, kind: 'percent' },
  { key: 'good', header: 'Tốt', group: 'Chất lượng buổi sinh hoạt', width: 6, kind: 'number' },
  { key: 'fair', header: 'Khá', group: 'Chất lượng buổi sinh hoạt', width: 6, kind: 'number' },
  { key: 'average', header: 'Trung bình', group: 'Chất lượng buổi sinh hoạt', width: 8, kind: 'number' },
  { key: 'poor', header: 'Kém', group: 'Chất lượng buổi sinh hoạt', width: 6, kind: 'number' },
  { key: 'unscored', header: 'Chưa chấm', group: 'Chất lượng buổi sinh hoạt', width: 7, kind: 'number' },
  // Wide enough for "Nhiệm vụ (nghị quyết)" on one line: the header is two rows, not three.
  { key: 'tasksOpen', header: 'Đang thực hiện', group: 'Nhiệm vụ (nghị quyết)', width: 12, kind: 'number' },
  { key: 'tasksDone', header: 'Đã hoàn thành', group: 'Nhiệm vụ (nghị quyết)', width: 12, kind: 'number' }
]

function values(s: CellMeetingStats): Record<string, unknown> {
  return {
    cell: s.cellName,
    total: s.total,
    ...s.byType,
    attendance: s.averageAttendance === null ? null : Math.round(s.averageAttendance * 10) / 10,
    ...s.quality,
    unscored: s.unscored,
    tasksOpen: s.tasksOpen,
    tasksDone: s.tasksDone
  }
}

const TOPIC_COLUMNS: DocColumn[] = [
  column('stt'),
  { key: 'date', header: 'Ngày sinh hoạt', width: 12, kind: 'date' },
  { key: 'type', header: 'Loại buổi', width: 11, kind: 'text' },
  { key: 'topic', header: 'Chủ đề sinh hoạt chuyên đề', width: 66, kind: 'text' }
]
/** A meeting's type as the statistics' columns name it ("Chuyên đề", "Kết hợp"). */
const TYPE_HEADERS = new Map(COLUMNS.map((c) => [c.key, c.header]))
const TOPICS_SHEET = 'Chủ đề sinh hoạt chuyên đề'

/** The topics' sheet: a group row per cell that named one, then its meetings by date. */
function topicRows(rows: readonly CellMeetingStats[]): DocRow[] {
  return rows
    .filter((s) => s.topicMeetings.length)
    .flatMap((s): DocRow[] => [
      { kind: 'group', label: `${s.cellName} (${s.topicMeetings.length} buổi)` },
      ...s.topicMeetings.map((m) => ({
        values: { date: m.date, type: TYPE_HEADERS.get(m.type), topic: m.topic }
      }))
    ])
}

export function buildMeetingStatisticsWorkbook(
  settings: OrganizationSettings,
  input: MeetingStatisticsInput,
  now: Date = new Date()
): ExcelJS.Workbook {
  const { cell: _label, ...totals } = values(input.total)
  const rows: DocRow[] = [
    ...input.rows.map((s): DocRow => ({ values: values(s) })),
    { kind: 'total', label: 'Tổng cộng', values: totals }
  ]
  const topics = topicRows(input.rows)
  const asOf = input.asOf ?? todayIso(now)
  const to = asOf < input.to ? asOf : input.to
  const subtitle = input.periodLabel
    ? `${input.periodLabel} (từ ngày ${formatDate(input.from)} đến ngày ${formatDate(to)})`
    : `Từ ngày ${formatDate(input.from)} đến ngày ${formatDate(to)}`
  const { params: p, sources: src } = input.rules
  const add = (wb: ExcelJS.Workbook): void => {
    addPartyDocumentSheet(wb, settings, {
      sheetName: 'Thống kê sinh hoạt',
      documentKind: 'Báo cáo',
      title: 'Thống kê sinh hoạt chi bộ',
      subtitle,
      date: asOf,
      orientation: 'landscape',
      recipientGroup: 'meetings',
      columns: COLUMNS,
      rows,
      notes: [
        `Tỷ lệ dự bình quân: trung bình tỷ lệ đảng viên có mặt của các buổi, không tính đảng viên miễn sinh hoạt; tiêu chí đạt từ ${p.attendanceMinPercent} % (${shortSource(src.attendanceMinPercent, HD42)}).`,
        `Chất lượng buổi sinh hoạt theo điểm chấm: Tốt từ ${p.qualityGood}, Khá từ ${p.qualityFair}, Trung bình từ ${p.qualityAverage} điểm, dưới ${p.qualityAverage} điểm là Kém (${shortSource(src.qualityGood, HD42)}).`,
        ...(topics.length
          ? [`Chủ đề từng buổi sinh hoạt chuyên đề: xem biểu “${TOPICS_SHEET}” kèm theo.`]
          : [])
      ]
    })
    if (topics.length)
      addPartyDocumentSheet(wb, settings, {
        sheetName: TOPICS_SHEET,
        documentKind: 'Báo cáo',
        title: `${TOPICS_SHEET} của các chi bộ`,
        subtitle,
        date: asOf,
        orientation: 'portrait',
        recipientGroup: 'meetings',
        columns: TOPIC_COLUMNS,
        rows: topics
      })
  }
  return workbookWith(add, now)
}

// The compliance grid on screen, by month or by quarter. The marks are those of the exported sheet
// (domain monthMark, quarterMark) so the screen and the paper agree.
import {
  complianceRules,
  MONTH_MARK_LEGEND,
  monthMark,
  PERIOD_STATE_LABELS,
  quarterMark,
  roman,
  type CellCompliance,
  type ComplianceSources,
  type MonthCompliance,
  type QuarterCompliance
} from '@renderer/domain/meetings/compliance'

export type GridPeriod = 'month' | 'quarter'

export interface GridMark {
  key: number
  text: string
  /** Class names: the period's state, and `short` for a meeting under its minimum length. */
  classes: string[]
  /** Said in full (tooltip and screen reader): "Chi bộ A, tháng 3: Đạt; có chuyên đề". */
  title: string
}
export interface GridRow {
  cellId: string
  cellName: string
  trackedFrom: string | null
  marks: GridMark[]
  missed: number
}
export interface GridView {
  label: string
  columns: string[]
  missedLabel: string
  rows: GridRow[]
  legend: string
}

function monthMarkOf(cellName: string, m: MonthCompliance): GridMark {
  const parts = [`${cellName}, tháng ${m.month}: ${PERIOD_STATE_LABELS[m.state]}`]
  if (m.thematic) parts.push('có chuyên đề')
  if (m.tooShort) parts.push('có buổi chưa đủ thời gian')
  const classes = m.tooShort ? [m.state, 'short'] : [m.state]
  return { key: m.month, text: monthMark(m), classes, title: parts.join('; ') }
}

function quarterMarkOf(cellName: string, q: QuarterCompliance): GridMark {
  const title = `${cellName}, quý ${roman(q.quarter)}: ${PERIOD_STATE_LABELS[q.state]}`
  return { key: q.quarter, text: quarterMark(q), classes: [q.state], title }
}

/** The grid of a year by month, or by quarter against `thematicPerQuarter` (NQ 22-NQ/TW). */
export function complianceView(
  grid: readonly CellCompliance[],
  period: GridPeriod,
  year: number,
  thematicPerQuarter: number,
  sources: ComplianceSources
): GridView {
  const byMonth = period === 'month'
  const rows = grid.map((row) => ({
    cellId: row.cellId,
    cellName: row.cellName,
    trackedFrom: row.trackedFrom,
    missed: (byMonth ? row.missedMonths : row.missedQuarters).length,
    marks: byMonth
      ? row.months.map((m) => monthMarkOf(row.cellName, m))
      : row.quarters.map((q) => quarterMarkOf(row.cellName, q))
  }))
  return byMonth
    ? {
        label: `Theo dõi sinh hoạt theo tháng năm ${year}`,
        columns: Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
        missedLabel: 'Tháng thiếu',
        rows,
        legend: MONTH_MARK_LEGEND
      }
    : {
        label: `Sinh hoạt chuyên đề theo quý năm ${year}`,
        columns: [1, 2, 3, 4].map((q) => `Quý ${roman(q)}`),
        missedLabel: 'Quý thiếu',
        rows,
        legend: `Số buổi chuyên đề trong quý (kể cả buổi kết hợp); yêu cầu ít nhất ${thematicPerQuarter} buổi mỗi quý — ${complianceRules(sources).thematic}.`
      }
}

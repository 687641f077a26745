// Exports of the meetings section. Each builds rows from the domain, a workbook in excel/reports and
// saves through `saveWorkbook` (logged as an export). `meetingReports` is listed on the Báo cáo page.
import { todayIso, formatDate } from '@renderer/domain/dates'
import { complianceGrid } from '@renderer/domain/meetings/compliance'
import { meetingStatistics } from '@renderer/domain/meetings/statistics'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { rulesRepository } from '@renderer/db/repositories/rulesRepository'
import { buildComplianceWorkbook } from '@renderer/excel/reports/complianceReport'
import { buildMeetingStatisticsWorkbook } from '@renderer/excel/reports/meetingStatistics'
import { buildSignInSheetWorkbook, type SignInSheetInput } from '@renderer/excel/reports/signInSheet'
import type ExcelJS from 'exceljs'
import { useSettingsStore } from '../settings/settingsStore'
import { rulesOf } from './rules'
import { refuseNotBegun } from '../common/nothingToExport'
import { saveWorkbook } from '../common/saveWorkbook'
import type { ReportEntry } from '../reports/reportEntry'

/** The saved file's name, or null when the clerk cancelled. */
export type ExportResult = string | null

/** Saves a report of the meetings (some name members: attendance); `what` goes to the audit log. */
function save(wb: ExcelJS.Workbook, name: string, what: string): Promise<ExportResult> {
  return saveWorkbook(wb, name, { entity: 'meetings', what })
}

/**
 * Thống kê sinh hoạt chi bộ from `from` to `to` (ISO, inclusive). A named period (a quarter, a
 * half-year) gives the subtitle its name and the file its slug.
 */
export async function exportMeetingStatistics(
  from: string,
  to: string,
  period?: { label: string; slug: string }
): Promise<ExportResult> {
  const wholeYear = from.slice(0, 4) === to.slice(0, 4) && from.endsWith('01-01') && to.endsWith('12-31')
  const heading =
    period?.label ??
    (wholeYear ? `Năm ${from.slice(0, 4)}` : `Kỳ từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`)
  refuseNotBegun(from, heading)
  const settings = await useSettingsStore().ensureLoaded()
  const [cells, rules] = await Promise.all([cellRepository.list(), rulesRepository.book()])
  const years: number[] = []
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y)
  const meetings = (await Promise.all(years.map((year) => meetingRepository.list({ year })))).flat()
  const tasks = await meetingRepository.tasksOfMeetings(meetings.map((m) => m.id))
  // A period still running is counted up to today, as its subtitle states (docs/design.md §7; the
  // same cut as domain/reports/period.ts rangeUpTo): a meeting typed ahead is not counted as held.
  const today = todayIso()
  const upTo = from <= today && today < to ? today : to
  const stats = meetingStatistics(meetings, tasks, cells, from, upTo, (y) => rulesOf(y, rules).params)
  const wb = buildMeetingStatisticsWorkbook(settings, {
    from,
    to,
    ...stats,
    rules: rulesOf(years[0], rules),
    periodLabel: period?.label
  })
  const suffix = period?.slug ?? (wholeYear ? from.slice(0, 4) : `${from}_${to}`)
  return save(
    wb,
    `Thong-ke-sinh-hoat-${suffix}.xlsx`,
    `thống kê sinh hoạt chi bộ ${period?.label ?? `${formatDate(from)} – ${formatDate(to)}`}`
  )
}

/** Bảng theo dõi sinh hoạt theo tháng và quý of a year. */
export async function exportCompliance(year: number): Promise<ExportResult> {
  refuseNotBegun(`${year}-01-01`, `Năm ${year}`)
  const settings = await useSettingsStore().ensureLoaded()
  const inputs = await meetingRepository.complianceInputs(year)
  const today = todayIso()
  const grid = complianceGrid(inputs.meetings, inputs.cells, year, inputs.params, today, inputs.metBefore)
  const wb = buildComplianceWorkbook(settings, {
    year,
    grid,
    asOf: today,
    thematicPerQuarter: inputs.params.thematicPerQuarter,
    sources: inputs.sources
  })
  return save(wb, `Theo-doi-sinh-hoat-${year}.xlsx`, `bảng theo dõi sinh hoạt chi bộ năm ${year}`)
}

/** Danh sách đảng viên dự sinh hoạt of one saved meeting, to print and sign: the meeting, its cell
 *  and its roll as the meeting's form holds them. */
export async function exportSignInSheet(input: SignInSheetInput): Promise<ExportResult> {
  const wb = buildSignInSheetWorkbook(await useSettingsStore().ensureLoaded(), input)
  const day = formatDate(input.meeting.date)
  return save(
    wb,
    `Danh-sach-du-sinh-hoat-${day.replace(/\//g, '-')}.xlsx`,
    `danh sách dự sinh hoạt ngày ${day}`
  )
}

/** Listed by the Báo cáo page; each runs with sensible defaults (this year). */
export const meetingReports: ReportEntry[] = [
  {
    title: 'Thống kê sinh hoạt chi bộ (năm nay)',
    description: 'Mỗi chi bộ: số buổi theo loại, chủ đề chuyên đề, tỷ lệ dự bình quân, chất lượng, nhiệm vụ.',
    run: () => {
      const year = new Date().getFullYear()
      return exportMeetingStatistics(`${year}-01-01`, `${year}-12-31`)
    }
  },
  {
    title: 'Bảng theo dõi sinh hoạt theo tháng và quý (năm nay)',
    description: 'Sinh hoạt thường kỳ từng tháng, chuyên đề từng quý, buổi chưa đủ thời gian.',
    run: () => exportCompliance(new Date().getFullYear())
  }
]

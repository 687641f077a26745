// Reports a ward office sends up each period (Báo cáo → "Báo cáo theo kỳ"): member statistics and
// movement lists of a year, half-year or quarter; meeting statistics of the same period; the Điều 8.2
// list, the rating lists, this year's HTXSNV proposals and the HHĐ-form badge list. Each loads what
// its rows need once, builds the rows in domain/reports, the workbook in excel/reports, and saves
// through `saveWorkbook` (logged as an export). An empty list is not issued: the clerk is told there is nothing to send.
import type { Cell } from '@renderer/domain/entities'
import { formatDate, todayIso } from '@renderer/domain/dates'
import { absenceDay } from '@renderer/domain/meetings/absences'
import { heldBy } from '@renderer/domain/meetings/toCome'
import { foldForSearch } from '@renderer/domain/names'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'
import { openYear } from '@renderer/domain/reviews/openYear'
import { periodRange, rangeUpTo, type ReportPeriod } from '@renderer/domain/reports/period'
import { memberStatistics } from '@renderer/domain/reports/memberStatistics'
import { movementGroups, movementsByKind } from '@renderer/domain/reports/movements'
import { yearOnlyCounts } from '@renderer/domain/reports/yearOnlyMovements'
import { absenceWarningGroups } from '@renderer/domain/reports/absenceList'
import { ratingList } from '@renderer/domain/reports/ratingList'
import { excellentProposals } from '@renderer/domain/reports/excellentProposals'
import { badgeFormGroups } from '@renderer/domain/reports/badgeForm'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { rulesRepository } from '@renderer/db/repositories/rulesRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import {
  buildMemberStatisticsWorkbook,
  buildMovementListWorkbook
} from '@renderer/excel/reports/memberStatisticsSheet'
import { buildAbsenceListWorkbook } from '@renderer/excel/reports/absenceListSheet'
import {
  buildIncompleteListWorkbook,
  buildRatingListWorkbook
} from '@renderer/excel/reports/ratingListSheets'
import { buildExcellentProposalWorkbook } from '@renderer/excel/reports/excellentProposalSheet'
import { buildBadgeFormWorkbook } from '@renderer/excel/reports/badgeFormSheet'
import { NothingToExport, refuseNotBegun } from '../common/nothingToExport'
import { saveWorkbook } from '../common/saveWorkbook'
import { useSettingsStore } from '../settings/settingsStore'
import { loadGuests } from '../members/loadGuests'
import { exportMeetingStatistics } from '../meetings/reports'
import { rulesOf } from '../meetings/rules'
import { loadBadgeContext, loadHonoursContext, type ExportResult } from './reviewReports'

/** "danh sách … năm 2026 (Chi bộ Khu phố 2)": what a list of one cell or of the ward holds. */
const scoped = (what: string, scope: { name: string | null }) =>
  scope.name ? `${what} (${scope.name})` : what

/** The cell's name for titles and a file-name suffix; the whole ward when no cell is chosen. */
function scopeOf(cells: readonly Cell[], cellId: string | null): { name: string | null; slug: string } {
  const cell = cellId ? cells.find((c) => c.id === cellId) : undefined
  if (cellId && !cell) throw new Error('Không tìm thấy chi bộ đã chọn (có thể đã bị xóa).')
  return { name: cell?.name ?? null, slug: cell ? `-${slugOf(cell.name)}` : '' }
}

/** "Chi bộ Khu phố 2" → "chi-bo-khu-pho-2" (file names without marks or spaces). */
function slugOf(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

async function ward() {
  const [members, events, cells] = await Promise.all([
    memberRepository.list(),
    memberRepository.allEvents(),
    cellRepository.list()
  ])
  return { members, eventsByMember: groupEventsByMember(events), cells }
}

/**
 * Said on the member statistics, the movement list, the meeting statistics and the HHĐ form, which
 * the "Chi bộ" picker does not narrow: a cell's own figures would count its members by the cell they
 * were in on each date, and a move between cells as its gain or loss, which the ward's movements
 * (movements.ts) do not record; the meeting statistics already give each cell its row.
 */
export function wardWideNote(cellName: string | null): string {
  return cellName ? `Luôn tính cho toàn Đảng bộ, không riêng ${cellName}.` : 'Tính cho toàn Đảng bộ.'
}

/**
 * The period of the member statistics and movements: one still running is reported up to today; one
 * not begun has no figures yet (notBegunNote).
 */
function statedRange(period: ReportPeriod) {
  const range = periodRange(period)
  refuseNotBegun(range.from, range.heading)
  return rangeUpTo(range, todayIso())
}

export async function exportMemberStatistics(period: ReportPeriod): Promise<ExportResult> {
  const range = statedRange(period)
  const [settings, w] = await Promise.all([useSettingsStore().ensureLoaded(), ward()])
  const stats = memberStatistics(w.members, w.eventsByMember, range.from, range.to)
  // The movements the statistics count by convention (year only known): the sheet names them.
  const byKind = movementsByKind(w.members, w.eventsByMember, range.from, range.to)
  const yearOnly = yearOnlyCounts(byKind, range.from, range.to)
  return saveWorkbook(
    buildMemberStatisticsWorkbook(settings, { ...stats, yearOnly }, range),
    `Thong-ke-dang-vien-${range.slug}.xlsx`,
    { entity: 'members', what: `thống kê đảng viên ${range.label}` }
  )
}

export async function exportMovementLists(period: ReportPeriod): Promise<ExportResult> {
  const range = statedRange(period)
  const [settings, w] = await Promise.all([useSettingsStore().ensureLoaded(), ward()])
  const byKind = movementsByKind(w.members, w.eventsByMember, range.from, range.to)
  const groups = movementGroups(byKind, new Map(w.members.map((m) => [m.id, m])), w.cells)
  if (groups.length === 0) throw new NothingToExport(`Không có đảng viên biến động trong ${range.label}.`)
  return saveWorkbook(
    buildMovementListWorkbook(settings, groups, range),
    `Bien-dong-dang-vien-${range.slug}.xlsx`,
    { entity: 'members', what: `danh sách đảng viên biến động ${range.label}` }
  )
}

export function exportMeetingStatisticsOf(period: ReportPeriod): Promise<ExportResult> {
  const range = periodRange(period)
  return exportMeetingStatistics(range.from, range.to, { label: range.heading, slug: range.slug })
}

export async function exportAbsenceList(year: number, cellId: string | null): Promise<ExportResult> {
  const [settings, marks, members, cells, rules] = await Promise.all([
    useSettingsStore().ensureLoaded(),
    meetingRepository.unexcusedInYear(year),
    memberRepository.listActive(),
    cellRepository.list(),
    rulesRepository.book()
  ])
  const scope = scopeOf(cells, cellId)
  const { params, sources } = rulesOf(year, rules)
  const groups = absenceWarningGroups(
    heldBy(marks, todayIso()),
    year,
    params,
    new Map(members.map((m) => [m.id, m])),
    cells,
    cellId,
    new Set((await loadGuests(members, absenceDay(year, todayIso()))).keys())
  )
  if (groups.length === 0)
    throw new NothingToExport(
      `${scope.name ?? 'Toàn Đảng bộ'}: năm ${year} không có đảng viên vắng sinh hoạt không lý do từ ${params.absenceWarningCount} tháng trở lên.`
    )
  return saveWorkbook(
    buildAbsenceListWorkbook(settings, groups, {
      year,
      threshold: params.absenceWarningCount,
      thresholdSource: sources.absenceWarningCount,
      cellName: scope.name
    }),
    `Vang-sinh-hoat-khong-ly-do-${year}${scope.slug}.xlsx`,
    { entity: 'meetings', what: scoped(`danh sách đảng viên vắng sinh hoạt không lý do năm ${year}`, scope) }
  )
}

async function loadRatingList(year: number, cellId: string | null) {
  const [settings, src] = await Promise.all([
    useSettingsStore().ensureLoaded(),
    reviewRepository.loadYear(year)
  ])
  const scope = scopeOf(src.cells, cellId)
  const list = ratingList(openYear(src), new Map(src.members.map((m) => [m.id, m])), cellId)
  return { settings, scope, list }
}

export async function exportRatingList(year: number, cellId: string | null): Promise<ExportResult> {
  const { settings, scope, list } = await loadRatingList(year, cellId)
  if (list.groups.length === 0)
    throw new NothingToExport(
      `${scope.name ?? 'Toàn Đảng bộ'}: năm ${year} chưa có đảng viên nào để đánh giá.`
    )
  return saveWorkbook(
    buildRatingListWorkbook(settings, list, { year, cellName: scope.name }),
    `Danh-sach-xep-loai-dang-vien-${year}${scope.slug}.xlsx`,
    { entity: 'memberReviews', what: scoped(`danh sách xếp loại đảng viên năm ${year}`, scope) }
  )
}

export async function exportIncompleteList(year: number, cellId: string | null): Promise<ExportResult> {
  const { settings, scope, list } = await loadRatingList(year, cellId)
  const wb = buildIncompleteListWorkbook(settings, list, { year, cellName: scope.name })
  if (!wb)
    throw new NothingToExport(
      `${scope.name ?? 'Toàn Đảng bộ'}: năm ${year} không có đảng viên xếp loại không hoàn thành nhiệm vụ.`
    )
  return saveWorkbook(wb, `Dang-vien-khong-hoan-thanh-nhiem-vu-${year}${scope.slug}.xlsx`, {
    entity: 'memberReviews',
    what: scoped(`danh sách đảng viên không hoàn thành nhiệm vụ năm ${year}`, scope)
  })
}

export async function exportExcellentProposals(
  year: number,
  cellId: string | null,
  awardForm: string
): Promise<ExportResult> {
  const [settings, ctx, members] = await Promise.all([
    useSettingsStore().ensureLoaded(),
    loadHonoursContext(year),
    memberRepository.list()
  ])
  const scope = scopeOf(ctx.opened.cells, cellId)
  const proposals = excellentProposals(
    year,
    ctx.commendations,
    new Map(members.map((m) => [m.id, m])),
    ctx.opened.memberReviews,
    ctx.opened.cells,
    awardForm,
    cellId
  )
  // Who is listed is commendations.ts': the committee's decisions and proposals recorded on the Khen
  // thưởng page, never a cell's proposal alone.
  if (proposals.total === 0)
    throw new NothingToExport(
      `${scope.name ?? 'Toàn Đảng bộ'}: năm ${year} chưa có đảng viên được Đảng ủy quyết định xếp loại hoàn thành xuất sắc nhiệm vụ hoặc đã đề nghị ở trang Khen thưởng (đề xuất của chi bộ chưa được tính).`
    )
  return saveWorkbook(
    buildExcellentProposalWorkbook(settings, year, proposals, scope.name),
    `De-nghi-khen-thuong-HTXSNV-${year}${scope.slug}.xlsx`,
    {
      entity: 'commendations',
      what: scoped(`danh sách đề nghị khen thưởng đảng viên hoàn thành xuất sắc nhiệm vụ năm ${year}`, scope)
    }
  )
}

export async function exportBadgeForm(ceremonyDate: string): Promise<ExportResult> {
  const [settings, src] = await Promise.all([
    useSettingsStore().ensureLoaded(),
    reviewRepository.loadYear(Number(ceremonyDate.slice(0, 4)))
  ])
  const ctx = await loadBadgeContext(ceremonyDate, src)
  const groups = badgeFormGroups(
    ctx.candidates,
    new Map(src.members.map((m) => [m.id, m])),
    src.eventsByMember,
    src.cells
  )
  // The form lists only those proposed at this ceremony: a candidate held back by discipline is
  // left out of its groups (badgeReportGroups), so the groups, not the candidates, say it is empty.
  if (groups.length === 0) {
    const held = ctx.candidates.filter((c) => c.heldBack).length
    throw new NothingToExport(
      held > 0
        ? `Đợt ${formatDate(ceremonyDate)} không có đảng viên được đề nghị tặng Huy hiệu Đảng: ${held} đồng chí đủ tuổi Đảng nhưng chưa xét đợt này do kỷ luật (${ctx.holdSource}), xem trang Khen thưởng.`
        : `Đợt ${formatDate(ceremonyDate)} không có đảng viên đủ điều kiện tặng Huy hiệu Đảng.`
    )
  }
  return saveWorkbook(
    buildBadgeFormWorkbook(settings, ceremonyDate, groups),
    `De-nghi-Huy-hieu-Dang-mau-HHD-${formatDate(ceremonyDate).replace(/\//g, '-')}.xlsx`,
    {
      entity: 'badges',
      what: `danh sách đề nghị tặng Huy hiệu Đảng (mẫu HHĐ) đợt ${formatDate(ceremonyDate)}`
    }
  )
}

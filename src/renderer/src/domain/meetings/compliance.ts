// Meeting compliance of the cells for one calendar year (Điều lệ Điều 24; Nghị quyết 22-NQ/TW 2008;
// HD 42-HD/BTCTW 2025): a regular meeting every month, at least `thematicPerQuarter` thematic meetings
// a quarter, each meeting at least its minimum length.
//
// Fairness rules (a clerk must be able to trust a red cell):
// - a month or quarter not yet over is never "missed" (it is "pending", or "future" if not begun);
// - a cell is only required to meet in months (quarters) it existed for entirely — a cell founded in
//   March is not blamed for January, nor a cell closed in May for June;
// - nor before the ward's records of it start ("theo dõi từ": the cell's own date, else its first
//   recorded meeting or the day it was entered): a cell entered today is "chưa theo dõi" for every
//   earlier month, not "không sinh hoạt".
// Pure and linear in the number of meetings: engineer F's bench times it for 200 cells × 10 years.
import type { Cell, IsoDate, Meeting } from '../entities'
import type { RulesParams, RulesSources } from '../rules/params'
import { comparable, daysInMonth, isYearOnly, toIsoDate, todayIso } from '../dates'
import { isTooShort } from './duration'
import { heldBy } from './toCome'
import { compareCellNames } from '../names'

export type ComplianceMeeting = Pick<Meeting, 'cellId' | 'date' | 'type' | 'startTime' | 'endTime'>
export type ComplianceCell = Pick<Cell, 'id' | 'name' | 'status'> &
  Partial<Pick<Cell, 'foundedOn' | 'closedOn' | 'trackedFrom' | 'createdAt'>>
export type ComplianceParams = Pick<
  RulesParams,
  'meetingMinMinutes' | 'combinedMeetingMinMinutes' | 'thematicPerQuarter'
>

/** ok: requirement met · missed: period over, not met · pending: period running, not met yet ·
 *  future: not begun · notRequired: the cell did not exist for the whole period ·
 *  untracked: before the ward's records of the cell start. */
export type PeriodState = 'ok' | 'missed' | 'pending' | 'future' | 'notRequired' | 'untracked'

export interface MonthCompliance {
  month: number
  /** A regular meeting (thường kỳ, or combined with a thematic one) was held. */
  regular: boolean
  /** A thematic meeting (chuyên đề, or combined) was held. */
  thematic: boolean
  meetingCount: number
  /** At least one meeting of the month was shorter than its minimum. */
  tooShort: boolean
  /** The state of the monthly regular-meeting requirement. */
  state: PeriodState
  /** The cell existed for the whole month, so the month counts in the summary's months due. */
  required: boolean
}

export interface QuarterCompliance {
  quarter: number
  thematicCount: number
  state: PeriodState
  /** The cell existed for the whole quarter, so the quarter counts in the summary's quarters due. */
  required: boolean
}

export interface CellCompliance {
  cellId: string
  cellName: string
  months: MonthCompliance[]
  quarters: QuarterCompliance[]
  missedMonths: number[]
  missedQuarters: number[]
  tooShortMonths: number[]
  /** The first day tracked, when it falls after 1 January of the year (else null). */
  trackedFrom: IsoDate | null
}

export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  ok: 'Đạt',
  missed: 'Không sinh hoạt',
  pending: 'Chưa đến hạn',
  future: 'Chưa đến',
  notRequired: 'Chưa thành lập / đã giải thể',
  untracked: 'Chưa theo dõi'
}

/** The sources a compliance check cites: the year's rules profile's, for the parameters it counts by. */
export type ComplianceSources = Pick<
  RulesSources,
  'thematicPerQuarter' | 'meetingMinMinutes' | 'combinedMeetingMinMinutes'
>

/**
 * The meeting rules in words, as the year's rules profile cites them: the built-in profiles cite
 * NQ 22 and HD 42-HD/BTCTW 2025 with their numbers, a province's copy its own guidance. The grids,
 * the cells behind and the spreadsheet sent up each quote the rule they counted by — never a
 * national figure beside a count made with the province's.
 */
export function complianceRules(sources: ComplianceSources): {
  monthly: string
  thematic: string
  duration: string
} {
  return {
    monthly: 'Điều lệ Đảng Điều 24; HD 42-HD/BTCTW 2025: chi bộ sinh hoạt thường kỳ mỗi tháng một lần',
    thematic: sources.thematicPerQuarter ?? '',
    duration: [sources.meetingMinMinutes, sources.combinedMeetingMinMinutes].filter(Boolean).join('; ')
  }
}

export function isRegularType(type: Meeting['type']): boolean {
  return type === 'regular' || type === 'combined'
}

export function isThematicType(type: Meeting['type']): boolean {
  return type === 'thematic' || type === 'combined'
}

/**
 * Did the cell exist for the whole period [first, last]? Unknown founding = always existed. The
 * closing day is the first day the cell no longer exists (cellLife.ts), so one closed on the period's
 * last day did not exist for all of it.
 */
function existedThroughout(cell: ComplianceCell, first: IsoDate, last: IsoDate): boolean {
  const founded = cell.foundedOn?.slice(0, 10)
  // A founding known by its year only may be any day of it (docs/design.md §4: never 1 January).
  if (founded && (isYearOnly(founded) ? founded >= first.slice(0, 4) : founded > first)) return false
  if (cell.closedOn && cell.closedOn <= last) return false
  return true
}

/**
 * The day the ward's records of a cell start: its own "theo dõi từ", else — unless it met in an
 * earlier year — the earlier of its first meeting of the year and the day it was entered.
 * Null when the whole year is tracked.
 */
export function trackingStart(
  cell: ComplianceCell,
  firstMeetingOfYear: IsoDate | null,
  metInEarlierYear: boolean
): IsoDate | null {
  if (cell.trackedFrom) return comparable(cell.trackedFrom)
  if (metInEarlierYear) return null
  // createdAt is an instant (UTC): the day entered is the clerk's own day (Việt Nam, UTC+7).
  const entered = cell.createdAt ? enteredOn(cell.createdAt) : null
  if (!entered) return firstMeetingOfYear
  return firstMeetingOfYear && firstMeetingOfYear < entered ? firstMeetingOfYear : entered
}

/** The local day of a stored instant ('…T…Z'); a bare date stays as it is. */
function enteredOn(at: string): IsoDate {
  const instant = new Date(at)
  return at.length > 10 && !Number.isNaN(instant.getTime()) ? todayIso(instant) : at.slice(0, 10)
}

function periodState(
  met: boolean,
  required: boolean,
  first: IsoDate,
  last: IsoDate,
  today: IsoDate,
  tracked = true
): PeriodState {
  if (met) return 'ok'
  if (!required) return 'notRequired'
  if (!tracked) return 'untracked'
  if (first > today) return 'future'
  if (last >= today) return 'pending'
  return 'missed'
}

/** Cells that existed at some point of the year (active ones, and closed ones up to their closing). */
export function cellsOfYear<T extends ComplianceCell>(cells: readonly T[], year: number): T[] {
  return cellsOfPeriod(cells, `${year}-01-01`, `${year}-12-31`)
}

/**
 * Cells that existed at some point of [first, last]: founded by its end (a founding known by its
 * year only, by that year), not closed on or before its start — the closing day is the first day the
 * cell no longer exists (cellLife.ts: a merge on 01/07 hands its members over that day); a cell
 * closed without a date only if still active. The compliance grid, the period's meeting statistics
 * and the review year's cells list the same cells this way.
 */
export function cellsOfPeriod<T extends ComplianceCell>(
  cells: readonly T[],
  first: IsoDate,
  last: IsoDate
): T[] {
  return cells.filter((c) => {
    if (c.foundedOn && c.foundedOn.slice(0, 10) > last) return false
    if (c.closedOn && c.closedOn <= first) return false
    if (!c.closedOn && c.status !== 'active') return false
    return true
  })
}

/**
 * `metBefore`: the cells with a meeting recorded in an earlier year (tracked since then). Left out,
 * every cell counts as tracked before the year unless it has its own "theo dõi từ".
 */
export function complianceGrid(
  meetings: readonly ComplianceMeeting[],
  cells: readonly ComplianceCell[],
  year: number,
  params: ComplianceParams,
  today: IsoDate,
  metBefore?: ReadonlySet<string>
): CellCompliance[] {
  const prefix = String(year)
  const byCell = new Map<string, ComplianceMeeting[]>()
  // A meeting counts once its day has come: one dated later (planned, or a year typed wrong) never
  // shows a month or quarter as held before it is.
  for (const m of heldBy(meetings, today)) {
    if (!m.date.startsWith(prefix)) continue
    const list = byCell.get(m.cellId)
    if (list) list.push(m)
    else byCell.set(m.cellId, [m])
  }
  // A closed cell with no closing date is shown only if it met that year.
  const shown = cells.filter((c) => cellsOfYear([c], year).length > 0 || byCell.has(c.id))
  const rows = shown.map((cell) =>
    cellCompliance(cell, byCell.get(cell.id) ?? [], year, params, today, !metBefore || metBefore.has(cell.id))
  )
  return rows.sort((a, b) => compareCellNames(a.cellName, b.cellName))
}

function cellCompliance(
  cell: ComplianceCell,
  meetings: readonly ComplianceMeeting[],
  year: number,
  params: ComplianceParams,
  today: IsoDate,
  metInEarlierYear: boolean
): CellCompliance {
  let firstMeeting: IsoDate | null = null
  for (const m of meetings) if (!firstMeeting || m.date < firstMeeting) firstMeeting = m.date
  const start = trackingStart(cell, firstMeeting, metInEarlierYear)
  // A period is tracked when the records start on or before its first day.
  const tracked = (first: IsoDate) => !start || start <= first
  const months: MonthCompliance[] = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    regular: false,
    thematic: false,
    meetingCount: 0,
    tooShort: false,
    state: 'ok' as PeriodState,
    required: false
  }))
  for (const m of meetings) {
    const month = months[Number(m.date.slice(5, 7)) - 1]
    if (!month) continue
    month.meetingCount++
    if (isRegularType(m.type)) month.regular = true
    if (isThematicType(m.type)) month.thematic = true
    if (isTooShort(m, params)) month.tooShort = true
  }
  for (const month of months) {
    const first = toIsoDate(year, month.month, 1)
    const last = toIsoDate(year, month.month, daysInMonth(year, month.month))
    month.required = existedThroughout(cell, first, last)
    month.state = periodState(month.regular, month.required, first, last, today, tracked(first))
  }
  const quarters: QuarterCompliance[] = [1, 2, 3, 4].map((q) => {
    const first = toIsoDate(year, q * 3 - 2, 1)
    const last = toIsoDate(year, q * 3, daysInMonth(year, q * 3))
    const thematicCount = meetings.filter(
      (m) => isThematicType(m.type) && Math.ceil(Number(m.date.slice(5, 7)) / 3) === q
    ).length
    const met = thematicCount >= params.thematicPerQuarter
    const required = existedThroughout(cell, first, last)
    return {
      quarter: q,
      thematicCount,
      state: periodState(met, required, first, last, today, tracked(first)),
      required
    }
  })
  return {
    cellId: cell.id,
    cellName: cell.name,
    months,
    quarters,
    missedMonths: months.filter((m) => m.state === 'missed').map((m) => m.month),
    missedQuarters: quarters.filter((q) => q.state === 'missed').map((q) => q.quarter),
    tooShortMonths: months.filter((m) => m.tooShort).map((m) => m.month),
    trackedFrom: start && start > `${year}-01-01` ? start : null
  }
}

export interface CellBehind {
  cellId: string
  cellName: string
  missedMonths: number[]
  missedQuarters: number[]
  tooShortMonths: number[]
  /** Vietnamese sentences, each naming the rule it applies. */
  reasons: string[]
}

/** Cells that missed a month or a quarter or held a meeting too short; the worst first. */
export function cellsBehind(grid: readonly CellCompliance[], sources: ComplianceSources): CellBehind[] {
  const rules = complianceRules(sources)
  const list = grid
    .filter((c) => c.missedMonths.length || c.missedQuarters.length || c.tooShortMonths.length)
    .map((c) => {
      const reasons: string[] = []
      if (c.missedMonths.length)
        reasons.push(`Không sinh hoạt thường kỳ tháng ${c.missedMonths.join(', ')} — ${rules.monthly}.`)
      if (c.missedQuarters.length)
        reasons.push(
          `Không sinh hoạt chuyên đề quý ${c.missedQuarters.map(roman).join(', ')} — ${rules.thematic}.`
        )
      if (c.tooShortMonths.length)
        reasons.push(`Sinh hoạt chưa đủ thời gian tháng ${c.tooShortMonths.join(', ')} — ${rules.duration}.`)
      return { ...c, reasons }
    })
  const weight = (c: CellBehind) =>
    c.missedMonths.length * 3 + c.missedQuarters.length * 3 + c.tooShortMonths.length
  return list.sort((a, b) => weight(b) - weight(a) || compareCellNames(a.cellName, b.cellName))
}

export interface ComplianceSummary {
  cells: number
  /** Months that were due (over and required) and how many had a regular meeting. */
  monthsDue: number
  monthsHeld: number
  quartersDue: number
  quartersMet: number
  /** monthsHeld ÷ monthsDue × 100, or null when nothing was due yet. */
  monthlyPercent: number | null
  cellsBehind: number
}

/** One line for the overview: "this year's meeting compliance at a glance". */
export function complianceSummary(grid: readonly CellCompliance[]): ComplianceSummary {
  let monthsDue = 0
  let monthsHeld = 0
  let quartersDue = 0
  let quartersMet = 0
  let behind = 0
  for (const c of grid) {
    for (const m of c.months) {
      if (m.state === 'missed') monthsDue++
      // A month held counts as due too (the running one included), except when the cell was not
      // required to meet in it: a meeting in the month a cell was founded shows in the grid, but the
      // summary is of the months the cell had to meet, so it neither adds a month due nor one held.
      if (m.state === 'ok' && m.required) {
        monthsDue++
        monthsHeld++
      }
    }
    for (const q of c.quarters) {
      if (q.state === 'missed') quartersDue++
      if (q.state === 'ok' && q.required) {
        quartersDue++
        quartersMet++
      }
    }
    if (c.missedMonths.length || c.missedQuarters.length || c.tooShortMonths.length) behind++
  }
  return {
    cells: grid.length,
    monthsDue,
    monthsHeld,
    quartersDue,
    quartersMet,
    monthlyPercent: monthsDue ? (monthsHeld / monthsDue) * 100 : null,
    cellsBehind: behind
  }
}

export function roman(quarter: number): string {
  return ['I', 'II', 'III', 'IV'][quarter - 1] ?? String(quarter)
}

/**
 * The short mark of a month in the grid (screen and spreadsheet alike):
 * "x" regular held · "x+CĐ" regular and thematic · "CĐ" thematic only · "0" missed ·
 * "(<)" appended when a meeting was too short · "" pending, future or not yet tracked · "–" not required.
 */
export function monthMark(m: MonthCompliance): string {
  let mark = m.regular && m.thematic ? 'x+CĐ' : m.regular ? 'x' : m.thematic ? 'CĐ' : ''
  if (!mark) mark = m.state === 'missed' ? '0' : m.state === 'notRequired' ? '–' : ''
  return m.tooShort ? `${mark} (<)` : mark
}

export const MONTH_MARK_LEGEND =
  'x: có sinh hoạt thường kỳ; CĐ: có sinh hoạt chuyên đề; 0: không sinh hoạt; (<): chưa đủ thời gian tối thiểu; –: chi bộ chưa thành lập hoặc đã giải thể; để trống: chưa đến hạn hoặc chưa theo dõi (trước ngày bắt đầu theo dõi chi bộ).'

/** The mark of a quarter: the number of thematic meetings, "0" when missed, "–" when not required. */
export function quarterMark(q: QuarterCompliance): string {
  if (q.thematicCount > 0) return String(q.thematicCount)
  return q.state === 'missed' ? '0' : q.state === 'notRequired' ? '–' : ''
}

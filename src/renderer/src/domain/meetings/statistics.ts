// Meeting statistics for a period, per cell (the "Thống kê sinh hoạt chi bộ" report): meetings by
// type, thematic topics, average attendance, quality levels, tasks open / done. Reads meetings (with
// their cached attendance counts) and tasks only — never the ≈ 1,000,000 attendance marks.
import type { IsoDate, Meeting, MeetingTask, MeetingType } from '../entities'
import type { RulesParams } from '../rules/params'
import { attendanceRate } from './attendance'
import { compareCellNames } from '../names'
import { qualityLevel, type QualityLevel } from './quality'
import { cellsOfPeriod, type ComplianceCell } from './compliance'

export type QualityParams = Pick<RulesParams, 'qualityGood' | 'qualityFair' | 'qualityAverage'>

/** A meeting that named a thematic topic: the topics' list attached to the statistics gives each one. */
export interface TopicMeeting {
  date: IsoDate
  type: MeetingType
  topic: string
}

export interface CellMeetingStats {
  cellId: string
  cellName: string
  total: number
  byType: Record<MeetingType, number>
  /** Every meeting with a topic, by date. */
  topicMeetings: TopicMeeting[]
  /** Mean of the meetings' attendance rates (%), null when no meeting has marks. */
  averageAttendance: number | null
  quality: Record<QualityLevel, number>
  unscored: number
  tasksOpen: number
  tasksDone: number
}

function emptyStats(cellId: string, cellName: string): CellMeetingStats {
  return {
    cellId,
    cellName,
    total: 0,
    byType: { regular: 0, thematic: 0, combined: 0, extraordinary: 0 },
    topicMeetings: [],
    averageAttendance: null,
    quality: { good: 0, fair: 0, average: 0, poor: 0 },
    unscored: 0,
    tasksOpen: 0,
    tasksDone: 0
  }
}

/**
 * One row per cell that existed in [from, to] (inclusive; cellsOfPeriod, as the compliance grid) or
 * had meetings in it, sorted by name, and a totals row (cellId ''). A cell founded after the period
 * is not listed as having held nothing, and one closed since is. Quality thresholds come from the
 * profile of each meeting's year.
 */
export function meetingStatistics(
  meetings: readonly Meeting[],
  tasks: readonly Pick<MeetingTask, 'meetingId' | 'status'>[],
  cells: readonly ComplianceCell[],
  from: IsoDate,
  to: IsoDate,
  qualityParamsFor: (year: number) => QualityParams
): { rows: CellMeetingStats[]; total: CellMeetingStats } {
  const inPeriod = meetings.filter((m) => m.date >= from && m.date <= to)
  const rows = new Map<string, CellMeetingStats>()
  const names = new Map(cells.map((c) => [c.id, c.name]))
  for (const c of cellsOfPeriod(cells, from, to)) rows.set(c.id, emptyStats(c.id, c.name))
  const rates = new Map<string, number[]>()
  const meetingCell = new Map<string, string>()
  for (const m of inPeriod) {
    let s = rows.get(m.cellId)
    if (!s) rows.set(m.cellId, (s = emptyStats(m.cellId, names.get(m.cellId) ?? 'Chi bộ không rõ')))
    meetingCell.set(m.id, m.cellId)
    s.total++
    s.byType[m.type]++
    if (m.topic) s.topicMeetings.push({ date: m.date, type: m.type, topic: m.topic })
    const rate = m.attendanceCounts ? attendanceRate(m.attendanceCounts) : null
    if (rate !== null) rates.set(m.cellId, [...(rates.get(m.cellId) ?? []), rate])
    const level = qualityLevel(m.qualityScore, qualityParamsFor(Number(m.date.slice(0, 4))))
    if (level) s.quality[level]++
    else s.unscored++
  }
  for (const t of tasks) {
    const cellId = meetingCell.get(t.meetingId)
    const s = cellId ? rows.get(cellId) : undefined
    if (!s) continue
    if (t.status === 'open') s.tasksOpen++
    else s.tasksDone++
  }
  const total = emptyStats('', 'Tổng cộng')
  const allRates: number[] = []
  for (const [cellId, s] of rows) {
    s.topicMeetings.sort((a, b) => a.date.localeCompare(b.date))
    const r = rates.get(cellId) ?? []
    s.averageAttendance = r.length ? mean(r) : null
    allRates.push(...r)
    total.total += s.total
    for (const k of Object.keys(s.byType) as MeetingType[]) total.byType[k] += s.byType[k]
    for (const k of Object.keys(s.quality) as QualityLevel[]) total.quality[k] += s.quality[k]
    total.unscored += s.unscored
    total.tasksOpen += s.tasksOpen
    total.tasksDone += s.tasksDone
  }
  total.averageAttendance = allRates.length ? mean(allRates) : null
  return { rows: [...rows.values()].sort((a, b) => compareCellNames(a.cellName, b.cellName)), total }
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}

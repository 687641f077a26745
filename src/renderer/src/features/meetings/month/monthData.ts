// What "Ghi cả tháng" reads and writes: every cell of the month with its stored meeting (if any),
// the members who may be on each roll, and one transaction for all changed lines.
import type { Cell, Meeting, Member, MemberEvent } from '@renderer/domain/entities'
import { newId, nowIso } from '@renderer/domain/ids'
import { buildMarks, marksOffRoll } from '@renderer/domain/meetings/attendance'
import { eventsByMember, rollOn, type Roll } from '@renderer/domain/meetings/roll'
import {
  choicesOfLine,
  emptyLine,
  lineDate,
  lineOfMeeting,
  meetingOfLine,
  parseMonth,
  rollCandidatesByCell,
  type MonthLine
} from '@renderer/domain/meetings/monthEntry'
import { daysInMonth, formatDate, toIsoDate } from '@renderer/domain/dates'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { sortCells } from '@renderer/domain/names'

export interface MonthCell {
  cell: Cell
  /** The month's meeting shown on the line (the first that is not extraordinary), if recorded. */
  stored: Meeting | null
  storedLine: MonthLine | null
  /** The cell's other meetings of the month (opened from the line). */
  others: Meeting[]
  line: MonthLine
}

export interface MonthData {
  month: string
  cells: MonthCell[]
  rollOf: (cellId: string, date: string) => Roll
  /** The name of any cell, listed or not (the one a closed cell was merged into). */
  cellName: (cellId: string) => string | undefined
  /** The name of any member (one whose stored mark is off the roll too). */
  memberName: (memberId: string) => string
}

/** First and last day of 'YYYY-MM'. */
export function monthRange(month: string): [string, string] {
  const [y, m] = parseMonth(month)!
  return [toIsoDate(y, m, 1), toIsoDate(y, m, daysInMonth(y, m))]
}

/**
 * A cell is listed when it existed during the month, or has a meeting recorded in it. The closing day
 * is the first day it no longer exists (cellLife.ts): one closed on the 1st existed on no day of it.
 */
function cellInMonth(cell: Cell, from: string, to: string): boolean {
  if (cell.foundedOn && cell.foundedOn > to) return false
  if (cell.status !== 'active' && (!cell.closedOn || cell.closedOn <= from)) return false
  return true
}

export async function loadMonth(month: string): Promise<MonthData> {
  const [from, to] = monthRange(month)
  const year = Number(month.slice(0, 4))
  const [cells, members, events, thisYear, lastYear] = await Promise.all([
    cellRepository.list(),
    memberRepository.list(),
    memberRepository.allEvents(),
    meetingRepository.list({ year }),
    meetingRepository.list({ year: year - 1 })
  ])
  const meetings = [...thisYear, ...lastYear] // newest first
  const inMonth = meetings.filter((m) => m.date >= from && m.date <= to).reverse()
  const shown = sortCells(
    cells.filter((c) => cellInMonth(c, from, to) || inMonth.some((m) => m.cellId === c.id))
  )
  const rows = await Promise.all(
    shown.map(async (cell): Promise<MonthCell> => {
      const own = inMonth.filter((m) => m.cellId === cell.id)
      const stored = own.find((m) => m.type !== 'extraordinary') ?? null
      const previous = meetings.find((m) => m.cellId === cell.id && m.date < from)
      if (!stored) return { cell, stored, storedLine: null, others: own, line: emptyLine(previous) }
      const marks = await meetingRepository.attendance(stored.id)
      const storedLine = lineOfMeeting(stored, marks)
      return {
        cell,
        stored,
        storedLine,
        others: own.filter((m) => m !== stored),
        line: structuredClone(storedLine)
      }
    })
  )
  const candidates = rollCandidatesByCell<Member>(members, events)
  const eventsOf = eventsByMember(events as MemberEvent[])
  const names = new Map(members.map((m) => [m.id, m.fullName]))
  return {
    month,
    cells: rows,
    rollOf: (cellId, date) => rollOn(candidates.get(cellId) ?? [], eventsOf, cellId, date),
    cellName: (cellId) => cells.find((c) => c.id === cellId)?.name,
    memberName: (memberId) => names.get(memberId) ?? 'đảng viên không còn trong dữ liệu'
  }
}

/**
 * The stored marks the changed lines would drop (marksOffRoll: members the roll of the line's date no
 * longer lists), by meeting with the names, for the page to ask offRollQuestion before saveMonth.
 */
export function offRollOf(
  data: MonthData,
  changed: readonly MonthCell[]
): { meeting: string; names: string[] }[] {
  return changed.flatMap((row) => {
    const date = lineDate(data.month, row.line.day)
    const marked = row.storedLine?.marked
    if (!date || !marked) return []
    const off = marksOffRoll(data.rollOf(row.cell.id, date), marked)
    if (!off.length) return []
    return [{ meeting: `${row.cell.name}, buổi ngày ${formatDate(date)}`, names: off.map(data.memberName) }]
  })
}

/** Writes the changed lines in one transaction; returns how many meetings were saved. */
export async function saveMonth(data: MonthData, changed: MonthCell[]): Promise<number> {
  const now = nowIso()
  const inputs = changed.map((row) => {
    const date = lineDate(data.month, row.line.day)!
    const meeting = meetingOfLine(row.line, date, row.stored ?? { id: newId(), cellId: row.cell.id, now })
    const roll = data.rollOf(row.cell.id, date)
    const { marks } = buildMarks(meeting, roll, choicesOfLine(roll, row.line))
    // Plain copies: reactive proxies cannot be stored in IndexedDB (structured clone).
    const plain = JSON.parse(JSON.stringify({ meeting, marks })) as { meeting: Meeting; marks: typeof marks }
    // The version the page loaded: a meeting another window saved since is not overwritten.
    return { ...plain, seen: row.stored?.updatedAt ?? null }
  })
  await meetingRepository.saveKeepingTasks(inputs)
  return inputs.length
}

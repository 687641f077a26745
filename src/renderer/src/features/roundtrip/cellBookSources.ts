// Everything the round trip needs of the database for one period, read once: the cells, every
// member with their events (grouped by the cells their history touches), the period's meetings with
// their marks and, for a year, the opened review year. Both directions (making books, planning an
// import) work from this in memory.
import type { Cell, IsoDate, Member, MemberEvent } from '@renderer/domain/entities'
import { rollOn, type Roll } from '@renderer/domain/meetings/roll'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'
import { openYear, type OpenedYear } from '@renderer/domain/reviews/openYear'
import {
  makeBookContent,
  markLabels,
  periodRange,
  periodRoll,
  ratingRollOf,
  type BatchContext,
  type CellBookContent,
  type CellNow,
  type Period
} from '@renderer/domain/roundtrip'
import { cellBookRepository } from '@renderer/db/repositories/cellBookRepository'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import type { AttendanceMark, Meeting } from '@renderer/domain/entities'

export interface CellBookSources {
  period: Period
  cells: Cell[]
  eventsOf: (memberId: string) => readonly MemberEvent[]
  /** Members whose history touches each cell (candidates for its roll). */
  candidates: Map<string, Member[]>
  names: Map<string, string>
  births: Map<string, IsoDate | null | undefined>
  meetingsByCell: Map<string, Meeting[]>
  marks: Map<string, AttendanceMark[]>
  year: OpenedYear | null
}

export async function loadSources(period: Period): Promise<CellBookSources> {
  const { from, to } = periodRange(period)
  const [loadedYear, periodMeetings] = await Promise.all([
    period.kind === 'year' ? reviewRepository.loadYear(period.year) : null,
    cellBookRepository.periodMeetings(from, to)
  ])
  // A year's book reads the year as the reviews do, its events already grouped by member.
  const [cells, members, byMember] = loadedYear
    ? [loadedYear.cells, loadedYear.members, loadedYear.eventsByMember]
    : await Promise.all([
        cellRepository.list(),
        memberRepository.list(),
        memberRepository.allEvents().then(groupEventsByMember)
      ])
  const eventsOf = (memberId: string): readonly MemberEvent[] => byMember.get(memberId) ?? []
  const candidates = new Map<string, Member[]>()
  for (const m of members) {
    const touched = new Set([m.cellId])
    for (const e of eventsOf(m.id)) {
      if (e.cellId) touched.add(e.cellId)
      if (e.fromCellId) touched.add(e.fromCellId)
    }
    for (const cellId of touched) candidates.set(cellId, [...(candidates.get(cellId) ?? []), m])
  }
  const meetingsByCell = new Map<string, Meeting[]>()
  for (const m of periodMeetings.meetings)
    meetingsByCell.set(m.cellId, [...(meetingsByCell.get(m.cellId) ?? []), m])
  return {
    period,
    cells,
    eventsOf,
    candidates,
    names: new Map(members.map((m) => [m.id, m.fullName])),
    births: new Map(members.map((m) => [m.id, m.birthDate])),
    meetingsByCell,
    marks: periodMeetings.marks,
    year: loadedYear ? openYear(loadedYear) : null
  }
}

function rollOf(s: CellBookSources, cellId: string): Roll {
  return periodRoll(s.candidates.get(cellId) ?? [], s.eventsOf, cellId, s.period)
}

function ratingOf(s: CellBookSources, cellId: string) {
  if (!s.year) return null
  return {
    year: s.year.year,
    subjects: s.year.subjects.filter((x) => x.cellId === cellId),
    reviews: s.year.memberReviews
  }
}

export function bookContent(
  s: CellBookSources,
  cell: Cell,
  madeOn: string,
  organizationName: string
): CellBookContent {
  return makeBookContent({
    cell,
    period: s.period,
    roll: rollOf(s, cell.id),
    meetings: s.meetingsByCell.get(cell.id) ?? [],
    marksOf: (id) => s.marks.get(id) ?? [],
    rating: ratingOf(s, cell.id),
    madeOn,
    organizationName,
    birthOf: (id) => s.births.get(id)
  })
}

/** The database's state of a cell as domain/roundtrip/plan.ts reads it. */
export function cellNow(s: CellBookSources, cell: Cell): CellNow {
  const members = s.candidates.get(cell.id) ?? []
  const rolls = new Map<string, Roll>()
  const rating = ratingOf(s, cell.id)
  const ratingRoll = rating ? ratingRollOf(rating.subjects, rating.reviews) : []
  const roll = rollOf(s, cell.id)
  return {
    cell,
    roll,
    labels: markLabels([...roll.expected, ...roll.apart], (id) => s.births.get(id)),
    rollOn(date) {
      let roll = rolls.get(date)
      if (!roll) rolls.set(date, (roll = rollOn(members, s.eventsOf, cell.id, date)))
      return roll
    },
    meetings: new Map(
      (s.meetingsByCell.get(cell.id) ?? []).map((meeting) => [
        meeting.id,
        { meeting, marks: s.marks.get(meeting.id) ?? [] }
      ])
    ),
    names: s.names,
    rating: rating
      ? {
          year: rating.year,
          roll: ratingRoll.map((r) => r.subject.memberId),
          notRated: ratingRoll.filter((r) => r.notRatedText).map((r) => r.subject.memberId),
          reviews: rating.reviews,
          locked: !!s.year?.finalized
        }
      : null
  }
}

export function batchContext(
  s: CellBookSources,
  chosenCellIds: readonly string[],
  newId: () => string,
  now: string
): BatchContext {
  const cells = new Map(s.cells.map((c) => [c.id, c]))
  const memo = new Map<string, CellNow>()
  return {
    period: s.period,
    chosenCellIds: new Set(chosenCellIds),
    cellNow(cellId) {
      const cell = cells.get(cellId)
      if (!cell) return null
      let now = memo.get(cellId)
      if (!now) memo.set(cellId, (now = cellNow(s, cell)))
      return now
    },
    newId,
    now
  }
}

// Test fixtures for the round trip: a small cell (three members expected, one exempt), its state
// today as plan.ts sees it, and books "filled in by a secretary" as plain data. No randomness.
import type { AttendanceMark, Meeting, Member, MemberEvent, MemberReview } from '@renderer/domain/entities'
import { RATING_SHORT } from '@renderer/domain/labels'
import { eventsByMember, rollOn } from '@renderer/domain/meetings/roll'
import type {
  ReturnedBook,
  ReturnedReasonRow,
  ReturnedRegisterRow,
  CellBookContent
} from '@renderer/domain/roundtrip/content'
import {
  BOOK_FORMAT_1,
  BOOK_FORMAT_2,
  fingerprintOf,
  type BookIdentity
} from '@renderer/domain/roundtrip/identity'
import type { BatchContext, CellNow } from '@renderer/domain/roundtrip/plan'
import { makeBookContent } from '@renderer/domain/roundtrip/makeBook'
import { recordedReasons } from '@renderer/domain/roundtrip/reasons'
import { periodRoll } from '@renderer/domain/roundtrip/periodRoll'
import type { Period } from '@renderer/domain/roundtrip/period'
import { MARK_CODES, type SheetValue } from '@renderer/domain/roundtrip/values'
import type { ReviewSubject } from '@renderer/domain/reviews/eligibility'
import { member as reviewMember } from './reviewFactories'
import { meeting } from './meetingFactories'
import { marksFor } from './factories'

export { marksFor }

export const T = '2026-01-01T00:00:00.000Z'
export const CELL = { id: 'c1', name: 'Chi bộ Khu phố 1', status: 'active' as const }
export const Q1: Period = { kind: 'quarter', year: 2026, index: 1 }
export const YEAR: Period = { kind: 'year', year: 2026, index: 0 }

export function member(id: string, fullName: string, cellId = 'c1'): Member {
  return reviewMember(id, { fullName, cellId })
}

export const MEMBERS = [
  member('a', 'Nguyễn Văn An'),
  member('b', 'Trần Thị Bình'),
  member('c', 'Lê Văn Cường'),
  member('d', 'Phạm Văn Dũng')
]
export const EVENTS: MemberEvent[] = [
  { id: 'e1', memberId: 'd', type: 'exemption', date: '2025-06-01', createdAt: T }
]

export function storedMeeting(id: string, date: string, extra: Partial<Meeting> = {}): Meeting {
  return meeting('c1', date, 'regular', {
    id,
    endTime: '10:00',
    chairName: 'Nguyễn Văn An',
    chairMemberId: 'a',
    ...extra
  })
}

export function subject(memberId: string, fullName: string, eligible = true, reasonText = ''): ReviewSubject {
  return {
    memberId,
    fullName,
    year: 2026,
    cellId: 'c1',
    inWard: true,
    eligible,
    reason: eligible ? null : 'exempt',
    reasonText,
    disciplines: [],
    sickLeaveDays: 0,
    admissionDate: '2000-01-01'
  }
}
export const SUBJECTS = [
  subject('a', 'Nguyễn Văn An'),
  subject('b', 'Trần Thị Bình'),
  subject('c', 'Lê Văn Cường'),
  subject('d', 'Phạm Văn Dũng', false, 'Miễn công tác và sinh hoạt đảng')
]

export interface World {
  members: Member[]
  events: MemberEvent[]
  meetings: { meeting: Meeting; marks: AttendanceMark[] }[]
  reviews: MemberReview[]
  subjects: ReviewSubject[]
  locked?: boolean
}

export function world(over: Partial<World> = {}): World {
  return { members: MEMBERS, events: EVENTS, meetings: [], reviews: [], subjects: SUBJECTS, ...over }
}

export function content(w: World, period: Period, cell = CELL): CellBookContent {
  const eventsOf = eventsByMember(w.events)
  const marks = new Map(w.meetings.map((m) => [m.meeting.id, m.marks]))
  return makeBookContent({
    cell,
    period,
    roll: periodRoll(w.members, eventsOf, cell.id, period),
    meetings: w.meetings.map((m) => m.meeting),
    marksOf: (id) => marks.get(id) ?? [],
    rating:
      period.kind === 'year'
        ? { year: period.year, subjects: w.subjects, reviews: new Map(w.reviews.map((r) => [r.memberId, r])) }
        : null,
    madeOn: '2026-01-05',
    organizationName: 'ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN',
    birthOf: (id) => w.members.find((m) => m.id === id)?.birthDate
  })
}

export function cellNow(w: World, period: Period, cell = CELL): CellNow {
  const eventsOf = eventsByMember(w.events)
  const c = content(w, period, cell)
  const byMember = new Map(w.reviews.map((r) => [r.memberId, r]))
  return {
    cell,
    roll: periodRoll(w.members, eventsOf, cell.id, period),
    rollOn: (date) => rollOn(w.members, eventsOf, cell.id, date),
    meetings: new Map(w.meetings.map((m) => [m.meeting.id, m])),
    names: new Map(w.members.map((m) => [m.id, m.fullName])),
    labels: c.labels,
    rating: c.rating
      ? {
          year: c.rating.year,
          roll: c.rating.lines.map((l) => l.memberId),
          notRated: c.rating.lines.filter((l) => l.notRatedText).map((l) => l.memberId),
          reviews: byMember,
          locked: !!w.locked
        }
      : null
  }
}

/** The batch's context; `others` are more cells (with their own worlds) known to the database. */
export function context(
  w: World,
  period: Period,
  chosen: string[] = ['c1'],
  others: { cell: typeof CELL; world: World }[] = []
): BatchContext {
  let n = 0
  return {
    period,
    chosenCellIds: new Set(chosen),
    cellNow: (id) => {
      if (id === 'c1') return cellNow(w, period)
      const other = others.find((o) => o.cell.id === id)
      return other ? cellNow(other.world, period, other.cell) : null
    },
    newId: () => `new${++n}`,
    now: '2026-04-01T00:00:00.000Z'
  }
}

type RowInput = Partial<Omit<ReturnedRegisterRow, 'rowNumber' | 'marks'>> & { marks?: SheetValue[] }
type RatingInput = {
  stt?: SheetValue
  name?: SheetValue
  score?: SheetValue
  selfRating?: SheetValue
  cellProposal?: SheetValue
}

type ReasonInput = Partial<Omit<ReturnedReasonRow, 'rowNumber'>>

/**
 * The book as it comes back: every register row as written (prefilled), with `rows` filled over it;
 * "Lý do vắng" as written (the stored reasons) with `reasons` written in the rows under them.
 */
export function returned(
  c: CellBookContent,
  rows: Record<number, RowInput> = {},
  rating: Record<number, RatingInput> = {},
  reasons: ReasonInput[] = []
): ReturnedBook {
  const register: ReturnedRegisterRow[] = []
  for (let i = 0; i < c.identity.registerRows; i++) {
    const m = c.meetings[i]
    const base: ReturnedRegisterRow = {
      rowNumber: 8 + i,
      stt: i + 1,
      date: m ? new Date(`${m.meeting.date}T00:00:00Z`) : null,
      type: m
        ? {
            regular: 'Thường kỳ',
            thematic: 'Chuyên đề',
            combined: 'Thường kỳ kết hợp chuyên đề',
            extraordinary: 'Bất thường'
          }[m.meeting.type]
        : null,
      topic: m?.meeting.topic ?? null,
      chair: m?.meeting.chairName ?? null,
      start: m?.meeting.startTime ?? null,
      end: m?.meeting.endTime ?? null,
      marks: c.roll.expected.map((e) => {
        const s = m?.marks.get(e.memberId)
        return s && s !== 'exempt' ? MARK_CODES[s] : null
      })
    }
    register.push({ ...base, ...rows[i] })
  }
  return {
    fileName: `${c.identity.cellName}.xlsx`,
    identity: c.identity,
    markHeaders: c.roll.expected.map((e) => c.labels.get(e.memberId) ?? e.fullName),
    register,
    rating: (c.rating?.lines ?? []).map((l, i) => ({
      rowNumber: 7 + i,
      stt: i + 1,
      name: l.fullName,
      score: l.score,
      selfRating: l.selfRating && RATING_SHORT[l.selfRating],
      cellProposal: l.cellProposal && RATING_SHORT[l.cellProposal],
      ...rating[i]
    })),
    registerBelow: [],
    ratingBelow: [],
    reasons: [...storedReasons(c), ...reasons].map((r, i) => ({
      rowNumber: 6 + i,
      date: null,
      name: null,
      reason: null,
      ...r
    }))
  }
}

/** A reason row as the secretary writes it: "05/02/2026", the name, the reason. */
export function reasonRow(date: string, name: string, reason: SheetValue): ReasonInput {
  return { date, name, reason }
}

/** The rows the book writes for the stored reasons, as the sheet gives them back (a date cell). */
function storedReasons(c: CellBookContent): ReasonInput[] {
  return recordedReasons(c).map((r) => ({ ...r, date: new Date(`${r.date}T00:00:00Z`) }))
}

/** The identity as the app made it before identity.meetingKeys existed (format 1, its fingerprint). */
export function asFormatOne(identity: BookIdentity): BookIdentity {
  const { meetingKeys: _, ...id } = identity
  const canonical = [
    BOOK_FORMAT_1,
    id.cellId,
    id.cellName,
    id.period,
    id.madeOn,
    id.roll,
    id.apart,
    id.meetingIds,
    id.registerRows,
    id.ratingRoll,
    id.notRated
  ]
  return { ...id, format: BOOK_FORMAT_1, fingerprint: fingerprintOf(JSON.stringify(canonical)) }
}

/** The identity as the app made it before the sheet "Lý do vắng" existed (format 2, its fingerprint). */
export function asFormatTwo(identity: BookIdentity): BookIdentity {
  const canonical = [
    BOOK_FORMAT_2,
    identity.cellId,
    identity.cellName,
    identity.period,
    identity.madeOn,
    identity.roll,
    identity.apart,
    identity.meetingIds,
    identity.registerRows,
    identity.ratingRoll,
    identity.notRated,
    identity.meetingKeys
  ]
  return { ...identity, format: BOOK_FORMAT_2, fingerprint: fingerprintOf(JSON.stringify(canonical)) }
}

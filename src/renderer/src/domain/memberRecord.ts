// Keeps a member record's cached, derived fields true to its history.
import type { IsoDate, Member, MemberEvent, MemberEventType } from './entities'
import { isActiveStatus, memberStateOn, sortEvents } from './memberState'
import { memberSearchText } from './names'
import { comparable, formatDate, todayIso } from './dates'
import { EVENT_TYPE_LABELS } from './members/events'

/** A new member's record before any of the clerk's values (the form and the import fill it in). */
export function newMemberRecord(id: string, now: string): Member {
  return {
    id,
    fullName: '',
    gender: 'male',
    cellId: '',
    status: 'probationary',
    active: 1,
    searchText: '',
    createdAt: now,
    updatedAt: now
  }
}

/** Status, active flag, cell and search text derived from the record and its events on `on`. */
export function withDerivedFields(
  member: Member,
  events: readonly MemberEvent[],
  on: IsoDate = todayIso()
): Member {
  const state = memberStateOn(member, events, on)
  return {
    ...member,
    status: state.status,
    active: isActiveStatus(state.status) && state.isMember ? 1 : 0,
    cellId: state.cellId ?? member.cellId,
    searchText: memberSearchText(member)
  }
}

/** The record's decision dates and the timeline event each one is. */
export const RECORD_DECISION_EVENTS = { admissionDate: 'admission', officialDate: 'official' } as const

/**
 * The decision events a correction of the record's dates carries along. The admission (official)
 * event standing on the record's old date is the same decision: when the clerk corrects the date on
 * the record — in the form or by an import — the event moves with it. Left behind, it would keep
 * the typo alive: membership, party age, who is rated and the period statistics all read the
 * timeline. Events on other dates (an earlier admission, a readmission) stay as they are, and a
 * date cleared from the record moves nothing.
 */
export function eventsFollowingRecord(
  before: Pick<Member, 'admissionDate' | 'officialDate'> | undefined,
  after: Pick<Member, 'admissionDate' | 'officialDate'>,
  events: readonly MemberEvent[]
): MemberEvent[] {
  if (!before) return []
  const moved: MemberEvent[] = []
  for (const [field, type] of Object.entries(RECORD_DECISION_EVENTS) as [
    keyof typeof RECORD_DECISION_EVENTS,
    MemberEvent['type']
  ][]) {
    const from = before[field]
    const to = after[field]
    if (!from || !to || from === to) continue
    const same = events.filter((e) => e.type === type && e.date === from)
    // Two events on the old date cannot both be this decision: neither is guessed at.
    if (same.length === 1) moved.push({ ...same[0], date: to })
  }
  return moved
}

/** Events that put the member in a cell from their date on (memberStateOn), when they name one. */
const CELL_EVENTS: ReadonlySet<MemberEventType> = new Set([
  'admission',
  'readmission',
  'transferIn',
  'cellChange'
])
const setsCell = (e: MemberEvent): boolean => CELL_EVENTS.has(e.type) && !!e.cellId

/**
 * Why a move dated `date` cannot be recorded after the events already there, or null. A cell set
 * after that date would undo it; another move on the same day leaves unknown which came first (two
 * moves of one day are not ordered). The clerk sorts it out on the member's page.
 */
export function cellMoveRefusal(
  fullName: string,
  events: readonly MemberEvent[],
  date: IsoDate
): string | null {
  const on = comparable(date)
  const clash = sortEvents(events).find(
    (e) => setsCell(e) && (comparable(e.date) > on || (comparable(e.date) === on && e.type === 'cellChange'))
  )
  if (!clash) return null
  const when = comparable(clash.date) === on ? 'cùng ngày chuyển' : 'sau ngày chuyển'
  return `Không đổi chi bộ của ${fullName}: quá trình sinh hoạt đảng đã có sự kiện “${EVENT_TYPE_LABELS[clash.type]}” ngày ${formatDate(clash.date)}, ${when} ${formatDate(date)}, nên không rõ đồng chí ở chi bộ nào trước, chi bộ nào sau. Hãy xem lại sự kiện đó ở trang hồ sơ đảng viên (xóa nếu ghi nhầm), rồi ghi “${EVENT_TYPE_LABELS.cellChange}” đúng ngày chuyển.`
}

/**
 * The move a new cell on an existing member's record is. The record's cell is where the member is
 * now: a clerk who picks another one in "Sửa hồ sơ", or a file that names another one, moves him
 * (Chuyển chi bộ). Written as a cellChange event from the stored cell on `date` (today for the form,
 * the import day for an import), the new cell holds from that day — an admission event naming the
 * old cell no longer wins over it — and the meeting rolls before it keep the old cell. Null when the
 * cell is unchanged, the member is new, or the record had no cell yet. Throws (cellMoveRefusal) when
 * the history already sets a cell on or after that date.
 */
export function recordCellMove(input: {
  before: Pick<Member, 'cellId' | 'fullName'> | undefined
  after: Pick<Member, 'id' | 'cellId'>
  events: readonly MemberEvent[]
  date: IsoDate
  id: string
  now: string
  note?: string
}): MemberEvent | null {
  const { before, after } = input
  if (!before?.cellId || !after.cellId || before.cellId === after.cellId) return null
  const refusal = cellMoveRefusal(before.fullName, input.events, input.date)
  if (refusal) throw new Error(refusal)
  return {
    id: input.id,
    memberId: after.id,
    type: 'cellChange',
    date: input.date,
    fromCellId: before.cellId,
    cellId: after.cellId,
    ...(input.note ? { note: input.note } : {}),
    createdAt: input.now
  }
}

/**
 * The record once `removed`, an event entered by mistake, is gone (`remaining`: the other events).
 * - An official event on the record's officialDate put that date there (the member's page copies
 *   it): the date goes with it, else the record alone would keep him official. Kept while another
 *   official event stands on that date.
 * - A move (with the cell it left) that was the last event setting his cell put the record in its
 *   cell: the record goes back to the cell it left. With no other event naming a cell, the record's
 *   cell is where he started, so it must not stay the mistaken one.
 * - The admission date stays: it is the record's own (the form and the import make the event from
 *   it, not the other way round). Without an entry event the member counts from that date, as he did.
 */
export function recordWithoutEvent<M extends Pick<Member, 'officialDate' | 'cellId'>>(
  member: M,
  removed: MemberEvent,
  remaining: readonly MemberEvent[]
): M {
  if (
    removed.type === 'official' &&
    member.officialDate === removed.date &&
    !remaining.some((e) => e.type === 'official' && e.date === removed.date)
  )
    return { ...member, officialDate: null }
  if (removed.type === 'cellChange' && removed.fromCellId && removed.cellId) {
    // Stable sort, the removed move first: a cell event on its day and order sorts after it, so a
    // tie never counts it the last.
    const last = sortEvents([removed, ...remaining.filter(setsCell)]).at(-1)
    if (last === removed) return { ...member, cellId: removed.fromCellId }
  }
  return member
}

/**
 * A cell typed wrong on the record, corrected in "Sửa hồ sơ": the member was never in the old cell,
 * so the history's events that put him there now put him in the new one (no move is recorded, the
 * past rolls follow). Refused (a message) once the history holds a move: which of its cells was the
 * mistake is then for the clerk to sort out on the member's page.
 */
export function cellCorrection(
  before: Pick<Member, 'cellId' | 'fullName'>,
  after: Pick<Member, 'cellId'>,
  events: readonly MemberEvent[]
): MemberEvent[] | string {
  const move = sortEvents(events).find((e) => e.type === 'cellChange')
  if (move)
    return `Không sửa được chi bộ ghi nhầm của ${before.fullName}: quá trình sinh hoạt đảng đã có “${EVENT_TYPE_LABELS.cellChange}” ngày ${formatDate(move.date)}. Hãy chọn “Chuyển chi bộ”, hoặc sửa các sự kiện ở trang hồ sơ đảng viên.`
  return events
    .filter((e) => setsCell(e) && e.cellId === before.cellId)
    .map((e) => ({ ...e, cellId: after.cellId }))
}

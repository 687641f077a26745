// Merging cells (the 2025 ward mergers): every member still in a merged cell moves to the
// receiving cell with a dated `cellChange` event; the old cell is closed as 'merged' but kept, so
// its meetings and history stay readable.
import type { Cell, IsoDate, Meeting, Member, MemberEvent, MemberEventType } from '../entities'
import { comparable, formatDate, isYearOnly, yearOf } from '../dates'
import { EVENT_TYPE_LABELS } from './events'

export interface CellMergePlan {
  /** The closed cells, marked merged into the target. */
  closedCells: Cell[]
  events: MemberEvent[]
}

export interface CellMergeInput {
  sources: readonly Cell[]
  target: Cell
  /** Members currently in the source cells (others are ignored). */
  members: readonly Pick<Member, 'id' | 'cellId' | 'active' | 'fullName'>[]
  /** Those members' events: what brought them into a source cell, and when. */
  events: readonly MemberEvent[]
  date: IsoDate
  /** The source cells' meetings (closingRefusal); others are ignored. */
  meetings?: readonly Pick<Meeting, 'cellId' | 'date'>[]
  decisionNumber?: string
  newId: () => string
  now: string
}

/** Events that bring a member into the cell they name (memberStateOn). */
const INTO_CELL: ReadonlySet<MemberEventType> = new Set([
  'admission',
  'readmission',
  'transferIn',
  'cellChange'
])

/**
 * Why the sources cannot be merged on `date`, or null. A merged cell does not exist after its
 * merge: a member whose history brings him into it later (an admission, a transfer in, a move) would
 * be replayed back into the closed cell after the merge's move, and the two records contradict each
 * other. Which date is wrong — the merge's or the event's — is the clerk's call, so nothing is
 * guessed: every such member is named with his event. A move into it on the merge day itself is
 * refused too, two moves of one day having no order (an admission or transfer that day comes first).
 */
export function mergeRefusal(
  input: Pick<CellMergeInput, 'sources' | 'members' | 'events' | 'date'>
): string | null {
  const on = comparable(input.date)
  const sources = new Map(input.sources.map((s) => [s.id, s]))
  const names = new Map(input.members.map((m) => [m.id, m.fullName]))
  const clashes = input.events
    .filter(
      (e) =>
        names.has(e.memberId) &&
        INTO_CELL.has(e.type) &&
        !!e.cellId &&
        sources.has(e.cellId) &&
        (comparable(e.date) > on || (comparable(e.date) === on && e.type === 'cellChange'))
    )
    .sort((a, b) => comparable(a.date).localeCompare(comparable(b.date)))
    .map(
      (e) =>
        `đảng viên ${names.get(e.memberId)} có sự kiện “${EVENT_TYPE_LABELS[e.type]}” vào ${sources.get(e.cellId!)!.name} ngày ${formatDate(e.date)}, ${comparable(e.date) === on ? 'cùng' : 'sau'} ngày hợp nhất ${formatDate(input.date)}`
    )
  if (!clashes.length) return null
  return `Không hợp nhất: ${clashes.join('; ')}. Chi bộ đã hợp nhất không còn sinh hoạt sau ngày hợp nhất: hãy sửa ngày hợp nhất, hoặc xem lại sự kiện đó ở trang hồ sơ đảng viên (xóa nếu ghi nhầm, rồi ghi lại đúng ngày), rồi hợp nhất lại.`
}

/** How many meeting days a refusal names before "…". */
const NAMED_MEETINGS = 5

/**
 * Why cells cannot be closed (merged or dissolved, `verb`) on `date`, or null. A closed cell holds no
 * meeting from its closing day on (cellLife.ts): one already recorded would count in no month and
 * keep an empty roll, so the meetings are named and the clerk decides which date is wrong. Nor is a
 * cell closed — or, for a merge, receiving members — before its founding (a bare year only when
 * surely before).
 */
export function closingRefusal(input: {
  cells: readonly Pick<Cell, 'id' | 'name' | 'foundedOn'>[]
  meetings: readonly Pick<Meeting, 'cellId' | 'date'>[]
  date: IsoDate
  verb: 'hợp nhất' | 'giải thể'
  /** The receiving cell of a merge: it must exist on the date too. */
  target?: Pick<Cell, 'name' | 'foundedOn'>
}): string | null {
  const { date, verb } = input
  const on = comparable(date)
  const reasons: string[] = []
  for (const c of input.target ? [...input.cells, input.target] : input.cells) {
    const founded = c.foundedOn
    if (!founded) continue
    const later = isYearOnly(founded) ? yearOf(founded) > yearOf(date) : comparable(founded) > on
    if (later)
      reasons.push(`${c.name} thành lập ngày ${formatDate(founded)}, sau ngày ${verb} ${formatDate(date)}`)
  }
  for (const c of input.cells) {
    const days = [
      ...new Set(input.meetings.filter((m) => m.cellId === c.id && m.date >= on).map((m) => m.date))
    ].sort()
    if (!days.length) continue
    const named = days.slice(0, NAMED_MEETINGS).map(formatDate).join(', ')
    const more = days.length > NAMED_MEETINGS ? ` và ${days.length - NAMED_MEETINGS} buổi khác` : ''
    reasons.push(
      `${c.name} đã có buổi sinh hoạt ngày ${named}${more}, từ ngày ${verb} ${formatDate(date)} trở đi — chi bộ ${verb === 'hợp nhất' ? 'đã hợp nhất' : 'đã giải thể'} thì các buổi đó không còn tính vào tháng nào`
    )
  }
  if (!reasons.length) return null
  return `Không ${verb}: ${reasons.join('; ')}. Hãy kiểm tra lại ngày ${verb} theo quyết định, hoặc ngày của các buổi sinh hoạt đó (ở Sinh hoạt chi bộ), rồi ${verb} lại.`
}

export function planCellMerge(input: CellMergeInput): CellMergePlan {
  const { sources, target, date, now } = input
  if (sources.length === 0) throw new Error('Chưa chọn chi bộ để hợp nhất.')
  if (sources.some((s) => s.id === target.id))
    throw new Error('Chi bộ nhận không được là một trong các chi bộ hợp nhất.')
  const refusal =
    mergeRefusal(input) ??
    closingRefusal({ cells: sources, meetings: input.meetings ?? [], date, verb: 'hợp nhất', target })
  if (refusal) throw new Error(refusal)
  const sourceIds = new Set(sources.map((s) => s.id))
  const events: MemberEvent[] = input.members
    .filter((m) => sourceIds.has(m.cellId) && m.active === 1)
    .map((m) => ({
      id: input.newId(),
      memberId: m.id,
      type: 'cellChange',
      date,
      cellId: target.id,
      fromCellId: m.cellId,
      reason: `Hợp nhất chi bộ vào ${target.name}`,
      decisionNumber: input.decisionNumber || undefined,
      createdAt: now
    }))
  const closedCells: Cell[] = sources.map((s) => ({
    ...s,
    status: 'merged',
    closedOn: date,
    mergedIntoId: target.id,
    updatedAt: now
  }))
  return { closedCells, events }
}

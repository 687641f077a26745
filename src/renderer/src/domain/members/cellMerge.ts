// Merging cells (the 2025 ward mergers): every member still in a merged cell moves to the
// receiving cell with a dated `cellChange` event; the old cell is closed as 'merged' but kept, so
// its meetings and history stay readable.
import type { Cell, IsoDate, Member, MemberEvent } from '../entities'

export interface CellMergePlan {
  /** The closed cells, marked merged into the target. */
  closedCells: Cell[]
  events: MemberEvent[]
}

export interface CellMergeInput {
  sources: readonly Cell[]
  target: Cell
  /** Members currently in the source cells (others are ignored). */
  members: readonly Pick<Member, 'id' | 'cellId' | 'active'>[]
  date: IsoDate
  decisionNumber?: string
  newId: () => string
  now: string
}

export function planCellMerge(input: CellMergeInput): CellMergePlan {
  const { sources, target, date, now } = input
  if (sources.length === 0) throw new Error('Chưa chọn chi bộ để hợp nhất.')
  if (sources.some((s) => s.id === target.id))
    throw new Error('Chi bộ nhận không được là một trong các chi bộ hợp nhất.')
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

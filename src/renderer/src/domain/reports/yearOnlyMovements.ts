// Movements of a quarter or half-year known only by their year: counted in the period holding
// 1 January (movements.ts yearOnlyNote, so that start + gains − losses = end holds), which the
// movement list says on each row. The statistics sheet counts the same movements and says so once,
// from these counts, so its figures are not read as exact.
import type { IsoDate } from '../entities'
import { MOVEMENT_KINDS, yearOnlyNote, type Movement, type MovementKind } from './movements'

export interface YearOnlyCount {
  /** The year the movement is known by ("2026"). */
  year: string
  kind: MovementKind
  count: number
}

/** Per year, then kind in MOVEMENT_KINDS order: the movements counted in [from, to] by convention. */
export function yearOnlyCounts(
  byKind: Readonly<Record<MovementKind, readonly Movement[]>>,
  from: IsoDate,
  to: IsoDate
): YearOnlyCount[] {
  const out: YearOnlyCount[] = []
  for (const kind of MOVEMENT_KINDS)
    for (const mv of byKind[kind]) {
      // The movement list's own test: a year-only date in a period shorter than its year.
      if (!yearOnlyNote(mv.date, from, to)) continue
      const same = out.find((c) => c.year === mv.date && c.kind === kind)
      if (same) same.count++
      else out.push({ year: mv.date, kind, count: 1 })
    }
  return out.sort((a, b) => a.year.localeCompare(b.year))
}

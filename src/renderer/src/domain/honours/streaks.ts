// Multi-year streaks of "Hoàn thành xuất sắc nhiệm vụ" for commendation proposals (docs/design.md §6
// Honours). A streak is the run of consecutive years rated xuất sắc ending with the review year;
// a year without xuất sắc (or with no result on record) breaks it. Years already used by an earlier
// streak commendation are not counted again, so a member commended for 2021–2025 is not proposed
// again in 2026 for 2022–2026.
import type { Rating } from '../entities'

/** Consecutive years rated xuất sắc ending at `endYear`, oldest first; stops at a used year. */
export function streakEnding(
  ratingByYear: ReadonlyMap<number, Rating | null | undefined>,
  endYear: number,
  usedYears: ReadonlySet<number> = new Set()
): number[] {
  const years: number[] = []
  for (let y = endYear; ratingByYear.get(y) === 'excellent' && !usedYears.has(y); y--) years.unshift(y)
  return years
}

export interface StreakCandidate {
  id: string
  /** The last `length` years of the streak, oldest first. */
  years: number[]
  /** Whole run, for information (may be longer than the required length). */
  runLength: number
}

/**
 * Everyone (members or cells) whose streak ending at `year` reaches `length` years.
 * `history`: id → year → rating (the year's result: decision, else proposal).
 */
export function streakCandidates(
  history: ReadonlyMap<string, ReadonlyMap<number, Rating | null | undefined>>,
  year: number,
  length: number,
  used: ReadonlyMap<string, ReadonlySet<number>> = new Map()
): StreakCandidate[] {
  const out: StreakCandidate[] = []
  if (length < 1) return out
  for (const [id, byYear] of history) {
    const run = streakEnding(byYear, year, used.get(id))
    if (run.length >= length) out.push({ id, years: run.slice(run.length - length), runLength: run.length })
  }
  return out
}

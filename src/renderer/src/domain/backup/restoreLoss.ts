// A restore replaces everything. A file that holds far fewer records than the PC (an empty backup,
// the wrong ward, a file from the first week) would silently remove most of the data, so the
// restore screen names the loss in words and asks the clerk to type the number (docs/design.md §8).
import { TABLE_LABELS } from './tableLabels'

/** Kinds whose loss is named: the records a clerk counts. */
const WATCHED = ['members', 'cells', 'meetings', 'memberReviews'] as const
/** "Most of the data": the file keeps less than half of what the PC has… */
const KEEPS_LESS_THAN = 0.5
/** …and at least this many records would go (a 3-member test database is not "most of the data"). */
const MIN_LOST = 10

export interface RestoreLoss {
  kind: string
  label: string
  now: number
  inFile: number
  lost: number
}

/** What a restore of `inFile` over `now` would remove, for the kinds where it is most of them. */
export function restoreLosses(now: Record<string, number>, inFile: Record<string, number>): RestoreLoss[] {
  return WATCHED.flatMap((kind) => {
    const have = now[kind] ?? 0
    const keep = inFile[kind] ?? 0
    const lost = have - keep
    return lost >= MIN_LOST && keep < have * KEEPS_LESS_THAN
      ? [{ kind, label: TABLE_LABELS[kind] ?? kind, now: have, inFile: keep, lost }]
      : []
  })
}

const n = (x: number) => x.toLocaleString('vi-VN')

/** "Máy đang có 600 đảng viên; tệp chỉ có 0. Khôi phục sẽ xóa 600 đảng viên, …" */
export function describeLosses(losses: readonly RestoreLoss[]): string {
  return losses
    .map((l) => `${l.label}: máy đang có ${n(l.now)}, tệp chỉ có ${n(l.inFile)} — sẽ mất ${n(l.lost)}`)
    .join('; ')
}

/** The number the clerk must type: what would be lost of the first (most important) kind. */
export function confirmationNumber(losses: readonly RestoreLoss[]): number | null {
  return losses.length ? losses[0].lost : null
}

/** Accepts "600", " 600 " or "600" typed with a thousands separator ("1.200" / "1,200"). */
export function typedNumberMatches(typed: string, expected: number): boolean {
  const digits = typed.trim().replace(/[.,\s]/g, '')
  return /^\d+$/.test(digits) && Number(digits) === expected
}

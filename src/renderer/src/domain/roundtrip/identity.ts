// What a cell's book says about itself: the cell, the period and the rolls it was made for, kept in
// the file (a hidden sheet) and checked when the file comes back. The fingerprint covers every
// field, so a hand-edited identity is caught as well as a file made for another cell or period.
import type { IsoDate } from '../entities'

export const BOOK_FORMAT = 'so-chi-bo/so-chi-bo-chi-bo/1'

export interface BookIdentity {
  format: string
  cellId: string
  cellName: string
  /** periodKey(period), e.g. "2026-Q1". */
  period: string
  madeOn: IsoDate
  /** Members expected to attend, in the order of the register's mark columns. */
  roll: string[]
  /** Members listed apart (exempt, suspended): no mark column. */
  apart: string[]
  /** The meetings already recorded when the file was made, one per register row from the top. */
  meetingIds: string[]
  /** How many register rows there are (recorded meetings + blank rows). */
  registerRows: number
  /** Members on the rating sheet, in its row order ([] when the book has no rating sheet). */
  ratingRoll: string[]
  /** Of those, the members not to be rated (reason filled in, inputs locked). */
  notRated: string[]
  fingerprint: string
}

export type IdentityFields = Omit<BookIdentity, 'format' | 'fingerprint'>

/** Two 32-bit FNV-1a passes with different offsets: 16 hex digits, enough to see an edit. */
export function fingerprintOf(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) >>> 0
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')
}

function canonical(f: IdentityFields): string {
  return JSON.stringify([
    BOOK_FORMAT,
    f.cellId,
    f.cellName,
    f.period,
    f.madeOn,
    f.roll,
    f.apart,
    f.meetingIds,
    f.registerRows,
    f.ratingRoll,
    f.notRated
  ])
}

export function makeIdentity(fields: IdentityFields): BookIdentity {
  return { format: BOOK_FORMAT, ...fields, fingerprint: fingerprintOf(canonical(fields)) }
}

/** True when the identity is exactly as the app wrote it. */
export function identityIntact(id: BookIdentity): boolean {
  return id.format === BOOK_FORMAT && id.fingerprint === fingerprintOf(canonical(id))
}

/** Who came and went between two rolls (member ids). */
export function rollDifference(
  before: readonly string[],
  now: readonly string[]
): { added: string[]; removed: string[] } {
  const was = new Set(before)
  const is = new Set(now)
  return { added: now.filter((id) => !was.has(id)), removed: before.filter((id) => !is.has(id)) }
}

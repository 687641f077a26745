// What a cell's book says about itself: the cell, the period and the rolls it was made for, kept in
// the file (a hidden sheet) and checked when the file comes back. The fingerprint covers every
// field, so a hand-edited identity is caught as well as a file made for another cell or period.
import type { IsoDate } from '../entities'

export const BOOK_FORMAT = 'so-chi-bo/so-chi-bo-chi-bo/3'
/**
 * Books made before the sheet "Lý do vắng" (format 3 adds it, nothing else): still read, their
 * excused absences taken without a reason as they were then — the preview says so.
 */
export const BOOK_FORMAT_2 = 'so-chi-bo/so-chi-bo-chi-bo/2'
/** Books made before meetingKeys was kept: still read, without the check it allows. */
export const BOOK_FORMAT_1 = 'so-chi-bo/so-chi-bo-chi-bo/1'

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
  /**
   * Each recorded meeting's date and type when the file was made (meetingKey, same order as
   * meetingIds): a register whose rows were moved is seen by them (rowOrder.ts). Absent in format 1.
   */
  meetingKeys?: string[]
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

function canonical(format: string, f: Omit<BookIdentity, 'format' | 'fingerprint'>): string {
  // Format 1 fingerprinted these fields only; later formats add theirs at the end.
  const later = format === BOOK_FORMAT_1 ? [] : [f.meetingKeys ?? null]
  return JSON.stringify([
    format,
    f.cellId,
    f.cellName,
    f.period,
    f.madeOn,
    f.roll,
    f.apart,
    f.meetingIds,
    f.registerRows,
    f.ratingRoll,
    f.notRated,
    ...later
  ])
}

export function makeIdentity(fields: IdentityFields): BookIdentity {
  return { format: BOOK_FORMAT, ...fields, fingerprint: fingerprintOf(canonical(BOOK_FORMAT, fields)) }
}

/** True when the identity is exactly as the app wrote it (this format, or an older one as it was). */
export function identityIntact(id: BookIdentity): boolean {
  const known =
    id.format === BOOK_FORMAT ||
    id.format === BOOK_FORMAT_2 ||
    (id.format === BOOK_FORMAT_1 && id.meetingKeys === undefined)
  return known && id.fingerprint === fingerprintOf(canonical(id.format, id))
}

/** True for a book with the sheet "Lý do vắng" (format 3 on): its excused absences need a reason. */
export function hasReasonSheet(id: Pick<BookIdentity, 'format'>): boolean {
  return id.format === BOOK_FORMAT
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

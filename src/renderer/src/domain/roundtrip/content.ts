// What goes into a cell's book and what comes back from it, as plain data: the excel/ layer lays
// the first out and reads the second; plan.ts compares the second with the database.
import type { AttendanceStatus, Meeting, Rating } from '../entities'
import type { Roll } from '../meetings/roll'
import type { BookIdentity } from './identity'
import type { Period } from './period'
import type { SheetValue } from './values'

export interface BookMeeting {
  meeting: Meeting
  /** The stored marks by member id (blank for a member without one). */
  marks: ReadonlyMap<string, AttendanceStatus>
  /** The stored reasons of absences (excused, or unexcused with one) by member id: "Lý do vắng" rows. */
  reasons: ReadonlyMap<string, string>
}

export interface RatingLine {
  memberId: string
  fullName: string
  /** Why the member is not rated (filled in, locked); null for a member to rate. */
  notRatedText: string | null
  score: number | null
  selfRating: Rating | null
  cellProposal: Rating | null
}

export interface CellBookContent {
  identity: BookIdentity
  period: Period
  /** The issuing body for the sheet's header, e.g. "ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN". */
  organizationName: string
  roll: Roll
  /** The heading of each member's mark column by member id (markLabels: namesakes told apart). */
  labels: ReadonlyMap<string, string>
  /** Meetings already recorded in the period, oldest first (the first register rows). */
  meetings: BookMeeting[]
  /** Year books only. */
  rating: { year: number; lines: RatingLine[] } | null
}

export interface ReturnedRegisterRow {
  rowNumber: number
  /** The locked STT cell (1, 2, … as made): shows a row inserted, deleted or sorted. */
  stt: SheetValue
  date: SheetValue
  type: SheetValue
  topic: SheetValue
  chair: SheetValue
  start: SheetValue
  end: SheetValue
  /** One per member of identity.roll, same order. */
  marks: SheetValue[]
}

export interface ReturnedRatingRow {
  rowNumber: number
  /** The locked "STT" cell: moves with its row when rows are sorted, cut or pasted (rowOrder.ts). */
  stt?: SheetValue
  /** The "Họ và tên" cell: checked against identity.ratingRoll, since a sheet can be sorted. */
  name: SheetValue
  score: SheetValue
  selfRating: SheetValue
  cellProposal: SheetValue
}

/** A row of the sheet "Lý do vắng": the secretary names the meeting by its date and the member by name. */
export interface ReturnedReasonRow {
  rowNumber: number
  date: SheetValue
  name: SheetValue
  reason: SheetValue
}

export interface ReturnedBook {
  fileName: string
  identity: BookIdentity
  /** The names heading the mark columns, as the file shows them. */
  markHeaders: string[]
  register: ReturnedRegisterRow[]
  rating: ReturnedRatingRow[]
  /**
   * Rows under the register's last row that hold something (the signature box aside). They are
   * never read as meetings: plan.ts names them so the secretary's lines are not lost silently.
   */
  registerBelow: number[]
  /** Rows under the rating roll that hold something (the signature box aside), e.g. a name appended. */
  ratingBelow: ReturnedRatingRow[]
  /**
   * Every row under the header of "Lý do vắng" that holds something (the signature box aside), or null
   * for a book made before the sheet existed (identity format 2 or 1).
   */
  reasons: ReturnedReasonRow[] | null
}

// Every problem a returned cell's book can have, with the Vietnamese reason shown in the preview
// and in the file of skipped rows sent back to the cell.
export type ProblemKind =
  | 'unreadable'
  | 'notABook'
  | 'tampered'
  | 'unknownCell'
  | 'wrongCell'
  | 'wrongPeriod'
  | 'duplicateFile'
  | 'rollChanged'
  | 'ratingRollChanged'
  | 'columnsMoved'
  | 'registerRowsMoved'
  | 'ratingRowsMoved'
  | 'outsideRegister'
  | 'outsideRatingRoll'
  | 'yearLocked'
  | 'missingField'
  | 'badDate'
  | 'outsidePeriod'
  | 'outsideCellLife'
  | 'badType'
  | 'badTime'
  | 'badMark'
  | 'missingMarks'
  | 'notOnRoll'
  | 'duplicateMeeting'
  | 'meetingGone'
  | 'errorValue'
  | 'badScore'
  | 'badRating'
  | 'notRatedFilled'
  | 'duplicateMember'
  | 'badReason'
  | 'missingReason'

export interface BookProblem {
  kind: ProblemKind
  /** "Sổ sinh hoạt, dòng 9" (or "dòng 25, 26"), "Xếp loại, dòng 12", "Lý do vắng, dòng 8", or "Cả tệp". */
  place: string
  message: string
}

export const WHOLE_FILE = 'Cả tệp'
export const registerPlace = (row: number | string) => `Sổ sinh hoạt, dòng ${row}`
export const ratingPlace = (row: number) => `Xếp loại, dòng ${row}`
export const reasonPlace = (row: number) => `Lý do vắng, dòng ${row}`

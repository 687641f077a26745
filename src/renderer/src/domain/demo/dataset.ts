// A whole ward's data as plain entity arrays: what the generator makes and the loader writes.
import type {
  AttendanceMark,
  Cell,
  CellReview,
  IsoDate,
  Meeting,
  MeetingTask,
  Member,
  MemberEvent,
  MemberReview,
  ReviewYear
} from '../entities'

export type DatasetSize = 'S' | 'M' | 'L'

export interface DatasetShape {
  members: number
  cells: number
  /** Years of history, ending with the current year. */
  years: number
}

/** S: a typical ward today; M: a merged ward; L: the design scale (docs/design.md §1). */
export const DATASET_SIZES: Record<DatasetSize, DatasetShape> = {
  S: { members: 600, cells: 15, years: 3 },
  M: { members: 3000, cells: 60, years: 5 },
  L: { members: 10000, cells: 200, years: 10 }
}

export interface Dataset {
  size: DatasetSize
  seed: number
  today: IsoDate
  /** Review years covered, oldest first; the last is the current year (review in progress). */
  years: number[]
  cells: Cell[]
  members: Member[]
  events: MemberEvent[]
  meetings: Meeting[]
  attendance: AttendanceMark[]
  tasks: MeetingTask[]
  memberReviews: MemberReview[]
  cellReviews: CellReview[]
  reviewYears: ReviewYear[]
}

/** Row counts per table, for progress and for the clerk's summary. */
export function datasetCounts(d: Dataset): Record<string, number> {
  return {
    cells: d.cells.length,
    members: d.members.length,
    events: d.events.length,
    meetings: d.meetings.length,
    attendance: d.attendance.length,
    tasks: d.tasks.length,
    memberReviews: d.memberReviews.length,
    cellReviews: d.cellReviews.length
  }
}

// What the office puts into a cell's book: the period's roll, the meetings already recorded (so the
// secretary sees and corrects them rather than writing them twice) and, for a year, the rating
// sheet with who is not rated and why already filled in.
import type { AttendanceMark, IsoDate, Meeting, MemberReview } from '../entities'
import type { Roll } from '../meetings/roll'
import { NOT_RATED_LABELS, type ReviewSubject } from '../reviews/eligibility'
import { sortByVietnameseName } from '../names'
import type { BookMeeting, CellBookContent, RatingLine } from './content'
import { makeIdentity } from './identity'
import { meetingKey } from './rowOrder'
import { markLabels } from './markLabels'
import { blankMeetingRows, periodKey, type Period } from './period'

/** The cell's rating roll: its review subjects by name; not rated = not eligible or set by hand (absent, other). */
export function ratingRollOf(
  subjects: readonly ReviewSubject[],
  reviews: ReadonlyMap<string, MemberReview>
): { subject: ReviewSubject; notRatedText: string | null }[] {
  return sortByVietnameseName(subjects, (s) => s.fullName).map((subject) => {
    const manual = reviews.get(subject.memberId)?.notRatedReason
    const notRatedText = !subject.eligible ? subject.reasonText : manual ? NOT_RATED_LABELS[manual] : null
    return { subject, notRatedText }
  })
}

export interface BookInput {
  cell: { id: string; name: string }
  period: Period
  roll: Roll
  /** The period's stored meetings and all their marks. */
  meetings: readonly Meeting[]
  marksOf(meetingId: string): readonly AttendanceMark[]
  /** Year books: the cell's review subjects and the year's stored reviews by member. */
  rating?: {
    year: number
    subjects: readonly ReviewSubject[]
    reviews: ReadonlyMap<string, MemberReview>
  } | null
  madeOn: IsoDate
  organizationName: string
  /** Birth dates, to tell namesakes' mark columns apart (markLabels). */
  birthOf?: (memberId: string) => IsoDate | null | undefined
}

export function makeBookContent(input: BookInput): CellBookContent {
  const meetings: BookMeeting[] = [...input.meetings]
    .sort((a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? ''))
    .map((meeting) => {
      const marks = input.marksOf(meeting.id)
      return {
        meeting,
        marks: new Map(marks.map((m) => [m.memberId, m.status])),
        reasons: new Map(marks.flatMap((m) => (m.reason ? [[m.memberId, m.reason] as const] : [])))
      }
    })
  let rating: CellBookContent['rating'] = null
  if (input.rating) {
    const reviews = input.rating.reviews
    const lines: RatingLine[] = ratingRollOf(input.rating.subjects, reviews).map(
      ({ subject, notRatedText }) => {
        const r = reviews.get(subject.memberId)
        return {
          memberId: subject.memberId,
          fullName: subject.fullName,
          notRatedText,
          score: notRatedText ? null : (r?.score ?? null),
          selfRating: notRatedText ? null : (r?.selfRating ?? null),
          cellProposal: notRatedText ? null : (r?.cellProposal ?? null)
        }
      }
    )
    rating = { year: input.rating.year, lines }
  }
  const identity = makeIdentity({
    cellId: input.cell.id,
    cellName: input.cell.name,
    period: periodKey(input.period),
    madeOn: input.madeOn,
    roll: input.roll.expected.map((e) => e.memberId),
    apart: input.roll.apart.map((e) => e.memberId),
    meetingIds: meetings.map((m) => m.meeting.id),
    meetingKeys: meetings.map((m) => meetingKey(m.meeting.date, m.meeting.type)),
    registerRows: meetings.length + blankMeetingRows(input.period),
    ratingRoll: rating ? rating.lines.map((l) => l.memberId) : [],
    notRated: rating ? rating.lines.filter((l) => l.notRatedText).map((l) => l.memberId) : []
  })
  return {
    identity,
    period: input.period,
    organizationName: input.organizationName,
    roll: input.roll,
    labels: markLabels([...input.roll.expected, ...input.roll.apart], input.birthOf ?? (() => null)),
    meetings,
    rating
  }
}

// "Sao chép buổi trước": a cell meets at the same place and hours, chaired by the same people,
// month after month — the new minutes start from the last meeting's. The date, the topic, the
// attendance and the tasks are this meeting's own and are not copied.
import type { Meeting } from '@renderer/domain/entities'
import { formFromMeeting, type MeetingForm } from './meetingForm'

export type CopiedFields = Pick<
  MeetingForm,
  'type' | 'startTime' | 'endTime' | 'place' | 'chair' | 'secretary' | 'guestsText' | 'agenda'
>

export function copiedFields(from: Meeting): CopiedFields {
  const f = formFromMeeting(from, [], [])
  return {
    // An extraordinary meeting is no model for the next one.
    type: f.type === 'extraordinary' ? 'regular' : f.type,
    startTime: f.startTime,
    endTime: f.endTime,
    place: f.place,
    chair: f.chair,
    secretary: f.secretary,
    guestsText: f.guestsText,
    agenda: f.agenda
  }
}

/** The cell's last meeting before `date` (meetings sorted by date, oldest first). */
export function lastBefore(meetings: readonly Meeting[], date: string): Meeting | undefined {
  for (let i = meetings.length - 1; i >= 0; i--) if (meetings[i].date < date) return meetings[i]
  return undefined
}

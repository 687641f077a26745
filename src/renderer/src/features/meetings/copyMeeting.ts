// "Sao chép buổi trước": a cell meets at the same place and hours, chaired by the same people,
// month after month — the new minutes start from the last meeting's. The date, the topic, the
// attendance and the tasks are this meeting's own and are not copied.
import type { Meeting } from '@renderer/domain/entities'
import type { MeetingForm } from './meetingForm'

export type CopiedFields = Pick<
  MeetingForm,
  'type' | 'startTime' | 'endTime' | 'place' | 'chair' | 'secretary' | 'guestsText' | 'agenda'
>

export function copiedFields(from: Meeting): CopiedFields {
  return {
    // An extraordinary meeting is no model for the next one.
    type: from.type === 'extraordinary' ? 'regular' : from.type,
    startTime: from.startTime ?? '',
    endTime: from.endTime ?? '',
    place: from.place ?? '',
    chair: from.chairName ?? '',
    secretary: from.secretaryName ?? '',
    guestsText: from.guests.join('\n'),
    agenda: from.agenda ?? ''
  }
}

/** The cell's last meeting before `date` (meetings sorted by date, oldest first). */
export function lastBefore(meetings: readonly Meeting[], date: string): Meeting | undefined {
  for (let i = meetings.length - 1; i >= 0; i--) if (meetings[i].date < date) return meetings[i]
  return undefined
}

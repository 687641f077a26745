// Small seeded factories for the meetings tests (no randomness).
import type { Meeting, MemberEvent, MemberEventType } from '@renderer/domain/entities'
import { MEETING_DEFAULTS } from '@renderer/domain/rules/params'

export const PARAMS = { ...MEETING_DEFAULTS }

let seq = 0
export function event(
  memberId: string,
  type: MemberEventType,
  date: string,
  extra: Partial<MemberEvent> = {}
): MemberEvent {
  return { id: `e${++seq}`, memberId, type, date, createdAt: '2020-01-01T00:00:00.000Z', ...extra }
}

export function meeting(
  cellId: string,
  date: string,
  type: Meeting['type'] = 'regular',
  extra: Partial<Meeting> = {}
): Meeting {
  return {
    id: `m-${cellId}-${date}-${type}-${++seq}`,
    cellId,
    type,
    date,
    startTime: '08:00',
    endTime: type === 'combined' ? '10:00' : '09:30',
    guests: [],
    presentations: [],
    attachments: [],
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    ...extra
  }
}

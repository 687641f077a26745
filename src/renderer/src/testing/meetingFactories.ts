// Small seeded factories for the meetings tests (no randomness).
import type { Meeting } from '@renderer/domain/entities'
import { MEETING_DEFAULTS } from '@renderer/domain/rules/params'

export const PARAMS = { ...MEETING_DEFAULTS }

/** Members' events: the same factory the review tests use. */
export { event } from './reviewFactories'

let seq = 0
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

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

/**
 * A ward's meetings of 2026 that the statistics tests read, the rule's and the spreadsheet's alike.
 * kp1: a regular meeting (attendance 90 %, quality 95: Tốt), a thematic one (80 %, quality 80: Khá)
 * and a combined one of 90 minutes (short of 120) with no score, the last two with topics; kp2: one
 * regular meeting with no attendance counted (quality 45: Kém). A function, so that each test gets
 * its own copy.
 */
export function meetingsOf2026(): Meeting[] {
  return [
    meeting('kp1', '2026-01-03', 'regular', {
      id: 'a',
      qualityScore: 95,
      attendanceCounts: { present: 18, excused: 1, unexcused: 1, exempt: 2 }
    }),
    meeting('kp1', '2026-02-03', 'thematic', {
      id: 'b',
      topic: 'Tự soi, tự sửa',
      qualityScore: 80,
      attendanceCounts: { present: 16, excused: 4, unexcused: 0, exempt: 2 }
    }),
    meeting('kp1', '2026-03-03', 'combined', {
      id: 'c',
      topic: 'Xây dựng tinh thần đoàn kết tại chi bộ',
      endTime: '09:30'
    }),
    meeting('kp2', '2026-05-03', 'regular', { id: 'd', qualityScore: 45 })
  ]
}

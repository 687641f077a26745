// How long a meeting lasted, and whether that meets the profile's minimum (HD 42-HD/BTCTW 2025:
// 90 minutes for a regular meeting, 120 when a regular meeting is combined with a thematic one).
import type { Meeting, MeetingType } from '../entities'
import type { RulesParams, RulesSources } from '../rules/params'
import { shortSource } from '../rules/profiles'

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/

/** Minutes since midnight of 'HH:mm', or null when not a time. */
export function parseTime(value: string | null | undefined): number | null {
  if (!value) return null
  const m = TIME.exec(value.trim())
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}

/** Length in minutes; null when a time is missing or the end is not after the start. */
export function meetingMinutes(startTime?: string | null, endTime?: string | null): number | null {
  const start = parseTime(startTime)
  const end = parseTime(endTime)
  if (start === null || end === null || end <= start) return null
  return end - start
}

/** The minimum for this type of meeting; extraordinary meetings have none. */
export function minimumMinutes(
  type: MeetingType,
  params: Pick<RulesParams, 'meetingMinMinutes' | 'combinedMeetingMinMinutes'>
): number | null {
  if (type === 'combined') return params.combinedMeetingMinMinutes
  if (type === 'regular' || type === 'thematic') return params.meetingMinMinutes
  return null
}

/** The text the minimum for this type of meeting follows, as the profile cites it (no gloss). */
export function minimumSource(
  type: MeetingType,
  sources: Pick<RulesSources, 'meetingMinMinutes' | 'combinedMeetingMinMinutes'>
): string {
  return shortSource(
    type === 'combined' ? sources.combinedMeetingMinMinutes : sources.meetingMinMinutes,
    'HD 42-HD/BTCTW 2025'
  )
}

/** True only when both times are known and the meeting was shorter than its minimum. */
export function isTooShort(
  meeting: Pick<Meeting, 'type' | 'startTime' | 'endTime'>,
  params: Pick<RulesParams, 'meetingMinMinutes' | 'combinedMeetingMinMinutes'>
): boolean {
  const minutes = meetingMinutes(meeting.startTime, meeting.endTime)
  const min = minimumMinutes(meeting.type, params)
  return minutes !== null && min !== null && minutes < min
}

/** "1 giờ 30 phút" / "45 phút". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} phút`
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`
}

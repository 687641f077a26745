// A member's state on a date, derived from the record and its dated life events. Everything that
// asks "who belongs to this cell on that day" (the meeting roll, who is reviewed, the lists) goes
// through here, so the rules for transfers, exemption and death are written once.
import type { IsoDate, Member, MemberEvent, MemberEventType, MemberStatus } from './entities'
import { compareDates, comparable } from './dates'

export interface MemberState {
  /** Admitted (or transferred in) on or before the date. */
  isMember: boolean
  /** Belongs to the ward's lists on the date (not transferred out, removed, expelled, left or dead). */
  inWard: boolean
  status: MemberStatus
  official: boolean
  exempt: boolean
  suspended: boolean
  cellId: string | null
}

/** Same-day events apply in this order (e.g. transferIn before exemption on one day). */
const ORDER: Record<MemberEventType, number> = {
  admission: 0,
  readmission: 0,
  transferIn: 1,
  cellChange: 2,
  official: 3,
  exemptionEnd: 4,
  suspensionEnd: 4,
  exemption: 5,
  suspension: 5,
  sickLeave: 6,
  discipline: 6,
  award: 6,
  commendation: 6,
  badge: 6,
  lostContact: 7,
  transferOut: 8,
  removal: 9,
  expulsion: 9,
  leaving: 9,
  death: 10
}

export function sortEvents(events: readonly MemberEvent[]): MemberEvent[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date) || ORDER[a.type] - ORDER[b.type])
}

const ENDED: Partial<Record<MemberEventType, MemberStatus>> = {
  transferOut: 'transferredOut',
  removal: 'removed',
  expulsion: 'expelled',
  leaving: 'left',
  lostContact: 'left',
  death: 'deceased'
}

/**
 * The member's state at the end of `date`. Events after the date are ignored.
 * A member with no admission or transfer-in event counts from the record's admission date
 * (or always, when it is unknown: old records).
 */
export function memberStateOn(
  member: Pick<Member, 'admissionDate' | 'officialDate' | 'cellId'>,
  events: readonly MemberEvent[],
  date: IsoDate
): MemberState {
  const on = comparable(date)
  const sorted = sortEvents(events).filter((e) => comparable(e.date) <= on)
  const hasEntry = events.some(
    (e) => e.type === 'admission' || e.type === 'transferIn' || e.type === 'readmission'
  )
  const admittedByRecord = !member.admissionDate || comparable(member.admissionDate) <= on

  let isMember = !hasEntry && admittedByRecord
  let inWard = isMember
  let official = !!member.officialDate && comparable(member.officialDate) <= on
  let exempt = false
  let suspended = false
  let ended: MemberStatus | null = null
  let cellId: string | null = member.cellId ?? null

  for (const e of sorted) {
    switch (e.type) {
      case 'admission':
      case 'readmission':
        isMember = inWard = true
        ended = null
        official = false
        exempt = suspended = false
        if (e.cellId) cellId = e.cellId
        break
      case 'transferIn':
        isMember = inWard = true
        ended = null
        if (e.cellId) cellId = e.cellId
        break
      case 'cellChange':
        if (e.cellId) cellId = e.cellId
        break
      case 'official':
        official = true
        break
      case 'exemption':
        exempt = true
        break
      case 'exemptionEnd':
        exempt = false
        break
      case 'suspension':
        suspended = true
        break
      case 'suspensionEnd':
        suspended = false
        break
      default: {
        const end = ENDED[e.type]
        if (end) {
          inWard = false
          ended = end
        }
      }
    }
  }
  // A readmitted member's probation restarts; the record's officialDate may be the later one.
  if (!official && member.officialDate && comparable(member.officialDate) <= on) {
    const lastEntry = sorted.filter((e) => e.type === 'admission' || e.type === 'readmission').pop()
    if (!lastEntry || comparable(lastEntry.date) <= comparable(member.officialDate)) official = true
  }

  const status: MemberStatus =
    ended ?? (suspended ? 'suspended' : exempt ? 'exempt' : official ? 'official' : 'probationary')
  return { isMember, inWard: isMember && inWard, status, official, exempt, suspended, cellId }
}

/** Statuses that keep a member in the ward's active lists. */
export const ACTIVE_STATUSES: readonly MemberStatus[] = ['probationary', 'official', 'exempt', 'suspended']

export function isActiveStatus(status: MemberStatus): boolean {
  return ACTIVE_STATUSES.includes(status)
}

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  probationary: 'Dự bị',
  official: 'Chính thức',
  exempt: 'Miễn sinh hoạt',
  suspended: 'Đình chỉ sinh hoạt',
  transferredOut: 'Đã chuyển đi',
  removed: 'Đã xóa tên',
  expelled: 'Đã khai trừ',
  left: 'Đã ra khỏi Đảng',
  deceased: 'Từ trần'
}

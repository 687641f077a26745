// A member's state on a date, derived from the record and its dated life events. Everything that
// asks "who belongs to this cell on that day" (the meeting roll, who is reviewed, the lists) goes
// through here, so the rules for transfers, exemption and death are written once.
//
// A temporary transfer (chuyển sinh hoạt tạm thời) does not move a member's đảng số: "Đảng viên sinh
// hoạt đảng tạm thời không tính vào đảng số của tổ chức đảng nơi sinh hoạt tạm thời" (QĐ 232-QĐ/TW
// 2025, tiểu mục 6.3.2, as QĐ 24-QĐ/TW 2021 before it). So a member of the ward sent away for a while
// stays in the ward's figures and review, off its meeting rolls (`away`); a member of another đảng
// bộ staying here for a while attends a cell's meetings but is in no figure of the ward (`visiting`).
// Either ends at the transfer's "đến ngày", or earlier at the transfer that brings the member back.
import type { IsoDate, Member, MemberEvent, MemberEventType, MemberStatus } from './entities'
import { compareDates, comparable, formatDate, isYearOnly } from './dates'

export interface MemberState {
  /** Admitted (or transferred in) on or before the date. */
  isMember: boolean
  /**
   * In the ward's đảng số on the date: not transferred out, removed, expelled, left or dead, and not
   * only staying here temporarily (`visiting`). A member away temporarily still is.
   */
  inWard: boolean
  /** A member of the ward staying temporarily with another party organisation: off the ward's rolls. */
  away: boolean
  /** A member of another party organisation staying temporarily with a cell here: on its roll only. */
  visiting: boolean
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

/** The last day a stay's "đến ngày" allows: a bare year runs to its end, never to 1 January. */
function lastDayOf(endDate: IsoDate | null | undefined): string | null {
  if (!endDate) return null
  return isYearOnly(endDate) ? `${endDate}-12-31` : comparable(endDate)
}

export function sortEvents(events: readonly MemberEvent[]): MemberEvent[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date) || ORDER[a.type] - ORDER[b.type])
}

const ENDED: Partial<Record<MemberEventType, MemberStatus>> = {
  removal: 'removed',
  expulsion: 'expelled',
  leaving: 'left',
  lostContact: 'left',
  death: 'deceased'
}

/**
 * Whether the events say when the member entered the ward (an admission, a readmission, or a
 * transfer in that is not the return from a temporary stay elsewhere). Without one, an old record
 * counts from its own admission date.
 */
export function hasEntryEvent(events: readonly MemberEvent[]): boolean {
  const wentAway = events
    .filter((e) => e.type === 'transferOut' && e.transferKind === 'temporary')
    .map((e) => comparable(e.date))
  return events.some(
    (e) =>
      e.type === 'admission' ||
      e.type === 'readmission' ||
      (e.type === 'transferIn' && !wentAway.some((d) => d <= comparable(e.date)))
  )
}

/**
 * The day a member of another đảng bộ came here, when that is how the ward first knew him: his first
 * transfer in (for a stay, or for good), with no transfer out before it (else it is a return). His
 * admission, which the member form and the import record from his card, was in his own đảng bộ, not
 * here (a member transferred in was admitted where he came from).
 */
function arrivalFromElsewhere(sorted: readonly MemberEvent[]): string | null {
  for (const e of sorted) {
    if (e.type === 'transferOut') return null
    if (e.type === 'transferIn') return comparable(e.date)
  }
  return null
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
  // Sorted once: the state on the date reads those up to it, the cell before any move reads them all.
  const all = sortEvents(events)
  const sorted = all.filter((e) => comparable(e.date) <= on)
  const hasEntry = hasEntryEvent(events)
  const arrival = arrivalFromElsewhere(all)
  const admittedByRecord = !member.admissionDate || comparable(member.admissionDate) <= on

  let isMember = !hasEntry && admittedByRecord
  let inWard = isMember
  let official = !!member.officialDate && comparable(member.officialDate) <= on
  let exempt = false
  let suspended = false
  let ended: MemberStatus | null = null
  // The record holds the member's cell now; before his first recorded move he was in the cell it
  // left (a merge records it), not in today's.
  const firstMove = all.find((e) => e.type === 'cellChange' && e.fromCellId)
  let cellId: string | null = firstMove?.fromCellId ?? member.cellId ?? null
  // The temporary stay under way, and its last day when the transfer gave one.
  let away = false
  let visiting = false
  let stayUntil: string | null = null
  /** A stay whose "đến ngày" is over by `day` has ended: back home, or gone home. */
  const endStayBefore = (day: string) => {
    if (stayUntil === null || stayUntil >= day) return
    if (visiting) ended = 'transferredOut'
    away = visiting = false
    stayUntil = null
  }

  for (const e of sorted) {
    endStayBefore(comparable(e.date))
    const temporary = e.transferKind === 'temporary'
    switch (e.type) {
      case 'admission':
      case 'readmission':
        isMember = true
        // Admitted elsewhere when he later came here (arrivalFromElsewhere).
        inWard = !(arrival && comparable(e.date) <= arrival)
        ended = null
        official = false
        exempt = suspended = false
        if (e.cellId) cellId = e.cellId
        break
      case 'transferIn':
        if (away) {
          // Back from a stay elsewhere: on the rolls again.
          away = false
          stayUntil = null
        } else if (temporary && !(isMember && inWard)) {
          // A member of another đảng bộ, here for a while.
          isMember = visiting = true
          inWard = false
          ended = null
          stayUntil = lastDayOf(e.endDate)
        } else {
          isMember = inWard = true
          ended = null
          visiting = false
          stayUntil = null
        }
        if (e.cellId) cellId = e.cellId
        break
      case 'transferOut':
        if (visiting) {
          // The visitor goes home: never in the ward's figures, now off its rolls too.
          visiting = false
          ended = 'transferredOut'
          stayUntil = null
        } else if (temporary && isMember && inWard) {
          away = true
          stayUntil = lastDayOf(e.endDate)
        } else {
          inWard = away = false
          ended = 'transferredOut'
          stayUntil = null
        }
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
          inWard = away = visiting = false
          ended = end
          stayUntil = null
        }
      }
    }
  }
  // A readmitted member's probation restarts; the record's officialDate may be the later one.
  if (!official && member.officialDate && comparable(member.officialDate) <= on) {
    const lastEntry = sorted.filter((e) => e.type === 'admission' || e.type === 'readmission').pop()
    if (!lastEntry || comparable(lastEntry.date) <= comparable(member.officialDate)) official = true
  }

  endStayBefore(on)

  const status: MemberStatus =
    ended ?? (suspended ? 'suspended' : exempt ? 'exempt' : official ? 'official' : 'probationary')
  return {
    isMember,
    inWard: isMember && inWard,
    away,
    visiting,
    status,
    official,
    exempt,
    suspended,
    cellId
  }
}

/**
 * The members of another đảng bộ on the ward's rolls on `date` (sinh hoạt tạm thời), each with the
 * last day of his stay when it is over and his leaving not recorded yet (stayEndedOn), else null.
 * Neither kind is in the ward's đảng số; only members whose history holds a temporary transfer in
 * are looked at.
 */
export function guestStaysOn(
  members: Iterable<Pick<Member, 'id' | 'admissionDate' | 'officialDate' | 'cellId'>>,
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  date: IsoDate
): Map<string, IsoDate | null> {
  const stays = new Map<string, IsoDate | null>()
  for (const m of members) {
    const events = eventsByMember.get(m.id) ?? []
    if (!events.some((e) => e.type === 'transferIn' && e.transferKind === 'temporary')) continue
    if (memberStateOn(m, events, date).visiting) stays.set(m.id, null)
    else {
      const ended = stayEndedOn(m, events, date)
      if (ended) stays.set(m.id, ended)
    }
  }
  return stays
}

/**
 * A guest whose stay is over by `date` while nothing recorded his leaving: the stay's last day, else
 * null. Rolls and figures follow the date (he is off them), but his record is still "đang sinh hoạt"
 * until the clerk records the transfer out, so the screens say it.
 */
export function stayEndedOn(
  member: Pick<Member, 'admissionDate' | 'officialDate' | 'cellId'>,
  events: readonly MemberEvent[],
  date: IsoDate
): IsoDate | null {
  const stay = sortEvents(events)
    .filter((e) => e.type === 'transferIn' && e.transferKind === 'temporary')
    .at(-1)
  const end = lastDayOf(stay?.endDate)
  if (!stay || !end || end >= comparable(date)) return null
  const since = comparable(stay.date)
  if (events.some((e) => e.type === 'transferOut' && comparable(e.date) >= since)) return null
  return memberStateOn(member, events, end).visiting ? end : null
}

/** Beside the status of a guest whose stay is over (stayEndedOn): what it means and what to record. */
export function stayEndedText(end: IsoDate): string {
  return `hết thời hạn sinh hoạt tạm thời ngày ${formatDate(end)}, không còn trong danh sách sinh hoạt của chi bộ; hãy ghi sự kiện "Chuyển sinh hoạt đi" ngày đồng chí trở về nơi sinh hoạt chính thức`
}

/** What a temporary stay means for the ward, said beside the member's status; '' when none. */
export function stayText(state: Pick<MemberState, 'away' | 'visiting'>): string {
  if (state.away) return 'đang sinh hoạt tạm thời nơi khác, vẫn tính vào đảng số của Đảng bộ'
  if (state.visiting) return 'sinh hoạt tạm thời tại Đảng bộ, không tính vào đảng số'
  return ''
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

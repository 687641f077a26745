// Movements of party members in a period (biến động đảng viên): who was admitted, made official,
// transferred in or out, died, was removed, expelled or left. Read from the member's dated events
// (docs/design.md §6 Members); an old record with no entry event counts from its own admission and
// official dates, as memberStateOn does. Dates keep their precision: a year-only date stays a year.
// In a quarter or half-year it is counted where memberStateOn puts it (the period holding 1 January),
// so that the statistics' start + gains − losses = end still holds, and its row says so (yearOnlyNote).
import type { IsoDate, Member, MemberEvent, MemberEventType } from '../entities'
import { addDays, comparable, compareDates, isYearOnly } from '../dates'
import { hasEntryEvent, memberStateOn } from '../memberState'
import { GENDER_LABELS } from '../labels'

export type MovementKind =
  | 'admitted'
  | 'official'
  | 'transferredIn'
  | 'transferredOut'
  | 'deceased'
  | 'removed'
  | 'expelled'
  | 'left'
  | 'temporaryIn'
  | 'temporaryOut'

/** Order of the groups in every list and table. */
export const MOVEMENT_KINDS: readonly MovementKind[] = [
  'admitted',
  'official',
  'transferredIn',
  'transferredOut',
  'deceased',
  'removed',
  'expelled',
  'left',
  'temporaryIn',
  'temporaryOut'
]

export const MOVEMENT_LABELS: Record<MovementKind, string> = {
  admitted: 'Kết nạp đảng viên',
  official: 'Công nhận đảng viên chính thức',
  transferredIn: 'Chuyển sinh hoạt đảng đến',
  transferredOut: 'Chuyển sinh hoạt đảng đi',
  deceased: 'Từ trần',
  removed: 'Xóa tên',
  expelled: 'Khai trừ',
  left: 'Ra khỏi Đảng',
  temporaryIn: 'Đến sinh hoạt tạm thời, hoặc trở về (không thay đổi đảng số)',
  temporaryOut:
    'Đi sinh hoạt tạm thời nơi khác, hoặc hết sinh hoạt tạm thời tại Đảng bộ (không thay đổi đảng số)'
}

/**
 * Kinds that add to the ward's members and kinds that take from them. Official changes neither, and
 * neither does a temporary stay (QĐ 232-QĐ/TW 2025, 6.3.2: not counted where the member stays for a
 * while, so still counted at home) — see memberStateOn.
 */
export const GAINS: readonly MovementKind[] = ['admitted', 'transferredIn']
export const LOSSES: readonly MovementKind[] = ['transferredOut', 'deceased', 'removed', 'expelled', 'left']

const BY_EVENT: Partial<Record<MemberEventType, MovementKind>> = {
  admission: 'admitted',
  readmission: 'admitted',
  official: 'official',
  transferIn: 'transferredIn',
  transferOut: 'transferredOut',
  death: 'deceased',
  removal: 'removed',
  expulsion: 'expelled',
  leaving: 'left',
  lostContact: 'left'
}

export interface Movement {
  kind: MovementKind
  memberId: string
  /** As stored: 'YYYY-MM-DD', or 'YYYY' when only the year is known. */
  date: IsoDate
  /** The member's cell after an entry, before a departure. */
  cellId: string | null
  place: string
  decisionNumber: string
  /** Vietnamese detail: "Kết nạp lại", "Tạm thời", "Mất liên lạc", the reason given. */
  note: string
}

type MemberLike = Pick<Member, 'id' | 'admissionDate' | 'officialDate' | 'cellId'>

function inPeriod(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  const d = comparable(date)
  return d >= from && d <= to
}

/**
 * A year-only date in a period shorter than its year: which part of the year it fell in is unknown,
 * so the row says it is counted here by convention and asks for the day. Empty otherwise.
 */
export function yearOnlyNote(date: IsoDate, from: IsoDate, to: IsoDate): string {
  if (!isYearOnly(date) || (from <= `${date}-01-01` && to >= `${date}-12-31`)) return ''
  return `Chỉ biết năm ${date}, chưa rõ ngày: tạm tính vào kỳ có ngày 01/01/${date}, cần xác minh`
}

function noteOf(e: MemberEvent, from: IsoDate, to: IsoDate): string {
  const parts: string[] = [yearOnlyNote(e.date, from, to)].filter(Boolean)
  if (e.type === 'readmission') parts.push('Kết nạp lại')
  if (e.type === 'lostContact') parts.push('Mất liên lạc')
  if ((e.type === 'transferIn' || e.type === 'transferOut') && e.transferKind === 'temporary')
    parts.push('Chuyển sinh hoạt tạm thời')
  if (e.reason) parts.push(e.reason)
  if (e.note) parts.push(e.note)
  return parts.join('; ')
}

/** The member's state at the end of the day before the event. */
const stateTheDayBefore = (member: MemberLike, events: readonly MemberEvent[], e: MemberEvent) =>
  memberStateOn(member, events, addDays(comparable(e.date), -1))

/**
 * What an event is in the ward's figures. An entry or a departure counts only when it changes the
 * đảng số (memberStateOn's inWard): going away for a while, coming back, or a member of another đảng
 * bộ staying here are listed apart as temporary; a visitor's death or removal is not the ward's. An
 * admission or an official decision is the ward's only when the member is in it then: one made in
 * the đảng bộ he came from (a guest's, or a member's transferred in later) is in none of its figures.
 */
function countedKind(
  member: MemberLike,
  events: readonly MemberEvent[],
  e: MemberEvent
): MovementKind | null {
  const kind = BY_EVENT[e.type]
  if (!kind) return null
  const after = memberStateOn(member, events, e.date).inWard
  if (kind === 'admitted' || kind === 'official') return after ? kind : null
  if (!(kind === 'transferredIn' || LOSSES.includes(kind))) return kind
  const before = stateTheDayBefore(member, events, e).inWard
  if (kind === 'transferredIn') return !before && after ? kind : 'temporaryIn'
  if (before && !after) return kind
  return e.type === 'transferOut' ? 'temporaryOut' : null
}

/** One member's movements in [from, to] (inclusive), oldest first. */
export function memberMovements(
  member: MemberLike,
  events: readonly MemberEvent[],
  from: IsoDate,
  to: IsoDate
): Movement[] {
  const out: Movement[] = []
  const hasEntry = hasEntryEvent(events)
  const hasOfficial = events.some((e) => e.type === 'official')
  const fromRecord = (kind: MovementKind, date: IsoDate | null | undefined): void => {
    if (!date || !inPeriod(date, from, to)) return
    // As countedKind: the ward's only when he is in it then, and in the cell he was in that day.
    const state = memberStateOn(member, events, date)
    if (state.inWard)
      out.push({
        kind,
        memberId: member.id,
        date,
        cellId: state.cellId,
        place: '',
        decisionNumber: '',
        note: yearOnlyNote(date, from, to)
      })
  }
  if (!hasEntry) fromRecord('admitted', member.admissionDate)
  if (!hasOfficial) fromRecord('official', member.officialDate)
  for (const e of events) {
    const kind = countedKind(member, events, e)
    if (!kind || !inPeriod(e.date, from, to)) continue
    // A departure leaves the cell unchanged, so the state at the end of the day still names it.
    const cellId = e.cellId ?? memberStateOn(member, events, e.date).cellId
    const before = stateTheDayBefore(member, events, e)
    const back = kind === 'temporaryIn' && before.away
    const home = kind === 'temporaryOut' && before.visiting
    out.push({
      kind,
      memberId: member.id,
      date: e.date,
      cellId,
      place: e.place ?? '',
      decisionNumber: e.decisionNumber ?? '',
      note: [
        back ? 'Trở về sau thời gian sinh hoạt tạm thời nơi khác' : '',
        home ? 'Hết sinh hoạt tạm thời tại Đảng bộ, trở về nơi sinh hoạt chính thức' : '',
        noteOf(e, from, to)
      ]
        .filter(Boolean)
        .join('; ')
    })
  }
  return out.sort((a, b) => compareDates(a.date, b.date))
}

/** Every member's movements in the period, grouped by kind (each group oldest first). */
export function movementsByKind(
  members: readonly MemberLike[],
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  from: IsoDate,
  to: IsoDate
): Record<MovementKind, Movement[]> {
  const out = Object.fromEntries(MOVEMENT_KINDS.map((k) => [k, [] as Movement[]])) as Record<
    MovementKind,
    Movement[]
  >
  for (const m of members)
    for (const mv of memberMovements(m, eventsByMember.get(m.id) ?? [], from, to)) out[mv.kind].push(mv)
  for (const k of MOVEMENT_KINDS) out[k].sort((a, b) => compareDates(a.date, b.date))
  return out
}

export interface MovementRow extends Movement {
  fullName: string
  birthDate: IsoDate | null
  gender: string
  cellName: string
}

export interface MovementGroup {
  kind: MovementKind
  label: string
  rows: MovementRow[]
}

/** The lists of a period, one group per kind that has anyone, each by date then name. */
export function movementGroups(
  byKind: Record<MovementKind, Movement[]>,
  members: ReadonlyMap<string, Pick<Member, 'fullName' | 'birthDate' | 'gender'>>,
  cells: readonly { id: string; name: string }[]
): MovementGroup[] {
  const cellNames = new Map(cells.map((c) => [c.id, c.name]))
  return MOVEMENT_KINDS.filter((k) => byKind[k].length > 0).map((kind) => ({
    kind,
    label: MOVEMENT_LABELS[kind],
    rows: byKind[kind].map((mv) => {
      const m = members.get(mv.memberId)
      return {
        ...mv,
        fullName: m?.fullName ?? '',
        birthDate: m?.birthDate ?? null,
        gender: m ? GENDER_LABELS[m.gender] : '',
        cellName: (mv.cellId && cellNames.get(mv.cellId)) || ''
      }
    })
  }))
}

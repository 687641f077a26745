// Integrity check (docs/design.md §8): references to records that do not exist, impossible dates, duplicate
// identifiers. Pure: plain arrays in, a list of issues out, each with where to fix it. Linear in the
// data (Sets and Maps), so a 10,000-member, 1,000,000-mark database is checked in one pass.
// The demo generator must produce data with no issue: `checkIntegrity(data)` is [] for it.
import type {
  AttendanceMark,
  Badge,
  Cell,
  CellReview,
  Commendation,
  IsoDate,
  Meeting,
  MeetingTask,
  Member,
  MemberEvent,
  MemberReview
} from './entities'
import {
  comparable,
  formatDate as display,
  fullYearsBetween,
  isYearOnly,
  parseIsoDate,
  yearOf,
  todayIso
} from './dates'
import { cellLifeCheck } from './meetings/cellLife'
import { recordedType } from './members/events'

export interface IntegrityData {
  cells?: readonly Cell[]
  members?: readonly Member[]
  memberEvents?: readonly MemberEvent[]
  meetings?: readonly Meeting[]
  attendance?: readonly AttendanceMark[]
  meetingTasks?: readonly MeetingTask[]
  memberReviews?: readonly MemberReview[]
  cellReviews?: readonly CellReview[]
  commendations?: readonly Commendation[]
  badges?: readonly Badge[]
}

export type IntegrityKind =
  'missingReference' | 'invalidDate' | 'futureDate' | 'dateOrder' | 'duplicate' | 'eventType'

export const INTEGRITY_KIND_LABELS: Record<IntegrityKind, string> = {
  missingReference: 'Tham chiếu đến bản ghi không tồn tại',
  invalidDate: 'Ngày không có thật',
  futureDate: 'Ngày ở tương lai',
  dateOrder: 'Ngày không hợp lý',
  duplicate: 'Trùng số định danh',
  eventType: 'Sự kiện ghi sai loại'
}

export interface IntegrityIssue {
  kind: IntegrityKind
  /** Table of the record at fault, e.g. 'members'. */
  entity: string
  entityId: string
  field: string
  /** Vietnamese, names the record and what is wrong. */
  message: string
  /** Where to fix it: the screen (named as its route is) and the record it opens on. */
  link: FixAt
}

/** A member's record, a meeting's minutes, or the cells' page. */
export type FixAt = { page: 'member'; id: string } | { page: 'meeting'; id: string } | { page: 'cells' }

export const memberLink = (id: string): FixAt => ({ page: 'member', id })
export const meetingLink = (id: string): FixAt => ({ page: 'meeting', id })
export const CELLS_LINK: FixAt = { page: 'cells' }

/** Members sign up at 18 at the earliest (Điều lệ Đảng, Điều 1): an earlier admission is a typo. */
const MIN_ADMISSION_AGE = 18

export function checkIntegrity(data: IntegrityData, today: IsoDate = todayIso()): IntegrityIssue[] {
  const issues: IntegrityIssue[] = []
  const cells = data.cells ?? []
  const members = data.members ?? []
  const meetings = data.meetings ?? []
  const cellIds = new Set(cells.map((c) => c.id))
  const memberById = new Map(members.map((m) => [m.id, m]))
  const meetingById = new Map(meetings.map((m) => [m.id, m]))
  const cellName = new Map(cells.map((c) => [c.id, c.name]))
  const cellById = new Map(cells.map((c) => [c.id, c]))
  const who = (id: string) => memberById.get(id)?.fullName ?? id
  const known = { cell: cellIds, member: memberById, meeting: meetingById }
  const NOUN = { cell: 'chi bộ', member: 'đảng viên', meeting: 'buổi sinh hoạt' }

  /** The checks of one record: its issues name its table and id, and by default where to fix it. */
  const recordAt = (entity: string, entityId: string, link: FixAt) => {
    const issue = (kind: IntegrityKind, field: string, message: string, where = link) =>
      issues.push({ kind, entity, entityId, field, link: where, message })
    return {
      issue,
      /** A reference to a cell, member or meeting that must exist. */
      ref(
        target: keyof typeof known,
        field: string,
        value: string | null | undefined,
        what: string,
        where = link
      ) {
        if (value && !known[target].has(value))
          issue('missingReference', field, `${what}: ${NOUN[target]} không tồn tại (mã ${value}).`, where)
      },
      /** A stored date must be a real day (or a bare year); `notFuture` when it records something done. */
      date(field: string, value: string | null | undefined, what: string, notFuture: boolean): boolean {
        if (!value) return true
        if (!parseIsoDate(value)) {
          issue('invalidDate', field, `${what}: "${value}" không phải ngày có thật.`)
          return false
        }
        if (notFuture && comparable(value) > today && !(isYearOnly(value) && value === today.slice(0, 4)))
          issue('futureDate', field, `${what}: ngày ${display(value)} chưa đến.`)
        return true
      }
    }
  }
  const before = (a: string | null | undefined, b: string | null | undefined) =>
    !!a && !!b && !!parseIsoDate(a) && !!parseIsoDate(b) && comparable(a) > comparable(b)

  for (const c of cells) {
    const what = `Chi bộ ${c.name}`
    const r = recordAt('cells', c.id, CELLS_LINK)
    r.ref('cell', 'mergedIntoId', c.mergedIntoId, `${what} (sáp nhập vào)`)
    for (const seat of c.committee ?? []) r.ref('member', 'committee', seat.memberId, `${what} (chi ủy)`)
    r.date('foundedOn', c.foundedOn, `${what}, ngày thành lập`, true)
    r.date('closedOn', c.closedOn, `${what}, ngày giải thể/sáp nhập`, false)
  }

  const byCard = new Map<string, Member[]>()
  const byIdNumber = new Map<string, Member[]>()
  for (const m of members) {
    const what = `Đảng viên ${m.fullName}`
    const r = recordAt('members', m.id, memberLink(m.id))
    r.ref('cell', 'cellId', m.cellId, what)
    const birthOk = r.date('birthDate', m.birthDate, `${what}, ngày sinh`, true)
    const admissionOk = r.date('admissionDate', m.admissionDate, `${what}, ngày vào Đảng`, true)
    r.date('officialDate', m.officialDate, `${what}, ngày chính thức`, true)
    if (before(m.birthDate, m.admissionDate)) {
      r.issue('dateOrder', 'birthDate', `${what}: ngày sinh sau ngày vào Đảng.`)
    } else if (
      birthOk &&
      admissionOk &&
      m.birthDate &&
      m.admissionDate &&
      !isYearOnly(m.birthDate) &&
      !isYearOnly(m.admissionDate)
    ) {
      const age = fullYearsBetween(m.birthDate, m.admissionDate)
      if (age < MIN_ADMISSION_AGE)
        r.issue(
          'dateOrder',
          'admissionDate',
          `${what}: vào Đảng khi mới ${age} tuổi (Điều lệ Đảng: đủ 18 tuổi) — kiểm tra ngày sinh, ngày vào Đảng.`
        )
    }
    if (before(m.admissionDate, m.officialDate))
      r.issue('dateOrder', 'officialDate', `${what}: ngày chính thức trước ngày vào Đảng.`)
    const card = m.partyCardNumber?.trim()
    if (card) byCard.set(card, [...(byCard.get(card) ?? []), m])
    const idNumber = m.idNumber?.trim()
    if (idNumber) byIdNumber.set(idNumber, [...(byIdNumber.get(idNumber) ?? []), m])
  }
  for (const [label, field, groups] of [
    ['số thẻ đảng viên', 'partyCardNumber', byCard],
    ['số CCCD', 'idNumber', byIdNumber]
  ] as const) {
    for (const [value, group] of groups) {
      if (group.length < 2) continue
      for (const m of group) {
        const others = group
          .filter((o) => o !== m)
          .map((o) => o.fullName)
          .join(', ')
        recordAt('members', m.id, memberLink(m.id)).issue(
          'duplicate',
          field,
          `Đảng viên ${m.fullName}: trùng ${label} ${value} với ${others}.`
        )
      }
    }
  }

  // Expulsions by member and day: a kỷ luật khai trừ stored as a discipline (before addEvent made it
  // the expulsion, members/events.ts recordedType) leaves the member in the đảng số unless the
  // expulsion is recorded beside it.
  const expelledOn = new Set(
    (data.memberEvents ?? []).filter((e) => e.type === 'expulsion').map((e) => `${e.memberId} ${e.date}`)
  )
  for (const e of data.memberEvents ?? []) {
    const what = `Sự kiện của đảng viên ${who(e.memberId)}`
    const r = recordAt('memberEvents', e.id, memberLink(e.memberId))
    r.ref('member', 'memberId', e.memberId, 'Sự kiện')
    r.ref('cell', 'cellId', e.cellId, what)
    r.ref('cell', 'fromCellId', e.fromCellId, what)
    r.date('date', e.date, `${what}, ngày`, true)
    r.date('endDate', e.endDate, `${what}, ngày kết thúc`, false)
    if (before(e.date, e.endDate))
      r.issue('dateOrder', 'endDate', `${what}: ngày kết thúc trước ngày bắt đầu.`)
    if (recordedType(e.type, e.disciplineLevel) !== e.type && !expelledOn.has(`${e.memberId} ${e.date}`))
      r.issue(
        'eventType',
        'type',
        `${what}: kỷ luật khai trừ ngày ${display(e.date)} được ghi là “Kỷ luật”, nên đồng chí vẫn được tính trong đảng số. Ghi sự kiện “Khai trừ” cùng ngày.`
      )
  }

  for (const mt of meetings) {
    const what = `Buổi sinh hoạt ngày ${display(mt.date)} của ${cellName.get(mt.cellId) ?? 'chi bộ'}`
    const r = recordAt('meetings', mt.id, meetingLink(mt.id))
    r.ref('cell', 'cellId', mt.cellId, what)
    r.ref('member', 'chairMemberId', mt.chairMemberId, `${what} (chủ trì)`)
    r.ref('member', 'secretaryMemberId', mt.secretaryMemberId, `${what} (thư ký)`)
    // A planned meeting may be dated ahead: only a real day is required.
    if (!r.date('date', mt.date, what, false)) continue
    // Stored before the editors refused it (cellLife.ts): such a meeting counts in no month, and the
    // editor cannot move it to another cell, so the fix is to record it again where it belongs.
    const outside = cellLifeCheck(cellById.get(mt.cellId), (id) => cellName.get(id))(mt.date)
    if (outside) r.issue('dateOrder', 'date', `${what}: ${outside} Xóa buổi này rồi ghi lại cho đúng chi bộ.`)
  }

  for (const a of data.attendance ?? []) {
    const meeting = meetingById.get(a.meetingId)
    const r = recordAt('attendance', a.id, meeting ? meetingLink(a.meetingId) : memberLink(a.memberId))
    r.ref('meeting', 'meetingId', a.meetingId, `Điểm danh của ${who(a.memberId)}`)
    r.ref('member', 'memberId', a.memberId, 'Điểm danh')
    if (meeting && a.date !== meeting.date)
      r.issue(
        'dateOrder',
        'date',
        `Điểm danh của ${who(a.memberId)}: ngày ${display(a.date)} khác ngày của buổi sinh hoạt (${display(meeting.date)}).`
      )
  }

  for (const t of data.meetingTasks ?? []) {
    const what = `Nhiệm vụ "${t.title}"`
    const r = recordAt('meetingTasks', t.id, meetingLink(t.meetingId))
    r.ref('meeting', 'meetingId', t.meetingId, what, CELLS_LINK)
    r.ref('cell', 'cellId', t.cellId, what)
    r.ref('member', 'ownerMemberId', t.ownerMemberId, `${what} (người thực hiện)`)
    r.ref('meeting', 'closedAtMeetingId', t.closedAtMeetingId, `${what} (buổi kết thúc)`)
    for (const c of t.completions ?? []) r.ref('member', 'completions', c.memberId, `${what} (đã hoàn thành)`)
    r.date('deadline', t.deadline, `${what}, hạn`, false)
  }

  for (const mr of data.memberReviews ?? []) {
    const r = recordAt('memberReviews', mr.id, memberLink(mr.memberId))
    r.ref('member', 'memberId', mr.memberId, `Đánh giá năm ${mr.year}`, CELLS_LINK)
    r.ref('cell', 'cellId', mr.cellId, `Đánh giá năm ${mr.year} của ${who(mr.memberId)}`)
    // A rating from before the member was one (history typed or imported wrong) would count in his
    // years of hoàn thành xuất sắc nhiệm vụ liền and in that year's totals.
    const admission = memberById.get(mr.memberId)?.admissionDate
    const rated = mr.selfRating || mr.cellProposal || mr.decision
    if (rated && admission && parseIsoDate(admission) && mr.year < yearOf(admission))
      r.issue(
        'dateOrder',
        'year',
        `Đánh giá năm ${mr.year} của ${who(mr.memberId)}: trước năm vào Đảng (${yearOf(admission)}). Xóa mức xếp loại năm đó hoặc sửa ngày vào Đảng.`
      )
  }
  for (const cr of data.cellReviews ?? [])
    recordAt('cellReviews', cr.id, CELLS_LINK).ref(
      'cell',
      'cellId',
      cr.cellId,
      `Đánh giá chi bộ năm ${cr.year}`
    )
  for (const c of data.commendations ?? []) {
    const what = `Đề nghị khen thưởng năm ${c.year}`
    const r = recordAt('commendations', c.id, c.memberId ? memberLink(c.memberId) : CELLS_LINK)
    r.ref('member', 'memberId', c.memberId, what, CELLS_LINK)
    r.ref('cell', 'cellId', c.cellId, what)
  }
  for (const b of data.badges ?? []) {
    const what = `Huy hiệu ${b.milestone} năm của ${who(b.memberId)}`
    const r = recordAt('badges', b.id, memberLink(b.memberId))
    r.ref('member', 'memberId', b.memberId, `Huy hiệu ${b.milestone} năm tuổi Đảng`, CELLS_LINK)
    r.date('ceremonyDate', b.ceremonyDate, `${what}, ngày trao`, false)
    r.date('awardedOn', b.awardedOn, `${what}, ngày nhận`, true)
  }
  return issues
}

// Integrity check (docs/design.md §8): references to records that do not exist, impossible dates, duplicate
// identifiers. Pure: plain arrays in, a list of issues out, each with where to fix it. Linear in the
// data (Sets and Maps), so a 10,000-member, 1,000,000-mark database is checked in one pass.
// Engineer F's demo generator must produce data with no issue: `checkIntegrity(data)` is [] for it.
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
  todayIso
} from './dates'

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

export type IntegrityKind = 'missingReference' | 'invalidDate' | 'futureDate' | 'dateOrder' | 'duplicate'

export const INTEGRITY_KIND_LABELS: Record<IntegrityKind, string> = {
  missingReference: 'Tham chiếu đến bản ghi không tồn tại',
  invalidDate: 'Ngày không có thật',
  futureDate: 'Ngày ở tương lai',
  dateOrder: 'Ngày không hợp lý',
  duplicate: 'Trùng số định danh'
}

export interface IntegrityIssue {
  kind: IntegrityKind
  /** Table of the record at fault, e.g. 'members'. */
  entity: string
  entityId: string
  field: string
  /** Vietnamese, names the record and what is wrong. */
  message: string
  /** Where to fix it (router path), e.g. '/dang-vien/123', '/chi-bo', '/sinh-hoat/456'. */
  link: string
}

export const memberLink = (id: string) => `/dang-vien/${encodeURIComponent(id)}`
export const meetingLink = (id: string) => `/sinh-hoat/${encodeURIComponent(id)}`
export const CELLS_LINK = '/chi-bo'

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
  const who = (id: string) => memberById.get(id)?.fullName ?? id
  const add = (issue: IntegrityIssue) => issues.push(issue)

  const refCell = (
    entity: string,
    id: string,
    field: string,
    value: string | null | undefined,
    what: string,
    link: string
  ) => {
    if (value && !cellIds.has(value))
      add({
        kind: 'missingReference',
        entity,
        entityId: id,
        field,
        link,
        message: `${what}: chi bộ không tồn tại (mã ${value}).`
      })
  }
  const refMember = (
    entity: string,
    id: string,
    field: string,
    value: string | null | undefined,
    what: string,
    link: string
  ) => {
    if (value && !memberById.has(value))
      add({
        kind: 'missingReference',
        entity,
        entityId: id,
        field,
        link,
        message: `${what}: đảng viên không tồn tại (mã ${value}).`
      })
  }
  const refMeeting = (
    entity: string,
    id: string,
    field: string,
    value: string | null | undefined,
    what: string,
    link: string
  ) => {
    if (value && !meetingById.has(value))
      add({
        kind: 'missingReference',
        entity,
        entityId: id,
        field,
        link,
        message: `${what}: buổi sinh hoạt không tồn tại (mã ${value}).`
      })
  }
  /** A stored date must be a real day (or a bare year); `notFuture` when it records something done. */
  const checkDate = (
    entity: string,
    id: string,
    field: string,
    value: string | null | undefined,
    what: string,
    link: string,
    notFuture: boolean
  ) => {
    if (!value) return true
    if (!parseIsoDate(value)) {
      add({
        kind: 'invalidDate',
        entity,
        entityId: id,
        field,
        link,
        message: `${what}: "${value}" không phải ngày có thật.`
      })
      return false
    }
    if (notFuture && comparable(value) > today && !(isYearOnly(value) && value === today.slice(0, 4))) {
      add({
        kind: 'futureDate',
        entity,
        entityId: id,
        field,
        link,
        message: `${what}: ngày ${display(value)} chưa đến.`
      })
    }
    return true
  }
  const before = (a: string | null | undefined, b: string | null | undefined) =>
    !!a && !!b && !!parseIsoDate(a) && !!parseIsoDate(b) && comparable(a) > comparable(b)

  for (const c of cells) {
    const what = `Chi bộ ${c.name}`
    refCell('cells', c.id, 'mergedIntoId', c.mergedIntoId, `${what} (sáp nhập vào)`, CELLS_LINK)
    for (const seat of c.committee ?? [])
      refMember('cells', c.id, 'committee', seat.memberId, `${what} (chi ủy)`, CELLS_LINK)
    checkDate('cells', c.id, 'foundedOn', c.foundedOn, `${what}, ngày thành lập`, CELLS_LINK, true)
    checkDate('cells', c.id, 'closedOn', c.closedOn, `${what}, ngày giải thể/sáp nhập`, CELLS_LINK, false)
  }

  const byCard = new Map<string, Member[]>()
  const byIdNumber = new Map<string, Member[]>()
  for (const m of members) {
    const link = memberLink(m.id)
    const what = `Đảng viên ${m.fullName}`
    refCell('members', m.id, 'cellId', m.cellId, what, link)
    const birthOk = checkDate('members', m.id, 'birthDate', m.birthDate, `${what}, ngày sinh`, link, true)
    const admissionOk = checkDate(
      'members',
      m.id,
      'admissionDate',
      m.admissionDate,
      `${what}, ngày vào Đảng`,
      link,
      true
    )
    checkDate('members', m.id, 'officialDate', m.officialDate, `${what}, ngày chính thức`, link, true)
    if (before(m.birthDate, m.admissionDate)) {
      add({
        kind: 'dateOrder',
        entity: 'members',
        entityId: m.id,
        field: 'birthDate',
        link,
        message: `${what}: ngày sinh sau ngày vào Đảng.`
      })
    } else if (
      birthOk &&
      admissionOk &&
      m.birthDate &&
      m.admissionDate &&
      !isYearOnly(m.birthDate) &&
      !isYearOnly(m.admissionDate)
    ) {
      const age = fullYearsBetween(m.birthDate, m.admissionDate)
      if (age < MIN_ADMISSION_AGE) {
        add({
          kind: 'dateOrder',
          entity: 'members',
          entityId: m.id,
          field: 'admissionDate',
          link,
          message: `${what}: vào Đảng khi mới ${age} tuổi (Điều lệ Đảng: đủ 18 tuổi) — kiểm tra ngày sinh, ngày vào Đảng.`
        })
      }
    }
    if (before(m.admissionDate, m.officialDate)) {
      add({
        kind: 'dateOrder',
        entity: 'members',
        entityId: m.id,
        field: 'officialDate',
        link,
        message: `${what}: ngày chính thức trước ngày vào Đảng.`
      })
    }
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
        add({
          kind: 'duplicate',
          entity: 'members',
          entityId: m.id,
          field,
          link: memberLink(m.id),
          message: `Đảng viên ${m.fullName}: trùng ${label} ${value} với ${others}.`
        })
      }
    }
  }

  for (const e of data.memberEvents ?? []) {
    const link = memberLink(e.memberId)
    const what = `Sự kiện của đảng viên ${who(e.memberId)}`
    refMember('memberEvents', e.id, 'memberId', e.memberId, 'Sự kiện', link)
    refCell('memberEvents', e.id, 'cellId', e.cellId, what, link)
    refCell('memberEvents', e.id, 'fromCellId', e.fromCellId, what, link)
    checkDate('memberEvents', e.id, 'date', e.date, `${what}, ngày`, link, true)
    checkDate('memberEvents', e.id, 'endDate', e.endDate, `${what}, ngày kết thúc`, link, false)
    if (before(e.date, e.endDate)) {
      add({
        kind: 'dateOrder',
        entity: 'memberEvents',
        entityId: e.id,
        field: 'endDate',
        link,
        message: `${what}: ngày kết thúc trước ngày bắt đầu.`
      })
    }
  }

  for (const mt of meetings) {
    const link = meetingLink(mt.id)
    const what = `Buổi sinh hoạt ngày ${display(mt.date)} của ${cellName.get(mt.cellId) ?? 'chi bộ'}`
    refCell('meetings', mt.id, 'cellId', mt.cellId, what, link)
    refMember('meetings', mt.id, 'chairMemberId', mt.chairMemberId, `${what} (chủ trì)`, link)
    refMember('meetings', mt.id, 'secretaryMemberId', mt.secretaryMemberId, `${what} (thư ký)`, link)
    // A planned meeting may be dated ahead: only a real day is required.
    checkDate('meetings', mt.id, 'date', mt.date, `${what}`, link, false)
  }

  for (const a of data.attendance ?? []) {
    const meeting = meetingById.get(a.meetingId)
    const link = meeting ? meetingLink(a.meetingId) : memberLink(a.memberId)
    refMeeting('attendance', a.id, 'meetingId', a.meetingId, `Điểm danh của ${who(a.memberId)}`, link)
    refMember('attendance', a.id, 'memberId', a.memberId, 'Điểm danh', link)
    if (meeting && a.date !== meeting.date) {
      add({
        kind: 'dateOrder',
        entity: 'attendance',
        entityId: a.id,
        field: 'date',
        link,
        message: `Điểm danh của ${who(a.memberId)}: ngày ${display(a.date)} khác ngày của buổi sinh hoạt (${display(meeting.date)}).`
      })
    }
  }

  for (const t of data.meetingTasks ?? []) {
    const link = meetingLink(t.meetingId)
    const what = `Nhiệm vụ "${t.title}"`
    refMeeting('meetingTasks', t.id, 'meetingId', t.meetingId, what, CELLS_LINK)
    refCell('meetingTasks', t.id, 'cellId', t.cellId, what, link)
    refMember('meetingTasks', t.id, 'ownerMemberId', t.ownerMemberId, `${what} (người thực hiện)`, link)
    refMeeting(
      'meetingTasks',
      t.id,
      'closedAtMeetingId',
      t.closedAtMeetingId,
      `${what} (buổi kết thúc)`,
      link
    )
    for (const c of t.completions ?? [])
      refMember('meetingTasks', t.id, 'completions', c.memberId, `${what} (đã hoàn thành)`, link)
    checkDate('meetingTasks', t.id, 'deadline', t.deadline, `${what}, hạn`, link, false)
  }

  for (const r of data.memberReviews ?? []) {
    const link = memberLink(r.memberId)
    refMember('memberReviews', r.id, 'memberId', r.memberId, `Đánh giá năm ${r.year}`, CELLS_LINK)
    refCell('memberReviews', r.id, 'cellId', r.cellId, `Đánh giá năm ${r.year} của ${who(r.memberId)}`, link)
  }
  for (const r of data.cellReviews ?? []) {
    refCell('cellReviews', r.id, 'cellId', r.cellId, `Đánh giá chi bộ năm ${r.year}`, CELLS_LINK)
  }
  for (const c of data.commendations ?? []) {
    const link = c.memberId ? memberLink(c.memberId) : CELLS_LINK
    refMember('commendations', c.id, 'memberId', c.memberId, `Đề nghị khen thưởng năm ${c.year}`, CELLS_LINK)
    refCell('commendations', c.id, 'cellId', c.cellId, `Đề nghị khen thưởng năm ${c.year}`, link)
  }
  for (const b of data.badges ?? []) {
    const link = memberLink(b.memberId)
    refMember('badges', b.id, 'memberId', b.memberId, `Huy hiệu ${b.milestone} năm tuổi Đảng`, CELLS_LINK)
    checkDate(
      'badges',
      b.id,
      'ceremonyDate',
      b.ceremonyDate,
      `Huy hiệu ${b.milestone} năm của ${who(b.memberId)}, ngày trao`,
      link,
      false
    )
    checkDate(
      'badges',
      b.id,
      'awardedOn',
      b.awardedOn,
      `Huy hiệu ${b.milestone} năm của ${who(b.memberId)}, ngày nhận`,
      link,
      true
    )
  }
  return issues
}

// Test-only factories: the smallest valid record of each kind, with fixed timestamps (no clock, no
// randomness), and the organisation settings every document test uses. Each takes overrides, so a
// test states only what it is about: cell('k1', { name: 'Chi bộ Khu phố 1' }).
import type {
  AttendanceMark,
  Cell,
  Meeting,
  MeetingTask,
  Member,
  MemberEvent,
  OrganizationSettings
} from '@renderer/domain/entities'

export const T = '2026-01-01T00:00:00.000Z'

export const SETTINGS: OrganizationSettings = {
  id: 'organization',
  superiorName: 'Đảng bộ tỉnh Thanh Hóa',
  issuingBody: 'Đảng ủy phường Trường Sơn',
  placeName: 'Trường Sơn',
  documentNumberSuffix: '/ĐU',
  signerRole: 'T/M ĐẢNG ỦY',
  signerTitle: 'BÍ THƯ',
  signerName: 'Lê Văn Bình',
  clerkName: 'Nguyễn Thị Hoa',
  updatedAt: '2026-01-05T08:00:00.000Z'
}

export function cell(id: string, extra: Partial<Cell> = {}): Cell {
  return {
    id,
    name: `Chi bộ ${id}`,
    type: 'residential',
    status: 'active',
    committee: [],
    createdAt: T,
    updatedAt: T,
    ...extra
  }
}

export function member(id: string, extra: Partial<Member> = {}): Member {
  return {
    id,
    fullName: `Đảng viên ${id}`,
    gender: 'male',
    cellId: 'c1',
    birthDate: '1970-05-01',
    admissionDate: '1995-05-01',
    officialDate: '1996-05-01',
    status: 'official',
    active: 1,
    searchText: id,
    createdAt: T,
    updatedAt: T,
    ...extra
  }
}

export function meeting(id: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    cellId: 'c1',
    type: 'regular',
    date: '2026-03-03',
    startTime: '08:00',
    endTime: '10:00',
    guests: [],
    presentations: [],
    attachments: [],
    createdAt: T,
    updatedAt: T,
    ...extra
  }
}

/** A mark of a meeting's attendance; cell and date come from the meeting. */
export function mark(
  m: Pick<Meeting, 'id' | 'cellId' | 'date'>,
  memberId: string,
  status: AttendanceMark['status'] = 'present',
  extra: Partial<AttendanceMark> = {}
): AttendanceMark {
  return {
    id: `${m.id}:${memberId}`,
    meetingId: m.id,
    memberId,
    cellId: m.cellId,
    date: m.date,
    status,
    ...extra
  }
}

/** The marks of one meeting, from member id → status. */
export function marksFor(m: Meeting, statuses: Record<string, AttendanceMark['status']>): AttendanceMark[] {
  return Object.entries(statuses).map(([memberId, status]) => mark(m, memberId, status))
}

export function task(
  id: string,
  m: Pick<Meeting, 'id' | 'cellId'>,
  extra: Partial<MeetingTask> = {}
): MeetingTask {
  return {
    id,
    cellId: m.cellId,
    meetingId: m.id,
    title: id,
    forAllMembers: 0,
    status: 'open',
    completions: [],
    ...extra
  }
}

export function memberEvent(
  id: string,
  memberId: string,
  type: MemberEvent['type'],
  date: string,
  extra: Partial<MemberEvent> = {}
): MemberEvent {
  return { id, memberId, type, date, createdAt: T, ...extra }
}

// Tests only: a small deterministic database with rows in EVERY table and the awkward values a
// backup must carry exactly (undefined and null fields, nested arrays, Vietnamese text, 0/1 flags,
// leading zeros, auto-increment keys). Never imported by app code.
import type { SoChiBoDatabase } from '@renderer/db/database'
import type {
  AttendanceMark,
  AuditEntry,
  Badge,
  Cell,
  CellReview,
  Commendation,
  Meeting,
  MeetingTask,
  Member,
  MemberEvent,
  MemberReview,
  MetaEntry,
  OrganizationSettings,
  ReviewYear,
  RulesProfile
} from '@renderer/domain/entities'
import { toSheets } from '@renderer/domain/meetings/attendanceSheet'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  MEMBER_REVIEW_BOOKS,
  TASK_LISTS,
  MEMBER_TIMELINES_V5,
  TIMELINES,
  pack
} from '@renderer/db/books'

/** Park–Miller: seeded, so every run builds the same rows. */
function rng(seed: number) {
  let s = seed
  return () => (s = (s * 48271) % 2147483647) / 2147483647
}

const T = '2026-01-02T03:04:05.678Z'
const pick = <V>(r: () => number, xs: readonly V[]): V => xs[Math.floor(r() * xs.length)]

export interface SeedRows {
  settings: OrganizationSettings[]
  cells: Cell[]
  members: Member[]
  memberEvents: MemberEvent[]
  meetings: Meeting[]
  attendance: AttendanceMark[]
  meetingTasks: MeetingTask[]
  memberReviews: MemberReview[]
  cellReviews: CellReview[]
  reviewYears: ReviewYear[]
  commendations: Commendation[]
  badges: Badge[]
  rulesProfiles: RulesProfile[]
  auditLog: AuditEntry[]
  meta: MetaEntry[]
}

export function seedRows(seed = 7, size = { cells: 3, members: 12, meetings: 6 }): SeedRows {
  const r = rng(seed)
  const names = [
    'Nguyễn Văn Ân',
    'Trần Thị Bình',
    'Lê Đức Cường',
    'Phạm Thị Dung',
    'Hoàng Văn Đạt',
    'Vũ Thị Én'
  ]
  const cells: Cell[] = Array.from({ length: size.cells }, (_, i) => ({
    id: `cell-${i}`,
    name: `Chi bộ Khu phố ${i + 1}`,
    type: pick(r, ['residential', 'school', 'agency'] as const),
    meetingDay: i === 0 ? null : 3 + i,
    status: i === 2 ? 'merged' : 'active',
    foundedOn: i === 1 ? '1975' : '2001-05-19',
    closedOn: i === 2 ? '2025-07-01' : undefined,
    mergedIntoId: i === 2 ? 'cell-0' : null,
    committee: [{ memberId: 'member-0', role: 'secretary', from: '2020-10-01', to: null }],
    note: i === 0 ? 'Ghi chú có dấu: “ngoặc kép”, đ Đ' : undefined,
    createdAt: T,
    updatedAt: T
  }))
  const members: Member[] = Array.from({ length: size.members }, (_, i) => ({
    id: `member-${i}`,
    fullName: `${pick(r, names)} ${i}`,
    gender: i % 2 ? 'female' : 'male',
    birthDate: i % 5 === 0 ? null : `19${50 + i}-0${1 + (i % 9)}-1${i % 10}`,
    idNumber: `0${String(Math.floor(r() * 1e11)).padStart(11, '0')}`,
    partyCardNumber: i % 4 === 0 ? undefined : String(10_000_000 + i),
    admissionDate: `${1980 + i}-03-0${1 + (i % 9)}`,
    officialDate: i % 3 === 0 ? null : `${1981 + i}-03-0${1 + (i % 9)}`,
    cellId: cells[i % cells.length].id,
    theoryLevel: pick(r, ['none', 'elementary', 'advanced'] as const),
    status: i === 3 ? 'deceased' : 'official',
    active: i === 3 ? 0 : 1,
    searchText: `member ${i}`,
    createdAt: T,
    updatedAt: T
  }))
  const memberEvents: MemberEvent[] = members.map((m, i) => ({
    id: `event-${i}`,
    memberId: m.id,
    type: 'admission',
    date: m.admissionDate!,
    endDate: undefined,
    cellId: m.cellId,
    decisionNumber: i % 2 ? `${100 + i}-QĐ/ĐU` : undefined,
    createdAt: T
  }))
  const meetings: Meeting[] = Array.from({ length: size.meetings }, (_, i) => ({
    id: `meeting-${i}`,
    cellId: cells[i % cells.length].id,
    type: i % 3 === 0 ? 'thematic' : 'regular',
    date: `2026-0${1 + (i % 9)}-03`,
    startTime: '19:30',
    endTime: '21:15',
    chairMemberId: members[0].id,
    guests: i % 2 ? ['Đồng chí Lê Anh Trường – Phó Bí thư Đảng ủy'] : [],
    topic: i % 3 === 0 ? 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' : undefined,
    opinionCount: 5 + i,
    presentations: [{ memberId: members[1].id, subject: 'Báo cáo tháng' }],
    qualityScore: i % 2 ? null : 92.5,
    qualityCriteria: [{ name: 'Tỷ lệ dự họp', score: 9, max: 10 }],
    attachments: [],
    createdAt: T,
    updatedAt: T
  }))
  const attendance: AttendanceMark[] = meetings.flatMap((mt) =>
    members
      .filter((m) => m.cellId === mt.cellId)
      .map((m) => ({
        id: `${mt.id}:${m.id}`,
        meetingId: mt.id,
        memberId: m.id,
        cellId: mt.cellId,
        date: mt.date,
        status: pick(r, ['present', 'present', 'excused', 'unexcused'] as const),
        reason: r() < 0.2 ? 'Ốm' : undefined
      }))
  )
  const meetingTasks: MeetingTask[] = meetings.slice(0, 2).map((mt, i) => ({
    id: `task-${i}`,
    cellId: mt.cellId,
    meetingId: mt.id,
    title: 'Nộp bản tự kiểm điểm',
    forAllMembers: 1,
    deadline: '2026-12-15',
    status: i ? 'done' : 'open',
    closedOn: i ? '2026-12-10' : null,
    completions: [{ memberId: members[0].id, doneOn: '2026-12-01' }]
  }))
  const memberReviews: MemberReview[] = members.map((m) => ({
    id: `2025:${m.id}`,
    year: 2025,
    memberId: m.id,
    cellId: m.cellId,
    score: Math.round(r() * 100),
    exceedsRequirement: r() < 0.5,
    selfRating: 'good',
    cellProposal: pick(r, ['excellent', 'good', 'complete'] as const),
    decision: null,
    notRatedReason: undefined,
    updatedAt: T
  }))
  const cellReviews: CellReview[] = cells.map((c) => ({
    id: `2025:${c.id}`,
    year: 2025,
    cellId: c.id,
    proposal: 'good',
    updatedAt: T
  }))
  const reviewYears: ReviewYear[] = [
    { year: 2024, profileId: 'qd124', asOfDate: '2024-12-31', finalized: 1, finalizedAt: T },
    { year: 2025, profileId: 'qd366', asOfDate: '2025-12-31', finalized: 0, finalizedAt: null }
  ]
  const commendations: Commendation[] = [
    {
      id: 'com-0',
      year: 2025,
      subject: 'cell',
      cellId: cells[0].id,
      basis: 'excellentStreak',
      years: [2023, 2024, 2025],
      status: 'proposed'
    }
  ]
  const badges: Badge[] = [
    {
      id: 'badge-0',
      memberId: members[0].id,
      milestone: 40,
      ceremonyDate: '2026-02-03',
      early: null,
      status: 'awarded',
      awardedOn: '2026-02-03'
    }
  ]
  const rulesProfiles: RulesProfile[] = [
    {
      id: 'custom-1',
      name: 'Hướng dẫn của Tỉnh ủy',
      builtIn: 0,
      fromYear: 2025,
      toYear: null,
      params: { quotaPercent: 25, nested: { a: [1, 2] } },
      sources: { quotaPercent: 'HD 01/TU' },
      updatedAt: T
    }
  ]
  const auditLog: AuditEntry[] = [1, 2, 3].map((id) => ({
    id,
    at: `2026-0${id}-01T00:00:00.000Z`,
    clerk: 'Trần Thị Bình',
    entity: 'members',
    entityId: members[id].id,
    action: 'update',
    summary: `${members[id].fullName}: Chính thức → Từ trần`,
    before: { status: 'official' },
    after: { status: 'deceased' }
  }))
  const settings: OrganizationSettings[] = [
    {
      id: 'organization',
      superiorName: 'ĐẢNG BỘ TỈNH THANH HÓA',
      issuingBody: 'ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN',
      placeName: 'Trường Sơn',
      documentNumberSuffix: '/ĐU',
      signerRole: 'T/M ĐẢNG ỦY',
      signerTitle: 'BÍ THƯ',
      signerName: 'Nguyễn Văn An',
      clerkName: 'Trần Thị Bình',
      updatedAt: T
    }
  ]
  const meta: MetaEntry[] = [
    { key: 'import.mapping.members', value: { 'Họ và tên': 'fullName', columns: ['A', 'B'], skip: 0 } },
    { key: 'demo', value: false }
  ]
  return {
    settings,
    cells,
    members,
    memberEvents,
    meetings,
    attendance,
    meetingTasks,
    memberReviews,
    cellReviews,
    reviewYears,
    commendations,
    badges,
    rulesProfiles,
    auditLog,
    meta
  }
}

/** The rows of a table, in the shape of the schema version it belongs to. */
function rowsOf(table: string, rows: SeedRows): unknown[] | undefined {
  switch (table) {
    case 'attendanceSheets': // v2: one sheet per meeting
      return toSheets(rows.attendance, rows.meetings)
    case 'memberTimelines': // v3–v5 books
      return pack(MEMBER_TIMELINES_V5, rows.memberEvents)
    case 'timelineBooks': // v6
      return pack(TIMELINES, rows.memberEvents)
    case 'meetingBooks':
      return pack(MEETING_BOOKS, rows.meetings)
    case 'attendanceBooks':
      return pack(ATTENDANCE_BOOKS, toSheets(rows.attendance, rows.meetings))
    case 'taskLists':
      return pack(TASK_LISTS, rows.meetingTasks)
    case 'memberReviewBooks':
      return pack(MEMBER_REVIEW_BOOKS, rows.memberReviews)
    default:
      return rows[table as keyof SeedRows]
  }
}

/**
 * Writes the rows into every table the database has, at whatever schema version it is open:
 * a v1 database gets the marks as `attendance` rows, a v2 one as `attendanceSheets`, a v3 one
 * everything that v3 keeps in books as books.
 */
export async function seedDatabase(db: SoChiBoDatabase, rows: SeedRows = seedRows()): Promise<SeedRows> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const data = rowsOf(table.name, rows)
      if (!data) throw new Error(`seedRows has no rows for table ${table.name}`)
      await table.bulkAdd(data as unknown[])
    }
  })
  return rows
}

/** Every table's rows, sorted by primary key: what a round trip must give back exactly. */
export async function snapshot(db: SoChiBoDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of db.tables) out[table.name] = await table.toArray()
  return out
}

// Entities of Sổ Chi bộ, named from the glossary (docs/design.md §5). Pure types: no Vue, no Dexie.
//
// Dates are ISO strings `YYYY-MM-DD`. Old records sometimes know only the year: such a field may
// hold a bare `YYYY` (ISO 8601 reduced precision); `domain/dates.ts` reads both.
// Booleans that are indexed are stored as 0 | 1 (IndexedDB cannot index booleans).

export type IsoDate = string
/** ISO timestamp, e.g. 2026-11-21T08:30:00.000Z */
export type IsoDateTime = string
export type Flag = 0 | 1

/** Đảng bộ phường / Đảng ủy phường: names used in every document header. One row, id 'organization'. */
export interface OrganizationSettings {
  id: 'organization'
  /** Cấp trên, in capitals, e.g. "ĐẢNG BỘ TỈNH THANH HÓA". */
  superiorName: string
  /** Cơ quan ban hành, e.g. "ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN". */
  issuingBody: string
  /** Địa danh for the date line, e.g. "Trường Sơn". */
  placeName: string
  /** Hậu tố số văn bản, e.g. "/ĐU" → "Số 12-BC/ĐU". */
  documentNumberSuffix: string
  /** Thẩm quyền ký, e.g. "T/M ĐẢNG ỦY". */
  signerRole: string
  /** Chức vụ người ký, e.g. "BÍ THƯ". */
  signerTitle: string
  signerName: string
  /** The clerk's name, written to the audit log. */
  clerkName: string
  /** Optional (added later; defaults in domain/settings.ts): a cell's own documents' signer. */
  cellSignerRole?: string
  cellSignerTitle?: string
  /** Optional: "Nơi nhận" per document group, one recipient a line ("Lưu …" is added last). */
  recipientsReviews?: string
  recipientsHonours?: string
  recipientsMembers?: string
  recipientsMeetings?: string
  recipientsCell?: string
  updatedAt: IsoDateTime
}

// ——— Cells (chi bộ) ———

export type CellType = 'residential' | 'school' | 'agency' | 'enterprise' | 'armed' | 'other'
export type CellStatus = 'active' | 'dissolved' | 'merged'
export type CommitteeRole = 'secretary' | 'deputySecretary' | 'committeeMember'

export interface CommitteeSeat {
  memberId: string
  role: CommitteeRole
  from: IsoDate
  to?: IsoDate | null
}

export interface Cell {
  id: string
  name: string
  type: CellType
  /** Ngày sinh hoạt cố định hằng tháng (1–31), e.g. 3 for "ngày 3". */
  meetingDay?: number | null
  status: CellStatus
  foundedOn?: IsoDate | null
  /** Set when dissolved or merged. */
  closedOn?: IsoDate | null
  /** The cell this one was merged into (the 2025 ward mergers). */
  mergedIntoId?: string | null
  /**
   * "Theo dõi từ": the day the ward's records of this cell's meetings start. Empty = its first
   * recorded meeting, or the day it was entered (createdAt). Months before it are "chưa theo dõi".
   */
  trackedFrom?: IsoDate | null
  committee: CommitteeSeat[]
  note?: string
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

// ——— Members (đảng viên) ———

export type Gender = 'male' | 'female'
export type TheoryLevel = 'none' | 'elementary' | 'intermediate' | 'advanced' | 'bachelor'

/**
 * Current state, derived from the member's events (domain/memberState.ts) and cached on the
 * record so lists can filter without replaying history.
 */
export type MemberStatus =
  | 'probationary'
  | 'official'
  | 'exempt'
  | 'suspended'
  | 'transferredOut'
  | 'removed'
  | 'expelled'
  | 'left'
  | 'deceased'

export interface Member {
  id: string
  fullName: string
  gender: Gender
  birthDate?: IsoDate | null
  hometown?: string
  address?: string
  ethnicity?: string
  religion?: string
  /** CCCD: 12 digits, kept as text (leading zeros). */
  idNumber?: string
  /** Số thẻ đảng viên: 8 digits before 2025; other digit strings are accepted with a warning. */
  partyCardNumber?: string
  /** Số lý lịch. */
  dossierNumber?: string
  /** Ngày vào Đảng (admission decision date). */
  admissionDate?: IsoDate | null
  /** Ngày chính thức. */
  officialDate?: IsoDate | null
  /** Chi bộ đang sinh hoạt. */
  cellId: string
  partyPosition?: string
  occupation?: string
  education?: string
  profession?: string
  theoryLevel?: TheoryLevel
  phone?: string
  note?: string
  /** Cached, derived from events. */
  status: MemberStatus
  /** 1 while the member belongs to the ward's active lists (not transferred out, removed, dead…). */
  active: Flag
  /** Accent-free, lower-case name + card + CCCD, for "Tìm kiếm" (domain/names.ts). */
  searchText: string
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

export type MemberEventType =
  | 'admission'
  | 'official'
  | 'transferIn'
  | 'transferOut'
  /** Moved between two cells of the ward (also: cell merger). */
  | 'cellChange'
  | 'exemption'
  | 'exemptionEnd'
  | 'suspension'
  | 'suspensionEnd'
  | 'sickLeave'
  | 'discipline'
  | 'award'
  | 'commendation'
  | 'badge'
  | 'removal'
  | 'expulsion'
  | 'leaving'
  | 'death'
  | 'readmission'
  | 'lostContact'

export type TransferKind = 'permanent' | 'temporary'
export type DisciplineLevel = 'reprimand' | 'warning' | 'dismissal' | 'expulsion'

export interface MemberEvent {
  id: string
  memberId: string
  type: MemberEventType
  date: IsoDate
  /** End of a period (sick leave, temporary transfer), when known. */
  endDate?: IsoDate | null
  /** Cell the member belongs to after the event (admission, transferIn, cellChange, readmission). */
  cellId?: string | null
  fromCellId?: string | null
  transferKind?: TransferKind
  /** Where from / to (transfers), or the awarding body. */
  place?: string
  reason?: string
  decisionNumber?: string
  disciplineLevel?: DisciplineLevel
  /** Badge milestone in years (30, 40, …). */
  milestone?: number
  note?: string
  createdAt: IsoDateTime
}

// ——— Meetings (sinh hoạt chi bộ) ———

export type MeetingType = 'regular' | 'thematic' | 'combined' | 'extraordinary'
export type AttendanceStatus = 'present' | 'excused' | 'unexcused' | 'exempt'

export interface QualityCriterion {
  name: string
  score: number
  max: number
}

export interface Meeting {
  id: string
  cellId: string
  type: MeetingType
  date: IsoDate
  /** 'HH:mm' */
  startTime?: string
  endTime?: string
  place?: string
  chairMemberId?: string | null
  chairName?: string
  secretaryMemberId?: string | null
  secretaryName?: string
  /** e.g. "Đồng chí Lê Anh Trường – Phó Bí thư Đảng ủy". */
  guests: string[]
  /** Chủ đề sinh hoạt chuyên đề. */
  topic?: string
  agenda?: string
  opinionCount?: number
  presentations: { memberId: string; subject: string }[]
  conclusion?: string
  /** e.g. "100% nhất trí". */
  voteResult?: string
  qualityScore?: number | null
  qualityCriteria?: QualityCriterion[]
  attachments: { fileName: string; note?: string }[]
  /**
   * Counts of the meeting's attendance marks, cached when the meeting is saved so statistics and
   * the overview read meetings only (≈ 25,000) instead of ≈ 1,000,000 marks. Absent on old data.
   */
  attendanceCounts?: AttendanceCounts
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

export interface AttendanceCounts {
  present: number
  excused: number
  unexcused: number
  exempt: number
}

export interface AttendanceMark {
  /** `${meetingId}:${memberId}` — one mark per member per meeting. */
  id: string
  meetingId: string
  memberId: string
  cellId: string
  /** The meeting's date, copied so a member's absences in a year are one index range. */
  date: IsoDate
  status: AttendanceStatus
  reason?: string
}

/** All marks of one meeting in one row (schema v2): marks are written and read per meeting. */
export interface AttendanceSheet {
  /** Primary key. */
  meetingId: string
  cellId: string
  /** The meeting's date. */
  date: IsoDate
  /** One per member on the roll, sorted by memberId (the order v1's `${meetingId}:${memberId}` keys gave). */
  marks: SheetMark[]
  /** `${memberId}|${date}` for each unexcused mark — a multiEntry index answers "a member's unexcused absences in a year" with one range. */
  unexcusedKeys: string[]
}

/** A mark inside an AttendanceSheet: the meeting's id, cell and date are the sheet's. */
export interface SheetMark {
  memberId: string
  status: AttendanceStatus
  reason?: string
}

export interface MeetingTask {
  id: string
  cellId: string
  meetingId: string
  title: string
  ownerMemberId?: string | null
  ownerName?: string
  /** 1 when every member must do it (e.g. each hands in a "tự soi, tự sửa" review). */
  forAllMembers: Flag
  deadline?: IsoDate | null
  status: 'open' | 'done'
  closedOn?: IsoDate | null
  closedAtMeetingId?: string | null
  /** Per-member completion when forAllMembers. */
  completions: { memberId: string; doneOn: IsoDate }[]
  note?: string
}

// ——— Year-end review (đánh giá, xếp loại) ———

export type Rating = 'excellent' | 'good' | 'complete' | 'incomplete'
export type NotRatedReason =
  'probationShort' | 'exempt' | 'suspended' | 'transferredOut' | 'absent' | 'notActive' | 'other'

export interface MemberReview {
  /** `${year}:${memberId}` */
  id: string
  year: number
  memberId: string
  /** The member's cell for that year's review (kept: cells change). */
  cellId: string
  score?: number | null
  /** The clerk confirms "all tasks done and ≥ 30 % above requirement" (QĐ 366). */
  exceedsRequirement?: boolean
  selfRating?: Rating | null
  cellProposal?: Rating | null
  decision?: Rating | null
  notRatedReason?: NotRatedReason | null
  note?: string
  updatedAt: IsoDateTime
}

export interface CellReview {
  /** `${year}:${cellId}` */
  id: string
  year: number
  cellId: string
  score?: number | null
  selfRating?: Rating | null
  proposal?: Rating | null
  decision?: Rating | null
  note?: string
  updatedAt: IsoDateTime
}

export interface ReviewYear {
  year: number
  /** The rules profile the year's results were computed under. */
  profileId: string
  /** Members active on this date are reviewed. */
  asOfDate: IsoDate
  finalized: Flag
  finalizedAt?: IsoDateTime | null
}

// ——— Honours ———

export interface Commendation {
  id: string
  year: number
  subject: 'member' | 'cell'
  memberId?: string | null
  cellId?: string | null
  /** What it is for: excellent this year, or N years in a row. */
  basis: 'excellentYear' | 'excellentStreak'
  years: number[]
  status: 'proposed' | 'awarded'
  decisionNumber?: string
  decisionDate?: IsoDate | null
  note?: string
}

export interface Badge {
  id: string
  memberId: string
  /** Years of membership: 30, 40, 45, … 90. */
  milestone: number
  ceremonyDate: IsoDate
  early?: 'illness' | 'posthumous' | null
  status: 'proposed' | 'awarded'
  decisionNumber?: string
  awardedOn?: IsoDate | null
}

// ——— Rules profiles (docs/design.md §6) ———

export interface RulesProfile {
  id: string
  name: string
  builtIn: Flag
  /** First and last review year the profile applies to (inclusive; null = open). */
  fromYear: number
  toYear: number | null
  basedOnId?: string | null
  params: Record<string, unknown>
  /** Source citation per parameter key, e.g. { quotaPercent: 'QĐ 124-QĐ/TW 2023' }. */
  sources: Record<string, string>
  updatedAt: IsoDateTime
}

// ——— Audit log and app metadata ———

export interface AuditEntry {
  id?: number
  at: IsoDateTime
  clerk: string
  /** Table name, e.g. 'memberReviews'. */
  entity: string
  entityId: string
  action: 'create' | 'update' | 'delete' | 'finalize' | 'unfinalize' | 'restore' | 'import' | 'export'
  /** A Vietnamese one-line summary. */
  summary: string
  before?: unknown
  after?: unknown
  /** Hash of the entry before (or '' for the first): the chain (domain/backup/auditChain.ts). */
  prevHash?: string
  /** SHA-256 of this entry's content and `prevHash`. Absent on entries older than the chain. */
  hash?: string
}

/** Key/value store for app state: import mappings, last off-PC backup date, app lock hash, demo flag. */
export interface MetaEntry {
  key: string
  value: unknown
}

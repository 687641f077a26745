// Parameters of a rules profile (docs/design.md §6). Party rules change every few years and provinces add
// their own guidance, so every threshold the app checks lives here, each with its source, and is
// editable by the clerk on a copy of a built-in profile. Checks name the rule they apply.

export type QuotaUnit = 'cell' | 'organization'
export type Rounding = 'floor' | 'round' | 'ceil'

export interface RulesParams {
  // — Member rating —
  /** Members rated xuất sắc ≤ this % of those rated tốt. */
  quotaPercent: number
  /** Where the quota is counted: each cell, or the whole đảng bộ. */
  quotaUnit: QuotaUnit
  quotaRounding: Rounding
  /** Score thresholds (100-point scale). */
  scoreExcellent: number
  scoreGood: number
  scoreComplete: number
  /** A member disciplined in the review year is rated không hoàn thành nhiệm vụ. */
  disciplineCapsToIncomplete: boolean
  /** Sick leave of at least this many months caps the rating at hoàn thành nhiệm vụ (0 = off). */
  sickLeaveCapMonths: number
  /** Admitted fewer than this many months before the review: not rated. */
  notRatedAdmittedMonths: number
  notRatedExempt: boolean
  notRatedSuspended: boolean

  // — Cell rating —
  /** Tốt needs this % of members ≥ hoàn thành nhiệm vụ. */
  cellGoodMinCompletePercent: number
  /** Tốt needs this % of members ≥ hoàn thành tốt nhiệm vụ. */
  cellGoodMinGoodPercent: number
  /** More than this % of members không hoàn thành → the cell không hoàn thành nhiệm vụ. */
  cellIncompleteOverPercent: number
  /** Xuất sắc needs no committee member disciplined in the year. */
  cellExcellentNoCommitteeDiscipline: boolean

  // — Honours —
  /** Members xuất sắc this many years in a row are proposed for commendation. */
  memberStreakYears: number
  /** Cells xuất sắc this many years in a row. */
  cellStreakYears: number
  /** Huy hiệu Đảng: months after a khiển trách / cảnh cáo / cách chức before the member is considered. */
  badgeHoldReprimandMonths: number
  badgeHoldWarningMonths: number
  badgeHoldDismissalMonths: number

  // — Meetings —
  meetingMinMinutes: number
  combinedMeetingMinMinutes: number
  /** Thematic meetings required per quarter. */
  thematicPerQuarter: number
  /** Attendance criterion: present ≥ this % of non-exempt members. */
  attendanceMinPercent: number
  /** Unexcused absences in a calendar year that trigger the removal warning. */
  absenceWarningCount: number
  /** Quality: warn when a member is absent (even with reason) more than this many meetings in a row. */
  consecutiveAbsenceLimit: number
  qualityGood: number
  qualityFair: number
  qualityAverage: number
}

export type RulesSources = Partial<Record<keyof RulesParams, string>>

/** Human labels for the profile editor and for checks' messages. */
export const PARAM_LABELS: Record<keyof RulesParams, string> = {
  quotaPercent: 'Tỷ lệ Hoàn thành xuất sắc tối đa (% số Hoàn thành tốt)',
  quotaUnit: 'Đơn vị tính tỷ lệ',
  quotaRounding: 'Cách làm tròn',
  scoreExcellent: 'Điểm tối thiểu Hoàn thành xuất sắc',
  scoreGood: 'Điểm tối thiểu Hoàn thành tốt',
  scoreComplete: 'Điểm tối thiểu Hoàn thành',
  disciplineCapsToIncomplete: 'Bị kỷ luật trong năm → Không hoàn thành nhiệm vụ',
  sickLeaveCapMonths: 'Nghỉ ốm từ (tháng) → không cao hơn Hoàn thành nhiệm vụ',
  notRatedAdmittedMonths: 'Kết nạp chưa đủ (tháng) → không đánh giá',
  notRatedExempt: 'Miễn sinh hoạt → không đánh giá',
  notRatedSuspended: 'Đình chỉ sinh hoạt → không đánh giá',
  cellGoodMinCompletePercent: 'Chi bộ Hoàn thành tốt: % đảng viên từ Hoàn thành trở lên',
  cellGoodMinGoodPercent: 'Chi bộ Hoàn thành tốt: % đảng viên từ Hoàn thành tốt trở lên',
  cellIncompleteOverPercent: 'Chi bộ Không hoàn thành khi % đảng viên Không hoàn thành vượt',
  cellExcellentNoCommitteeDiscipline: 'Chi bộ Hoàn thành xuất sắc: chi ủy không ai bị kỷ luật',
  memberStreakYears: 'Số năm liền Hoàn thành xuất sắc để đề nghị khen thưởng (đảng viên)',
  cellStreakYears: 'Số năm liền Hoàn thành xuất sắc để đề nghị khen thưởng (chi bộ)',
  badgeHoldReprimandMonths: 'Huy hiệu Đảng: chưa xét sau khiển trách (tháng)',
  badgeHoldWarningMonths: 'Huy hiệu Đảng: chưa xét sau cảnh cáo (tháng)',
  badgeHoldDismissalMonths: 'Huy hiệu Đảng: chưa xét sau cách chức (tháng)',
  meetingMinMinutes: 'Thời gian sinh hoạt tối thiểu (phút)',
  combinedMeetingMinMinutes: 'Thời gian tối thiểu khi kết hợp chuyên đề (phút)',
  thematicPerQuarter: 'Số buổi chuyên đề tối thiểu mỗi quý',
  attendanceMinPercent: 'Tỷ lệ dự sinh hoạt tối thiểu (%)',
  absenceWarningCount: 'Số tháng có vắng không lý do trong năm để cảnh báo xóa tên',
  consecutiveAbsenceLimit: 'Vắng liên tiếp quá (lần, kể cả có lý do) → cảnh báo chất lượng sinh hoạt',
  qualityGood: 'Chất lượng buổi sinh hoạt: Tốt từ (điểm)',
  qualityFair: 'Chất lượng buổi sinh hoạt: Khá từ (điểm)',
  qualityAverage: 'Chất lượng buổi sinh hoạt: Trung bình từ (điểm)'
}

/** Meeting parameters shared by every built-in profile (Điều lệ Điều 24, NQ 22, HD 42-HD/BTCTW 2025). */
export const MEETING_DEFAULTS: Pick<
  RulesParams,
  | 'meetingMinMinutes'
  | 'combinedMeetingMinMinutes'
  | 'thematicPerQuarter'
  | 'attendanceMinPercent'
  | 'absenceWarningCount'
  | 'consecutiveAbsenceLimit'
  | 'qualityGood'
  | 'qualityFair'
  | 'qualityAverage'
> = {
  meetingMinMinutes: 90,
  combinedMeetingMinMinutes: 120,
  thematicPerQuarter: 1,
  attendanceMinPercent: 85,
  absenceWarningCount: 3,
  consecutiveAbsenceLimit: 3,
  qualityGood: 90,
  qualityFair: 70,
  qualityAverage: 50
}

export const MEETING_SOURCES: RulesSources = {
  meetingMinMinutes: 'HD 42-HD/BTCTW 28/10/2025 (sinh hoạt thường kỳ tối thiểu 90 phút)',
  combinedMeetingMinMinutes: 'HD 42-HD/BTCTW 28/10/2025 (kết hợp chuyên đề tối thiểu 120 phút)',
  thematicPerQuarter: 'Nghị quyết 22-NQ/TW 2008; HD 42-HD/BTCTW 2025 (ít nhất một chuyên đề mỗi quý)',
  attendanceMinPercent: 'HD 42-HD/BTCTW 2025, phiếu chấm điểm chất lượng (dự ≥ 85 %)',
  absenceWarningCount:
    'Điều lệ Đảng Điều 8.2; QĐ 294-QĐ/TW 2025 (3 tháng trong năm không sinh hoạt không lý do)',
  consecutiveAbsenceLimit:
    'HD 12-HD/BTCTW 2018, giữ trong phiếu chấm điểm của các tỉnh theo HD 42-HD/BTCTW 2025 (không có đảng viên vắng quá 3 lần liên tiếp trong năm, kể cả có lý do)',
  qualityGood: 'HD 42-HD/BTCTW 2025 (Tốt ≥ 90 điểm)',
  qualityFair: 'HD 42-HD/BTCTW 2025 (Khá 70–< 90)',
  qualityAverage: 'HD 42-HD/BTCTW 2025 (Trung bình 50–< 70; Kém < 50)'
}

// ——— Editing a profile ———

export type ParamKind =
  | { kind: 'percent' }
  | { kind: 'number'; min: number; max: number; step?: number }
  | { kind: 'boolean' }
  | { kind: 'select'; options: { value: string; label: string }[] }

/** How each parameter is edited and validated; the order is the editor's order, in groups. */
export const PARAM_GROUPS: { title: string; keys: (keyof RulesParams)[] }[] = [
  { title: 'Tỷ lệ Hoàn thành xuất sắc nhiệm vụ', keys: ['quotaPercent', 'quotaUnit', 'quotaRounding'] },
  { title: 'Thang điểm đảng viên', keys: ['scoreExcellent', 'scoreGood', 'scoreComplete'] },
  {
    title: 'Giới hạn mức xếp loại và trường hợp không xếp loại',
    keys: [
      'disciplineCapsToIncomplete',
      'sickLeaveCapMonths',
      'notRatedAdmittedMonths',
      'notRatedExempt',
      'notRatedSuspended'
    ]
  },
  {
    title: 'Xếp loại chi bộ',
    keys: [
      'cellGoodMinCompletePercent',
      'cellGoodMinGoodPercent',
      'cellIncompleteOverPercent',
      'cellExcellentNoCommitteeDiscipline'
    ]
  },
  {
    title: 'Khen thưởng, Huy hiệu Đảng',
    keys: [
      'memberStreakYears',
      'cellStreakYears',
      'badgeHoldReprimandMonths',
      'badgeHoldWarningMonths',
      'badgeHoldDismissalMonths'
    ]
  },
  {
    title: 'Sinh hoạt chi bộ',
    keys: [
      'meetingMinMinutes',
      'combinedMeetingMinMinutes',
      'thematicPerQuarter',
      'attendanceMinPercent',
      'absenceWarningCount',
      'consecutiveAbsenceLimit',
      'qualityGood',
      'qualityFair',
      'qualityAverage'
    ]
  }
]

const pct: ParamKind = { kind: 'percent' }
const score: ParamKind = { kind: 'number', min: 0, max: 100 }
const bool: ParamKind = { kind: 'boolean' }
// One range for the parameters that count the same thing, so they cannot drift apart.
/** Months within a year (sick leave, months since admission). */
const months: ParamKind = { kind: 'number', min: 0, max: 12 }
/** Months a Huy hiệu Đảng waits after a discipline: up to three years. */
const holdMonths: ParamKind = { kind: 'number', min: 0, max: 36 }
/** Years in a row of xuất sắc (member or cell). */
const streakYears: ParamKind = { kind: 'number', min: 1, max: 10 }
/** A meeting's length, in quarter hours up to a working day. */
const minutes: ParamKind = { kind: 'number', min: 0, max: 480, step: 15 }
/** Absences counted in a year. */
const absences: ParamKind = { kind: 'number', min: 1, max: 12 }

export const PARAM_KINDS: Record<keyof RulesParams, ParamKind> = {
  quotaPercent: pct,
  quotaUnit: {
    kind: 'select',
    options: [
      { value: 'cell', label: 'Từng chi bộ' },
      { value: 'organization', label: 'Toàn Đảng bộ' }
    ]
  },
  quotaRounding: {
    kind: 'select',
    options: [
      { value: 'floor', label: 'Làm tròn xuống' },
      { value: 'round', label: 'Làm tròn gần nhất' },
      { value: 'ceil', label: 'Làm tròn lên' }
    ]
  },
  scoreExcellent: score,
  scoreGood: score,
  scoreComplete: score,
  disciplineCapsToIncomplete: bool,
  sickLeaveCapMonths: months,
  notRatedAdmittedMonths: months,
  notRatedExempt: bool,
  notRatedSuspended: bool,
  cellGoodMinCompletePercent: pct,
  cellGoodMinGoodPercent: pct,
  cellIncompleteOverPercent: pct,
  cellExcellentNoCommitteeDiscipline: bool,
  memberStreakYears: streakYears,
  cellStreakYears: streakYears,
  badgeHoldReprimandMonths: holdMonths,
  badgeHoldWarningMonths: holdMonths,
  badgeHoldDismissalMonths: holdMonths,
  meetingMinMinutes: minutes,
  combinedMeetingMinMinutes: minutes,
  thematicPerQuarter: { kind: 'number', min: 0, max: 3 },
  attendanceMinPercent: pct,
  absenceWarningCount: absences,
  consecutiveAbsenceLimit: absences,
  qualityGood: score,
  qualityFair: score,
  qualityAverage: score
}

/** Vietnamese messages per invalid parameter; empty when the profile can be saved. */
export function validateParams(params: Partial<RulesParams>): Partial<Record<keyof RulesParams, string>> {
  const errors: Partial<Record<keyof RulesParams, string>> = {}
  for (const key of Object.keys(PARAM_KINDS) as (keyof RulesParams)[]) {
    const kind = PARAM_KINDS[key]
    const v = params[key]
    if (kind.kind === 'boolean') {
      if (typeof v !== 'boolean') errors[key] = 'Chọn có hoặc không.'
    } else if (kind.kind === 'select') {
      if (!kind.options.some((o) => o.value === v)) errors[key] = 'Chọn một giá trị trong danh sách.'
    } else {
      const [min, max] = kind.kind === 'percent' ? [0, 100] : [kind.min, kind.max]
      if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
        errors[key] = `Nhập số từ ${min} đến ${max}.`
    }
  }
  const p = params as RulesParams
  if (!errors.scoreGood && !errors.scoreExcellent && p.scoreGood >= p.scoreExcellent)
    errors.scoreGood = 'Điểm Hoàn thành tốt phải nhỏ hơn điểm Hoàn thành xuất sắc.'
  if (!errors.scoreComplete && !errors.scoreGood && p.scoreComplete >= p.scoreGood)
    errors.scoreComplete = 'Điểm Hoàn thành phải nhỏ hơn điểm Hoàn thành tốt.'
  if (!errors.qualityFair && !errors.qualityGood && p.qualityFair >= p.qualityGood)
    errors.qualityFair = 'Mức Khá phải nhỏ hơn mức Tốt.'
  if (!errors.qualityAverage && !errors.qualityFair && p.qualityAverage >= p.qualityFair)
    errors.qualityAverage = 'Mức Trung bình phải nhỏ hơn mức Khá.'
  return errors
}

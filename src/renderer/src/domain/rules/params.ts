// Parameters of a rules profile (DESIGN §6). Party rules change every few years and provinces add
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

  // — Meetings —
  meetingMinMinutes: number
  combinedMeetingMinMinutes: number
  /** Thematic meetings required per quarter. */
  thematicPerQuarter: number
  /** Attendance criterion: present ≥ this % of non-exempt members. */
  attendanceMinPercent: number
  /** Unexcused absences in a calendar year that trigger the removal warning. */
  absenceWarningCount: number
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
  meetingMinMinutes: 'Thời gian sinh hoạt tối thiểu (phút)',
  combinedMeetingMinMinutes: 'Thời gian tối thiểu khi kết hợp chuyên đề (phút)',
  thematicPerQuarter: 'Số buổi chuyên đề tối thiểu mỗi quý',
  attendanceMinPercent: 'Tỷ lệ dự sinh hoạt tối thiểu (%)',
  absenceWarningCount: 'Số lần vắng không lý do trong năm để cảnh báo xóa tên',
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
  | 'qualityGood'
  | 'qualityFair'
  | 'qualityAverage'
> = {
  meetingMinMinutes: 90,
  combinedMeetingMinMinutes: 120,
  thematicPerQuarter: 1,
  attendanceMinPercent: 85,
  absenceWarningCount: 3,
  qualityGood: 90,
  qualityFair: 70,
  qualityAverage: 50
}

export const MEETING_SOURCES: RulesSources = {
  meetingMinMinutes: 'HD 42-HD/BTCTW 28/10/2025 (sinh hoạt thường kỳ tối thiểu 90 phút)',
  combinedMeetingMinMinutes: 'HD 42-HD/BTCTW 28/10/2025 (kết hợp chuyên đề tối thiểu 120 phút)',
  thematicPerQuarter: 'Nghị quyết 22-NQ/TW 2008; HD 42-HD/BTCTW 2025 (ít nhất một chuyên đề mỗi quý)',
  attendanceMinPercent: 'HD 42-HD/BTCTW 2025, phiếu chấm điểm chất lượng (dự ≥ 85 %)',
  absenceWarningCount: 'Điều lệ Đảng Điều 8.2; QĐ 294-QĐ/TW 2025 (3 tháng trong năm không sinh hoạt không lý do)',
  qualityGood: 'HD 42-HD/BTCTW 2025 (Tốt ≥ 90 điểm)',
  qualityFair: 'HD 42-HD/BTCTW 2025 (Khá 70–< 90)',
  qualityAverage: 'HD 42-HD/BTCTW 2025 (Trung bình 50–< 70; Kém < 50)'
}

// Built-in rules profiles, chosen by review year (docs/design.md §6). A clerk copies one to follow a
// province's guidance; the copy keeps `basedOnId`. Every parameter cites its source.
import type { RulesProfile } from '../entities'
import { MEETING_DEFAULTS, MEETING_SOURCES, type RulesParams, type RulesSources } from './params'

const RATING_COMMON: Omit<RulesParams, keyof typeof MEETING_DEFAULTS> = {
  quotaPercent: 20,
  quotaUnit: 'cell',
  quotaRounding: 'floor',
  scoreExcellent: 90,
  scoreGood: 70,
  scoreComplete: 50,
  disciplineCapsToIncomplete: true,
  sickLeaveCapMonths: 3,
  notRatedAdmittedMonths: 6,
  notRatedExempt: true,
  notRatedSuspended: true,
  cellGoodMinCompletePercent: 100,
  cellGoodMinGoodPercent: 50,
  cellIncompleteOverPercent: 20,
  cellExcellentNoCommitteeDiscipline: true,
  memberStreakYears: 5,
  cellStreakYears: 3
}

function sources(rating: string, guide: string): RulesSources {
  return {
    quotaPercent: `${rating} (HTXSNV không vượt quá 20 % số HTTNV)`,
    quotaUnit: `${guide} (tính trong từng chi bộ; có tỉnh tính chung toàn đảng bộ)`,
    quotaRounding: `${guide} (làm tròn xuống)`,
    scoreExcellent: 'QĐ 366-QĐ/TW 30/8/2025 (≥ 90 điểm, hoàn thành 100 % và vượt ≥ 30 % chỉ tiêu)',
    scoreGood: 'QĐ 366-QĐ/TW 30/8/2025 (70 – dưới 90 điểm)',
    scoreComplete: 'QĐ 366-QĐ/TW 30/8/2025 (50 – dưới 70 điểm)',
    disciplineCapsToIncomplete:
      'HD 21-HD/BTCTW 2019; NĐ 335/2025/NĐ-CP (bị kỷ luật trong năm → KHTNV; một vi phạm tính một lần)',
    sickLeaveCapMonths: `${guide} (nghỉ ốm từ 3 tháng trở lên → không quá HTNV)`,
    notRatedAdmittedMonths: `${guide} (kết nạp chưa đủ 6 tháng → không đánh giá, xếp loại)`,
    notRatedExempt: `${guide} (miễn công tác và sinh hoạt đảng → không xếp loại)`,
    notRatedSuspended: `${guide} (đình chỉ sinh hoạt → không xếp loại)`,
    cellGoodMinCompletePercent: 'HD 21-HD/BTCTW 2019 (100 % đảng viên từ HTNV trở lên)',
    cellGoodMinGoodPercent: 'HD 21-HD/BTCTW 2019 (≥ 50 % đảng viên HTTNV trở lên)',
    cellIncompleteOverPercent: 'HD 21-HD/BTCTW 2019 (> 20 % đảng viên KHTNV → chi bộ KHTNV)',
    cellExcellentNoCommitteeDiscipline: 'HD 21-HD/BTCTW 2019 (tập thể, cá nhân chi ủy không bị kỷ luật)',
    memberStreakYears: 'Quy định thi đua, khen thưởng của Đảng bộ (mặc định 5 năm liền)',
    cellStreakYears: 'Quy định thi đua, khen thưởng của Đảng bộ (mặc định 3 năm liền)',
    ...MEETING_SOURCES
  }
}

export const BUILT_IN_PROFILES: RulesProfile[] = [
  {
    id: 'qd366-2025',
    name: 'QĐ 366-QĐ/TW và HD 43-HD/BTCTW (từ năm 2025)',
    builtIn: 1,
    fromYear: 2025,
    toYear: null,
    params: { ...RATING_COMMON, ...MEETING_DEFAULTS },
    sources: sources('QĐ 366-QĐ/TW 30/8/2025', 'HD 43-HD/BTCTW 31/10/2025'),
    updatedAt: '2025-10-31T00:00:00.000Z'
  },
  {
    id: 'qd124-2023',
    name: 'QĐ 124-QĐ/TW và HD 25-HD/BTCTW (năm 2023–2024)',
    builtIn: 1,
    fromYear: 2023,
    toYear: 2024,
    params: { ...RATING_COMMON, ...MEETING_DEFAULTS, meetingMinMinutes: 90, combinedMeetingMinMinutes: 120 },
    sources: sources('QĐ 124-QĐ/TW 2023', 'HD 25-HD/BTCTW 2023'),
    updatedAt: '2023-10-01T00:00:00.000Z'
  },
  {
    id: 'qd132-2018',
    name: 'QĐ 132-QĐ/TW và HD 21-HD/BTCTW (năm 2018–2022)',
    builtIn: 1,
    fromYear: 2018,
    toYear: 2022,
    params: { ...RATING_COMMON, ...MEETING_DEFAULTS },
    sources: sources('QĐ 132-QĐ/TW 2018', 'HD 21-HD/BTCTW 2019'),
    updatedAt: '2019-01-01T00:00:00.000Z'
  }
]

export function paramsOf(profile: RulesProfile): RulesParams {
  return profile.params as unknown as RulesParams
}

/**
 * The profile for a review year: a clerk's own profile covering the year wins over a built-in one;
 * years before 2018 use the oldest built-in profile.
 */
export function profileForYear(
  year: number,
  profiles: readonly RulesProfile[] = BUILT_IN_PROFILES
): RulesProfile {
  const covers = (p: RulesProfile) => p.fromYear <= year && (p.toYear === null || year <= p.toYear)
  const own = profiles.filter((p) => !p.builtIn && covers(p)).sort((a, b) => b.fromYear - a.fromYear)
  if (own[0]) return own[0]
  const builtIn = profiles.filter((p) => p.builtIn && covers(p))
  if (builtIn[0]) return builtIn[0]
  const all = profiles.length ? profiles : BUILT_IN_PROFILES
  return [...all].sort((a, b) => a.fromYear - b.fromYear)[0]
}

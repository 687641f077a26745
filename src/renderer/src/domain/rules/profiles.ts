// Built-in rules profiles, chosen by review year (docs/design.md §6). A clerk copies one to follow a
// province's guidance; the copy keeps `basedOnId`. Every parameter cites its source.
import type { RulesProfile } from '../entities'
import {
  MEETING_DEFAULTS,
  MEETING_SOURCES,
  PARAM_LABELS,
  type RulesParams,
  type RulesSources
} from './params'

const RATING_COMMON: Omit<RulesParams, keyof typeof MEETING_DEFAULTS> = {
  quotaPercent: 20,
  quotaUnit: 'organization',
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
  cellStreakYears: 3,
  badgeHoldReprimandMonths: 6,
  badgeHoldWarningMonths: 9,
  badgeHoldDismissalMonths: 12
}

// The quota's wording is HD 21-HD/BTCTW 2019's; the later guides keep the 20 %. Where a later text
// could not be read for the counting unit or the rounding, the source says the default follows HD 21.
const HD21_QUOTA =
  '“không vượt quá 20% số đảng viên được xếp loại ‘Hoàn thành tốt nhiệm vụ’ trong từng tổ chức cơ sở đảng”'

const BADGE_HOLD =
  'QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021 (đảng viên bị kỷ luật từ khiển trách trở lên chưa xét tặng Huy hiệu Đảng); QĐ 294-QĐ/TW 2025'

function sources(rating: string, guide: string): RulesSources {
  const follows = guide.startsWith('HD 21') ? guide : `${guide}; mặc định theo HD 21-HD/BTCTW 2019`
  return {
    quotaPercent: `${rating} (HTXSNV không vượt quá 20 % số HTTNV)`,
    quotaUnit: `${follows}: ${HD21_QUOTA} — tổ chức cơ sở đảng là Đảng bộ phường nên mặc định tính chung toàn Đảng bộ, phần của từng chi bộ chỉ để tham khảo khi phân bổ; tỉnh phân bổ theo chi bộ thì chọn “Từng chi bộ”`,
    quotaRounding: `${follows} (“không vượt quá” → làm tròn xuống)`,
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
    badgeHoldReprimandMonths: `${BADGE_HOLD} (6 tháng sau khiển trách)`,
    badgeHoldWarningMonths: `${BADGE_HOLD} (9 tháng sau cảnh cáo)`,
    badgeHoldDismissalMonths: `${BADGE_HOLD} (12 tháng sau cách chức)`,
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

/**
 * A profile's parameters. A clerk's copy saved before a parameter existed takes that parameter from
 * the built-in profile it was copied from (else the newest one), so old copies keep working.
 */
export function paramsOf(profile: RulesProfile): RulesParams {
  if (profile.builtIn) return profile.params as unknown as RulesParams
  return { ...baseOf(profile).params, ...profile.params } as unknown as RulesParams
}

/** A profile's sources as the clerk wrote them, completed the same way as `paramsOf`. */
export function writtenSourcesOf(profile: RulesProfile): RulesSources {
  if (profile.builtIn) return profile.sources as RulesSources
  return { ...baseOf(profile).sources, ...profile.sources } as RulesSources
}

/**
 * The parameters of a clerk's copy whose value differs from the built-in profile it was copied from
 * while the source still is that profile's (or empty): the source names a text that says otherwise,
 * e.g. "HD 42-HD/BTCTW 2025 (… tối thiểu 90 phút)" beside a count made with 60 minutes.
 */
export function unsourcedChanges(profile: RulesProfile): (keyof RulesParams)[] {
  if (profile.builtIn) return []
  const base = baseOf(profile)
  const params = paramsOf(profile)
  const written = writtenSourcesOf(profile)
  return (Object.keys(base.params) as (keyof RulesParams)[]).filter((key) => {
    const source = written[key]?.trim()
    return params[key] !== base.params[key] && (!source || source === base.sources[key])
  })
}

/**
 * The sources a screen or a spreadsheet cites for a profile. A changed value whose source was not
 * rewritten cites the copy itself, and says its text is missing, rather than the built-in text with
 * the national figure (copies made before the editor asked for a source are stored that way).
 */
export function sourcesOf(profile: RulesProfile): RulesSources {
  const sources = { ...writtenSourcesOf(profile) }
  for (const key of unsourcedChanges(profile))
    sources[key] = `Bộ quy định “${profile.name}” (giá trị đã sửa, chưa ghi văn bản căn cứ)`
  return sources
}

/**
 * What the review page says of a year's profile whose changed values cite no text of their own
 * (a copy saved before the editor asked): the sheets it sends up would say so at those lines.
 */
export function unsourcedNotice(profile: RulesProfile): string {
  const keys = unsourcedChanges(profile)
  if (!keys.length) return ''
  const names = keys.map((k) => `“${PARAM_LABELS[k]}”`).join(', ')
  return `Bộ quy định “${profile.name}” có ${keys.length} thông số đã sửa mà chưa ghi văn bản căn cứ: ${names}. Báo cáo gửi lên sẽ ghi “chưa ghi văn bản căn cứ” ở những chỗ đó.`
}

/** "QĐ 124-QĐ/TW 2023 (HTXSNV …)" → "QĐ 124-QĐ/TW 2023": the citation without its gloss. */
export function shortSource(source: string | undefined, fallback: string): string {
  if (!source) return fallback
  const i = source.indexOf(' (')
  return i > 0 ? source.slice(0, i) : source
}

/** The built-in profile a copy descends from (the newest one when that is unknown). */
export function baseOf(profile: RulesProfile): RulesProfile {
  return BUILT_IN_PROFILES.find((p) => p.id === profile.basedOnId) ?? BUILT_IN_PROFILES[0]
}

/**
 * The profile in force in a year: a clerk's own profile covering the year wins over a built-in one;
 * years before 2018 use the oldest built-in profile. What the review page proposes for a year that
 * has no choice recorded; every screen reads a year's rules through profileOfYear.
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

/** What decides each year's rules: every profile, and the one each review year recorded. */
export interface RulesBook {
  profiles: readonly RulesProfile[]
  /** Review year → the profile its settings recorded (Đánh giá › Bộ quy định). */
  chosen: ReadonlyMap<number, string>
}

/** Only the profiles in force, no year's choice recorded yet. */
export const BUILT_IN_BOOK: RulesBook = { profiles: BUILT_IN_PROFILES, chosen: new Map() }

/**
 * The rules of a year, the one way every screen picks them — reviews, meetings and their
 * compliance, the overview, honours and every report: the profile the year's review settings
 * recorded, else the one in force that year (profileForYear). So a year reviewed under one profile
 * never has its meetings, badges or figures counted under another.
 */
export function profileOfYear(year: number, book: RulesBook): RulesProfile {
  const id = book.chosen.get(year)
  return (id !== undefined && book.profiles.find((p) => p.id === id)) || profileForYear(year, book.profiles)
}

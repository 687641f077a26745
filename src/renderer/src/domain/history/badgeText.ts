// Huy hiệu Đảng already awarded, as written in one cell of a member list ("Huy hiệu Đảng" column)
// or of a badge list ("Mốc" column). Format, documented in README (Nhập từ Excel):
//   "30 năm (03/02/2020)"                       milestone and the day it was awarded
//   "30 năm (2020)"                             the year only, when the day is not known
//   "30 năm (03/02/2020, 125-QĐ/TU)"            with the decision number
//   "30 năm (2020); 40 năm (07/11/2030)"        several, separated by ";"
// Milestones are those of HD 01-HD/TW 2021 (30, 40, 45, 50 … 90 years).
import type { IsoDate } from '../entities'
import { BADGE_MILESTONES } from '../honours/badges'
import { parseImportDate } from '../members/importValues'

export interface AwardedBadge {
  milestone: number
  date: IsoDate
  decisionNumber?: string
}

const MILESTONE_TEXT = 'mốc Huy hiệu Đảng (30, 40, 45, 50 … 90 năm)'

/** "30", "30 năm", "Huy hiệu 30 năm tuổi Đảng" → 30; a number that is not a milestone → message. */
export function parseMilestone(text: string): { milestone: number } | { problem: string } {
  const m = /(\d{2})/.exec(text)
  const n = m ? Number(m[1]) : NaN
  if (BADGE_MILESTONES.includes(n)) return { milestone: n }
  return { problem: `"${text.trim()}" không phải ${MILESTONE_TEXT}.` }
}

/** One cell of the "Huy hiệu Đảng" column → the badges it lists, or what is wrong with it. */
export function parseBadgeText(text: string): { badges: AwardedBadge[]; problems: string[] } {
  const badges: AwardedBadge[] = []
  const problems: string[] = []
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(.*?)\(([^,)]*)(?:,([^)]*))?\)\s*$/.exec(part)
    if (!m) {
      problems.push(`Huy hiệu Đảng "${part}": cần dạng "30 năm (03/02/2020)" hoặc "30 năm (2020)".`)
      continue
    }
    const milestone = parseMilestone(m[1])
    const date = parseImportDate(m[2].trim())
    if ('problem' in milestone) problems.push(`Huy hiệu Đảng: ${milestone.problem}`)
    else if (date.kind !== 'date')
      problems.push(
        `Huy hiệu Đảng "${part}": ngày trao "${m[2].trim()}" không đọc được (dạng 03/02/2020 hoặc 2020).`
      )
    else
      badges.push({
        milestone: milestone.milestone,
        date: date.date,
        ...(m[3]?.trim() ? { decisionNumber: m[3].trim() } : {})
      })
  }
  return { badges, problems }
}

// The quality of one meeting from its score (100 points; scoring sheets under HD 42-HD/BTCTW 2025):
// Tốt ≥ qualityGood, Khá ≥ qualityFair, Trung bình ≥ qualityAverage, otherwise Kém.
import type { QualityCriterion } from '../entities'
import type { RulesParams } from '../rules/params'

export type QualityLevel = 'good' | 'fair' | 'average' | 'poor'

export const QUALITY_LEVEL_LABELS: Record<QualityLevel, string> = {
  good: 'Tốt',
  fair: 'Khá',
  average: 'Trung bình',
  poor: 'Kém'
}

export const QUALITY_LEVELS: readonly QualityLevel[] = ['good', 'fair', 'average', 'poor']

export function qualityLevel(
  score: number | null | undefined,
  params: Pick<RulesParams, 'qualityGood' | 'qualityFair' | 'qualityAverage'>
): QualityLevel | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null
  if (score >= params.qualityGood) return 'good'
  if (score >= params.qualityFair) return 'fair'
  if (score >= params.qualityAverage) return 'average'
  return 'poor'
}

/**
 * A starting scoring sheet (the clerk edits names and points to the province's sheet). The maxima
 * add up to 100, the scale the profile's thresholds are written for.
 */
export const DEFAULT_QUALITY_CRITERIA: readonly QualityCriterion[] = [
  { name: 'Chuẩn bị nội dung, tài liệu, thông báo trước', score: 0, max: 15 },
  { name: 'Đảng viên dự sinh hoạt đạt tỷ lệ quy định', score: 0, max: 15 },
  { name: 'Thực hiện đúng quy trình, thời gian sinh hoạt', score: 0, max: 15 },
  { name: 'Nội dung thiết thực, đánh giá đúng tình hình', score: 0, max: 20 },
  { name: 'Thảo luận dân chủ, nhiều ý kiến đóng góp', score: 0, max: 15 },
  { name: 'Kết luận, nghị quyết rõ nhiệm vụ, người thực hiện', score: 0, max: 20 }
]

/** The score a sheet adds up to; null when no criterion has points. */
export function criteriaTotal(criteria: readonly QualityCriterion[] | undefined): number | null {
  if (!criteria || criteria.length === 0) return null
  return criteria.reduce((sum, c) => sum + (Number.isFinite(c.score) ? c.score : 0), 0)
}

/** Vietnamese messages for criteria whose score is outside 0..max. */
export function criteriaProblems(criteria: readonly QualityCriterion[]): string[] {
  return criteria
    .filter((c) => !(c.score >= 0 && c.score <= c.max))
    .map((c) => `Tiêu chí "${c.name}": điểm phải từ 0 đến ${c.max}.`)
}

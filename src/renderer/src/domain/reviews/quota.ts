// The quota on "Hoàn thành xuất sắc nhiệm vụ" (docs/design.md §6).
//
// Decision (documented in README.md, Đánh giá, xếp loại): "rated tốt" counts ONLY the members rated Hoàn thành tốt
// nhiệm vụ, as QĐ 124-QĐ/TW words it ("không vượt quá 20 % số đảng viên được xếp loại HTTNV"), not
// "tốt and above". The ceiling is rounding(quotaPercent % × that count), floor by default, counted per
// counting unit: each cell, or the whole đảng bộ (profile parameter).
import type { Rating } from '../entities'
import type { QuotaUnit, Rounding, RulesParams } from '../rules/params'

export function roundWith(value: number, rounding: Rounding): number {
  // Integer arithmetic upstream keeps 20 % × 5 exactly 1; the epsilon guards percentages like 12.5.
  const eps = 1e-9
  if (rounding === 'ceil') return Math.ceil(value - eps)
  if (rounding === 'round') return Math.round(value + eps)
  return Math.floor(value + eps)
}

/** Maximum number of xuất sắc for a unit with `goodCount` members rated hoàn thành tốt. */
export function quotaCeiling(
  goodCount: number,
  params: Pick<RulesParams, 'quotaPercent' | 'quotaRounding'>
): number {
  return Math.max(0, roundWith((goodCount * params.quotaPercent) / 100, params.quotaRounding))
}

export interface QuotaUnitResult {
  /** Cell id, or 'organization'. */
  unitId: string
  unit: QuotaUnit
  good: number
  ceiling: number
  excellent: number
  excess: number
}

/**
 * Counts per unit. `rated` gives each reviewed member's unit (cell) and current rating (null =
 * not yet rated, not counted). O(n).
 */
export function quotaByUnit(
  rated: Iterable<{ cellId: string; rating: Rating | null }>,
  params: Pick<RulesParams, 'quotaPercent' | 'quotaRounding' | 'quotaUnit'>
): QuotaUnitResult[] {
  const counts = new Map<string, { good: number; excellent: number }>()
  for (const r of rated) {
    if (r.rating !== 'good' && r.rating !== 'excellent') continue
    const key = params.quotaUnit === 'organization' ? 'organization' : r.cellId
    let c = counts.get(key)
    if (!c) counts.set(key, (c = { good: 0, excellent: 0 }))
    if (r.rating === 'good') c.good++
    else c.excellent++
  }
  const out: QuotaUnitResult[] = []
  for (const [unitId, c] of counts) {
    const ceiling = quotaCeiling(c.good, params)
    out.push({
      unitId,
      unit: params.quotaUnit,
      good: c.good,
      ceiling,
      excellent: c.excellent,
      excess: Math.max(0, c.excellent - ceiling)
    })
  }
  return out
}

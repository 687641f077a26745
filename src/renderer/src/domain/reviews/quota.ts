// The quota on "Hoàn thành xuất sắc nhiệm vụ" (docs/design.md §6).
//
// Decision (documented in README.md, Đánh giá, xếp loại): "rated tốt" counts ONLY the members rated Hoàn thành tốt
// nhiệm vụ, as HD 21-HD/BTCTW 2019 words it ("không vượt quá 20% số đảng viên được xếp loại 'Hoàn thành
// tốt nhiệm vụ' trong từng tổ chức cơ sở đảng"), not "tốt and above". The ceiling is
// rounding(quotaPercent % × that count), floor by default, counted per counting unit: the whole đảng
// bộ by default (a ward's đảng bộ is the tổ chức cơ sở đảng, its chi bộ are not), or each cell where a
// province allocates so (profile parameter). Under the whole-đảng-bộ reading each cell's share is
// guidance for allocating, never a check.
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

export interface CellQuotaShare {
  cellId: string
  good: number
  excellent: number
  /** The cell's part of the đảng bộ's ceiling, in proportion to its HTTNV (guidance only). */
  share: number
}

/**
 * Splits the đảng bộ's ceiling among its cells in proportion to their HTTNV counts (largest
 * remainder, so the shares add up to the ceiling exactly; ties go to the cell with more HTTNV).
 * Guidance for the committee when it allocates; the quota itself is checked on the whole đảng bộ.
 */
export function quotaShares(
  rated: Iterable<{ cellId: string; rating: Rating | null }>,
  params: Pick<RulesParams, 'quotaPercent' | 'quotaRounding'>
): CellQuotaShare[] {
  const byCell = new Map<string, CellQuotaShare>()
  let totalGood = 0
  for (const r of rated) {
    let c = byCell.get(r.cellId)
    if (!c) byCell.set(r.cellId, (c = { cellId: r.cellId, good: 0, excellent: 0, share: 0 }))
    if (r.rating === 'good') {
      c.good++
      totalGood++
    } else if (r.rating === 'excellent') c.excellent++
  }
  const cells = [...byCell.values()]
  const ceiling = quotaCeiling(totalGood, params)
  if (totalGood === 0) return cells
  const exact = cells.map((c) => (ceiling * c.good) / totalGood)
  let left = ceiling
  cells.forEach((c, i) => {
    c.share = Math.floor(exact[i] + 1e-9)
    left -= c.share
  })
  const order = cells
    .map((c, i) => ({ c, rest: exact[i] - c.share }))
    .sort((a, b) => b.rest - a.rest || b.c.good - a.c.good || a.c.cellId.localeCompare(b.c.cellId))
  for (const o of order) {
    if (left <= 0) break
    o.c.share++
    left--
  }
  return cells
}

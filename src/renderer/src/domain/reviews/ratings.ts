// The four rating levels (docs/design.md §6), their order, and how a clerk may type them: 1–4, the short
// codes (HTXSNV/HTTNV/HTNV/KHTNV) or the full names, with or without accents — as copied from Excel.
import type { Rating } from '../entities'
import { RATING_LABELS, RATING_SHORT } from '../labels'
import { foldForSearch } from '../names'
import type { RulesParams } from '../rules/params'

/** Best first: the order of columns in every report. */
export const RATINGS: readonly Rating[] = ['excellent', 'good', 'complete', 'incomplete']

/** Higher is better; used to compare against caps ("not above hoàn thành nhiệm vụ"). */
export const RATING_RANK: Record<Rating, number> = { excellent: 3, good: 2, complete: 1, incomplete: 0 }

export function isAbove(a: Rating, b: Rating): boolean {
  return RATING_RANK[a] > RATING_RANK[b]
}

const BY_TYPED = new Map<string, Rating>()
RATINGS.forEach((r, i) => {
  BY_TYPED.set(String(i + 1), r)
  BY_TYPED.set(foldForSearch(RATING_SHORT[r]), r)
  BY_TYPED.set(foldForSearch(RATING_LABELS[r]), r)
})
// Common spellings on cell secretaries' sheets.
BY_TYPED.set('xuat sac', 'excellent')
BY_TYPED.set('hoan thanh xuat sac', 'excellent')
BY_TYPED.set('tot', 'good')
BY_TYPED.set('hoan thanh tot', 'good')
BY_TYPED.set('hoan thanh', 'complete')
BY_TYPED.set('khong hoan thanh', 'incomplete')

export type ParsedRating = { ok: true; rating: Rating | null } | { ok: false; message: string }

/**
 * Reads what a clerk typed or pasted into a rating cell. Empty clears the rating.
 * Unknown text is rejected with a Vietnamese message (the cell keeps its value).
 */
export function parseRatingInput(text: string): ParsedRating {
  const key = foldForSearch(text)
    .replace(/[.\s]+/g, ' ')
    .trim()
  if (key === '' || key === '-') return { ok: true, rating: null }
  const rating = BY_TYPED.get(key) ?? BY_TYPED.get(key.replace(/\s/g, ''))
  if (rating) return { ok: true, rating }
  return {
    ok: false,
    message: `“${text.trim()}” không phải mức xếp loại (gõ 1–4 hoặc HTXSNV, HTTNV, HTNV, KHTNV).`
  }
}

/**
 * The level a score suggests (QĐ 366-QĐ/TW 2025): ≥ 90 xuất sắc only with all tasks done and
 * ≥ 30 % above requirement (confirmed by the clerk), otherwise tốt; 70–< 90 tốt; 50–< 70 hoàn thành;
 * < 50 không hoàn thành.
 */
export function ratingFromScore(
  score: number,
  params: Pick<RulesParams, 'scoreExcellent' | 'scoreGood' | 'scoreComplete'>,
  exceedsRequirement = false
): Rating {
  if (score >= params.scoreExcellent) return exceedsRequirement ? 'excellent' : 'good'
  if (score >= params.scoreGood) return 'good'
  if (score >= params.scoreComplete) return 'complete'
  return 'incomplete'
}

/** The rating that counts so far: the committee's decision, else the cell's proposal, else the self-rating. */
export function currentRating(
  r:
    | {
        decision?: Rating | null
        cellProposal?: Rating | null
        proposal?: Rating | null
        selfRating?: Rating | null
      }
    | undefined
): Rating | null {
  if (!r) return null
  return r.decision ?? r.cellProposal ?? r.proposal ?? r.selfRating ?? null
}

export function validateScore(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0 || n > 100) return 'Điểm phải từ 0 đến 100.'
  return null
}

/**
 * Cells copied from Excel: one line per row (CRLF or LF), tab-separated columns, each trimmed. The
 * trailing newline Excel adds is dropped.
 */
export function splitPastedRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines.map((l) => l.split('\t').map((cell) => cell.trim()))
}

/** A column copied from Excel: one value per line; when several columns were copied, the first. */
export function splitPastedColumn(text: string): string[] {
  return splitPastedRows(text).map((row) => row[0])
}

export interface PasteResult {
  /** Row offset (from the focused row) → rating. */
  values: { offset: number; rating: Rating | null }[]
  errors: { offset: number; message: string }[]
}

/** Validates each pasted value; invalid ones are reported and left unchanged. */
export function parsePastedRatings(text: string): PasteResult {
  const out: PasteResult = { values: [], errors: [] }
  splitPastedColumn(text).forEach((line, offset) => {
    const p = parseRatingInput(line)
    if (p.ok) out.values.push({ offset, rating: p.rating })
    else out.errors.push({ offset, message: p.message })
  })
  return out
}

// A cell secretary's rating sheet (Excel) → proposed edits of the cell's reviews, previewed with what
// they change before anything is saved. Reuses the generic sheet reader (excel/import/sheetTable.ts). Rows are matched
// to the cell's members by name (accent-insensitive); unknown names and bad levels are reported.
import type { MemberReview, Rating } from '@renderer/domain/entities'
import { subjectByName } from '@renderer/domain/reviews/subjectByName'
import { parseRatingInput, validateScore } from '@renderer/domain/reviews/ratings'
import type { ReviewSubject } from '@renderer/domain/reviews/eligibility'
import { overwriteCount, reviewChanges, type ReviewChange } from '@renderer/domain/reviews/reviewChanges'
import {
  cellText,
  findTable,
  mapRow,
  proposeMapping,
  type FieldSpec,
  type Grid,
  type RawCell
} from '@renderer/excel/import/sheetTable'
import { excelErrorOf } from '@renderer/domain/members/importValues'
import type { MemberEdit } from './useReviewYear'

export type RatingField = 'name' | 'score' | 'selfRating' | 'cellProposal' | 'note'

export const RATING_SHEET_FIELDS: FieldSpec<RatingField>[] = [
  {
    key: 'name',
    label: 'Họ và tên',
    aliases: ['Họ và tên', 'Họ tên', 'Tên đảng viên', 'Họ và tên đảng viên'],
    required: true
  },
  { key: 'score', label: 'Điểm', aliases: ['Điểm', 'Tổng điểm', 'Điểm đánh giá', 'Điểm tự chấm'] },
  {
    key: 'selfRating',
    label: 'Tự xếp loại',
    aliases: ['Tự xếp loại', 'Tự đánh giá', 'Cá nhân tự xếp loại', 'Tự nhận mức']
  },
  {
    key: 'cellProposal',
    label: 'Chi bộ đề xuất',
    aliases: ['Chi bộ đề xuất', 'Chi bộ xếp loại', 'Đề xuất', 'Chi bộ đề nghị', 'Chi bộ đánh giá']
  },
  { key: 'note', label: 'Ghi chú', aliases: ['Ghi chú'] }
]

export interface RatingSheetRow {
  rowNumber: number
  name: string
  memberId: string | null
  score: number | null
  selfRating: Rating | null
  cellProposal: Rating | null
  note: string
  errors: string[]
}

export function readRatingSheet(
  grid: Grid,
  subjects: readonly ReviewSubject[]
): { rows: RatingSheetRow[]; headers: string[]; mapped: RatingField[] } {
  const table = findTable(grid, RATING_SHEET_FIELDS)
  const mapping = proposeMapping(table.headers, RATING_SHEET_FIELDS)
  if (!mapping.includes('name')) throw new Error('Không thấy cột "Họ và tên" trong phiếu xếp loại.')
  if (!mapping.includes('selfRating') && !mapping.includes('cellProposal') && !mapping.includes('score'))
    throw new Error('Không thấy cột mức xếp loại ("Tự xếp loại", "Chi bộ đề xuất") hay "Điểm" trong phiếu.')
  const find = subjectByName(subjects)
  const rows: RatingSheetRow[] = []
  for (const r of table.rows) {
    const v = mapRow(r, mapping)
    const name = cellText(v.name ?? null)
    if (!name) continue
    const errors: string[] = []
    const found = find(name)
    if (found.problem) errors.push(found.problem)
    // A failed formula is a problem to fix in the sheet, never read as a blank.
    const failed = (raw: RawCell | undefined, label: string) => {
      const error = excelErrorOf(raw ?? null)
      if (error) errors.push(`${label}: ô có lỗi công thức Excel (${error})`)
      return !!error
    }
    const rating = (raw: RawCell | undefined, label: string): Rating | null => {
      if (failed(raw, label)) return null
      const p = parseRatingInput(cellText(raw ?? null))
      if (p.ok) return p.rating
      errors.push(`${label}: ${p.message}`)
      return null
    }
    const scoreFailed = failed(v.score, 'Điểm')
    const scoreText = scoreFailed ? '' : cellText(v.score ?? null).replace(',', '.')
    const scoreError = validateScore(scoreText)
    if (scoreError) errors.push(scoreError)
    rows.push({
      rowNumber: r.rowNumber,
      name,
      memberId: found.subject?.memberId ?? null,
      score: scoreText === '' || scoreError ? null : Number(scoreText),
      selfRating: rating(v.selfRating, 'Tự xếp loại'),
      cellProposal: rating(v.cellProposal, 'Chi bộ đề xuất'),
      note: cellText(v.note ?? null),
      errors
    })
  }
  markRepeatedMembers(rows)
  return { rows, headers: table.headers, mapped: mapping.filter((m): m is RatingField => m !== null) }
}

/** One member on several rows: every such row is a problem (no row wins by coming last). */
function markRepeatedMembers(rows: RatingSheetRow[]): void {
  const byMember = new Map<string, RatingSheetRow[]>()
  for (const r of rows) if (r.memberId) byMember.set(r.memberId, [...(byMember.get(r.memberId) ?? []), r])
  for (const same of byMember.values()) {
    if (same.length < 2) continue
    const where = same.map((r) => r.rowNumber).join(', ')
    for (const r of same)
      r.errors.push(`${same[0].name} có ở nhiều dòng (${where}): giữ một dòng rồi nhập lại`)
  }
}

export interface PreviewRow extends RatingSheetRow {
  /** What saving the row changes in the stored review; empty for a row with problems. */
  changes: ReviewChange[]
}

export interface SheetPreview {
  rows: PreviewRow[]
  /** Valid rows that change something, and those whose values are all stored already. */
  changed: number
  unchanged: number
  /** Stored values the sheet replaces, and of how many members: the clerk confirms this count. */
  overwrites: { values: number; members: number }
  /** Only the changed fields: a value equal to the stored one, or a blank cell, is never written. */
  edits: MemberEdit[]
}

/**
 * The sheet against the reviews as the screen holds them (its working copy, the version each save is
 * checked against): what each valid row changes, before → after, and the edits to save. Only the
 * sheet's own columns count; "Đảng ủy quyết định" is none of them, so a sheet never writes a decision.
 */
export function sheetPreview(
  rows: readonly RatingSheetRow[],
  mapped: readonly RatingField[],
  stored: ReadonlyMap<string, MemberReview>
): SheetPreview {
  const fields = (['score', 'selfRating', 'cellProposal', 'note'] as const).filter((f) => mapped.includes(f))
  const preview = rows.map((r): PreviewRow => {
    if (r.errors.length > 0 || !r.memberId) return { ...r, changes: [] }
    const values = Object.fromEntries(fields.map((f) => [f, r[f]]))
    return { ...r, changes: reviewChanges(stored.get(r.memberId), values) }
  })
  const valid = preview.filter((r) => r.errors.length === 0 && r.memberId)
  const changed = valid.filter((r) => r.changes.length > 0)
  return {
    rows: preview,
    changed: changed.length,
    unchanged: valid.length - changed.length,
    overwrites: overwriteCount(changed.map((r) => r.changes)),
    edits: changed.flatMap((r) =>
      r.changes.map((c) => ({ memberId: r.memberId!, field: c.field, value: c.after }))
    )
  }
}

// History files → rows: past ratings (year, member, level decided) and Huy hiệu Đảng already
// awarded (member, milestone, date, decision number). Members are named the way the member list
// names them (same column aliases); the sheet is found and decoded as a member list is. The columns
// found are a proposal: the clerk confirms or changes them (Ghép cột) before any row is checked.
import type { HistoryRecord } from '@renderer/domain/history/pastRatings'
import { identityColumnsProblem, type IdentityValues } from '@renderer/domain/history/memberMatch'
import { MEMBER_IMPORT_FIELDS, decodeGrid } from './memberSheet'
import { readGridsOffThread } from './readOffThread'
import { findList, visibleFirst, type FoundList } from './sheetOrder'
import {
  cellText,
  mapRow,
  missingRequired,
  type ColumnMapping,
  type FieldSpec,
  type Grid,
  type SheetTable
} from './sheetTable'

export type HistoryKind = 'ratings' | 'badges'
type IdentityField = 'fullName' | 'birthDate' | 'partyCardNumber' | 'idNumber'
export type RatingHistoryField = IdentityField | 'year' | 'rating'
export type BadgeHistoryField = IdentityField | 'milestone' | 'date' | 'decisionNumber'

const IDENTITY_KEYS: readonly IdentityField[] = ['fullName', 'birthDate', 'partyCardNumber', 'idNumber']
const IDENTITY = MEMBER_IMPORT_FIELDS.filter((f) => IDENTITY_KEYS.includes(f.key as IdentityField)).map(
  (f) => ({ ...f, required: false }) as FieldSpec<IdentityField>
)

export const RATING_HISTORY_FIELDS: FieldSpec<RatingHistoryField>[] = [
  ...IDENTITY,
  {
    key: 'year',
    label: 'Năm',
    aliases: ['năm', 'năm đánh giá', 'năm xếp loại', 'năm đánh giá xếp loại'],
    required: true
  },
  {
    key: 'rating',
    label: 'Mức xếp loại (Đảng ủy quyết định)',
    aliases: [
      'xếp loại',
      'mức xếp loại',
      'kết quả xếp loại',
      'xếp loại chất lượng',
      'đảng ủy quyết định',
      'quyết định xếp loại',
      'kết quả'
    ],
    required: true
  }
]

export const BADGE_HISTORY_FIELDS: FieldSpec<BadgeHistoryField>[] = [
  ...IDENTITY,
  {
    key: 'milestone',
    label: 'Mốc Huy hiệu (30, 40 … năm)',
    aliases: ['huy hiệu', 'huy hiệu đảng', 'mốc', 'mốc huy hiệu', 'loại huy hiệu', 'số năm tuổi đảng'],
    required: true
  },
  {
    key: 'date',
    label: 'Ngày trao',
    aliases: ['ngày trao', 'ngày tặng', 'ngày nhận', 'năm trao', 'ngày quyết định', 'ngày trao tặng'],
    required: true
  },
  {
    key: 'decisionNumber',
    label: 'Số quyết định',
    aliases: ['số quyết định', 'số qđ', 'quyết định số', 'quyết định']
  }
]

export type HistoryField = RatingHistoryField | BadgeHistoryField

export const HISTORY_FIELDS: Record<HistoryKind, FieldSpec<HistoryField>[]> = {
  ratings: RATING_HISTORY_FIELDS,
  badges: BADGE_HISTORY_FIELDS
}

/** A history file as read: its table and the columns proposed for each field. */
export type HistorySheet = FoundList<HistoryField>

const hasText = (grid: Grid) => grid.rows.some((row) => row.some((v) => cellText(v) !== ''))

/**
 * The first sheet whose header names at least two of the kind's fields; when none does, the widest
 * top row of the first sheet with data is taken as the header, for the clerk to map by hand. Visible
 * sheets are searched first (./sheetOrder). Read off the window's thread.
 */
/** `signal`: aborting it stops the read at once (the clerk pressed "Hủy đọc"). */
export async function readHistorySheet(
  kind: HistoryKind,
  bytes: Uint8Array,
  signal?: AbortSignal
): Promise<HistorySheet> {
  const fields = HISTORY_FIELDS[kind]
  const grids = visibleFirst(await readGridsOffThread(bytes, signal)).map((raw) => decodeGrid(raw).grid)
  for (const grid of grids) {
    try {
      return findList(grid, fields)
    } catch {
      // Not this sheet: the next one, or the fallback below.
    }
  }
  const withData = grids.find(hasText)
  if (!withData) throw new Error('Tệp không có trang tính nào có dữ liệu.')
  return findList(withData, fields, { widestIfUnnamed: true })
}

/**
 * What keeps a mapping from being checked, in Vietnamese (empty when none): the kind's required
 * fields without a column, and no column to find the member by.
 */
export function historyMappingProblems(kind: HistoryKind, mapping: ColumnMapping<HistoryField>): string[] {
  const problems: string[] = []
  const missing = missingRequired(mapping, HISTORY_FIELDS[kind])
  if (missing.length) problems.push(`Chưa chọn cột cho: ${missing.map((f) => f.label).join(', ')}.`)
  const identity = identityColumnsProblem(
    new Set(mapping.filter((k): k is keyof IdentityValues => IDENTITY_KEYS.includes(k as IdentityField)))
  )
  if (identity) problems.push(identity)
  return problems
}

/** The body rows as the domain reads them, through the clerk's mapping. */
export function historyRecords<V>(
  table: SheetTable,
  mapping: ColumnMapping<HistoryField>
): HistoryRecord<V>[] {
  return table.rows.map((r) => ({ rowNumber: r.rowNumber, values: mapRow(r, mapping) as V }))
}

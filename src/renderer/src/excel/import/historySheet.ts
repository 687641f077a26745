// History files → rows: past ratings (year, member, level decided) and Huy hiệu Đảng already
// awarded (member, milestone, date, decision number). Members are named the way the member list
// names them (same column aliases); the sheet is found and decoded as a member list is.
import type { PastRatingValues } from '@renderer/domain/history/pastRatings'
import type { PastBadgeValues } from '@renderer/domain/history/pastBadges'
import type { HistoryRecord } from '@renderer/domain/history/pastRatings'
import { MEMBER_IMPORT_FIELDS, decodeGrid } from './memberSheet'
import { findTable, mapRow, proposeMapping, readGrids, type FieldSpec, type SheetTable } from './sheetTable'

export type HistoryKind = 'ratings' | 'badges'
type IdentityField = 'fullName' | 'birthDate' | 'partyCardNumber' | 'idNumber'
export type RatingHistoryField = IdentityField | 'year' | 'rating'
export type BadgeHistoryField = IdentityField | 'milestone' | 'date' | 'decisionNumber'

const IDENTITY_KEYS: readonly string[] = ['fullName', 'birthDate', 'partyCardNumber', 'idNumber']
const IDENTITY = MEMBER_IMPORT_FIELDS.filter((f) => IDENTITY_KEYS.includes(f.key)).map(
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

export interface HistorySheet<V> {
  table: SheetTable
  records: HistoryRecord<V>[]
  /** Labels of the fields no column fills although the import needs them (empty when none). */
  missing: string[]
  /** "Cột trong tệp → trường" lines, shown so the clerk sees what was read. */
  mapped: { header: string; label: string }[]
}

async function readSheet<K extends string, V>(
  bytes: Uint8Array,
  fields: FieldSpec<K>[]
): Promise<HistorySheet<V>> {
  const grids = await readGrids(bytes)
  let lastError: unknown = null
  for (const raw of grids) {
    try {
      const table = findTable(decodeGrid(raw).grid, fields)
      const mapping = proposeMapping(table.headers, fields)
      const missing = fields.filter((f) => f.required && !mapping.includes(f.key)).map((f) => f.label)
      if (!mapping.some((k) => k !== null && IDENTITY_KEYS.includes(k)))
        missing.push('Số thẻ đảng viên, CCCD, hoặc Họ và tên với Ngày sinh')
      return {
        table,
        records: table.rows.map((r) => ({ rowNumber: r.rowNumber, values: mapRow(r, mapping) as V })),
        missing,
        mapped: mapping.flatMap((k, i) =>
          k ? [{ header: table.headers[i], label: fields.find((f) => f.key === k)!.label }] : []
        )
      }
    } catch (e) {
      lastError = e
    }
  }
  throw lastError ?? new Error('Tệp không có trang tính nào.')
}

export function readRatingHistory(bytes: Uint8Array): Promise<HistorySheet<PastRatingValues>> {
  return readSheet(bytes, RATING_HISTORY_FIELDS)
}

export function readBadgeHistory(bytes: Uint8Array): Promise<HistorySheet<PastBadgeValues>> {
  return readSheet(bytes, BADGE_HISTORY_FIELDS)
}

// "Nhập lịch sử" outside the screen: read a file of past ratings or of Huy hiệu Đảng already awarded
// with what its rows are checked against, check every row through the clerk's column mapping
// (nothing written), then write the rows the clerk confirms in ONE transaction, after a safety copy
// (docs/design.md §8).
import type ExcelJS from 'exceljs'
import { newId, nowIso } from '@renderer/domain/ids'
import { todayIso } from '@renderer/domain/dates'
import {
  analyzePastRatings,
  countOutcomes,
  type PastRatingContext,
  type PastRatingRow,
  type PastRatingValues
} from '@renderer/domain/history/pastRatings'
import {
  analyzePastBadges,
  type PastBadgeContext,
  type PastBadgeRow,
  type PastBadgeValues
} from '@renderer/domain/history/pastBadges'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { honoursRepository } from '@renderer/db/repositories/honoursRepository'
import {
  historyRecords,
  readHistorySheet,
  type HistoryField,
  type HistoryKind,
  type HistorySheet
} from '@renderer/excel/import/historySheet'
import type { ColumnMapping, SheetTable } from '@renderer/excel/import/sheetTable'
import { skippedRowsWorkbook } from '@renderer/excel/import/skippedRows'
import { autoBackup } from '@renderer/features/backup/autoBackup'
import { saidAfterPreview } from '@renderer/domain/staleRecord'

export type HistoryRow = PastRatingRow | PastBadgeRow

/** A file read and what its rows are checked against, read once: the preview follows the mapping. */
export type LoadedHistory = { sheet: HistorySheet } & (
  { kind: 'ratings'; context: PastRatingContext } | { kind: 'badges'; context: PastBadgeContext }
)

export interface HistoryPreview {
  kind: HistoryKind
  table: SheetTable
  rows: HistoryRow[]
}

export async function loadHistory(
  kind: HistoryKind,
  bytes: Uint8Array,
  signal?: AbortSignal
): Promise<LoadedHistory> {
  const sheet = await readHistorySheet(kind, bytes, signal)
  return withContext(kind, sheet)
}

/**
 * The same file checked against the database as it is now: after a write refused because another
 * window saved since the preview, the preview is made again from what is stored (the file is not read again).
 */
export async function refreshHistory(loaded: LoadedHistory): Promise<LoadedHistory> {
  return withContext(loaded.kind, loaded.sheet)
}

async function withContext(kind: HistoryKind, sheet: HistorySheet): Promise<LoadedHistory> {
  const base = { today: todayIso(), now: nowIso() }
  if (kind === 'ratings') {
    const [members, events, reviews, years] = await Promise.all([
      memberRepository.list(),
      memberRepository.allEvents(),
      reviewRepository.allMemberReviews(),
      reviewRepository.years()
    ])
    const lockedYears = new Set(years.filter((y) => y.finalized).map((y) => y.year))
    const asOfDates = new Map(years.map((y) => [y.year, y.asOfDate]))
    return { kind, sheet, context: { ...base, members, events, reviews, lockedYears, asOfDates } }
  }
  const [members, events, proposals] = await Promise.all([
    memberRepository.list(),
    memberRepository.allEvents(),
    honoursRepository.badges()
  ])
  return { kind, sheet, context: { ...base, members, events, proposals, newId } }
}

/** Every row checked through the clerk's mapping (nothing written). */
export function previewHistory(loaded: LoadedHistory, mapping: ColumnMapping<HistoryField>): HistoryPreview {
  const { table } = loaded.sheet
  const rows =
    loaded.kind === 'ratings'
      ? analyzePastRatings(historyRecords<PastRatingValues>(table, mapping), loaded.context)
      : analyzePastBadges(historyRecords<PastBadgeValues>(table, mapping), loaded.context)
  return { kind: loaded.kind, table, rows }
}

/**
 * Writes the preview's new rows in one transaction; returns how many. Each row carries the version
 * of what it was built from (the stored review; the member a badge is for): if another window saved
 * one since the preview, the whole file is refused (StaleRecordError), nothing written.
 */
export async function commitHistory(preview: HistoryPreview, fileName: string): Promise<number> {
  const chosen = preview.rows.filter((r) => r.outcome === 'new')
  if (!chosen.length) return 0
  // A safety copy first (desktop): if it cannot be written, nothing is imported.
  await autoBackup('import')
  if (preview.kind === 'ratings') {
    const rows = chosen as PastRatingRow[]
    const names = new Map(rows.map((r) => [r.member!.id, r.member!.fullName]))
    const seen = new Map(rows.map((r) => [r.review!.id, r.seen ?? null]))
    await reviewRepository
      .saveMemberReviews(
        rows.map((r) => r.review!),
        names,
        seen
      )
      .catch(saidAfterPreview)
  } else {
    const rows = chosen as PastBadgeRow[]
    // Badge events only: the member records the preview read are not written back.
    await memberRepository.importBadges({
      events: rows.map((r) => r.event!),
      seen: new Map(rows.map((r) => [r.member!.id, r.member!.updatedAt])),
      summary: `Nhập Huy hiệu Đảng đã trao từ Excel "${fileName}": ${rows.length} huy hiệu`
    })
  }
  return chosen.length
}

/**
 * What the import did, said after the write: how many written, and how many rows of the file were
 * not — problems (the clerk can still save them to send back) and rows already recorded so.
 */
export function historyDoneText(preview: HistoryPreview, written: number, fileName: string): string {
  const { same, problem } = countOutcomes(preview.rows)
  const what = preview.kind === 'ratings' ? 'kết quả xếp loại' : 'Huy hiệu Đảng'
  const left = [
    problem ? `${problem} dòng có vấn đề (lý do ở tệp “Lưu các dòng không nhập ra Excel”)` : '',
    same ? `${same} dòng đã có trong sổ` : ''
  ].filter(Boolean)
  return `Đã ghi ${written} ${what} từ tệp ${fileName}.${left.length ? ` Không ghi ${left.join(' và ')}.` : ''}`
}

/** The rows not written (problems), with the file's columns and the reason: an .xlsx to send back. */
export function skippedHistoryFile(preview: HistoryPreview): ExcelJS.Workbook {
  const byNumber = new Map(preview.table.rows.map((r) => [r.rowNumber, r.values]))
  return skippedRowsWorkbook(
    preview.table.headers,
    preview.rows
      .filter((r) => r.outcome === 'problem')
      .map((r) => ({
        rowNumber: r.rowNumber,
        values: byNumber.get(r.rowNumber) ?? [],
        reason: r.problems.join(' ')
      }))
  )
}

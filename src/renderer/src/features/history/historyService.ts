// "Nhập lịch sử" outside the screen: read a file of past ratings or of Huy hiệu Đảng already awarded,
// check every row against the database (nothing written), then write the rows the clerk confirms in
// ONE transaction, after a safety copy (docs/design.md §8).
import type ExcelJS from 'exceljs'
import { newId, nowIso } from '@renderer/domain/ids'
import { todayIso } from '@renderer/domain/dates'
import { analyzePastRatings, type PastRatingRow } from '@renderer/domain/history/pastRatings'
import { analyzePastBadges, awardedMilestones, type PastBadgeRow } from '@renderer/domain/history/pastBadges'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import {
  readBadgeHistory,
  readRatingHistory,
  type HistoryKind,
  type HistorySheet
} from '@renderer/excel/import/historySheet'
import { skippedRowsWorkbook } from '@renderer/excel/import/skippedRows'
import { autoBackup } from '@renderer/features/backup/autoBackup'

export type HistoryRow = PastRatingRow | PastBadgeRow

export interface HistoryPreview {
  kind: HistoryKind
  sheet: HistorySheet<unknown>
  rows: HistoryRow[]
}

export async function previewHistory(kind: HistoryKind, bytes: Uint8Array): Promise<HistoryPreview> {
  const today = todayIso()
  const now = nowIso()
  if (kind === 'ratings') {
    const sheet = await readRatingHistory(bytes)
    if (sheet.missing.length) return { kind, sheet, rows: [] }
    const [members, events, reviews, years] = await Promise.all([
      memberRepository.list(),
      memberRepository.allEvents(),
      reviewRepository.allMemberReviews(),
      reviewRepository.years()
    ])
    const lockedYears = new Set(years.filter((y) => y.finalized).map((y) => y.year))
    const rows = analyzePastRatings(sheet.records, { today, members, events, reviews, lockedYears, now })
    return { kind, sheet, rows }
  }
  const sheet = await readBadgeHistory(bytes)
  if (sheet.missing.length) return { kind, sheet, rows: [] }
  const [members, events] = await Promise.all([memberRepository.list(), memberRepository.allEvents()])
  const rows = analyzePastBadges(sheet.records, {
    today,
    members,
    awarded: awardedMilestones(events),
    newId,
    now
  })
  return { kind, sheet, rows }
}

/** Writes the preview's new rows in one transaction; returns how many. */
export async function commitHistory(preview: HistoryPreview, fileName: string): Promise<number> {
  const chosen = preview.rows.filter((r) => r.outcome === 'new')
  if (!chosen.length) return 0
  // A safety copy first (desktop): if it cannot be written, nothing is imported.
  await autoBackup('import')
  if (preview.kind === 'ratings') {
    const rows = chosen as PastRatingRow[]
    const names = new Map(rows.map((r) => [r.member!.id, r.member!.fullName]))
    await reviewRepository.saveMemberReviews(
      rows.map((r) => r.review!),
      names
    )
  } else {
    const rows = chosen as PastBadgeRow[]
    const members = [...new Map(rows.map((r) => [r.member!.id, r.member!])).values()]
    await memberRepository.importBatch({
      cells: [],
      members,
      events: rows.map((r) => r.event!),
      summary: `Nhập Huy hiệu Đảng đã trao từ Excel "${fileName}": ${rows.length} huy hiệu`
    })
  }
  return chosen.length
}

/** The rows not written (problems), with the file's columns and the reason: an .xlsx to send back. */
export function skippedHistoryFile(preview: HistoryPreview): ExcelJS.Workbook {
  const byNumber = new Map(preview.sheet.table.rows.map((r) => [r.rowNumber, r.values]))
  return skippedRowsWorkbook(
    preview.sheet.table.headers,
    preview.rows
      .filter((r) => r.outcome === 'problem')
      .map((r) => ({
        rowNumber: r.rowNumber,
        values: byNumber.get(r.rowNumber) ?? [],
        reason: r.problems.join(' ')
      }))
  )
}

// The "Nhập từ Excel" flow outside the screen: read the file, remember the column mapping per
// header layout, analyse rows in chunks (progress), and write the chosen rows in one transaction.
import type ExcelJS from 'exceljs'
import type { ImportPreview, ImportRecord, NewCellMeaning } from '@renderer/domain/members/importRows'
import { ImportAnalyzer, rowsToWrite } from '@renderer/domain/members/importRows'
import { newId, nowIso } from '@renderer/domain/ids'
import { awardedMilestones } from '@renderer/domain/honours/badges'
import { todayIso } from '@renderer/domain/dates'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { metaRepository } from '@renderer/db/repositories/metaRepository'
import {
  MEMBER_SHEET_FIELDS,
  readMemberSheet,
  toImportRecords,
  type MemberSheet,
  type MemberSheetField
} from '@renderer/excel/import/memberSheet'
import { restoreMapping, type ColumnMapping } from '@renderer/excel/import/sheetTable'
import { autoBackup } from '@renderer/features/backup/autoBackup'
import { skippedRowsWorkbook } from '@renderer/excel/import/skippedRows'

const MAPPING_KEY_PREFIX = 'import.members.mapping:'
const CHUNK = 500

export interface LoadedImport {
  sheet: MemberSheet
  mapping: ColumnMapping<MemberSheetField>
  /** True when the mapping is the one the clerk confirmed last time for this header layout. */
  remembered: boolean
}

export async function loadImportFile(bytes: Uint8Array, signal?: AbortSignal): Promise<LoadedImport> {
  const sheet = await readMemberSheet(bytes, signal)
  const saved = await metaRepository.get<unknown>(MAPPING_KEY_PREFIX + sheet.layoutKey)
  const restored = restoreMapping(saved, sheet.table.headers, MEMBER_SHEET_FIELDS)
  return { sheet, mapping: restored ?? sheet.proposed, remembered: !!restored }
}

export async function rememberMapping(
  layoutKey: string,
  mapping: ColumnMapping<MemberSheetField>
): Promise<void> {
  await metaRepository.set(MAPPING_KEY_PREFIX + layoutKey, mapping)
}

export function recordsOf(loaded: LoadedImport): ImportRecord[] {
  return toImportRecords(loaded.sheet.table, loaded.mapping)
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0))

/** Analyses rows against the database, a chunk at a time, reporting progress 0..1. */
export async function analyzeImport(
  records: readonly ImportRecord[],
  options: {
    createMissingCells: boolean
    /** What another cell means for a member already in the sổ (ImportContext.newCell). */
    newCell?: NewCellMeaning
    today?: string
    /** The workbook's date system (SheetTable.date1904). */
    date1904?: boolean
    onProgress?: (fraction: number) => void
  }
): Promise<ImportPreview> {
  // Badge milestones already awarded, and the history party age counts (is a badge dated after its
  // milestone could be reached?), are read only when the file has a "Huy hiệu Đảng" column.
  const withBadges = records.some((r) => r.values.badges !== undefined)
  const [existingMembers, cells, existingEventTypes, events] = await Promise.all([
    memberRepository.list(),
    cellRepository.list(),
    memberRepository.eventTypesByMember(),
    withBadges ? memberRepository.allEvents() : Promise.resolve([])
  ])
  const analyzer = new ImportAnalyzer({
    today: options.today ?? todayIso(),
    existingMembers,
    existingEventTypes,
    ...(withBadges
      ? { existingBadges: awardedMilestones(events), existingEvents: groupEventsByMember(events) }
      : {}),
    cells,
    createMissingCells: options.createMissingCells,
    newCell: options.newCell,
    date1904: options.date1904,
    newId,
    now: nowIso()
  })
  for (let i = 0; i < records.length; i += CHUNK) {
    analyzer.addRows(records.slice(i, i + CHUNK))
    options.onProgress?.(Math.min(1, (i + CHUNK) / Math.max(1, records.length)))
    if (records.length > CHUNK) await tick()
  }
  return analyzer.finish()
}

export interface CommitResult {
  created: number
  updated: number
  cellsCreated: number
}

/** Writes every chosen row (and the new cells they need) in ONE transaction. */
export async function commitImport(
  preview: ImportPreview,
  skipped: ReadonlySet<number>,
  fileName: string
): Promise<CommitResult> {
  const batch = rowsToWrite(preview, skipped)
  const chosen = preview.rows.filter((r) => r.outcome !== 'problem' && !skipped.has(r.rowNumber))
  const updated = chosen.filter((r) => r.outcome === 'update').length
  const result = {
    created: chosen.length - updated,
    updated,
    cellsCreated: batch.cells.length
  }
  // A safety copy first (desktop): if it cannot be written, nothing is imported (docs/design.md: never lose a record).
  await autoBackup('import')
  await memberRepository.importBatch({
    ...batch,
    summary: `Nhập từ Excel "${fileName}": ${result.created} đảng viên mới, ${result.updated} cập nhật, ${result.cellsCreated} chi bộ mới`
  })
  return result
}

/** The rows not written — problems, and rows the clerk unticked — as an .xlsx with the reason per row. */
export function skippedImportFile(
  loaded: LoadedImport,
  preview: ImportPreview,
  skipped: ReadonlySet<number>
): ExcelJS.Workbook {
  const byNumber = new Map(loaded.sheet.table.rows.map((r) => [r.rowNumber, r.values]))
  return skippedRowsWorkbook(
    loaded.sheet.table.headers,
    preview.rows
      .filter((r) => r.outcome === 'problem' || skipped.has(r.rowNumber))
      .map((r) => ({
        rowNumber: r.rowNumber,
        values: byNumber.get(r.rowNumber) ?? [],
        reason: r.outcome === 'problem' ? r.problems.join(' ') : 'Bỏ dấu “Ghi” khi xem trước.'
      }))
  )
}

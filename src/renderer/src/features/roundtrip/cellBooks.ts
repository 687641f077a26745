// "Gửi – nhận sổ chi bộ" outside the screen: make the chosen cells' books for a period (one .xlsx,
// or one .zip of them for several cells), read a batch of returned books into one preview, and
// write the confirmed part in one transaction after a safety copy.
import JSZip from 'jszip'
import { todayIso } from '@renderer/domain/dates'
import { newId, nowIso } from '@renderer/domain/ids'
import { saidAfterPreview } from '@renderer/domain/staleRecord'
import {
  periodKey,
  periodLabel,
  planBatch,
  type BookPlan,
  type Period,
  type ReadOutcome
} from '@renderer/domain/roundtrip'
import { cellBookRepository, type CellBookWrite } from '@renderer/db/repositories/cellBookRepository'
import { settingsRepository } from '@renderer/db/repositories/settingsRepository'
import { cellBookBytes, cellBookFileName, readCellBook, skippedBookBytes } from '@renderer/excel/roundtrip'
import { platform } from '@renderer/platform'
import { autoBackup } from '../backup/autoBackup'
import { saveExport, XLSX_FILTER } from '../common/saveWorkbook'
import { batchContext, bookContent, loadSources } from './cellBookSources'

const ZIP = [{ name: 'Tệp nén ZIP', extensions: ['zip'] }]
/** A returned book is a few hundred kB at most; anything far larger is not one. */
const MAX_BOOK_BYTES = 20 * 1024 * 1024
/**
 * Files worked on at once. exceljs zips and unzips through JSZip, which yields to the event loop
 * between chunks; in a browser those yields are clamped timers, so one file at a time spends most
 * of its time waiting. A few at once keep the CPU busy and the progress bar moving.
 */
const AT_ONCE = 8

/** Maps items a few at a time, in order, reporting progress after each group. */
async function inGroups<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  onProgress?: Progress
): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += AT_ONCE) {
    out.push(...(await Promise.all(items.slice(i, i + AT_ONCE).map(work))))
    onProgress?.(out.length, items.length)
  }
  return out
}

export type Progress = (done: number, total: number) => void

export interface MadeBooks {
  name: string
  bytes: Uint8Array
  count: number
}

/** The books of the chosen cells: one .xlsx for one cell, a .zip of one .xlsx per cell otherwise. */
export async function makeBooks(
  cellIds: readonly string[],
  period: Period,
  onProgress?: Progress
): Promise<MadeBooks> {
  const [sources, settings] = await Promise.all([loadSources(period), settingsRepository.get()])
  const wanted = new Set(cellIds)
  const cells = sources.cells.filter((c) => wanted.has(c.id))
  if (!cells.length) throw new Error('Chưa chọn chi bộ nào.')
  const madeOn = todayIso()
  const files = await inGroups(
    cells,
    async (cell) => {
      const content = bookContent(sources, cell, madeOn, settings.issuingBody)
      return { name: cellBookFileName(content), bytes: await cellBookBytes(content) }
    },
    onProgress
  )
  if (files.length === 1) return { ...files[0], count: 1 }
  const zip = new JSZip()
  for (const f of files) zip.file(f.name, f.bytes)
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
  return { name: `So-chi-bo_${periodKey(period)}.zip`, bytes, count: files.length }
}

/** The books name every member of their cells: saved like any export, and logged. */
export function saveBooks(made: MadeBooks, period: Period): Promise<string | null> {
  const zip = made.name.endsWith('.zip')
  return saveExport(
    made.bytes,
    made.name,
    {
      entity: 'meetings',
      what: `sổ chi bộ ${periodLabel(period).toLocaleLowerCase('vi')} của ${made.count} chi bộ`
    },
    zip ? ZIP : XLSX_FILTER
  )
}

export async function pickReturnedBooks(): Promise<{ name: string; bytes: Uint8Array }[] | null> {
  return platform.openFiles(XLSX_FILTER, MAX_BOOK_BYTES)
}

/** Reads every returned file (identity and input cells; nothing judged yet). */
export function readReturnedBooks(
  files: readonly { name: string; bytes: Uint8Array }[],
  onProgress?: Progress
): Promise<ReadOutcome[]> {
  return inGroups(files, (f) => readCellBook(f.bytes, f.name), onProgress)
}

/** Reads every file and plans the batch against the database as it is now. */
export async function planReturnedBooks(
  files: readonly { name: string; bytes: Uint8Array }[],
  cellIds: readonly string[],
  period: Period,
  onProgress?: Progress
): Promise<BookPlan[]> {
  const read = await readReturnedBooks(files, onProgress)
  const sources = await loadSources(period)
  return planBatch(read, batchContext(sources, cellIds, newId, nowIso()))
}

export interface CommitResult {
  cells: number
  meetingsAdded: number
  meetingsChanged: number
  reviews: number
}

/**
 * A safety copy first (desktop), then every cell's changes in ONE transaction, refused whole
 * (StaleRecordError, said after the preview) when a meeting or rating it replaces was saved elsewhere since the preview,
 * or a meeting it adds was written there meanwhile (same cell, date and type).
 */
export async function commitPlans(plans: readonly BookPlan[], period: Period): Promise<CommitResult> {
  const writes: CellBookWrite[] = plans
    .filter((p) => p.cellId && (p.meetings.length || p.reviews.length))
    .map((p) => ({
      cellId: p.cellId!,
      summary: `Nhập sổ chi bộ ${p.cellName}, ${periodLabel(period)} (tệp “${p.fileName}”): ${p.counts.meetingsAdded} buổi mới, ${p.counts.meetingsChanged} buổi sửa, ${p.counts.reviews} xếp loại${meetingLines(p)}`,
      meetings: p.meetings.map(({ meeting, marks, seen }) => ({ meeting, marks, seen })),
      reviews: p.reviews,
      reviewsSeen: p.reviewsSeen,
      names: new Map([...p.reviewLines].map(([memberId, l]) => [memberId, l.name]))
    }))
  if (!writes.length) throw new Error('Không có gì để nhập.')
  await autoBackup('import')
  await cellBookRepository.importBatch(writes).catch(saidAfterPreview)
  return {
    cells: writes.length,
    meetingsAdded: plans.reduce((t, p) => t + p.counts.meetingsAdded, 0),
    meetingsChanged: plans.reduce((t, p) => t + p.counts.meetingsChanged, 0),
    reviews: plans.reduce((t, p) => t + p.counts.reviews, 0)
  }
}

/**
 * The meetings' change lines (before → after), for the cell's audit line: each review the book
 * changes has its own line (reviewRepository), the meetings only this one.
 */
function meetingLines(p: BookPlan): string {
  const reviews = new Set([...p.reviewLines.values()].map((l) => l.line))
  const lines = p.changes.filter((c) => !reviews.has(c))
  return lines.length ? `. ${lines.join('. ')}` : ''
}

/** "Những phần chưa nhập" as a spreadsheet to send back to the cells. */
export async function saveSkipped(plans: readonly BookPlan[], period: Period): Promise<string | null> {
  const bytes = await skippedBookBytes(await settingsRepository.get(), period, plans)
  return saveExport(bytes, `Chua-nhap_So-chi-bo_${periodKey(period)}.xlsx`, {
    entity: 'meetings',
    what: `phần chưa nhập của sổ chi bộ ${periodLabel(period).toLocaleLowerCase('vi')}`
  })
}

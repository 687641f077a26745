// The cell round trip at ward scale: the 200 cells' year books made, and 200 returned books imported
// (read, planned against the database, written in one transaction), each beside plain exceljs
// writing or reading the same cells.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { todayIso, yearOf } from '@renderer/domain/dates'
import type { Period } from '@renderer/domain/roundtrip'
import { workbookToBytes } from '@renderer/excel/workbookIo'
import { newId } from '@renderer/domain/ids'
import { planBatch } from '@renderer/domain/roundtrip'
import { commitPlans, makeBooks, readReturnedBooks } from '@renderer/features/roundtrip/cellBooks'
import { batchContext, loadSources } from '@renderer/features/roundtrip/cellBookSources'
import { alternate, time, type Samples } from './timing'
import { sheetValues, writePlain } from './plainExcel'

/** The last finished year: its books hold a year of meetings and the rating sheet. */
const lastYear = (): Period => ({ kind: 'year', year: yearOf(todayIso()) - 1, index: 0 })

async function activeCellIds(): Promise<string[]> {
  return (await cellRepository.list()).filter((c) => c.status === 'active').map((c) => c.id)
}

async function unzip(bytes: Uint8Array): Promise<{ name: string; bytes: Uint8Array }[]> {
  const zip = await JSZip.loadAsync(bytes)
  return Promise.all(
    Object.keys(zip.files).map(async (name) => ({ name, bytes: await zip.file(name)!.async('uint8array') }))
  )
}

export async function cellBooksMake(runs: number): Promise<Samples> {
  const period = lastYear()
  const ids = await activeCellIds()
  let made = await makeBooks(ids, period)
  const books = await unzip(made.bytes)
  const values = await Promise.all(books.map((b) => sheetValues(b.bytes)))
  const s = await alternate(
    runs,
    () => time(async () => (made = await makeBooks(ids, period))),
    () => time(async () => Promise.all(values.map((v) => writePlain(v))))
  )
  s.extra = { books: books.length, zipKB: Math.round(made.bytes.length / 1024) }
  return s
}

/** A secretary's return: an extraordinary meeting on 30 December, everyone present; a score for each member to rate. */
async function fillAsSecretary(bytes: Uint8Array, year: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  const reg = wb.getWorksheet('Sổ sinh hoạt')!
  let r = 8
  while (reg.getCell(r, 2).value !== null) r++
  reg.getCell(r, 2).value = new Date(Date.UTC(year, 11, 30))
  reg.getCell(r, 3).value = 'Bất thường'
  reg.getCell(r, 4).value = 'Kiểm điểm cuối năm'
  for (let c = 8; reg.getCell(7, c).text; c++) reg.getCell(r, c).value = 'C'
  const rating = wb.getWorksheet('Xếp loại đảng viên')
  if (rating)
    for (let row = 7; rating.getCell(row, 2).text; row++)
      if (!rating.getCell(row, 3).text) rating.getCell(row, 4).value = 77.5
  return workbookToBytes(wb)
}

export async function cellBooksImport(runs: number): Promise<Samples> {
  const period = lastYear()
  const ids = await activeCellIds()
  const books = await unzip((await makeBooks(ids, period)).bytes)
  const returned = await Promise.all(
    books.map(async (b) => ({ name: b.name, bytes: await fillAsSecretary(b.bytes, period.year) }))
  )
  const reviewsBefore = await reviewRepository.memberReviews(period.year)
  // The sample ward's last year is locked; unlocked for the runs so the ratings are written too.
  const locked = !!(await reviewRepository.year(period.year))?.finalized
  if (locked) await reviewRepository.unfinalize(period.year, 'Benchmark')
  let counts = { meetings: 0, reviews: 0, problems: 0 }
  let phases = {}
  const s = await alternate(
    runs,
    async () => {
      let added: string[] = []
      const ms = await time(async () => {
        // The steps of planReturnedBooks, timed apart: reading the files, checking them, writing.
        const t0 = performance.now()
        const read = await readReturnedBooks(returned)
        const t1 = performance.now()
        const sources = await loadSources(period)
        const plans = planBatch(read, batchContext(sources, ids, newId, new Date().toISOString()))
        const t2 = performance.now()
        const result = await commitPlans(plans, period)
        phases = {
          readMs: Math.round(t1 - t0),
          planMs: Math.round(t2 - t1),
          writeMs: Math.round(performance.now() - t2)
        }
        added = plans.flatMap((p) => p.meetings.filter((m) => m.isNew).map((m) => m.meeting.id))
        counts = {
          meetings: result.meetingsAdded,
          reviews: result.reviews,
          problems: plans.reduce((t, p) => t + p.problems.length, 0)
        }
      })
      // Put the database back as it was (not timed), so every run imports the same changes.
      for (const id of added) await meetingRepository.remove(id)
      await reviewRepository.bulkSave(reviewsBefore)
      return ms
    },
    () => time(async () => Promise.all(returned.map((b) => sheetValues(b.bytes))))
  )
  if (locked) await reviewRepository.finalize(period.year)
  s.extra = { books: returned.length, ...counts, ...phases }
  return s
}

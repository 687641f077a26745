// The benchmark's measurements, run inside the web build (bench.html) through the app's own code,
// each beside a raw baseline doing the same work the plainest way (a JS filter, Dexie directly,
// exceljs without layout). Timings only; the runner takes medians and compares with the targets.
import ExcelJS from 'exceljs'
import { getDb, setDb, SoChiBoDatabase } from '@renderer/db/database'
import { TABLE_NAMES } from '@renderer/db/schema'
import { ATTENDANCE_BOOKS, type MeetingBook } from '@renderer/db/books'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { settingsRepository } from '@renderer/db/repositories/settingsRepository'
import { todayIso, yearOf } from '@renderer/domain/dates'
import { foldForSearch } from '@renderer/domain/names'
import { filterMembers, sortMembers } from '@renderer/domain/members/filter'
import { complianceGrid } from '@renderer/domain/meetings/compliance'
import { toSheet } from '@renderer/domain/meetings/attendanceSheet'
import { openYear } from '@renderer/domain/reviews/openYear'
import { checkCells, checkMembers, type CheckContext } from '@renderer/domain/reviews/checks'
import { importRows, rowsToWrite } from '@renderer/domain/members/importRows'
import type { AttendanceMark, Meeting, Member, MemberReview } from '@renderer/domain/entities'
import { guestStaysOn } from '@renderer/domain/memberState'
import { buildMemberListWorkbook, DEFAULT_MEMBER_LIST_COLUMNS } from '@renderer/excel/reports/memberList'
import { workbookToBytes } from '@renderer/excel/partyDocument'
import { MEMBER_IMPORT_FIELDS, readMemberSheet, toImportRecords } from '@renderer/excel/import/memberSheet'
import { yearEndPackBytes } from '@renderer/features/reports/reviewReports'
import { createBackup, inspectBackup, restoreBackup } from '@renderer/features/backup/backupService'
import { backupRecordProblems } from '@renderer/db/backupRecords'
import { rowsOfExport } from '@renderer/db/backupStore'
import { alternate, compare, settle, time, type Samples } from './timing'
import { readPlain, sheetValues, writePlain } from './plainExcel'
import { cellBooksImport, cellBooksMake } from './roundtripMeasures'

const today = () => todayIso()
/** The last finished review year (the current one is still in progress). */
const reviewYear = () => yearOf(today()) - 1

// ——— Search ———

/**
 * Keystrokes of a clerk typing a name, then a card number. scripts/bench.mjs types the same ones
 * into the member list (through `window.__bench.searchQueries`).
 */
export const SEARCH_QUERIES: readonly string[] = [
  'n',
  'ng',
  'ngu',
  'nguy',
  'nguyen',
  'nguyen t',
  'nguyen th',
  'nguyen thi',
  'nguyen thi h',
  'nguyen thi hu',
  'l',
  'la',
  'lan',
  '03',
  '038'
]

export async function search(runs: number): Promise<Samples> {
  const members = sortMembers(await memberRepository.list())
  const texts = members.map((m) => m.searchText)
  const on = today()
  // A search keystroke: no party-age group is picked, so no party ages are read.
  const noPartyAges = new Map<string, number>()
  let matched = 0
  const s = await alternate(
    runs,
    (i) =>
      time(
        () =>
          (matched = filterMembers(
            members,
            { query: SEARCH_QUERIES[i % SEARCH_QUERIES.length], status: 'all' },
            on,
            noPartyAges
          ).length)
      ),
    (i) => {
      const q = foldForSearch(SEARCH_QUERIES[i % SEARCH_QUERIES.length])
      return time(() => texts.filter((t) => t.includes(q)).length)
    }
  )
  s.extra = { members: members.length, lastMatched: matched }
  return s
}

// ——— Reviews ———

function checkContext(o: ReturnType<typeof openYear>): CheckContext {
  const names = new Map(o.cells.map((c) => [c.id, c.name]))
  return { params: o.params, sources: o.sources, cellName: (id) => names.get(id) ?? '' }
}

/** Open a finished year: read, build every subject, run the checks the screen shows. */
export async function openReview(runs: number): Promise<Samples> {
  const year = reviewYear()
  const db = getDb()
  let subjects = 0
  const s = await compare(
    runs,
    async () => {
      const o = openYear(await reviewRepository.loadYear(year))
      const ctx = checkContext(o)
      checkMembers(o.subjects, o.memberReviews, ctx)
      checkCells(o.cells, o.cellReviews, o.subjects, o.memberReviews, o, ctx)
      subjects = o.subjects.length
    },
    () =>
      Promise.all([
        db.members.toArray(),
        db.timelineBooks.toArray(),
        db.cells.toArray(),
        db.memberReviewBooks.where('year').equals(year).toArray(),
        db.cellReviews.where('year').equals(year).toArray()
      ])
  )
  s.extra = { year, subjects }
  return s
}

/** One rating changed, every check recomputed (what the review screen does after an edit). */
export async function checksAfterEdit(runs: number): Promise<Samples> {
  const o = openYear(await reviewRepository.loadYear(reviewYear()))
  const ctx = checkContext(o)
  const reviews = new Map(o.memberReviews) as Map<string, MemberReview>
  const ids = [...reviews.keys()]
  return alternate(
    runs,
    (i) => {
      const id = ids[(i * 7919) % ids.length]
      const r = reviews.get(id)!
      reviews.set(id, { ...r, decision: r.decision === 'excellent' ? 'good' : 'excellent' })
      return time(() => {
        checkMembers(o.subjects, reviews, ctx)
        checkCells(o.cells, o.cellReviews, o.subjects, reviews, o, ctx)
      })
    },
    () =>
      time(() => {
        // The least any check must do: one pass counting ratings per cell.
        const perCell = new Map<string, number[]>()
        for (const r of reviews.values()) {
          let c = perCell.get(r.cellId)
          if (!c) perCell.set(r.cellId, (c = [0, 0, 0, 0]))
          c[r.decision === 'excellent' ? 0 : r.decision === 'good' ? 1 : r.decision === 'complete' ? 2 : 3]++
        }
        return perCell.size
      })
  )
}

// ——— Meetings ———

/** The baseline's one pass over meeting books: the months each cell met in. */
function heldMonths(books: MeetingBook[]): number {
  const held = new Set<string>()
  for (const b of books) for (const m of b.meetings) held.add(`${b.cellId}:${m.date.slice(0, 7)}`)
  return held.size
}

/** The compliance grid of every cell for every year on record (200 cells × 10 years at L). */
export async function compliance(runs: number): Promise<Samples> {
  const years = (await reviewRepository.years()).map((y) => y.year)
  const on = today()
  const db = getDb()
  let cells = 0
  const s = await compare(
    runs,
    async () => {
      for (const year of years) {
        const input = await meetingRepository.complianceInputs(year)
        cells = complianceGrid(input.meetings, input.cells, year, input.params, on).length
      }
    },
    async () => heldMonths(await db.meetingBooks.toArray())
  )
  s.extra = { years: years.length, cells }
  return s
}

/** The grid the meetings screen opens: this year's 200 cells, in a database of 10 years of meetings. */
export async function complianceYear(runs: number): Promise<Samples> {
  const year = yearOf(today())
  const on = today()
  const db = getDb()
  const s = await compare(
    runs,
    async () => {
      const input = await meetingRepository.complianceInputs(year)
      complianceGrid(input.meetings, input.cells, year, input.params, on)
    },
    async () => heldMonths(await db.meetingBooks.where('year').equals(year).toArray())
  )
  s.extra = { year }
  return s
}

/** "Ghi sinh hoạt" saved with 100 attendance marks. */
export async function meetingSave(runs: number): Promise<Samples> {
  const cells = await cellRepository.list()
  const cell = cells[0]
  const members = (await memberRepository.listActive()).slice(0, 100)
  const db = getDb()
  const stamp = new Date().toISOString()
  const meetingOf = (id: string): Meeting => ({
    id,
    cellId: cell.id,
    type: 'regular',
    date: today(),
    startTime: '19:30',
    endTime: '21:15',
    guests: [],
    presentations: [],
    attachments: [],
    createdAt: stamp,
    updatedAt: stamp
  })
  const marksOf = (meetingId: string): AttendanceMark[] =>
    members.map((m, k) => ({
      id: `${meetingId}:${m.id}`,
      meetingId,
      memberId: m.id,
      cellId: cell.id,
      date: today(),
      status: k % 20 === 0 ? 'excused' : 'present'
    }))
  return alternate(
    runs,
    async (i) => {
      const id = `bench-meeting-${i}`
      const meeting = meetingOf(id)
      const marks = marksOf(id)
      const ms = await time(() => meetingRepository.save({ meeting, marks, tasks: [] }))
      await meetingRepository.remove(id)
      return ms
    },
    // Raw: the least a save stores for the marks since schema v3 — ONE attendance book row holding
    // the 100-mark sheet (the app's save also rewrites the cell's other sheets of the year).
    async (i) => {
      const id = `bench-raw-${i}`
      const book = ATTENDANCE_BOOKS.build(`bench-raw|${i}`, [toSheet(meetingOf(id), marksOf(id))])
      const ms = await time(() => db.attendanceBooks.put(book))
      await db.attendanceBooks.delete(book.key)
      return ms
    }
  )
}

// ——— Exports ———

async function memberListBytes(members: Member[]): Promise<Uint8Array> {
  const settings = await settingsRepository.get()
  const cells = await cellRepository.list()
  // As the app's export does (loadGuests): the status column says who only stays here.
  const guests = guestStaysOn(members, await memberRepository.temporaryStays(), today())
  return workbookToBytes(
    buildMemberListWorkbook(settings, {
      members,
      cells,
      columns: DEFAULT_MEMBER_LIST_COLUMNS,
      cellId: null,
      asOf: today(),
      guests
    })
  )
}

export async function exportMembers(runs: number): Promise<Samples> {
  const members = sortMembers(await memberRepository.list())
  let bytes: Uint8Array = new Uint8Array()
  const first = await memberListBytes(members)
  const values = await sheetValues(first)
  const s = await compare(
    runs,
    async () => (bytes = await memberListBytes(members)),
    () => writePlain(values)
  )
  s.extra = { rows: members.length, kB: Math.round(bytes.length / 1024) }
  return s
}

export async function yearEndPack(runs: number): Promise<Samples> {
  const year = reviewYear()
  const settings = await settingsRepository.get()
  const first = await yearEndPackBytes(settings, year)
  const values = await sheetValues(first)
  let bytes = first
  const s = await compare(
    runs,
    async () => (bytes = await yearEndPackBytes(settings, year)),
    () => writePlain(values)
  )
  s.extra = {
    year,
    sheets: values.length,
    rows: values.reduce((n, v) => n + v.rows.length, 0),
    kB: Math.round(bytes.length / 1024)
  }
  return s
}

// ——— Import ———

const IMPORT_KEYS = [
  'fullName',
  'gender',
  'birthDate',
  'idNumber',
  'partyCardNumber',
  'admissionDate',
  'officialDate',
  'cellName',
  'occupation',
  'theoryLevel'
] as const

function excelDate(iso: string | null | undefined): Date | string {
  if (!iso) return ''
  if (iso.length === 4) return iso
  return new Date(`${iso}T00:00:00Z`)
}

/** A clerk's 10,000-row member list: one header row, typed dates, IDs as text. */
async function importFile(members: Member[], cellNames: Map<string, string>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Danh sách')
  const label = (k: string) => MEMBER_IMPORT_FIELDS.find((f) => f.key === k)?.label ?? k
  ws.addRow(IMPORT_KEYS.map(label))
  for (const m of members) {
    ws.addRow([
      m.fullName,
      m.gender === 'female' ? 'Nữ' : 'Nam',
      excelDate(m.birthDate),
      m.idNumber ?? '',
      m.partyCardNumber ?? '',
      excelDate(m.admissionDate),
      excelDate(m.officialDate),
      cellNames.get(m.cellId) ?? '',
      m.occupation ?? '',
      ''
    ])
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

async function withScratchDb<T>(name: string, fn: (db: SoChiBoDatabase) => Promise<T>): Promise<T> {
  const main = getDb()
  const scratch = new SoChiBoDatabase(name)
  await scratch.open()
  setDb(scratch)
  try {
    return await fn(scratch)
  } finally {
    // setDb closes the scratch database; it is then deleted (not timed).
    setDb(main)
    await scratch.delete()
  }
}

export async function import10k(runs: number): Promise<Samples> {
  const members = (await memberRepository.list()).slice(0, 10000)
  const cells = await cellRepository.list()
  const bytes = await importFile(members, new Map(cells.map((c) => [c.id, c.name])))
  let written: Member[] = []
  let problems = 0
  let counter = 0
  // Where the app's time goes, summed over the runs (read, rows, write), for docs/bench.md.
  const stages = { readMs: 0, rowsMs: 0, writeMs: 0, rawReadMs: 0, rawWriteMs: 0 }
  const s = await alternate(
    runs,
    (i) =>
      withScratchDb(`bench-import-${i}`, () =>
        time(async () => {
          const t0 = performance.now()
          const sheet = await readMemberSheet(bytes)
          const t1 = performance.now()
          const records = toImportRecords(sheet.table, sheet.proposed)
          const now = new Date().toISOString()
          const preview = importRows(records, {
            today: today(),
            existingMembers: [],
            cells: [],
            createMissingCells: true,
            newId: () => `bench-${++counter}`,
            now
          })
          problems = preview.counts.problem
          const w = rowsToWrite(preview, new Set())
          written = w.members
          const t2 = performance.now()
          await memberRepository.importBatch({
            cells: w.cells,
            members: w.members,
            events: w.events,
            summary: 'Benchmark'
          })
          stages.readMs += t1 - t0
          stages.rowsMs += t2 - t1
          stages.writeMs += performance.now() - t2
        })
      ),
    (i) =>
      withScratchDb(`bench-import-raw-${i}`, (db) =>
        time(async () => {
          const t0 = performance.now()
          const rows = await readPlain(bytes)
          const records = rows.slice(1).map((r) => Object.fromEntries(IMPORT_KEYS.map((k, j) => [k, r[j]])))
          if (records.length !== written.length + problems) throw new Error(`read ${records.length} rows`)
          const t1 = performance.now()
          await db.members.bulkAdd(written)
          stages.rawReadMs += t1 - t0
          stages.rawWriteMs += performance.now() - t1
        })
      )
  )
  s.extra = {
    rows: members.length,
    imported: written.length,
    problems,
    kB: Math.round(bytes.length / 1024),
    ...Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v / runs)]))
  }
  return s
}

// ——— Backup and restore ———

async function gzipJson(value: unknown): Promise<Uint8Array> {
  const stream = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}
async function gunzipJson(bytes: Uint8Array): Promise<Record<string, unknown[]>> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))
  return JSON.parse(await new Response(stream).text()) as Record<string, unknown[]>
}

let lastBackup: Uint8Array | null = null
let lastRaw: Uint8Array | null = null

export async function backup(runs: number): Promise<Samples> {
  const db = getDb()
  const s = await compare(
    runs,
    async () => (lastBackup = (await createBackup()).bytes),
    async () => {
      const all: Record<string, unknown[]> = {}
      for (const name of TABLE_NAMES) all[name] = await db.table(name).toArray()
      lastRaw = await gzipJson(all)
    }
  )
  s.extra = {
    MB: Number(((lastBackup?.length ?? 0) / 1048576).toFixed(1)),
    rawMB: Number(((lastRaw?.length ?? 0) / 1048576).toFixed(1))
  }
  return s
}

export async function restore(runs: number, baselineRuns = runs): Promise<Samples> {
  if (!lastBackup || !lastRaw) await backup(1)
  const bytes = lastBackup!
  const raw = lastRaw!
  const s = await alternate(
    runs,
    // The safety copy taken before a restore is a backup (measured above), not counted twice.
    () => time(() => restoreBackup(bytes, undefined, { safetyBackup: async () => {} })),
    async (i) => {
      const scratch = new SoChiBoDatabase(`bench-restore-raw-${i}`)
      await scratch.open()
      const ms = await time(async () => {
        const all = await gunzipJson(raw)
        await scratch.transaction('rw', scratch.tables, async () => {
          for (const name of TABLE_NAMES) {
            await scratch.table(name).clear()
            await scratch.table(name).bulkAdd(all[name])
          }
        })
      })
      scratch.close()
      await scratch.delete()
      await settle()
      return ms
    },
    baselineRuns
  )
  // What the restore put back: members, sheets, and the marks inside the sheets (schema v3 books).
  const db = getDb()
  let sheetsAfter = 0
  let marksAfter = 0
  await db.attendanceBooks.each((book) => {
    for (const sheet of ATTENDANCE_BOOKS.itemsOf(book)) {
      sheetsAfter++
      marksAfter += sheet.marks.length
    }
  })
  const rows = await Promise.all(TABLE_NAMES.map((name) => db.table(name).count()))
  // The part of the restore that checks every record's shape (inside the figure above).
  const inspected = await inspectBackup(bytes)
  let problems = 0
  const recordCheckMs = await time(async () => {
    problems = backupRecordProblems(rowsOfExport(inspected.data!)).count
  })
  s.extra = {
    membersAfter: await db.members.count(),
    sheetsAfter,
    attendanceAfter: marksAfter,
    rowsWritten: rows.reduce((a, b) => a + b, 0),
    recordCheckMs: Math.round(recordCheckMs),
    recordProblems: problems
  }
  return s
}

export const MEASURES = {
  search,
  openReview,
  checksAfterEdit,
  compliance,
  complianceYear,
  meetingSave,
  exportMembers,
  yearEndPack,
  import10k,
  cellBooksMake,
  cellBooksImport,
  backup,
  restore
} as const

export type MeasureName = keyof typeof MEASURES

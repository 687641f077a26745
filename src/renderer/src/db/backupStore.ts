// The Dexie side of backups: export the whole database, replace it from an export in ONE
// transaction (written into a new database generation, activeDatabase.ts), count rows.
// Serialisation is dexie-export-import's (exportDB / importInto); this file only decides the
// transaction, the upgrade of older exports and what a restore must keep.
import Dexie from 'dexie'
import type { ImportOptions } from 'dexie-export-import'
import type { MetaEntry } from '@renderer/domain/entities'
import type { DatabaseExport } from '@renderer/domain/backup/exportData'
import type { IntegrityData } from '@renderer/domain/integrity'
import { nowIso } from '@renderer/domain/ids'
import { toMarks } from '@renderer/domain/meetings/attendanceSheet'
import { DEVICE_META_KEYS, META_KEYS } from '@renderer/domain/backup/metaKeys'
import { SoChiBoDatabase, getDb, setDb } from './database'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  MEMBER_REVIEW_BOOKS,
  TASK_LISTS,
  TIMELINES,
  allItems,
  bookKeyPath,
  countRecordsIn,
  recordsInRow
} from './books'
import { SCHEMA_VERSIONS, TABLE_NAMES, tablesOf, type SchemaVersion } from './schema'
import { UPGRADES, type UpgradeMap } from './upgrades'
import { markWritesPlain } from './plainValues'
import { databaseNames, nextGenerationName } from './activeDatabase'
import { appendAudit, type AuditInput } from './repositories/auditRepository'
import { refuseMisshapenRecords, type TableRows } from './backupRecords'

/**
 * dexie-export-import, loaded on first use (it is only needed for backups). The library reads
 * `self` at load time and, after every export, frees memory through a FileReader. Node (tests,
 * `npm run bench`) has neither: `self` is pointed at globalThis and a minimal FileReader over
 * Blob.arrayBuffer() is provided. Browsers and Electron have both; nothing changes there.
 */
async function library() {
  const g = globalThis as { self?: unknown; FileReader?: unknown }
  if (typeof g.self === 'undefined') g.self = globalThis
  if (typeof g.FileReader === 'undefined') g.FileReader = NodeFileReader
  return import('dexie-export-import')
}

class NodeFileReader {
  onload: ((ev: { target: { result: ArrayBuffer } }) => void) | null = null
  onerror: ((ev: { target: { error: unknown } }) => void) | null = null
  onabort: (() => void) | null = null
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (result) => this.onload?.({ target: { result } }),
      (error: unknown) => this.onerror?.({ target: { error } })
    )
  }
}

/**
 * Row counts from the head of an export: `{"formatName":…,"data":{…,"tables":[{name,schema,rowCount}…],"data":[`.
 * Read from the export itself (not counted separately) so they describe exactly what it holds.
 */
async function exportHead(
  json: Blob
): Promise<{ tables: { name: string; rowCount: number }[]; databaseVersion: number }> {
  const head = await json.slice(0, 64 * 1024).text()
  const start = head.indexOf('"tables":')
  const end = head.indexOf(',"data":[', start)
  const version = /"databaseVersion":(\d+)/.exec(head)
  if (start < 0 || end < 0 || !version) throw new Error('Unexpected export layout')
  return {
    tables: JSON.parse(head.slice(start + '"tables":'.length, end)),
    databaseVersion: Number(version[1])
  }
}

/** Rows per read while exporting: large chunks are faster, 10,000 rows stay small in memory. */
const ROWS_PER_CHUNK = 10_000

export type TableCounts = Record<string, number>

export { recordsInRow }

export interface DatabaseSnapshot {
  /** dexie-export-import's JSON, as a Blob of many slices (never one huge string). */
  json: Blob
  /** Rows per table in this snapshot. */
  counts: TableCounts
  schemaVersion: number
}

/**
 * Reads every table in one read transaction (a consistent snapshot) into dexie-export-import's
 * JSON. The counts come from the export's own head, so they describe exactly what it holds.
 * (Device keys go in without their values: withoutDeviceValue.)
 */
/**
 * A book row goes into the file as `{ <its key>, json: "<the book as JSON>" }`. dexie-export-import
 * passes every row through Typeson, which walks each value to find types JSON lacks (Date, Blob, …);
 * a book holds hundreds of records, and walking the ward's ≈ 2,000,000 values cost seconds. Book
 * records are JSON data by construction (strings, numbers, booleans, null; no undefined: see
 * plainValues.ts), so native JSON carries them exactly. `openBookRows` turns them back on restore.
 */
function bookAsJson(table: string, value: unknown): { value: unknown } {
  const keyPath = bookKeyPath(table)
  if (!keyPath) return { value: table === 'meta' ? withoutDeviceValue(value as MetaEntry) : value }
  return { value: { [keyPath]: (value as Record<string, unknown>)[keyPath], json: JSON.stringify(value) } }
}

/**
 * This PC's own keys go into a file without their values: the app lock's salted hash must never
 * leave the PC in a backup (it could be attacked offline), and a restore keeps the PC's values anyway.
 * The row stays (value null) so the table's row count matches what the library declares.
 */
function withoutDeviceValue(entry: MetaEntry): MetaEntry {
  return DEVICE_META_KEYS.includes(entry.key) ? { key: entry.key, value: null } : entry
}

/**
 * Turns the book rows of a parsed export back into books, in place (before counting and
 * restoring). Rows of older exports, or books not written as JSON, are left as they are.
 * Throws when a row's JSON is broken or names another key than the row.
 */
export function openBookRows(data: DatabaseExport): void {
  for (const table of data.data.data) {
    const keyPath = bookKeyPath(table.tableName)
    if (!keyPath) continue
    const rows = table.rows as unknown[]
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Record<string, unknown> | null
      if (!row || typeof row.json !== 'string') continue
      const book = JSON.parse(row.json) as Record<string, unknown> | null
      if (!book || typeof book !== 'object' || book[keyPath] !== row[keyPath])
        throw new Error(`Book row of ${table.tableName} does not match its key`)
      rows[i] = book
    }
  }
}

export async function exportDatabase(): Promise<DatabaseSnapshot> {
  const db = getDb()
  if (!db.isOpen()) await db.open()
  const { exportDB } = await library()
  // Records are counted as the library reads each row, inside its read transaction.
  const counts: TableCounts = {}
  const count = (table: string, row: unknown) => {
    const { kind, count } = recordsInRow(table, row)
    counts[kind] = (counts[kind] ?? 0) + count
    return true
  }
  const json = await exportDB(db, { numRowsPerChunk: ROWS_PER_CHUNK, filter: count, transform: bookAsJson })
  const head = await exportHead(json)
  for (const t of head.tables) counts[recordsInRow(t.name, null).kind] ??= 0
  return { json, counts, schemaVersion: head.databaseVersion }
}

/** Records per kind now (recordsInRow: members, events, meetings, …), to show beside a file's. */
export async function countRecords(): Promise<TableCounts> {
  const db = getDb()
  return db.transaction('r', db.tables, () => countRecordsIn(db.tables.map((t) => t.name)))
}

export function currentSchemaVersion(): number {
  return getDb().verno || SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version
}

/** Table names of a schema version (the tables a backup of that version may hold). */
export function tablesOfVersion(version: number, versions: SchemaVersion[] = SCHEMA_VERSIONS): string[] {
  const found = versions.filter((v) => v.version <= version).at(-1)
  return found ? tablesOf(found.stores) : [...TABLE_NAMES]
}

/**
 * importInto reads its input through this interface; handing it an already parsed export keeps
 * every await inside the restore transaction an IndexedDB one (a Blob read there would let
 * IndexedDB commit the transaction half-way), and parses with the native JSON.parse once.
 */
function parsedStream(data: DatabaseExport) {
  return {
    result: data,
    pullAsync: async () => data,
    pullSync: () => data,
    done: () => true,
    eof: () => true
  }
}

const IMPORT_OPTIONS: ImportOptions = {
  // The rows go into a new, empty database (activeDatabase.ts).
  clearTablesBeforeImport: false,
  acceptNameDiff: true,
  // The database is opened at the file's schema version: the library checks they are the same.
  acceptVersionDiff: false,
  acceptMissingTables: false,
  // The file's device keys (rows with value null, withoutDeviceValue) never enter the new
  // generation: among them is `database.complete` of the PC that made the file, and an older file's
  // rows are committed before their upgrade. The generation is complete only by its own mark.
  filter: (table, value) => table !== 'meta' || !DEVICE_META_KEYS.includes((value as MetaEntry).key)
}

export interface ReplaceOptions {
  /** Written to the audit log inside the same transaction. */
  audit?: AuditInput
  versions?: SchemaVersion[]
  upgrades?: UpgradeMap
}

/**
 * Replaces the app's data with the export's rows. They are written into the next generation of the
 * database (activeDatabase.ts), in one transaction that also keeps this PC's device keys, writes the
 * audit entry and marks the generation complete: all land or none does, and the data in use is not
 * touched before then. An export of an older schema is written at its own version first; opening it
 * at the current one runs the app's upgrade functions, and only then is it marked complete.
 * Afterwards getDb() is the new generation and the one it replaced is deleted.
 */
export async function replaceDatabase(data: DatabaseExport, options: ReplaceOptions = {}): Promise<void> {
  const current = getDb()
  if (!current.isOpen()) await current.open()
  const versions = options.versions ?? SCHEMA_VERSIONS
  const upgrades = options.upgrades ?? UPGRADES
  const device = (await current.meta.bulkGet([...DEVICE_META_KEYS])).filter((e): e is MetaEntry => !!e)
  const name = nextGenerationName(current.name, await databaseNames())
  const fileVersion = data.data.databaseVersion
  const older = fileVersion < current.verno
  const { importInto } = await library()

  /** The last writes of a restore, in the transaction that makes it complete. */
  const complete = async (db: SoChiBoDatabase) => {
    await db.meta.bulkDelete([...DEVICE_META_KEYS])
    await db.meta.bulkPut([...device, { key: META_KEYS.databaseComplete, value: nowIso() }])
    if (options.audit) {
      const settings = await db.settings.get('organization')
      await appendAudit(db, { ...options.audit, at: nowIso(), clerk: settings?.clerkName || 'Chưa đặt tên' })
    }
  }

  let fresh = new SoChiBoDatabase(name, older ? fileVersion : undefined, versions, upgrades)
  try {
    await fresh.open()
    const target = fresh
    await target.transaction('rw', target.tables, async (tx) => {
      // The rows come from JSON.parse (inspectBackup): no Vue proxies, no undefined fields.
      markWritesPlain(tx.idbtrans)
      await importInto(target, parsedStream(data) as never, IMPORT_OPTIONS)
      if (!older) await complete(target)
    })
    if (older) {
      fresh.close()
      fresh = new SoChiBoDatabase(name, undefined, versions, upgrades)
      await fresh.open()
      const upgraded = fresh
      // A current file's records were checked when it was inspected; an older one's only now have
      // the current shapes. Refused here, the new generation is deleted and nothing changed.
      refuseMisshapenRecords(await rowsOfDatabase(upgraded))
      await upgraded.transaction('rw', upgraded.tables, () => complete(upgraded))
    }
  } catch (cause) {
    fresh.close()
    await Dexie.delete(name)
    throw cause
  }
  setDb(fresh)
  // The replaced data. Should this fail, start-up deletes it (an older generation than the active one).
  await Dexie.delete(current.name).catch(() => undefined)
}

/** A parsed export's rows by table name (book rows opened: openBookRows); each table's rows are
 *  given once (checkExportMatches refuses a file that gives them twice). */
export function rowsOfExport(data: DatabaseExport): TableRows {
  const byName = new Map(data.data.data.map((t) => [t.tableName, t.rows as unknown[]]))
  return (table) => byName.get(table) ?? []
}

/** Every table's rows, read in one transaction (also what tests check the app's own writes with). */
export async function rowsOfDatabase(db: SoChiBoDatabase): Promise<TableRows> {
  const byName = new Map<string, unknown[]>()
  await db.transaction('r', db.tables, async () => {
    for (const t of db.tables) byName.set(t.name, await t.toArray())
  })
  return (table) => byName.get(table) ?? []
}

/** Everything the integrity check reads, in one read transaction (a consistent picture); the
 *  attendance sheets are given as flat marks, the shape the check names and links. */
export async function loadIntegrityData(): Promise<IntegrityData> {
  const db = getDb()
  return db.transaction(
    'r',
    [
      db.cells,
      db.members,
      db.timelineBooks,
      db.meetingBooks,
      db.attendanceBooks,
      db.taskLists,
      db.memberReviewBooks,
      db.cellReviews,
      db.commendations,
      db.badges
    ],
    async () => ({
      cells: await db.cells.toArray(),
      members: await db.members.toArray(),
      memberEvents: await allItems(TIMELINES),
      meetings: await allItems(MEETING_BOOKS),
      attendance: (await allItems(ATTENDANCE_BOOKS)).flatMap(toMarks),
      meetingTasks: await allItems(TASK_LISTS),
      memberReviews: await allItems(MEMBER_REVIEW_BOOKS),
      cellReviews: await db.cellReviews.toArray(),
      commendations: await db.commendations.toArray(),
      badges: await db.badges.toArray()
    })
  )
}

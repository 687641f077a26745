// The payload of a backup: dexie-export-import's JSON ({ formatName: 'dexie', data: { tables, data } }).
// Checked here for shape and consistency with the manifest without walking every row: the rows
// themselves are written by the library in one transaction that fails as a whole.
import { z } from 'zod'
import { BackupFileError } from './errors'
import type { BackupManifest } from './envelope'
import { TABLE_LABELS } from './tableLabels'

const exportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().int().positive(),
    tables: z.array(
      z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().nonnegative() })
    ),
    // Rows are only checked to be an array: walking a million rows through zod would cost seconds.
    data: z.array(
      z.object({
        tableName: z.string(),
        inbound: z.boolean(),
        rows: z.custom<unknown[]>((v) => Array.isArray(v))
      })
    )
  })
})

export type DatabaseExport = z.infer<typeof exportSchema>

/** Dexie stores versions ×10 in IndexedDB and reports verno; exports carry verno (e.g. 1). */
export function parseDatabaseExport(json: string): DatabaseExport {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (cause) {
    throw new BackupFileError('corrupt', 'payload json', { cause })
  }
  const parsed = exportSchema.safeParse(raw)
  if (!parsed.success) throw new BackupFileError('corrupt', parsed.error.message)
  return parsed.data
}

/** Records in one row of a table and the name they are counted under (identity for one-record rows). */
export type RecordCounter = (table: string, row: unknown) => { kind: string; count: number }

const ONE_PER_ROW: RecordCounter = (table) => ({ kind: table, count: 1 })

const tableName = (table: string) => `“${TABLE_LABELS[table] ?? table}”`

/** The first name given twice, if any. */
function repeated(names: readonly string[]): string | undefined {
  return names.find((name, i) => names.indexOf(name) !== i)
}

/**
 * Each table listed once, its rows given once, and no rows of a table not listed. An edited file
 * could otherwise give a table's rows twice: the checks here and the record check read one copy
 * while the restore writes both, and a malformed record slips past.
 */
function refuseTablesNotOnce(data: DatabaseExport): void {
  const listed = data.data.tables.map((t) => t.name)
  const given = data.data.data.map((d) => d.tableName)
  const twice = repeated(listed) ?? repeated(given)
  if (twice)
    throw new BackupFileError('corrupt', `table ${twice} twice`, {
      shown: `Bảng ${tableName(twice)} có hai lần trong tệp.`
    })
  const unlisted = given.find((name) => !listed.includes(name))
  if (unlisted)
    throw new BackupFileError('corrupt', `rows of unlisted table ${unlisted}`, {
      shown: `Tệp có dữ liệu của bảng ${tableName(unlisted)} mà danh sách bảng của tệp không có.`
    })
}

/**
 * The export must be of this app's tables, each once, hold what its manifest says (record counts,
 * schema version), and every table's rows must be there. The manifest counts records the clerk's
 * way (schema v3 keeps many in one row): `countRecords` says how a table's rows hold them.
 */
export function checkExportMatches(
  data: DatabaseExport,
  manifest: BackupManifest,
  knownTables: readonly string[],
  countRecords: RecordCounter = ONE_PER_ROW
): void {
  const { tables, data: tableData, databaseVersion } = data.data
  const known = new Set(knownTables)
  if (tables.some((t) => !known.has(t.name))) throw new BackupFileError('foreign', 'unknown table')
  refuseTablesNotOnce(data)
  if (databaseVersion !== manifest.schemaVersion)
    throw new BackupFileError('corrupt', 'schema version mismatch')
  const found: Record<string, number> = {}
  for (const t of tables) {
    const rows = tableData.find((d) => d.tableName === t.name)?.rows ?? []
    if (rows.length !== t.rowCount) throw new BackupFileError('corrupt', `row count mismatch in ${t.name}`)
    const kind = countRecords(t.name, null).kind
    found[kind] ??= 0
    for (const row of rows) found[kind] += countRecords(t.name, row).count
  }
  for (const kind of new Set([...Object.keys(found), ...Object.keys(manifest.counts)])) {
    if ((found[kind] ?? 0) !== (manifest.counts[kind] ?? 0))
      throw new BackupFileError('corrupt', `count mismatch in ${kind}`)
  }
}

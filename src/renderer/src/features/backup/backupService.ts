// Backup and restore, end to end: database → file bytes, and file bytes → database.
//
//   createBackup(options)            → { bytes, fileName, manifest }    ("Sao lưu ngay", automatic copies)
//   inspectBackup(bytes, passphrase) → what a file holds, fully checked, ready to apply
//   applyBackup(inspected)           → restores it in one transaction after a safety copy
//   restoreBackup(bytes, passphrase) → inspect + apply
//
// Every refusal is a BackupFileError with a Vietnamese message; nothing is written before the file
// has been read, decrypted, decompressed, parsed and matched against its manifest.
import { CURRENT_SCHEMA_VERSION } from '@renderer/db/schema'
import { formatDateTime } from '@renderer/domain/dates'
import {
  countRecords,
  exportDatabase,
  openBookRows,
  recordsInRow,
  replaceDatabase,
  rowsOfExport,
  tablesOfVersion,
  type TableCounts
} from '@renderer/db/backupStore'
import { gunzip, gzip } from '@renderer/domain/backup/codec'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  decodeBackupFile,
  encodeBackupFile,
  openPayload,
  type BackupManifest
} from '@renderer/domain/backup/envelope'
import {
  checkExportMatches,
  parseDatabaseExport,
  type DatabaseExport
} from '@renderer/domain/backup/exportData'
import { BackupFileError, isBackupFileError } from '@renderer/domain/backup/errors'
import { manualBackupName } from '@renderer/domain/backup/naming'
import type { SchemaVersion } from '@renderer/db/schema'
import type { UpgradeMap } from '@renderer/db/upgrades'
import { platform } from '@renderer/platform'
import { refuseMisshapenRecords } from '@renderer/db/backupRecords'
import { duringRestore } from '@renderer/db/restoreNotice'

export interface CreateBackupOptions {
  /** Encrypts the file (AES-GCM, key from PBKDF2-SHA-256) when non-empty. */
  passphrase?: string
  /** Default: now. Names the file and stamps the manifest. */
  now?: Date
  /** Tests only: fewer PBKDF2 iterations. */
  iterations?: number
}

export interface CreatedBackup {
  bytes: Uint8Array
  fileName: string
  manifest: BackupManifest
}

async function appVersion(): Promise<string> {
  try {
    return (await platform.appInfo()).version
  } catch {
    return '0.0.0'
  }
}

export async function createBackup(options: CreateBackupOptions = {}): Promise<CreatedBackup> {
  const now = options.now ?? new Date()
  const snapshot = await exportDatabase()
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: await appVersion(),
    schemaVersion: snapshot.schemaVersion,
    createdAt: now.toISOString(),
    counts: snapshot.counts
  }
  // Streamed from the export's Blob slices straight into gzip; hashed once as bytes.
  const compressed = await gzip(snapshot.json)
  const bytes = await encodeBackupFile({
    manifest,
    compressed,
    passphrase: options.passphrase || undefined,
    iterations: options.iterations
  })
  return { bytes, fileName: manualBackupName(now, !!options.passphrase), manifest }
}

export interface InspectedBackup {
  manifest: BackupManifest
  encrypted: boolean
  /**
   * True only for an encrypted file: AES-GCM refuses any edit made without the passphrase. A plain
   * file's SHA-256 checksum catches damage (a cut copy, a bad USB), not a deliberate edit: whoever
   * edits it can recompute the checksum. The restore screen says so.
   */
  authenticated: boolean
  /** Older files are upgraded to the current schema when restored. */
  needsUpgrade: boolean
  /** Internal: consumed by applyBackup (the import empties its arrays as it writes). */
  data: DatabaseExport | null
}

/** Reads and fully checks a backup file. Throws BackupFileError; changes nothing. */
export async function inspectBackup(bytes: Uint8Array, passphrase?: string): Promise<InspectedBackup> {
  const decoded = await decodeBackupFile(bytes, CURRENT_SCHEMA_VERSION)
  const compressed = await openPayload(decoded, passphrase)
  let json: string
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(compressed))
  } catch (cause) {
    throw new BackupFileError('corrupt', 'gunzip', { cause })
  }
  const data = parseDatabaseExport(json)
  try {
    openBookRows(data)
  } catch (cause) {
    throw new BackupFileError('corrupt', 'book rows', { cause })
  }
  const { manifest } = decoded.header
  checkExportMatches(data, manifest, tablesOfVersion(manifest.schemaVersion), recordsInRow)
  // An older file is checked once upgraded (replaceDatabase): its records have older shapes.
  if (manifest.schemaVersion === CURRENT_SCHEMA_VERSION) refuseMisshapenRecords(rowsOfExport(data))
  return {
    manifest,
    encrypted: decoded.header.encryption !== null,
    authenticated: decoded.header.encryption !== null,
    needsUpgrade: manifest.schemaVersion < CURRENT_SCHEMA_VERSION,
    data
  }
}

/** Tells whether a file is encrypted without the passphrase (to ask for it). Throws like inspect. */
export async function isEncryptedBackup(bytes: Uint8Array): Promise<boolean> {
  return (await decodeBackupFile(bytes, CURRENT_SCHEMA_VERSION)).header.encryption !== null
}

export interface ApplyOptions {
  /** Shown in the audit log, e.g. the file name. */
  sourceName?: string
  /**
   * Takes the safety copy before anything is written (default: the automatic backup). Throwing
   * stops the restore. Injectable so tests can observe it.
   */
  safetyBackup?: () => Promise<unknown>
  /** Tests of schema upgrades only. */
  versions?: SchemaVersion[]
  upgrades?: UpgradeMap
}

export async function applyBackup(inspected: InspectedBackup, options: ApplyOptions = {}): Promise<void> {
  const data = inspected.data
  if (!data) throw new Error('This inspected backup was already used; inspect the file again.')
  inspected.data = null
  // The other windows stop writing first: nothing saved there is lost in the data being replaced.
  await duringRestore(() => safetyCopyThenReplace(data, inspected, options))
}

async function safetyCopyThenReplace(
  data: DatabaseExport,
  inspected: InspectedBackup,
  options: ApplyOptions
): Promise<void> {
  if (options.safetyBackup) await options.safetyBackup()
  else {
    const { autoBackup } = await import('./autoBackup')
    await autoBackup('restore')
  }
  try {
    await replaceDatabase(data, {
      versions: options.versions,
      upgrades: options.upgrades,
      audit: {
        entity: 'database',
        entityId: 'all',
        action: 'restore',
        summary:
          `Khôi phục toàn bộ dữ liệu từ bản sao lưu tạo lúc ${formatDateTime(inspected.manifest.createdAt)}` +
          (options.sourceName ? ` (tệp ${options.sourceName})` : ''),
        // Copied: the caller may hold the manifest in reactive state, which IndexedDB cannot clone.
        after: { createdAt: inspected.manifest.createdAt, counts: { ...inspected.manifest.counts } }
      }
    })
  } catch (cause) {
    if (isBackupFileError(cause)) throw cause
    throw new BackupFileError('restore-failed', (cause as Error)?.message, { cause })
  }
}

export async function restoreBackup(
  bytes: Uint8Array,
  passphrase?: string,
  options: ApplyOptions = {}
): Promise<BackupManifest> {
  const inspected = await inspectBackup(bytes, passphrase)
  await applyBackup(inspected, options)
  return inspected.manifest
}

/** Records per kind now, to show beside what a file holds. */
export function currentCounts(): Promise<TableCounts> {
  return countRecords()
}

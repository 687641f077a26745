// Backup files live in <userData>/backups and nowhere else. The renderer names a file; main checks
// the name (BACKUP_NAME_PATTERN, no separators) and builds the path itself.
import { lstat, mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { app } from 'electron'
import { z } from 'zod'
import { BACKUP_NAME_PATTERN, type BackupFileInfo, type OpenedFile } from '../../shared/ipc'
import { writeFileAtomic } from './atomicWrite'
import { IpcFailure } from './result'

/** Hard ceiling for one backup file (the whole database as JSON, possibly encrypted). */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024

export const backupNameSchema = z
  .string()
  .max(140)
  .refine((name) => isValidBackupName(name), { message: 'Invalid backup file name' })

export const backupBytesSchema = z.instanceof(Uint8Array)

export function isValidBackupName(name: string): boolean {
  return (
    BACKUP_NAME_PATTERN.test(name) &&
    !name.includes('/') &&
    !name.includes('\\') &&
    !name.includes('..') &&
    !name.includes('\0')
  )
}

export function backupFolder(): string {
  return join(app.getPath('userData'), 'backups')
}

/** The path of a backup file, guaranteed to be directly inside the backup folder. */
export function backupPath(name: string): string {
  if (!isValidBackupName(name)) throw new IpcFailure('invalid-argument', 'Invalid backup file name')
  const folder = resolve(backupFolder())
  const path = resolve(folder, name)
  if (dirname(path) !== folder) throw new IpcFailure('forbidden', 'Path outside the backup folder')
  return path
}

async function regularFileInfo(name: string, path: string): Promise<BackupFileInfo> {
  let info
  try {
    info = await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new IpcFailure('not-found', 'No such backup')
    throw error
  }
  if (!info.isFile()) throw new IpcFailure('not-found', 'Not a backup file')
  return { name, size: info.size, modifiedAt: info.mtime.toISOString() }
}

export async function writeBackup(name: string, bytes: Uint8Array): Promise<BackupFileInfo> {
  const path = backupPath(name)
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new IpcFailure('too-large', 'Backup is too large')
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, bytes)
  return regularFileInfo(name, path)
}

/** Backups, newest first. Temporary files and anything not matching the pattern are ignored. */
export async function listBackups(): Promise<BackupFileInfo[]> {
  let entries
  try {
    entries = await readdir(backupFolder(), { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const infos: BackupFileInfo[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !isValidBackupName(entry.name)) continue
    try {
      infos.push(await regularFileInfo(entry.name, backupPath(entry.name)))
    } catch {
      // removed meanwhile: skip it
    }
  }
  return infos.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name))
}

export async function readBackup(name: string): Promise<OpenedFile> {
  const path = backupPath(name)
  const info = await regularFileInfo(name, path)
  if (info.size > MAX_BACKUP_BYTES) throw new IpcFailure('too-large', 'Backup is too large')
  const bytes = await readFile(path)
  // A fresh, exact-size copy: a Buffer may be a view on a larger shared pool.
  return { name, bytes: new Uint8Array(bytes) }
}

export async function deleteBackup(name: string): Promise<void> {
  const path = backupPath(name)
  await regularFileInfo(name, path)
  await unlink(path)
}

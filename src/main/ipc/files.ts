// Save bytes where the clerk chooses, open a file the clerk picks. Main owns the dialogs and the
// paths: the renderer only suggests a file name and never learns the folder.
import { open, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { app, dialog, type BrowserWindow, type FileFilter as ElectronFileFilter } from 'electron'
import { z } from 'zod'
import {
  DEFAULT_MAX_OPEN_BYTES,
  MAX_OPEN_BYTES_CEILING,
  MAX_OPEN_FILES,
  type OpenedFile,
  type OpenFileRequest,
  type OpenFilesRequest,
  type SaveFileRequest,
  type SaveFileResult
} from '../../shared/ipc'
import { writeFileAtomic } from './atomicWrite'
import { IpcFailure } from './result'

/** Hard ceilings, whatever the renderer asks for. */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024

export const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
      .min(1)
      .max(20)
  })
  .strict()

export const saveFileRequestSchema = z
  .object({
    suggestedName: z.string().min(1).max(255),
    bytes: z.instanceof(Uint8Array),
    filters: z.array(fileFilterSchema).max(10).optional()
  })
  .strict()

export const openFileRequestSchema = z
  .object({
    filters: z.array(fileFilterSchema).max(10),
    maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES_CEILING).optional()
  })
  .strict()

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i
const MAX_NAME_LENGTH = 180
const FALLBACK_NAME = 'tep'

/**
 * Turns a suggested name into a safe bare file name: no folders, no characters Windows refuses,
 * no leading/trailing dots or spaces, no reserved device names, at most 180 characters (the
 * extension is kept). Vietnamese letters are kept (NFC).
 */
export function sanitizeFileName(suggested: string): string {
  let name = suggested
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '')
  if (name === '') name = FALLBACK_NAME
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`
  if (name.length > MAX_NAME_LENGTH) {
    const ext = extname(name)
    const keep = ext.length > 0 && ext.length < 20 ? ext : ''
    name = name.slice(0, MAX_NAME_LENGTH - keep.length).replace(/[\s.]+$/, '') + keep
  }
  return name
}

function documentsFolder(): string | null {
  try {
    return app.getPath('documents')
  } catch {
    return null
  }
}

function toElectronFilters(filters: SaveFileRequest['filters']): ElectronFileFilter[] | undefined {
  return filters?.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }))
}

export async function saveFile(
  request: SaveFileRequest,
  parent: BrowserWindow | null
): Promise<SaveFileResult> {
  if (request.bytes.byteLength > MAX_SAVE_BYTES)
    throw new IpcFailure('too-large', 'File is too large to save')
  const name = sanitizeFileName(request.suggestedName)
  const folder = documentsFolder()
  const options: Electron.SaveDialogOptions = {
    title: 'Lưu tệp',
    buttonLabel: 'Lưu',
    defaultPath: folder ? join(folder, name) : name,
    filters: toElectronFilters(request.filters),
    properties: ['showOverwriteConfirmation', 'createDirectory']
  }
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) throw new IpcFailure('cancelled', 'Save cancelled')
  await writeFileAtomic(result.filePath, request.bytes)
  return { fileName: basename(result.filePath) }
}

/** Extensions the filters allow (lower case), or null when any file is allowed. */
export function allowedExtensions(filters: OpenFileRequest['filters']): Set<string> | null {
  if (filters.length === 0) return null
  const all = filters.flatMap((filter) => filter.extensions.map((ext) => ext.toLowerCase()))
  return all.includes('*') ? null : new Set(all)
}

export async function openFile(request: OpenFileRequest, parent: BrowserWindow | null): Promise<OpenedFile> {
  const [path] = await pickPaths(request, parent, false)
  return readPicked(path, request)
}

/** Several files at once (multiSelections); each is checked and read as openFile reads one. */
export async function openFiles(
  request: OpenFilesRequest,
  parent: BrowserWindow | null
): Promise<OpenedFile[]> {
  const paths = await pickPaths(request, parent, true)
  if (paths.length > MAX_OPEN_FILES)
    throw new IpcFailure('too-large', `At most ${MAX_OPEN_FILES} files can be opened at once`)
  const files: OpenedFile[] = []
  for (const path of paths) files.push(await readPicked(path, request))
  return files
}

async function pickPaths(
  request: OpenFilesRequest,
  parent: BrowserWindow | null,
  many: boolean
): Promise<string[]> {
  const options: Electron.OpenDialogOptions = {
    title: 'Mở tệp',
    buttonLabel: 'Mở',
    filters: toElectronFilters(request.filters),
    properties: many ? ['openFile', 'multiSelections'] : ['openFile']
  }
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  if (result.canceled || result.filePaths.length === 0) throw new IpcFailure('cancelled', 'Open cancelled')
  return result.filePaths
}

async function readPicked(path: string, request: OpenFilesRequest): Promise<OpenedFile> {
  const maxBytes = request.maxBytes ?? DEFAULT_MAX_OPEN_BYTES
  const allowed = allowedExtensions(request.filters)
  if (allowed && !allowed.has(extname(path).slice(1).toLowerCase())) {
    throw new IpcFailure('invalid-argument', 'The file type is not one of the allowed types')
  }
  const info = await stat(path)
  if (!info.isFile()) throw new IpcFailure('invalid-argument', 'Not a regular file')
  if (info.size > maxBytes) throw new IpcFailure('too-large', `File is larger than ${maxBytes} bytes`)

  // Read at most size + 1 bytes: a file that changed after stat() is refused rather than truncated.
  const handle = await open(path, 'r')
  try {
    const buffer = new Uint8Array(info.size + 1)
    let total = 0
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null)
      if (bytesRead === 0) break
      total += bytesRead
    }
    if (total !== info.size) throw new IpcFailure('io', 'The file changed while it was being read')
    return { name: basename(path), bytes: buffer.slice(0, total) }
  } finally {
    await handle.close()
  }
}

// The contract between the renderer and the Electron main process.
// No Node, no DOM here: only channel names and types. The preload exposes exactly one object,
// `window.platformApi`, that `satisfies PlatformApi`; main registers one handler per channel.

/** Every IPC channel, by task. The renderer never sends a path to write: main owns dialogs and paths. */
export const IPC = {
  saveFile: 'file:save',
  openFile: 'file:open',
  openFiles: 'file:open-many',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupDelete: 'backup:delete',
  appInfo: 'app:info'
} as const

export type IpcChannel = (typeof IPC)[keyof typeof IPC]

/** Errors cross the bridge as values, never as thrown Electron errors (their messages are mangled). */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export interface IpcError {
  /** Stable code the renderer maps to a Vietnamese message. */
  code: 'cancelled' | 'invalid-argument' | 'too-large' | 'not-found' | 'io' | 'forbidden'
  message: string
}

export interface FileFilter {
  /** Shown in the dialog, e.g. "Bảng tính Excel". */
  name: string
  /** Without dots, e.g. ["xlsx", "xls"]. */
  extensions: string[]
}

export interface SaveFileRequest {
  suggestedName: string
  bytes: Uint8Array
  filters?: FileFilter[]
}

export interface SaveFileResult {
  /** The file name the clerk chose (no folder: the renderer does not need to know where). */
  fileName: string
}

export interface OpenFileRequest {
  filters: FileFilter[]
  /** Files above this many bytes are refused (default 50 MB). */
  maxBytes?: number
}

export interface OpenFilesRequest {
  filters: FileFilter[]
  /** Each file above this many bytes is refused (default 50 MB). */
  maxBytes?: number
}

/** The most files one pick may bring (a ward's cells, with room to spare). */
export const MAX_OPEN_FILES = 500

export interface OpenedFile {
  name: string
  bytes: Uint8Array
}

export interface BackupFileInfo {
  name: string
  size: number
  /** ISO timestamp of the last modification. */
  modifiedAt: string
}

export interface AppInfo {
  name: string
  version: string
  platform: string
  /** The folder that holds automatic backups (shown to the clerk, never written by the renderer). */
  backupFolder: string
  isDesktop: true
}

/**
 * Task functions the desktop shell offers. Each resolves to an IpcResult so that a failure
 * carries a code; `platform/` in the renderer turns `{ ok: false }` into typed errors.
 */
export interface PlatformApi {
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResult>>
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenedFile>>
  /** Several files picked at once (the cells' returned books). */
  openFiles(request: OpenFilesRequest): Promise<IpcResult<OpenedFile[]>>
  backupWrite(name: string, bytes: Uint8Array): Promise<IpcResult<BackupFileInfo>>
  backupList(): Promise<IpcResult<BackupFileInfo[]>>
  backupRead(name: string): Promise<IpcResult<OpenedFile>>
  backupDelete(name: string): Promise<IpcResult<void>>
  appInfo(): Promise<IpcResult<AppInfo>>
}

/** Backup file names: letters, digits, dot, dash, underscore; one of the known extensions. */
export const BACKUP_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(scbk|scbk\.enc|json)$/

export const DEFAULT_MAX_OPEN_BYTES = 50 * 1024 * 1024

/** The largest file main will open, whatever the renderer asks for (a larger maxBytes is refused). */
export const MAX_OPEN_BYTES_CEILING = 512 * 1024 * 1024

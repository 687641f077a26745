// What features may ask of the machine they run on. Two implementations: the Electron shell
// (dialogs, a backup folder) and the plain browser (downloads, a file input, no backup folder).
import type { BackupFileInfo, FileFilter } from '@shared/ipc'

export type { BackupFileInfo, FileFilter }

export interface SavedFile {
  /** The file name the clerk chose (no folder). */
  fileName: string
}

export interface PickedFile {
  name: string
  bytes: Uint8Array
}

/** The automatic-backup folder, available only in the desktop app. */
export interface PlatformBackups {
  write(name: string, bytes: Uint8Array): Promise<BackupFileInfo>
  /** Newest first. */
  list(): Promise<BackupFileInfo[]>
  read(name: string): Promise<Uint8Array>
  remove(name: string): Promise<void>
}

export interface PlatformAppInfo {
  name: string
  version: string
  isDesktop: boolean
  /** Where automatic backups are kept; null in the web build (there is no such folder). */
  backupFolder: string | null
}

export interface Platform {
  readonly isDesktop: boolean
  /** Saves bytes where the clerk chooses. Resolves null when the clerk cancelled. */
  saveFile(bytes: Uint8Array, suggestedName: string, filters?: FileFilter[]): Promise<SavedFile | null>
  /** Lets the clerk pick one file. Resolves null when the clerk cancelled. */
  openFile(filters: FileFilter[], maxBytes?: number): Promise<PickedFile | null>
  /** Lets the clerk pick several files at once (`maxBytes` each). Resolves null when cancelled. */
  openFiles(filters: FileFilter[], maxBytes?: number): Promise<PickedFile[] | null>
  /** null in the web build: features offer a download instead. */
  readonly backups: PlatformBackups | null
  appInfo(): Promise<PlatformAppInfo>
}

export const APP_NAME = 'Sổ Chi bộ'

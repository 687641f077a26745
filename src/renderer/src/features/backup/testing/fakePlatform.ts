// Tests only: a platform with an in-memory backup folder.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'
import {
  PlatformError,
  setPlatformForTests,
  type BackupFileInfo,
  type Platform,
  type PlatformBackups
} from '@renderer/platform'

export interface FakeBackupFolder extends PlatformBackups {
  files: Map<string, Uint8Array>
  failWrites: boolean
}

export function fakeBackupFolder(): FakeBackupFolder {
  const files = new Map<string, Uint8Array>()
  const info = (name: string): BackupFileInfo => ({
    name,
    size: files.get(name)!.byteLength,
    modifiedAt: '2026-01-01T00:00:00.000Z'
  })
  const folder: FakeBackupFolder = {
    files,
    failWrites: false,
    async write(name, bytes) {
      // What the desktop platform throws when the disk refuses the file.
      if (folder.failWrites) throw new PlatformError('io', 'disk full')
      files.set(name, new Uint8Array(bytes))
      return info(name)
    },
    async list() {
      return [...files.keys()].sort().reverse().map(info)
    },
    async read(name) {
      const b = files.get(name)
      if (!b) throw new Error('not found')
      return b
    },
    async remove(name) {
      files.delete(name)
    }
  }
  return folder
}

export function fakePlatform(backups: PlatformBackups | null): Platform {
  return {
    isDesktop: backups !== null,
    saveFile: async (_bytes, suggestedName) => ({ fileName: suggestedName }),
    openFile: async () => null,
    openFiles: async () => null,
    backups,
    appInfo: async () => ({
      name: 'Sổ Chi bộ',
      version: '9.8.7',
      isDesktop: backups !== null,
      backupFolder: backups ? 'C:\\backups' : null
    })
  }
}

/**
 * Call at the top of a test file: every test then runs on a desktop whose backup folder starts empty
 * and takes every write. The folder returned is the current test's.
 */
export function useBackupFolder(): FakeBackupFolder {
  const folder = fakeBackupFolder()
  let restore = (): void => {}
  beforeEach(() => {
    folder.files.clear()
    folder.failWrites = false
    restore = setPlatformForTests(fakePlatform(folder))
  })
  afterEach(() => restore())
  return folder
}

/**
 * Runs `work` on a desktop whose backup folder refuses every write (a full disk), then puts the
 * platform back. `write` records the attempts: a bulk write must try its safety copy first
 * (docs/design.md §8) and change nothing when it fails.
 */
export async function withFullBackupFolder(
  work: (write: MockInstance<PlatformBackups['write']>) => Promise<void>
): Promise<void> {
  const folder = fakeBackupFolder()
  folder.failWrites = true
  const write = vi.spyOn(folder, 'write')
  const restore = setPlatformForTests(fakePlatform(folder))
  try {
    await work(write)
  } finally {
    restore()
  }
}

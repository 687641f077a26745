// The desktop implementation: every call goes through window.platformApi (the preload).
// { ok: false } becomes a PlatformError; a cancelled dialog becomes null.
import { DEFAULT_MAX_OPEN_BYTES, type FileFilter, type IpcResult, type PlatformApi } from '@shared/ipc'
import { plainBytes } from './bytes'
import { PlatformError } from './errors'
import type { PickedFile, Platform, PlatformAppInfo, PlatformBackups, SavedFile } from './platform'

async function call<T>(invoke: () => Promise<IpcResult<T>>, details: { maxBytes?: number } = {}): Promise<T> {
  let result: IpcResult<T>
  try {
    result = await invoke()
  } catch (cause) {
    throw new PlatformError('io', 'IPC call failed', { cause })
  }
  if (result.ok) return result.value
  throw new PlatformError(result.error.code, result.error.message, details)
}

async function orNullIfCancelled<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof PlatformError && error.code === 'cancelled') return null
    throw error
  }
}

export function createElectronPlatform(api: PlatformApi): Platform {
  const backups: PlatformBackups = {
    write: (name, bytes) => call(() => api.backupWrite(name, plainBytes(bytes))),
    list: () => call(() => api.backupList()),
    read: async (name) => (await call(() => api.backupRead(name))).bytes,
    remove: (name) => call(() => api.backupDelete(name))
  }

  return {
    isDesktop: true,

    saveFile(bytes: Uint8Array, suggestedName: string, filters?: FileFilter[]): Promise<SavedFile | null> {
      const request = filters
        ? { suggestedName, bytes: plainBytes(bytes), filters }
        : { suggestedName, bytes: plainBytes(bytes) }
      return orNullIfCancelled(call(() => api.saveFile(request)))
    },

    openFile(filters: FileFilter[], maxBytes?: number): Promise<PickedFile | null> {
      const request = maxBytes === undefined ? { filters } : { filters, maxBytes }
      return orNullIfCancelled(
        call(() => api.openFile(request), { maxBytes: maxBytes ?? DEFAULT_MAX_OPEN_BYTES })
      )
    },

    openFiles(filters: FileFilter[], maxBytes?: number): Promise<PickedFile[] | null> {
      const request = maxBytes === undefined ? { filters } : { filters, maxBytes }
      return orNullIfCancelled(
        call(() => api.openFiles(request), { maxBytes: maxBytes ?? DEFAULT_MAX_OPEN_BYTES })
      )
    },

    backups,

    async appInfo(): Promise<PlatformAppInfo> {
      const info = await call(() => api.appInfo())
      return { name: info.name, version: info.version, isDesktop: true, backupFolder: info.backupFolder }
    }
  }
}

// The platform the app runs on, chosen once: the Electron shell when the preload exposed
// window.platformApi, the plain browser otherwise. Features import `platform` from here.
import { createElectronPlatform } from './electronPlatform'
import type { Platform } from './platform'
import { createWebPlatform } from './webPlatform'

export type {
  BackupFileInfo,
  FileFilter,
  PickedFile,
  Platform,
  PlatformAppInfo,
  PlatformBackups,
  SavedFile
} from './platform'
export { PlatformError, isPlatformError, userMessageFor, type PlatformErrorCode } from './errors'
export { createElectronPlatform } from './electronPlatform'
export { createWebPlatform } from './webPlatform'

export function choosePlatform(target: { platformApi?: Window['platformApi'] } | undefined): Platform {
  const api = target?.platformApi
  return api ? createElectronPlatform(api) : createWebPlatform()
}

/** Live binding: importers see the replacement made by setPlatformForTests. */
export let platform: Platform = choosePlatform(typeof window === 'undefined' ? undefined : window)

/** Replaces the platform (tests only). Returns a function that restores the previous one. */
export function setPlatformForTests(replacement: Platform): () => void {
  const previous = platform
  platform = replacement
  return () => {
    platform = previous
  }
}

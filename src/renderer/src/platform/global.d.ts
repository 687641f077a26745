// The one object the Electron preload exposes. Only code in platform/ may touch it.
import type { PlatformApi } from '@shared/ipc'

declare global {
  interface Window {
    platformApi?: PlatformApi
  }
}

export {}

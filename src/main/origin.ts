// Where the renderer is allowed to come from. Production: the privileged app:// scheme with a fixed
// host, so the IndexedDB origin (app://scb) never changes between versions or install paths.
// Development: the electron-vite dev server (ELECTRON_RENDERER_URL).

export const APP_SCHEME = 'app'
export const APP_HOST = 'scb'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The dev server URL if one is configured and well-formed (http(s) on localhost only). */
export function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null
  const parsed = parse(devServerUrl)
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null
  return parsed.origin
}

/** True when `url` belongs to the app itself: app://scb/... or, in development, the dev server. */
export function isAppUrl(url: string | undefined | null, devServerUrl?: string): boolean {
  if (!url) return false
  const parsed = parse(url)
  if (!parsed) return false
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  const dev = devServerOrigin(devServerUrl)
  return dev !== null && parsed.origin === dev
}

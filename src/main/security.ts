// Security policy of the shell: where the window may navigate, what opens outside, which
// permissions the web content gets (none), and the Content-Security-Policy of app:// responses.
// Every function takes the object it acts on, so it can be tested with fakes.
import type { Session, WebContents } from 'electron'
import { isAppUrl } from './origin'

/**
 * Sent as a header on every app:// response. The renderer's index.html carries the same policy in a
 * <meta> tag (without frame-ancestors, which browsers ignore in <meta>), so the web build and the dev
 * server are covered too. 'unsafe-inline' is for styles only (Vue/Element Plus set style attributes).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * Outside sites a link may open in the system browser. The app works offline and links nowhere, so
 * the list is empty: a crafted note or imported text cannot send the clerk to a look-alike page.
 * Add an exact https origin here (e.g. 'https://thuvienphapluat.vn') only together with the link.
 */
export const EXTERNAL_ORIGIN_ALLOWLIST: readonly string[] = []

/** An https address whose origin is on the allow-list; everything else stays closed. */
export function isSafeExternalUrl(
  url: string,
  allowlist: readonly string[] = EXTERNAL_ORIGIN_ALLOWLIST
): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && allowlist.includes(parsed.origin)
  } catch {
    return false
  }
}

export interface NavigationGuardOptions {
  /** process.env.ELECTRON_RENDERER_URL in development; undefined in production. */
  devServerUrl?: string
  /** shell.openExternal */
  openExternal: (url: string) => Promise<void> | void
  /** Origins window.open may hand to the system browser; default EXTERNAL_ORIGIN_ALLOWLIST (none). */
  externalAllowlist?: readonly string[]
}

type PreventableEvent = { preventDefault(): void }
type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Keeps a webContents on the app: navigation and redirects to any other origin are cancelled,
 * <webview> is never attached, window.open is always denied (allow-listed https links go to the browser).
 */
export function guardNavigation(contents: GuardedContents, options: NavigationGuardOptions): void {
  const blockForeign = (event: PreventableEvent, url: string): void => {
    if (!isAppUrl(url, options.devServerUrl)) event.preventDefault()
  }
  contents.on('will-navigate', (event, url) => blockForeign(event, url))
  contents.on('will-redirect', (event, url) => blockForeign(event, url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url, options.externalAllowlist)) {
      void Promise.resolve()
        .then(() => options.openExternal(url))
        .catch(() => undefined)
    }
    return { action: 'deny' }
  })
}

/** The app needs no camera, microphone, notifications, geolocation, …: every request is refused. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

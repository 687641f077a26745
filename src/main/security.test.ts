import { describe, expect, it, vi } from 'vitest'
import { FakeEmitter } from './testing/fakeElectron'
import { CONTENT_SECURITY_POLICY, denyAllPermissions, guardNavigation, isSafeExternalUrl } from './security'

type OpenHandler = (details: { url: string }) => { action: string }

function fakeContents() {
  const contents = Object.assign(new FakeEmitter(), {
    openHandler: null as OpenHandler | null,
    setWindowOpenHandler(handler: OpenHandler) {
      contents.openHandler = handler
    }
  })
  return contents
}

function navigate(contents: FakeEmitter, event: string, url: string): boolean {
  const preventDefault = vi.fn()
  contents.emit(event, { preventDefault, url }, url)
  return preventDefault.mock.calls.length > 0
}

describe('guardNavigation', () => {
  it('blocks navigation and redirects away from the app', () => {
    const contents = fakeContents()
    guardNavigation(contents as never, { openExternal: vi.fn() })
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(navigate(contents, event, 'https://evil.example/')).toBe(true)
      expect(navigate(contents, event, 'file:///C:/Windows/win.ini')).toBe(true)
      expect(navigate(contents, event, 'app://other/index.html')).toBe(true)
      expect(navigate(contents, event, 'http://localhost:5173/')).toBe(true)
      expect(navigate(contents, event, 'app://scb/index.html#/cells')).toBe(false)
    }
  })

  it('allows the dev server only when configured', () => {
    const contents = fakeContents()
    guardNavigation(contents as never, { devServerUrl: 'http://localhost:5173', openExternal: vi.fn() })
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/#/x')).toBe(false)
    expect(navigate(contents, 'will-navigate', 'http://localhost:8080/')).toBe(true)
  })

  it('never attaches a <webview>', () => {
    const contents = fakeContents()
    guardNavigation(contents as never, { openExternal: vi.fn() })
    expect(navigate(contents, 'will-attach-webview', 'app://scb/')).toBe(true)
  })

  it('opens no outside address by default: window.open of any site is denied and nothing reaches the browser', async () => {
    const contents = fakeContents()
    const openExternal = vi.fn()
    guardNavigation(contents as never, { openExternal })
    for (const url of ['https://thuvienphapluat.vn/x', 'https://evil.example/login', 'http://a.vn'])
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('denies every window.open; only allow-listed https links go to the system browser', async () => {
    const contents = fakeContents()
    const openExternal = vi.fn()
    guardNavigation(contents as never, { openExternal, externalAllowlist: ['https://thuvienphapluat.vn'] })
    expect(contents.openHandler!({ url: 'https://evil.example/x' })).toEqual({ action: 'deny' })
    expect(contents.openHandler!({ url: 'https://thuvienphapluat.vn/x' })).toEqual({ action: 'deny' })
    expect(contents.openHandler!({ url: 'file:///C:/evil.exe' })).toEqual({ action: 'deny' })
    expect(contents.openHandler!({ url: 'app://scb/index.html' })).toEqual({ action: 'deny' })
    expect(contents.openHandler!({ url: 'ms-msdt:/id PCWDiagnostic' })).toEqual({ action: 'deny' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(openExternal.mock.calls).toEqual([['https://thuvienphapluat.vn/x']])
  })

  it('swallows failures of openExternal', async () => {
    const contents = fakeContents()
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')))
    guardNavigation(contents as never, { openExternal, externalAllowlist: ['https://example.com'] })
    expect(contents.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(openExternal).toHaveBeenCalled()
  })
})

describe('isSafeExternalUrl', () => {
  it('allows nothing by default (the app needs no outside site offline)', () => {
    expect(isSafeExternalUrl('https://a.vn')).toBe(false)
    expect(isSafeExternalUrl('https://thuvienphapluat.vn/van-ban')).toBe(false)
  })

  it('allows only https addresses of an allow-listed origin', () => {
    const list = ['https://a.vn']
    expect(isSafeExternalUrl('https://a.vn/x?y=1', list)).toBe(true)
    expect(isSafeExternalUrl('http://a.vn', list)).toBe(false)
    expect(isSafeExternalUrl('https://a.vn.evil.example/', list)).toBe(false)
    expect(isSafeExternalUrl('https://a.vn@evil.example/', list)).toBe(false)
    for (const url of ['file:///c:/x', 'javascript:alert(1)', 'smb://host/share', 'mailto:a@b.vn', 'x']) {
      expect(isSafeExternalUrl(url, list)).toBe(false)
    }
  })
})

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    denyAllPermissions(session as never)
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void
    ) => void
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      requestHandler({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => boolean
    expect(checkHandler({}, 'media', 'app://scb', {})).toBe(false)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app itself to run code', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/)
        return [name, values]
      })
    )
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(directives['script-src']).not.toContain("'unsafe-inline'")
  })
})

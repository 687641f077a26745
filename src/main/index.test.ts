import { beforeEach, describe, expect, it, vi } from 'vitest'

import { IPC } from '../shared/ipc'
import { FakeBrowserWindow, FakeEmitter, createFake, moduleFor } from './testing/fakeElectron'

// Each test loads a fresh copy of the entry module against fresh fakes.
beforeEach(() => {
  vi.resetModules()
  FakeBrowserWindow.instances = []
})

async function load() {
  const fake = createFake()
  vi.doMock('electron', () => moduleFor(fake))
  return { fake, FakeBrowserWindow, FakeEmitter }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('main entry', () => {
  it('quits when another instance holds the lock, after registering the scheme', async () => {
    const { fake } = await load()
    fake.state.singleInstanceLock = false
    await import('./index')
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce()
    expect(fake.app.quit).toHaveBeenCalledOnce()
    expect(fake.app.whenReady).not.toHaveBeenCalled()
  })

  it('wires the scheme, security, IPC, menu and the window, and focuses on a second instance', async () => {
    const { fake, FakeBrowserWindow, FakeEmitter } = await load()
    fake.state.isPackaged = true
    fake.state.paths = { userData: '/nonexistent/userData' }
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')

    await import('./index')
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalled()
    expect(fake.protocol.handle).not.toHaveBeenCalled() // only once ready

    fake.resolveReady()
    await flush()

    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled()
    // One handler per channel of the contract, no more (a channel nobody handles would hang the renderer).
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(Object.values(IPC).sort())
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled()

    const window = FakeBrowserWindow.instances[0]!
    // Packaged: the environment variable is ignored, the app:// origin is loaded.
    expect(window.loadedUrl).toBe('app://scb/index.html')
    expect(String((window.options['webPreferences'] as { preload: string }).preload)).toMatch(
      /preload[\\/]index\.cjs$/
    )

    window.minimized = true
    fake.app.emit('second-instance')
    expect(window.minimized).toBe(false)
    expect(window.focused).toBe(true)

    // Every web contents gets the navigation guard.
    const contents = Object.assign(new FakeEmitter(), {
      setWindowOpenHandler: vi.fn()
    })
    fake.app.emit('web-contents-created', {}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
    expect(contents.listeners.has('will-navigate')).toBe(true)
    vi.unstubAllEnvs()
  })

  it('loads the dev server when not packaged', async () => {
    const { fake, FakeBrowserWindow } = await load()
    fake.state.isPackaged = false
    fake.state.paths = { userData: '/nonexistent/userData' }
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    await import('./index')
    fake.resolveReady()
    await flush()
    expect(FakeBrowserWindow.instances.at(-1)!.loadedUrl).toBe('http://localhost:5173')
    vi.unstubAllEnvs()
  })
})

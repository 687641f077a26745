import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('./testing/fakeElectron').then((m) => m.electronModule))

import { FakeBrowserWindow } from './testing/fakeElectron'
import { createMainWindow } from './window'

let dir: string
let stateFile: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scb-win-'))
  stateFile = join(dir, 'window-state.json')
  FakeBrowserWindow.instances = []
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('createMainWindow', () => {
  it('locks down the web preferences and waits for ready-to-show', () => {
    const window = createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      stateFile
    }) as unknown as FakeBrowserWindow
    expect(window.options['show']).toBe(false)
    expect(window.options['webPreferences']).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
  })

  it('opens at the default size without a saved state', () => {
    const window = createMainWindow({ preloadPath: 'p', stateFile }) as unknown as FakeBrowserWindow
    expect(window.options).toMatchObject({ width: 1280, height: 800, center: true })
  })

  it('restores and saves size, position and maximised state', async () => {
    await writeFile(stateFile, JSON.stringify({ x: 50, y: 60, width: 1100, height: 700, isMaximized: true }))
    const window = createMainWindow({ preloadPath: 'p', stateFile }) as unknown as FakeBrowserWindow
    expect(window.options).toMatchObject({ x: 50, y: 60, width: 1100, height: 700 })
    window.emit('ready-to-show')
    expect(window.maximized).toBe(true)

    window.bounds = { x: 10, y: 20, width: 1300.4, height: 900 }
    window.maximized = false
    window.emit('close')
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1300,
      height: 900,
      isMaximized: false
    })
  })

  it('ignores a corrupt state file', async () => {
    await writeFile(stateFile, '{"x": "left"')
    const window = createMainWindow({ preloadPath: 'p', stateFile }) as unknown as FakeBrowserWindow
    expect(window.options).toMatchObject({ width: 1280, height: 800 })
  })
})

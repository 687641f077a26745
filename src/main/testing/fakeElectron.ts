// Test double for the 'electron' module (the Electron binary cannot run in unit tests).
// Usage in a test file:
//   vi.mock('electron', () => import('../testing/fakeElectron').then((m) => m.electronModule))
//   import { fake } from '../testing/fakeElectron'
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

/** Minimal event emitter with the subset of the API the main process uses. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export class FakeWebContents extends FakeEmitter {
  reload = vi.fn()
  forcefullyCrashRenderer = vi.fn()
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = []
  static fromWebContents = vi.fn((_contents: unknown): FakeBrowserWindow | null => null)
  static getFocusedWindow = vi.fn((): FakeBrowserWindow | null => null)

  readonly options: Record<string, unknown>
  readonly webContents = new FakeWebContents()
  close = vi.fn()
  bounds: Rect
  maximized = false
  minimized = false
  visible = false
  focused = false
  loadedUrl: string | null = null

  constructor(options: Record<string, unknown>) {
    super()
    this.options = options
    this.bounds = {
      x: (options['x'] as number | undefined) ?? 100,
      y: (options['y'] as number | undefined) ?? 100,
      width: options['width'] as number,
      height: options['height'] as number
    }
    FakeBrowserWindow.instances.push(this)
  }
  getNormalBounds(): Rect {
    return { ...this.bounds }
  }
  isMaximized(): boolean {
    return this.maximized
  }
  maximize(): void {
    this.maximized = true
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
  }
  show(): void {
    this.visible = true
  }
  focus(): void {
    this.focused = true
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url
  }
}

export interface FakeState {
  /** Paths returned by app.getPath(name). */
  paths: Record<string, string>
  isPackaged: boolean
  version: string
  singleInstanceLock: boolean
  workAreas: Rect[]
}

export function createFake() {
  const state: FakeState = {
    paths: {},
    isPackaged: false,
    version: '0.1.0',
    singleInstanceLock: true,
    workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }]
  }
  const appEmitter = new FakeEmitter()
  const handlers = new Map<string, Listener>()
  let resolveReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve
  })

  const app = Object.assign(appEmitter, {
    isPackaged: false,
    getPath: vi.fn((name: string) => {
      const path = state.paths[name]
      if (path === undefined) throw new Error(`No fake path for ${name}`)
      return path
    }),
    getVersion: vi.fn(() => state.version),
    getName: vi.fn(() => 'so-chi-bo'),
    requestSingleInstanceLock: vi.fn(() => state.singleInstanceLock),
    quit: vi.fn(),
    whenReady: vi.fn(() => ready)
  })
  // A live view of state.isPackaged (Object.assign would copy a getter's current value).
  Object.defineProperty(app, 'isPackaged', { get: () => state.isPackaged })

  const dialog = {
    showSaveDialog: vi.fn(
      async (..._args: unknown[]) =>
        ({ canceled: true, filePath: '' }) as {
          canceled: boolean
          filePath: string
        }
    ),
    showOpenDialog: vi.fn(
      async (..._args: unknown[]) =>
        ({ canceled: true, filePaths: [] }) as {
          canceled: boolean
          filePaths: string[]
        }
    ),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false }))
  }

  const ipcMain = {
    handlers,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, listener)
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel)
    })
  }

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn()
    }
  }

  const protocol = {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn()
  }

  const Menu = {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn()
  }

  const shell = { openExternal: vi.fn(async (_url: string) => undefined) }

  const screen = {
    getAllDisplays: vi.fn(() => state.workAreas.map((workArea) => ({ workArea })))
  }

  const contextBridge = { exposeInMainWorld: vi.fn() }
  const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: undefined })) }

  return {
    state,
    resolveReady,
    app,
    dialog,
    ipcMain,
    session,
    protocol,
    Menu,
    shell,
    screen,
    contextBridge,
    ipcRenderer,
    BrowserWindow: FakeBrowserWindow
  }
}

export type Fake = ReturnType<typeof createFake>

/** The module object that stands for 'electron', backed by the given fakes. */
export function moduleFor(fake: Fake) {
  const module = {
    app: fake.app,
    dialog: fake.dialog,
    ipcMain: fake.ipcMain,
    session: fake.session,
    protocol: fake.protocol,
    Menu: fake.Menu,
    shell: fake.shell,
    screen: fake.screen,
    contextBridge: fake.contextBridge,
    ipcRenderer: fake.ipcRenderer,
    BrowserWindow: FakeBrowserWindow
  }
  return { ...module, default: module }
}

export const fake = createFake()

/** The module object vi.mock('electron') resolves to. */
export const electronModule = moduleFor(fake)

/** A fake IpcMainInvokeEvent coming from a frame at `url`. */
export function fakeInvokeEvent(url: string | null, options: { subFrame?: boolean } = {}) {
  const sender = new FakeEmitter()
  return {
    sender,
    senderFrame: url === null ? null : { url, parent: options.subFrame ? {} : null },
    processId: 1,
    frameId: 1
  }
}

// The main window: locked-down web preferences, shown only when ready, size and position remembered,
// a crash or hang of its page noticed (./crashGuard).
import { BrowserWindow, dialog, screen } from 'electron'
import { guardRenderer } from './crashGuard'
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  MIN_HEIGHT,
  MIN_WIDTH,
  loadWindowState,
  saveWindowState
} from './windowState'
import { APP_DISPLAY_NAME } from './menu'

export interface MainWindowOptions {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string
  /** Absolute path of the window-state JSON file in userData. */
  stateFile: string
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const saved = loadWindowState(options.stateFile, workAreas)

  const window = new BrowserWindow({
    title: APP_DISPLAY_NAME,
    width: saved?.width ?? DEFAULT_WIDTH,
    height: saved?.height ?? DEFAULT_HEIGHT,
    ...(saved ? { x: saved.x, y: saved.y } : { center: true }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click must not open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false
    }
  })

  guardRenderer(window, dialog)

  window.once('ready-to-show', () => {
    if (saved?.isMaximized) window.maximize()
    window.show()
  })

  window.on('close', () => {
    const bounds = window.getNormalBounds()
    saveWindowState(options.stateFile, {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.max(MIN_WIDTH, Math.round(bounds.width)),
      height: Math.max(MIN_HEIGHT, Math.round(bounds.height)),
      isMaximized: window.isMaximized()
    })
  })

  return window
}

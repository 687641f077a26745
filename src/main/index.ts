// Electron main entry: one instance, the app:// scheme, security policy, IPC, menu, window.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BrowserWindow, Menu, app, dialog, protocol, session, shell } from 'electron'
import { registerIpcHandlers } from './ipc/register'
import { installApplicationMenu } from './menu'
import { APP_ENTRY_URL } from './origin'
import { registerAppScheme, serveRenderer } from './protocol'
import { denyAllPermissions, guardNavigation } from './security'
import { createMainWindow } from './window'

/** Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html. */
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url))

export function startApp(): void {
  // A packaged app never trusts the environment to point it at another page.
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']

  // Must happen before 'ready'.
  registerAppScheme(protocol)

  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  let mainWindow: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, { devServerUrl, openExternal: (url) => shell.openExternal(url) })
  })

  app.on('window-all-closed', () => app.quit())

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    serveRenderer(protocol, RENDERER_DIR)
    registerIpcHandlers({ devServerUrl })
    installApplicationMenu({ app, Menu, dialog, getWindow: () => mainWindow })

    mainWindow = createMainWindow({
      preloadPath: PRELOAD_PATH,
      stateFile: join(app.getPath('userData'), 'window-state.json')
    })
    mainWindow.on('closed', () => {
      mainWindow = null
    })
    await mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL)
  })
}

startApp()

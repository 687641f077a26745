import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../testing/fakeElectron').then((m) => m.electronModule))

import { IPC, type IpcResult } from '../../shared/ipc'
import { fake, fakeInvokeEvent, FakeBrowserWindow } from '../testing/fakeElectron'
import { isTrustedSender, registerIpcHandlers } from './register'

const APP_PAGE = 'app://scb/index.html#/members'
const DEV_URL = 'http://localhost:5173'

let userData: string
let unregister: () => void

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'scb-ipc-'))
  fake.state.paths = { userData, documents: userData }
  fake.dialog.showSaveDialog.mockReset()
  fake.dialog.showOpenDialog.mockReset()
  FakeBrowserWindow.fromWebContents.mockReset().mockReturnValue(null)
  unregister = registerIpcHandlers({ devServerUrl: DEV_URL })
})

afterEach(async () => {
  unregister()
  await rm(userData, { recursive: true, force: true })
})

async function invoke(channel: string, url: string | null, ...args: unknown[]): Promise<IpcResult<unknown>> {
  const handler = fake.ipcMain.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return (await handler(fakeInvokeEvent(url), ...args)) as IpcResult<unknown>
}

function errorCode(result: IpcResult<unknown>): string | null {
  return result.ok ? null : result.error.code
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel and can remove them', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(Object.values(IPC).sort())
    unregister()
    expect(fake.ipcMain.handlers.size).toBe(0)
    unregister = registerIpcHandlers()
  })
})

describe('sender validation', () => {
  const untrusted = [
    'https://evil.example/index.html',
    'file:///C:/Users/x/index.html',
    'app://other/index.html',
    'http://localhost:9999/',
    'about:blank',
    'not a url',
    null
  ]

  it.each(untrusted)('refuses %s on every channel and writes nothing', async (url) => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(userData, 'x.xlsx') })
    const calls: [string, unknown[]][] = [
      [IPC.saveFile, [{ suggestedName: 'x.xlsx', bytes: new Uint8Array([1]) }]],
      [IPC.openFile, [{ filters: [] }]],
      [IPC.openFiles, [{ filters: [] }]],
      [IPC.backupWrite, ['a.scbk', new Uint8Array([1])]],
      [IPC.backupList, []],
      [IPC.backupRead, ['a.scbk']],
      [IPC.backupDelete, ['a.scbk']],
      [IPC.appInfo, []]
    ]
    for (const [channel, args] of calls) {
      expect(errorCode(await invoke(channel, url, ...args))).toBe('forbidden')
    }
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled()
    expect(await readdir(userData)).toEqual([])
  })

  it('refuses a sub-frame even on the app origin', () => {
    expect(isTrustedSender(fakeInvokeEvent(APP_PAGE, { subFrame: true }) as never, DEV_URL)).toBe(false)
  })

  it('refuses the dev server when none is configured (production)', () => {
    expect(isTrustedSender(fakeInvokeEvent(`${DEV_URL}/`) as never, undefined)).toBe(false)
    expect(isTrustedSender(fakeInvokeEvent(APP_PAGE) as never, undefined)).toBe(true)
  })

  it('refuses a disposed frame', () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed')
      }
    }
    expect(isTrustedSender(event as never, DEV_URL)).toBe(false)
  })

  it('accepts the dev server page', async () => {
    expect((await invoke(IPC.appInfo, `${DEV_URL}/#/`)).ok).toBe(true)
  })
})

describe('argument validation', () => {
  it.each([
    [IPC.saveFile, []],
    [IPC.saveFile, [{ suggestedName: 'a.xlsx', bytes: 'AAEC' }]],
    [IPC.saveFile, [{ suggestedName: 'a.xlsx', bytes: new Uint8Array([1]), path: '/tmp/x' }]],
    [IPC.saveFile, [{ suggestedName: 'a.xlsx', bytes: new Uint8Array([1]) }, 'extra']],
    [IPC.openFile, [{ filters: 'xlsx' }]],
    [IPC.openFile, [{ filters: [], maxBytes: -1 }]],
    [IPC.openFile, [{ filters: [], maxBytes: 10 ** 12 }]],
    [IPC.openFiles, [{ filters: 'xlsx' }]],
    [IPC.openFiles, [{ filters: [], maxBytes: -1 }]],
    [IPC.openFiles, [{ filters: [] }, 'extra']],
    [IPC.backupWrite, ['../x.scbk', new Uint8Array([1])]],
    [IPC.backupWrite, ['..\\x.scbk', new Uint8Array([1])]],
    [IPC.backupWrite, ['sub/x.scbk', new Uint8Array([1])]],
    [IPC.backupWrite, ['x.exe', new Uint8Array([1])]],
    [IPC.backupWrite, ['x.scbk', [1, 2]]],
    [IPC.backupWrite, [42, new Uint8Array([1])]],
    [IPC.backupList, ['extra']],
    [IPC.backupRead, ['../../secret.json']],
    [IPC.backupRead, [{ name: 'a.scbk' }]],
    [IPC.backupDelete, ['/etc/passwd.json']],
    [IPC.appInfo, [1]]
  ])('%s %j → invalid-argument, nothing touched', async (channel, args) => {
    const result = await invoke(channel, APP_PAGE, ...args)
    expect(errorCode(result)).toBe('invalid-argument')
    expect(result.ok ? '' : result.error.message).not.toBe('')
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled()
    expect(await readdir(userData)).toEqual([])
  })
})

describe('handlers', () => {
  it('saveFile: writes through the dialog and returns the chosen name', async () => {
    const target = join(userData, 'Báo cáo.xlsx')
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await invoke(IPC.saveFile, APP_PAGE, {
      suggestedName: 'Báo cáo.xlsx',
      bytes: new Uint8Array([1, 2])
    })
    expect(result).toEqual({ ok: true, value: { fileName: 'Báo cáo.xlsx' } })
    expect(await readdir(userData)).toEqual(['Báo cáo.xlsx'])
  })

  it('saveFile: uses the sender window as the dialog parent', async () => {
    const window = new FakeBrowserWindow({ width: 1, height: 1 })
    FakeBrowserWindow.fromWebContents.mockReturnValue(window)
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await invoke(IPC.saveFile, APP_PAGE, { suggestedName: 'a.xlsx', bytes: new Uint8Array([1]) })
    expect(fake.dialog.showSaveDialog.mock.calls[0]![0]).toBe(window)
  })

  it('saveFile: cancel → cancelled', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    const result = await invoke(IPC.saveFile, APP_PAGE, {
      suggestedName: 'a.xlsx',
      bytes: new Uint8Array([1])
    })
    expect(errorCode(result)).toBe('cancelled')
  })

  it('saveFile: a dialog that throws becomes an io error, never a throw', async () => {
    fake.dialog.showSaveDialog.mockRejectedValue(new Error('boom'))
    const result = await invoke(IPC.saveFile, APP_PAGE, {
      suggestedName: 'a.xlsx',
      bytes: new Uint8Array([1])
    })
    expect(errorCode(result)).toBe('io')
  })

  it('openFile: returns bytes; oversized → too-large', async () => {
    const path = join(userData, 'in.xlsx')
    await writeFile(path, Buffer.from([5, 6, 7]))
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    const filters = [{ name: 'Excel', extensions: ['xlsx'] }]
    const result = await invoke(IPC.openFile, APP_PAGE, { filters })
    expect(result.ok && result.value).toEqual({ name: 'in.xlsx', bytes: new Uint8Array([5, 6, 7]) })
    expect(errorCode(await invoke(IPC.openFile, APP_PAGE, { filters, maxBytes: 2 }))).toBe('too-large')
  })

  it('openFiles: returns every picked file in order; cancel → cancelled', async () => {
    const paths = [join(userData, 'a.xlsx'), join(userData, 'b.xlsx')]
    await writeFile(paths[0], Buffer.from([1]))
    await writeFile(paths[1], Buffer.from([2, 3]))
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: paths })
    const result = await invoke(IPC.openFiles, APP_PAGE, {
      filters: [{ name: 'Excel', extensions: ['xlsx'] }]
    })
    expect(result.ok && result.value).toEqual([
      { name: 'a.xlsx', bytes: new Uint8Array([1]) },
      { name: 'b.xlsx', bytes: new Uint8Array([2, 3]) }
    ])
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(errorCode(await invoke(IPC.openFiles, APP_PAGE, { filters: [] }))).toBe('cancelled')
  })

  it('openFile: cancel → cancelled', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(errorCode(await invoke(IPC.openFile, APP_PAGE, { filters: [] }))).toBe('cancelled')
  })

  it('backups: write, list, read, delete round trip', async () => {
    const written = await invoke(IPC.backupWrite, APP_PAGE, 'sao-luu.scbk', new Uint8Array([9, 8]))
    expect(written.ok && written.value).toMatchObject({ name: 'sao-luu.scbk', size: 2 })
    const list = await invoke(IPC.backupList, APP_PAGE)
    expect(list.ok && (list.value as { name: string }[]).map((b) => b.name)).toEqual(['sao-luu.scbk'])
    const read = await invoke(IPC.backupRead, APP_PAGE, 'sao-luu.scbk')
    expect(read.ok && read.value).toEqual({ name: 'sao-luu.scbk', bytes: new Uint8Array([9, 8]) })
    expect(await invoke(IPC.backupDelete, APP_PAGE, 'sao-luu.scbk')).toEqual({ ok: true, value: undefined })
    expect(errorCode(await invoke(IPC.backupRead, APP_PAGE, 'sao-luu.scbk'))).toBe('not-found')
    expect(errorCode(await invoke(IPC.backupDelete, APP_PAGE, 'sao-luu.scbk'))).toBe('not-found')
  })

  it('appInfo: name, version, platform and backup folder', async () => {
    fake.state.version = '1.2.3'
    const result = await invoke(IPC.appInfo, APP_PAGE)
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Sổ Chi bộ',
        version: '1.2.3',
        platform: process.platform,
        backupFolder: join(userData, 'backups'),
        isDesktop: true
      }
    })
  })
})

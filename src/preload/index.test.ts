import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../main/testing/fakeElectron').then((m) => m.electronModule))

import { IPC, type PlatformApi } from '../shared/ipc'
import { fake } from '../main/testing/fakeElectron'
import './index'

function exposed(): PlatformApi {
  return fake.contextBridge.exposeInMainWorld.mock.calls[0]![1] as PlatformApi
}

describe('preload', () => {
  it('exposes exactly one key, platformApi, with exactly the contract functions', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(fake.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('platformApi')
    expect(Object.keys(exposed()).sort()).toEqual(Object.keys(IPC).sort())
    for (const value of Object.values(exposed())) expect(typeof value).toBe('function')
  })

  it('each function invokes its own channel with its arguments and returns the result', async () => {
    const api = exposed()
    const bytes = new Uint8Array([1, 2])
    const saveRequest = { suggestedName: 'a.xlsx', bytes }
    const openRequest = { filters: [{ name: 'Excel', extensions: ['xlsx'] }], maxBytes: 10 }
    const cases: [() => Promise<unknown>, string, unknown[]][] = [
      [() => api.saveFile(saveRequest), IPC.saveFile, [saveRequest]],
      [() => api.openFile(openRequest), IPC.openFile, [openRequest]],
      [() => api.openFiles(openRequest), IPC.openFiles, [openRequest]],
      [() => api.backupWrite('a.scbk', bytes), IPC.backupWrite, ['a.scbk', bytes]],
      [() => api.backupList(), IPC.backupList, []],
      [() => api.backupRead('a.scbk'), IPC.backupRead, ['a.scbk']],
      [() => api.backupDelete('a.scbk'), IPC.backupDelete, ['a.scbk']],
      [() => api.appInfo(), IPC.appInfo, []]
    ]
    for (const [call, channel, args] of cases) {
      fake.ipcRenderer.invoke.mockClear()
      fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: channel } as never)
      expect(await call()).toEqual({ ok: true, value: channel })
      expect(fake.ipcRenderer.invoke.mock.calls).toEqual([[channel, ...args]])
    }
  })
})

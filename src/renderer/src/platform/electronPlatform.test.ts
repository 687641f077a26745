import { describe, expect, it, vi } from 'vitest'
import type { IpcResult, PlatformApi } from '@shared/ipc'
import { createElectronPlatform } from './electronPlatform'
import { PlatformError } from './errors'
import { choosePlatform, platform, setPlatformForTests } from './index'

function okResult<T>(value: T): Promise<IpcResult<T>> {
  return Promise.resolve({ ok: true, value })
}

function failResult(code: PlatformError['code'] & string, message = 'x'): Promise<IpcResult<never>> {
  return Promise.resolve({ ok: false, error: { code, message } } as IpcResult<never>)
}

function fakeApi(overrides: Partial<Record<keyof PlatformApi, ReturnType<typeof vi.fn>>> = {}) {
  const api = {
    saveFile: vi.fn(() => okResult({ fileName: 'a.xlsx' })),
    openFile: vi.fn(() => okResult({ name: 'b.xlsx', bytes: new Uint8Array([1]) })),
    openFiles: vi.fn(() => okResult([{ name: 'b.xlsx', bytes: new Uint8Array([1]) }])),
    backupWrite: vi.fn(() => okResult({ name: 'c.scbk', size: 1, modifiedAt: '2025-01-01T00:00:00.000Z' })),
    backupList: vi.fn(() => okResult([])),
    backupRead: vi.fn(() => okResult({ name: 'c.scbk', bytes: new Uint8Array([7]) })),
    backupDelete: vi.fn(() => okResult(undefined)),
    appInfo: vi.fn(() =>
      okResult({
        name: 'Sổ Chi bộ',
        version: '1.0.0',
        platform: 'win32',
        backupFolder: 'C:\\b',
        isDesktop: true as const
      })
    ),
    ...overrides
  }
  return api
}

async function rejection(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof PlatformError) return error
    throw error
  }
  throw new Error('expected a rejection')
}

describe('electron platform', () => {
  it('saves through the preload and returns the chosen name', async () => {
    const api = fakeApi()
    const p = createElectronPlatform(api as unknown as PlatformApi)
    const filters = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]
    expect(await p.saveFile(new Uint8Array([1, 2]), 'Báo cáo.xlsx', filters)).toEqual({ fileName: 'a.xlsx' })
    expect(api.saveFile).toHaveBeenCalledWith({
      suggestedName: 'Báo cáo.xlsx',
      bytes: new Uint8Array([1, 2]),
      filters
    })
    expect(p.isDesktop).toBe(true)
  })

  it('sends exact bytes, never a larger underlying buffer', async () => {
    const api = fakeApi()
    const p = createElectronPlatform(api as unknown as PlatformApi)
    const big = new Uint8Array([0, 1, 2, 3, 4, 5])
    await p.saveFile(big.subarray(2, 4), 'a.xlsx')
    const sent = (api.saveFile.mock.calls[0] as unknown as [{ bytes: Uint8Array }])[0].bytes
    expect([...sent]).toEqual([2, 3])
    expect(sent.buffer.byteLength).toBe(2)
  })

  it('turns cancel into null', async () => {
    const p = createElectronPlatform(
      fakeApi({
        saveFile: vi.fn(() => failResult('cancelled')),
        openFile: vi.fn(() => failResult('cancelled'))
      }) as unknown as PlatformApi
    )
    expect(await p.saveFile(new Uint8Array(), 'a.xlsx')).toBeNull()
    expect(await p.openFile([])).toBeNull()
  })

  it('opens a file with the filters and limit', async () => {
    const api = fakeApi()
    const p = createElectronPlatform(api as unknown as PlatformApi)
    const filters = [{ name: 'Excel', extensions: ['xlsx'] }]
    expect(await p.openFile(filters, 1000)).toEqual({ name: 'b.xlsx', bytes: new Uint8Array([1]) })
    expect(api.openFile).toHaveBeenCalledWith({ filters, maxBytes: 1000 })
    await p.openFile(filters)
    expect(api.openFile).toHaveBeenLastCalledWith({ filters })
  })

  it('turns { ok: false } into a PlatformError with a Vietnamese message', async () => {
    const p = createElectronPlatform(
      fakeApi({
        openFile: vi.fn(() => failResult('too-large')),
        saveFile: vi.fn(() => failResult('io', 'EBUSY'))
      }) as unknown as PlatformApi
    )
    const tooLarge = await rejection(p.openFile([]))
    expect(tooLarge.code).toBe('too-large')
    expect(tooLarge.userMessage).toBe('Tệp quá lớn (tối đa 50 MB). Hãy chọn tệp khác.')
    expect((await rejection(p.openFile([], 10 * 1024 * 1024))).code).toBe('too-large')
    const io = await rejection(p.saveFile(new Uint8Array(), 'a.xlsx'))
    expect(io.code).toBe('io')
    expect(io.message).toBe('EBUSY')
    expect(io.userMessage).toContain('Excel')
  })

  it('shows the requested limit in the too-large message', async () => {
    const p = createElectronPlatform(
      fakeApi({ openFile: vi.fn(() => failResult('too-large')) }) as unknown as PlatformApi
    )
    expect((await rejection(p.openFile([], 10 * 1024 * 1024))).userMessage).toContain('tối đa 10 MB')
  })

  it('turns a broken bridge into an io PlatformError', async () => {
    const p = createElectronPlatform(
      fakeApi({ appInfo: vi.fn(() => Promise.reject(new Error('gone'))) }) as unknown as PlatformApi
    )
    expect((await rejection(p.appInfo())).code).toBe('io')
  })

  it('wraps the backup folder', async () => {
    const api = fakeApi({ backupDelete: vi.fn(() => failResult('not-found')) })
    const p = createElectronPlatform(api as unknown as PlatformApi)
    expect(p.backups).not.toBeNull()
    expect(await p.backups!.write('c.scbk', new Uint8Array([1]))).toMatchObject({ name: 'c.scbk' })
    expect(api.backupWrite).toHaveBeenCalledWith('c.scbk', new Uint8Array([1]))
    expect(await p.backups!.list()).toEqual([])
    expect(await p.backups!.read('c.scbk')).toEqual(new Uint8Array([7]))
    expect(api.backupRead).toHaveBeenCalledWith('c.scbk')
    const missing = await rejection(p.backups!.remove('c.scbk'))
    expect(missing.code).toBe('not-found')
    expect(missing.userMessage).toContain('Không tìm thấy tệp')
  })

  it('reports app info with the backup folder', async () => {
    const p = createElectronPlatform(fakeApi() as unknown as PlatformApi)
    expect(await p.appInfo()).toEqual({
      name: 'Sổ Chi bộ',
      version: '1.0.0',
      isDesktop: true,
      backupFolder: 'C:\\b'
    })
  })
})

describe('platform selection', () => {
  it('uses Electron when window.platformApi exists, the web otherwise', () => {
    expect(choosePlatform({ platformApi: fakeApi() as unknown as PlatformApi }).isDesktop).toBe(true)
    expect(choosePlatform({}).isDesktop).toBe(false)
    expect(choosePlatform(undefined).isDesktop).toBe(false)
  })

  it('setPlatformForTests replaces and restores the live binding', () => {
    const original = platform
    const replacement = createElectronPlatform(fakeApi() as unknown as PlatformApi)
    const restore = setPlatformForTests(replacement)
    expect(platform).toBe(replacement)
    restore()
    expect(platform).toBe(original)
  })
})

describe('electron platform: openFiles', () => {
  it('passes filters and the per-file limit, returns the files; cancel becomes null', async () => {
    const api = fakeApi()
    const p = createElectronPlatform(api as unknown as PlatformApi)
    const filters = [{ name: 'Excel', extensions: ['xlsx'] }]
    expect(await p.openFiles(filters, 1000)).toEqual([{ name: 'b.xlsx', bytes: new Uint8Array([1]) }])
    expect(api.openFiles).toHaveBeenCalledWith({ filters, maxBytes: 1000 })
    const cancelled = createElectronPlatform(
      fakeApi({ openFiles: vi.fn(() => failResult('cancelled')) }) as unknown as PlatformApi
    )
    expect(await cancelled.openFiles(filters)).toBeNull()
  })

  it('a file too large becomes a PlatformError naming the limit', async () => {
    const p = createElectronPlatform(
      fakeApi({ openFiles: vi.fn(() => failResult('too-large')) }) as unknown as PlatformApi
    )
    expect((await rejection(p.openFiles([], 10 * 1024 * 1024))).userMessage).toContain('tối đa 10 MB')
  })
})

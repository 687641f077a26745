// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PlatformError } from './errors'
import { platform } from './index'
import type { Platform } from './platform'
import { acceptAttribute, createWebPlatform, downloadName } from './webPlatform'

const excel = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('web platform: saveFile', () => {
  it('downloads a Blob through a temporary link and revokes the URL later', async () => {
    const blobs: Blob[] = []
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:scb/1'
    })
    const revokeObjectURL = vi.fn()
    Object.assign(URL, { createObjectURL, revokeObjectURL })
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
      expect(document.body.contains(this)).toBe(true)
    })

    const result = await createWebPlatform().saveFile(
      new Uint8Array([80, 75, 3, 4]),
      'Danh sách: 2025',
      excel
    )

    expect(result).toEqual({ fileName: 'Danh sách_ 2025.xlsx' })
    expect(clicked).toHaveLength(1)
    expect(clicked[0]!.download).toBe('Danh sách_ 2025.xlsx')
    expect(clicked[0]!.href).toBe('blob:scb/1')
    expect(document.querySelectorAll('a')).toHaveLength(0)
    expect(blobs[0]!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]))
    expect(revokeObjectURL).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000)
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:scb/1')
  })
})

describe('downloadName / acceptAttribute', () => {
  it('cleans names and adds the extension when missing', () => {
    expect(downloadName('../a/b.xlsx')).toBe('_a_b.xlsx')
    expect(downloadName('bao cao', excel)).toBe('bao cao.xlsx')
    expect(downloadName('bao cao.xlsx', excel)).toBe('bao cao.xlsx')
    expect(downloadName(' . ')).toBe('tep')
  })
  it('builds accept', () => {
    expect(acceptAttribute(excel)).toBe('.xlsx')
    expect(
      acceptAttribute([
        { name: 'a', extensions: ['XLSX', 'xls'] },
        { name: 'b', extensions: ['xlsx'] }
      ])
    ).toBe('.xlsx,.xls')
    expect(acceptAttribute([{ name: 'all', extensions: ['*'] }])).toBe('')
  })
})

/**
 * Starts `open` on a fresh web platform and intercepts the hidden input's click: the test then plays
 * the clerk on `input` and awaits `result`.
 */
async function openThroughInput<T>(
  open: (platform: Platform) => Promise<T>
): Promise<{ input: HTMLInputElement; result: Promise<T> }> {
  const clicked = new Promise<HTMLInputElement>((resolve) => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      resolve(this)
    })
  })
  const result = open(createWebPlatform())
  return { input: await clicked, result }
}

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
}

describe('web platform: openFile', () => {
  it('uses a hidden file input with accept and returns the bytes and name', async () => {
    vi.useRealTimers()
    const { input, result } = await openThroughInput((p) => p.openFile(excel))
    expect(input.type).toBe('file')
    expect(input.accept).toBe('.xlsx')
    expect(input.style.display).toBe('none')
    choose(input, [new File([new Uint8Array([1, 2, 3])], 'Đảng viên.xlsx')])
    const file = await result
    expect(file?.name).toBe('Đảng viên.xlsx')
    expect(file?.bytes).toEqual(new Uint8Array([1, 2, 3]))
    expect(document.querySelectorAll('input')).toHaveLength(0)
  })

  it('resolves null when the clerk cancels', async () => {
    const { input, result } = await openThroughInput((p) => p.openFile(excel))
    input.dispatchEvent(new Event('cancel'))
    expect(await result).toBeNull()
    expect(document.querySelectorAll('input')).toHaveLength(0)
  })

  it('refuses a file above the limit without reading it', async () => {
    const { input, result } = await openThroughInput((p) => p.openFile(excel, 2))
    const file = new File([new Uint8Array([1, 2, 3])], 'big.xlsx')
    const read = vi.spyOn(file, 'arrayBuffer')
    choose(input, [file])
    const error = await result.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PlatformError)
    expect((error as PlatformError).code).toBe('too-large')
    expect(read).not.toHaveBeenCalled()
  })

  it('uses the 50 MB default limit', async () => {
    const { input, result } = await openThroughInput((p) => p.openFile(excel))
    const file = new File([], 'huge.xlsx')
    Object.defineProperty(file, 'size', { value: 50 * 1024 * 1024 + 1 })
    choose(input, [file])
    const error = (await result.catch((e: unknown) => e)) as PlatformError
    expect(error.code).toBe('too-large')
    expect(error.userMessage).toBe('Tệp quá lớn (tối đa 50 MB). Hãy chọn tệp khác.')
  })

  it('refuses a file of another type', async () => {
    const { input, result } = await openThroughInput((p) => p.openFile(excel))
    choose(input, [new File(['MZ'], 'setup.exe')])
    expect(((await result.catch((e: unknown) => e)) as PlatformError).code).toBe('invalid-argument')
  })

  it('resolves null when change fires with no file', async () => {
    const { input, result } = await openThroughInput((p) => p.openFile(excel))
    choose(input, [])
    expect(await result).toBeNull()
  })
})

describe('web platform: the rest', () => {
  it('has no backup folder and reports itself as web', async () => {
    const web = createWebPlatform()
    expect(web.isDesktop).toBe(false)
    expect(web.backups).toBeNull()
    const info = await web.appInfo()
    expect(info).toMatchObject({ name: 'Sổ Chi bộ', isDesktop: false, backupFolder: null })
    expect(typeof info.version).toBe('string')
  })

  it('is the platform chosen in a browser without platformApi', () => {
    expect(window.platformApi).toBeUndefined()
    expect(platform.isDesktop).toBe(false)
  })
})

describe('web platform: openFiles', () => {
  it('uses a hidden multiple file input and returns every file with its bytes, in order', async () => {
    vi.useRealTimers()
    const { input, result } = await openThroughInput((p) => p.openFiles(excel))
    expect(input.multiple).toBe(true)
    expect(input.accept).toBe('.xlsx')
    choose(input, [
      new File([new Uint8Array([1])], 'Chi bộ 1.xlsx'),
      new File([new Uint8Array([2, 3])], 'Chi bộ 2.xlsx')
    ])
    expect(await result).toEqual([
      { name: 'Chi bộ 1.xlsx', bytes: new Uint8Array([1]) },
      { name: 'Chi bộ 2.xlsx', bytes: new Uint8Array([2, 3]) }
    ])
    expect(document.querySelectorAll('input')).toHaveLength(0)
  })

  it('resolves null when the clerk cancels', async () => {
    const { input, result } = await openThroughInput((p) => p.openFiles(excel))
    input.dispatchEvent(new Event('cancel'))
    expect(await result).toBeNull()
  })

  it('refuses the pick when one file is too large or of another type, reading none', async () => {
    const small = new File([new Uint8Array([1])], 'a.xlsx')
    const read = vi.spyOn(small, 'arrayBuffer')
    const tooLarge = await openThroughInput((p) => p.openFiles(excel, 2))
    choose(tooLarge.input, [small, new File([new Uint8Array([1, 2, 3])], 'b.xlsx')])
    expect(((await tooLarge.result.catch((e: unknown) => e)) as PlatformError).code).toBe('too-large')
    const otherType = await openThroughInput((p) => p.openFiles(excel))
    choose(otherType.input, [small, new File([], 'c.exe')])
    expect(((await otherType.result.catch((e: unknown) => e)) as PlatformError).code).toBe('invalid-argument')
    expect(read).not.toHaveBeenCalled()
  })
})

import { mkdir, mkdtemp, open, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../testing/fakeElectron').then((m) => m.electronModule))
// A pass-through spy on open(), to prove that oversized files are refused before being read.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return { ...actual, open: vi.fn(actual.open) }
})

import { fake } from '../testing/fakeElectron'
import { failureCode } from '../testing/ipcFailure'
import {
  allowedExtensions,
  openFile,
  openFiles,
  sanitizeFileName,
  saveFile,
  saveFileRequestSchema
} from './files'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scb-files-'))
  fake.state.paths = { documents: join(dir, 'Documents') }
  fake.dialog.showSaveDialog.mockReset()
  fake.dialog.showOpenDialog.mockReset()
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('sanitizeFileName', () => {
  it('keeps Vietnamese names', () => {
    expect(sanitizeFileName('Danh sách đảng viên 2025.xlsx')).toBe('Danh sách đảng viên 2025.xlsx')
  })
  it('normalises to NFC', () => {
    expect(sanitizeFileName('Đảng viên.xlsx'.normalize('NFD'))).toBe('Đảng viên.xlsx'.normalize('NFC'))
  })
  it('removes folders and characters Windows refuses', () => {
    expect(sanitizeFileName('../../Windows/system32/x.xlsx')).toBe('_.._Windows_system32_x.xlsx')
    expect(sanitizeFileName('C:\\a\\b.xlsx')).toBe('C__a_b.xlsx')
    expect(sanitizeFileName('a<b>c:"d|e?f*.xlsx')).toBe('a_b_c__d_e_f_.xlsx')
    expect(sanitizeFileName('tab\there\n.xlsx')).toBe('tab_here_.xlsx')
  })
  it('strips leading and trailing dots and spaces', () => {
    expect(sanitizeFileName('  ..bao cao.xlsx. ')).toBe('bao cao.xlsx')
    expect(sanitizeFileName('...')).toBe('tep')
    expect(sanitizeFileName('   ')).toBe('tep')
  })
  it('avoids reserved device names', () => {
    expect(sanitizeFileName('CON.xlsx')).toBe('_CON.xlsx')
    expect(sanitizeFileName('nul')).toBe('_nul')
    expect(sanitizeFileName('console.xlsx')).toBe('console.xlsx')
  })
  it('limits the length but keeps the extension', () => {
    const name = sanitizeFileName(`${'a'.repeat(300)}.xlsx`)
    expect(name.length).toBe(180)
    expect(name.endsWith('.xlsx')).toBe(true)
  })
})

describe('saveFileRequestSchema', () => {
  it('accepts a valid request', () => {
    const request = {
      suggestedName: 'a.xlsx',
      bytes: new Uint8Array([1]),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }]
    }
    expect(saveFileRequestSchema.safeParse(request).success).toBe(true)
  })
  it.each([
    [{ suggestedName: 'a.xlsx', bytes: [1, 2, 3] }],
    [{ suggestedName: '', bytes: new Uint8Array() }],
    [{ suggestedName: 5, bytes: new Uint8Array() }],
    [{ suggestedName: 'a', bytes: new Uint8Array(), filters: [{ name: 'x', extensions: ['.xlsx'] }] }],
    [{ suggestedName: 'a', bytes: new Uint8Array(), path: '/etc/passwd' }],
    [null]
  ])('refuses %j', (request) => {
    expect(saveFileRequestSchema.safeParse(request).success).toBe(false)
  })
})

describe('saveFile', () => {
  it('shows the save dialog with the sanitised name and writes the bytes', async () => {
    const target = join(dir, 'chosen.xlsx')
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const bytes = new Uint8Array([80, 75, 3, 4])
    const result = await saveFile(
      {
        suggestedName: '../Báo cáo.xlsx',
        bytes,
        filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]
      },
      null
    )
    expect(result).toEqual({ fileName: 'chosen.xlsx' })
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
    const options = fake.dialog.showSaveDialog.mock.calls[0]![0] as Electron.SaveDialogOptions
    expect(options.defaultPath).toBe(join(dir, 'Documents', '_Báo cáo.xlsx'))
    expect(options.filters).toEqual([{ name: 'Bảng tính Excel', extensions: ['xlsx'] }])
    expect(await readdir(dir)).toEqual(['chosen.xlsx'])
  })

  it('passes the parent window to the dialog', async () => {
    const parent = { id: 1 } as unknown as Electron.BrowserWindow
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'x.xlsx') })
    await saveFile({ suggestedName: 'x.xlsx', bytes: new Uint8Array([1]) }, parent)
    expect(fake.dialog.showSaveDialog.mock.calls[0]![0]).toBe(parent)
  })

  it('replaces an existing file completely', async () => {
    const target = join(dir, 'old.xlsx')
    await writeFile(target, 'old content that is longer')
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    await saveFile({ suggestedName: 'old.xlsx', bytes: new Uint8Array([1, 2]) }, null)
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2]))
  })

  it('reports cancel as "cancelled" and writes nothing', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await failureCode(saveFile({ suggestedName: 'a.xlsx', bytes: new Uint8Array([1]) }, null))).toBe(
      'cancelled'
    )
    expect(await readdir(dir)).toEqual([])
  })

  it('reports a folder that cannot be written as "io" and leaves no temp file', async () => {
    const target = join(dir, 'missing-folder', 'a.xlsx')
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    await expect(
      saveFile({ suggestedName: 'a.xlsx', bytes: new Uint8Array([1]) }, null)
    ).rejects.toMatchObject({
      code: 'ENOENT'
    })
    expect(await readdir(dir)).toEqual([])
  })
})

describe('allowedExtensions', () => {
  it('collects lower-case extensions; "*" or no filter allows anything', () => {
    expect(allowedExtensions([{ name: 'Excel', extensions: ['XLSX', 'xls'] }])).toEqual(
      new Set(['xlsx', 'xls'])
    )
    expect(allowedExtensions([{ name: 'Tất cả', extensions: ['*'] }])).toBeNull()
    expect(allowedExtensions([])).toBeNull()
  })
})

describe('openFile', () => {
  const excel = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]

  it('returns the bytes and the base name', async () => {
    const path = join(dir, 'Danh sách.xlsx')
    await writeFile(path, Buffer.from([1, 2, 3]))
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    const file = await openFile({ filters: excel }, null)
    expect(file.name).toBe('Danh sách.xlsx')
    expect(file.bytes).toBeInstanceOf(Uint8Array)
    expect([...file.bytes]).toEqual([1, 2, 3])
    expect(file.bytes.buffer.byteLength).toBe(3)
    const options = fake.dialog.showOpenDialog.mock.calls[0]![0] as Electron.OpenDialogOptions
    expect(options.properties).toEqual(['openFile'])
    expect(options.filters).toEqual(excel)
  })

  it('reports cancel as "cancelled"', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await failureCode(openFile({ filters: excel }, null))).toBe('cancelled')
  })

  it('refuses a file above maxBytes before reading it', async () => {
    const path = join(dir, 'big.xlsx')
    await writeFile(path, Buffer.alloc(11))
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    vi.mocked(open).mockClear()
    expect(await failureCode(openFile({ filters: excel, maxBytes: 10 }, null))).toBe('too-large')
    expect(vi.mocked(open)).not.toHaveBeenCalled()
  })

  it('accepts a file of exactly maxBytes', async () => {
    const path = join(dir, 'edge.xlsx')
    await writeFile(path, Buffer.alloc(10, 7))
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    expect((await openFile({ filters: excel, maxBytes: 10 }, null)).bytes.byteLength).toBe(10)
  })

  it('uses the 50 MB default limit', async () => {
    const path = join(dir, 'huge.xlsx')
    const handle = await open(path, 'w')
    await handle.truncate(50 * 1024 * 1024 + 1)
    await handle.close()
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    expect(await failureCode(openFile({ filters: excel }, null))).toBe('too-large')
  })

  it('refuses a file whose extension is not in the filters', async () => {
    const path = join(dir, 'virus.exe')
    await writeFile(path, 'MZ')
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    expect(await failureCode(openFile({ filters: excel }, null))).toBe('invalid-argument')
  })

  it('refuses a folder', async () => {
    const path = join(dir, 'folder.xlsx')
    await mkdir(path)
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    expect(await failureCode(openFile({ filters: excel }, null))).toBe('invalid-argument')
  })
})

describe('openFiles', () => {
  const excel = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]

  it('asks for several files and returns each with its bytes and base name, in the order picked', async () => {
    const paths = [join(dir, 'Chi bộ 1.xlsx'), join(dir, 'Chi bộ 2.xlsx')]
    await writeFile(paths[0], Buffer.from([1, 2]))
    await writeFile(paths[1], Buffer.from([3]))
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: paths })
    const files = await openFiles({ filters: excel }, null)
    expect(files.map((f) => [f.name, [...f.bytes]])).toEqual([
      ['Chi bộ 1.xlsx', [1, 2]],
      ['Chi bộ 2.xlsx', [3]]
    ])
    const options = fake.dialog.showOpenDialog.mock.calls[0]![0] as Electron.OpenDialogOptions
    expect(options.properties).toEqual(['openFile', 'multiSelections'])
  })

  it('reports cancel (or nothing picked) as "cancelled"', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await failureCode(openFiles({ filters: excel }, null))).toBe('cancelled')
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [] })
    expect(await failureCode(openFiles({ filters: excel }, null))).toBe('cancelled')
  })

  it('refuses the whole pick when one file is too large or of another type, before reading it', async () => {
    const ok = join(dir, 'a.xlsx')
    const big = join(dir, 'b.xlsx')
    const exe = join(dir, 'c.exe')
    await writeFile(ok, Buffer.alloc(2))
    await writeFile(big, Buffer.alloc(11))
    await writeFile(exe, 'MZ')
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [ok, big] })
    expect(await failureCode(openFiles({ filters: excel, maxBytes: 10 }, null))).toBe('too-large')
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [ok, exe] })
    expect(await failureCode(openFiles({ filters: excel }, null))).toBe('invalid-argument')
  })

  it('refuses more than 500 files at once', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: Array.from({ length: 501 }, (_, i) => join(dir, `${i}.xlsx`))
    })
    vi.mocked(open).mockClear()
    expect(await failureCode(openFiles({ filters: excel }, null))).toBe('too-large')
    expect(vi.mocked(open)).not.toHaveBeenCalled()
  })
})

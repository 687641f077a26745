import { beforeEach, describe, expect, it, vi } from 'vitest'

const messages = vi.hoisted(() => ({ info: vi.fn() }))
vi.mock('element-plus', () => ({ ElMessage: messages }))

import { ReadCancelledError, readGridsOffThread } from '@renderer/excel/import/readOffThread'
import { MAX_SPREADSHEET_BYTES, SpreadsheetReadError } from '@renderer/excel/import/limits'
import { platform, setPlatformForTests } from '@renderer/platform'
import { EXCEL_OPEN_FILTER, READ_CANCELLED, useSpreadsheetRead } from './useSpreadsheetRead'

describe('useSpreadsheetRead: taking a spreadsheet in, stoppable', () => {
  beforeEach(() => messages.info.mockReset())

  it('offers .xlsx and .xls files up to one size limit, for every import', async () => {
    const asked: unknown[] = []
    const restore = setPlatformForTests({
      ...platform,
      async openFile(filters, maxBytes) {
        asked.push([filters, maxBytes])
        return null
      }
    })
    try {
      expect(await useSpreadsheetRead().pick()).toBeNull()
    } finally {
      restore()
    }
    expect(asked).toEqual([[EXCEL_OPEN_FILTER, MAX_SPREADSHEET_BYTES]])
    expect(EXCEL_OPEN_FILTER[0].extensions).toEqual(['xlsx', 'xls'])
  })

  it('shows "reading" while the read runs, and hands back what it read', async () => {
    const file = useSpreadsheetRead()
    let finish!: (n: number) => void
    const pending = file.read(() => new Promise<number>((r) => (finish = r)))
    expect(file.reading.value).toBe(true)
    finish(7)
    expect(await pending).toBe(7)
    expect(file.reading.value).toBe(false)
  })

  it('"Hủy đọc" stops the read: null, a message that nothing changed, and no error', async () => {
    const file = useSpreadsheetRead()
    const pending = file.read(
      (signal) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(new ReadCancelledError())))
    )
    file.cancel()
    expect(await pending).toBeNull()
    expect(file.reading.value).toBe(false)
    expect(messages.info).toHaveBeenCalledWith(READ_CANCELLED)
  })

  it('a signal already stopped stops the real reader before it starts', async () => {
    const file = useSpreadsheetRead()
    const pending = file.read((signal) => {
      file.cancel()
      return readGridsOffThread(new Uint8Array([1, 2, 3]), signal)
    })
    expect(await pending).toBeNull()
  })

  it('a file that cannot be read is a failure for the screen to say', async () => {
    const file = useSpreadsheetRead()
    await expect(file.read(() => Promise.reject(new SpreadsheetReadError('Tệp bị hỏng.')))).rejects.toThrow(
      'Tệp bị hỏng.'
    )
    expect(messages.info).not.toHaveBeenCalled()
    expect(file.reading.value).toBe(false)
  })
})

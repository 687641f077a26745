import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('./testing/fakeElectron').then((m) => m.electronModule))

import { FakeBrowserWindow, fake } from './testing/fakeElectron'
import { guardRenderer } from './crashGuard'
import { createMainWindow } from './window'

const flush = () => new Promise((r) => setTimeout(r, 0))

function guarded() {
  const window = new FakeBrowserWindow({ width: 800, height: 600 })
  guardRenderer(window as never, fake.dialog as never)
  return window
}

beforeEach(() => {
  fake.dialog.showMessageBox.mockReset()
})

describe('a renderer that crashes or hangs is noticed: a Vietnamese message and a reload, not a blank window', () => {
  it('render-process-gone → the clerk is told, and "Tải lại" reloads the page', async () => {
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    const window = guarded()
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 })
    await flush()
    const [parent, options] = fake.dialog.showMessageBox.mock.calls[0] as [unknown, Record<string, unknown>]
    expect(parent).toBe(window)
    expect(options).toMatchObject({
      type: 'error',
      message: 'Cửa sổ Sổ Chi bộ đã gặp sự cố và ngừng hoạt động.',
      buttons: ['Tải lại', 'Đóng ứng dụng']
    })
    expect(String(options['detail'])).toMatch(/hết bộ nhớ/)
    expect(window.webContents.reload).toHaveBeenCalledOnce()
  })

  it('"Đóng ứng dụng" closes the window instead', async () => {
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    const window = guarded()
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    await flush()
    expect(window.webContents.reload).not.toHaveBeenCalled()
    expect(window.close).toHaveBeenCalledOnce()
  })

  it('a clean exit (the app closing) is not a crash', async () => {
    const window = guarded()
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    await flush()
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled()
  })

  it('unresponsive → "Chờ thêm" or "Tải lại"; reloading a hung page ends it first, without a second message', async () => {
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    const window = guarded()
    window.emit('unresponsive')
    await flush()
    const options = fake.dialog.showMessageBox.mock.calls[0][1] as Record<string, unknown>
    expect(options).toMatchObject({
      message: 'Cửa sổ Sổ Chi bộ không phản hồi.',
      buttons: ['Chờ thêm', 'Tải lại']
    })
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce()
    window.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 1 })
    await flush()
    expect(fake.dialog.showMessageBox).toHaveBeenCalledOnce()
    expect(window.webContents.reload).toHaveBeenCalledOnce()
  })

  it('a window that answers again closes the question by itself', async () => {
    let signal: AbortSignal | undefined
    fake.dialog.showMessageBox.mockImplementationOnce(async (...args: unknown[]) => {
      signal = (args[1] as { signal: AbortSignal }).signal
      await new Promise((r) => signal!.addEventListener('abort', r))
      return { response: 0, checkboxChecked: false }
    })
    const window = guarded()
    window.emit('unresponsive')
    await flush()
    window.emit('responsive')
    await flush()
    expect(signal?.aborted).toBe(true)
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled()
    expect(window.webContents.reload).not.toHaveBeenCalled()
  })

  it('the main window is guarded from the start', async () => {
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      stateFile: '/nonexistent/window-state.json'
    }) as unknown as FakeBrowserWindow
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    await flush()
    expect(window.webContents.reload).toHaveBeenCalledOnce()
  })
})

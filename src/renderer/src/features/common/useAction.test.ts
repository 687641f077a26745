import { beforeEach, describe, expect, it, vi } from 'vitest'

const messages = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }))
vi.mock('element-plus', () => ({ ElMessage: messages }))

import { useAction } from './useAction'
import { PlatformError } from '@renderer/platform/errors'

describe('useAction: what a clerk sees when a click starts work', () => {
  beforeEach(() => {
    messages.success.mockReset()
    messages.error.mockReset()
  })

  it('is busy while the work runs and says it worked', async () => {
    const { busy, run } = useAction()
    let release!: () => void
    const pending = run(() => new Promise<number>((r) => (release = () => r(3))), {
      success: (n) => `Đã lưu ${n} đảng viên.`,
      failure: 'Không lưu được'
    })
    expect(busy.value).toBe(true)
    release()
    expect(await pending).toEqual({ ok: true, value: 3 })
    expect(busy.value).toBe(false)
    expect(messages.success).toHaveBeenCalledWith('Đã lưu 3 đảng viên.')
  })

  it('refuses a second start while the first runs (a double click does the work once)', async () => {
    const { run } = useAction()
    const work = vi.fn(() => new Promise<void>((r) => setTimeout(r, 5)))
    const first = run(work, { failure: 'x' })
    expect(await run(work, { failure: 'x' })).toEqual({ ok: false })
    await first
    expect(work).toHaveBeenCalledTimes(1)
  })

  it.each([
    [new Error('ổ đĩa đầy'), 'Không xuất được tệp Excel: ổ đĩa đầy'],
    [new PlatformError('io'), 'Không xuất được tệp Excel: Không đọc hoặc ghi được tệp.'],
    [
      { userMessage: 'Số thẻ đã thuộc về đảng viên khác.' },
      'Không xuất được tệp Excel: Số thẻ đã thuộc về đảng viên khác.'
    ]
  ])('a failure names what failed and why (%o)', async (thrown, text) => {
    const { busy, run } = useAction()
    const outcome = await run(() => Promise.reject(thrown), { failure: 'Không xuất được tệp Excel' })
    expect(outcome).toEqual({ ok: false })
    expect(busy.value).toBe(false)
    expect(messages.success).not.toHaveBeenCalled()
    expect(String(messages.error.mock.calls[0][0].message)).toContain(text)
  })

  it('a cancelled save says nothing', async () => {
    const { run } = useAction()
    await run(async () => null, { success: (name) => (name ? `Đã lưu ${name}.` : null), failure: 'x' })
    expect(messages.success).not.toHaveBeenCalled()
  })
})

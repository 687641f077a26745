import { beforeEach, describe, expect, it, vi } from 'vitest'

const messages = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }))
const box = vi.hoisted(() => ({ confirm: vi.fn() }))
vi.mock('element-plus', () => ({ ElMessage: messages, ElMessageBox: box }))

import { FIX_FIELDS_FIRST, useAction, useFormAction } from './useAction'
import { PlatformError } from '@renderer/platform/errors'

describe('useAction: what a clerk sees when a click starts work', () => {
  beforeEach(() => {
    messages.success.mockReset()
    messages.error.mockReset()
    box.confirm.mockReset()
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

  const question = { title: 'Xóa sự kiện ghi nhầm', message: 'Xóa sự kiện?', confirm: 'Xóa sự kiện' }

  it('asks first when the step needs it, and runs only after the clerk confirms', async () => {
    box.confirm.mockResolvedValue('confirm')
    const { run } = useAction()
    const work = vi.fn(async () => 1)
    expect(await run(work, { confirm: question, success: 'Đã xóa.', failure: 'x' })).toEqual({
      ok: true,
      value: 1
    })
    expect(box.confirm).toHaveBeenCalledWith('Xóa sự kiện?', 'Xóa sự kiện ghi nhầm', {
      confirmButtonText: 'Xóa sự kiện',
      cancelButtonText: 'Hủy',
      type: 'warning'
    })
    expect(work).toHaveBeenCalledTimes(1)
    expect(messages.success).toHaveBeenCalledWith('Đã xóa.')
  })

  it('a cancelled question does nothing and says nothing', async () => {
    box.confirm.mockRejectedValue('cancel')
    const { busy, run } = useAction()
    const work = vi.fn(async () => 1)
    expect(await run(work, { confirm: question, success: 'Đã xóa.', failure: 'x' })).toEqual({ ok: false })
    expect(work).not.toHaveBeenCalled()
    expect(busy.value).toBe(false)
    expect(messages.success).not.toHaveBeenCalled()
    expect(messages.error).not.toHaveBeenCalled()
  })

  it('a failure the screen answers itself shows no failure message', async () => {
    const { run } = useAction()
    const recover = vi.fn(async () => true)
    expect(await run(() => Promise.reject(new Error('cũ')), { failure: 'x', recover })).toEqual({ ok: false })
    expect(recover).toHaveBeenCalledWith(new Error('cũ'))
    expect(messages.error).not.toHaveBeenCalled()
  })

  it('a failure the screen does not answer is said as usual', async () => {
    const { run } = useAction()
    await run(() => Promise.reject(new Error('ổ đĩa đầy')), {
      failure: 'Không lưu được',
      recover: () => false
    })
    expect(String(messages.error.mock.calls[0][0].message)).toBe('Không lưu được: ổ đĩa đầy')
  })
})

describe('useAction: a failure said on the panel itself', () => {
  it('goes to the panel, not to a passing message', async () => {
    messages.error.mockReset()
    const { run } = useAction()
    const shown: string[] = []
    const thrown = new PlatformError('io')
    await run(() => Promise.reject(thrown), {
      failure: 'Không đọc được tệp',
      showFailure: (text, e) => {
        expect(e).toBe(thrown)
        shown.push(text)
      }
    })
    expect(shown).toEqual([`Không đọc được tệp: ${thrown.userMessage}`])
    expect(messages.error).not.toHaveBeenCalled()
  })
})

describe('useFormAction: saving a form', () => {
  beforeEach(() => {
    messages.success.mockReset()
    messages.error.mockReset()
  })

  it('a form with errors is not saved: the fields show their errors and one message says why', async () => {
    const { submitted, submit } = useFormAction()
    const work = vi.fn(async () => 1)
    expect(submitted.value).toBe(false)
    expect(await submit(true, work, { failure: 'x' })).toEqual({ ok: false })
    expect(submitted.value).toBe(true)
    expect(work).not.toHaveBeenCalled()
    expect(messages.error).toHaveBeenCalledWith(FIX_FIELDS_FIRST)
  })

  it('a valid form is saved once, with its message', async () => {
    const { busy, submit } = useFormAction()
    const pending = submit(false, async () => 'Chi bộ 1', { success: (n) => `Đã lưu ${n}.`, failure: 'x' })
    expect(busy.value).toBe(true)
    expect(await pending).toEqual({ ok: true, value: 'Chi bộ 1' })
    expect(messages.success).toHaveBeenCalledWith('Đã lưu Chi bộ 1.')
  })
})

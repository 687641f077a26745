import { beforeEach, describe, expect, it, vi } from 'vitest'

const messages = vi.hoisted(() => ({ warning: vi.fn() }))
const box = vi.hoisted(() => ({ confirm: vi.fn() }))
vi.mock('element-plus', () => ({ ElMessage: messages, ElMessageBox: box }))

import { StaleRecordError } from '@renderer/domain/staleRecord'
import { offerReload } from './offerReload'

const WORDS = {
  title: 'Hồ sơ đã thay đổi',
  question: 'Tải lại hồ sơ mới nhất?',
  confirm: 'Tải lại hồ sơ',
  gone: 'Hồ sơ này đã bị xóa ở cửa sổ khác.'
}

describe('offerReload: a save another window made first is answered by offering its version', () => {
  beforeEach(() => {
    messages.warning.mockReset()
    box.confirm.mockReset()
  })

  it('leaves any other failure to the action’s message', async () => {
    const reload = vi.fn()
    expect(await offerReload(WORDS, reload)(new Error('disk full'))).toBe(false)
    expect(box.confirm).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()
  })

  it('asks, naming what the other window did, and shows that version when the clerk agrees', async () => {
    box.confirm.mockResolvedValue('confirm')
    const reload = vi.fn().mockResolvedValue(true)
    const answered = await offerReload(WORDS, reload)(new StaleRecordError('Hồ sơ của Nguyễn Văn An'))
    expect(answered).toBe(true)
    expect(reload).toHaveBeenCalledOnce()
    const [message, title] = box.confirm.mock.calls[0]
    expect(title).toBe('Hồ sơ đã thay đổi')
    expect(message).toContain('Hồ sơ của Nguyễn Văn An đã được sửa ở cửa sổ khác')
    expect(message).toContain('Tải lại hồ sơ mới nhất? Những gì bạn vừa nhập ở đây sẽ bị bỏ.')
    expect(messages.warning).not.toHaveBeenCalled()
  })

  it('says so when the record is gone, and keeps what was typed when the clerk declines', async () => {
    box.confirm.mockResolvedValueOnce('confirm')
    const gone = vi.fn().mockResolvedValue(false)
    await offerReload(WORDS, gone)(new StaleRecordError('Hồ sơ của Nguyễn Văn An'))
    expect(messages.warning).toHaveBeenCalledWith('Hồ sơ này đã bị xóa ở cửa sổ khác.')

    box.confirm.mockRejectedValueOnce('cancel')
    const reload = vi.fn()
    expect(await offerReload(WORDS, reload)(new StaleRecordError('Hồ sơ của Nguyễn Văn An'))).toBe(true)
    expect(reload).not.toHaveBeenCalled()
  })
})

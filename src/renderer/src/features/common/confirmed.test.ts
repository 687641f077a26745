import { beforeEach, describe, expect, it, vi } from 'vitest'

const box = vi.hoisted(() => ({ confirm: vi.fn(), prompt: vi.fn() }))
vi.mock('element-plus', () => ({ ElMessageBox: box }))

import { answered, confirmed } from './confirmed'

const question = {
  title: 'Giải thể chi bộ',
  message: 'Giải thể Chi bộ 1?',
  confirm: 'Giải thể',
  cancel: 'Không'
}

describe('asking the clerk before a step that changes data', () => {
  beforeEach(() => {
    box.confirm.mockReset()
    box.prompt.mockReset()
  })

  it.each([
    ['the confirming button', () => box.confirm.mockResolvedValue('confirm'), true],
    ['cancelling or closing the box', () => box.confirm.mockRejectedValue('cancel'), false]
  ])('a question answered by %s', async (_, answer, expected) => {
    answer()
    expect(await confirmed(question)).toBe(expected)
    expect(box.confirm).toHaveBeenCalledWith('Giải thể Chi bộ 1?', 'Giải thể chi bộ', {
      confirmButtonText: 'Giải thể',
      cancelButtonText: 'Không',
      type: 'warning'
    })
  })

  it('a typed answer comes back as typed; a cancelled one as null', async () => {
    const inputValidator = (v: string) => v === '01/12/2026' || 'Nhập ngày có thật.'
    box.prompt.mockResolvedValueOnce({ value: '01/12/2026', action: 'confirm' })
    expect(await answered({ ...question, inputValue: '01/12/2026', inputValidator })).toBe('01/12/2026')
    expect(box.prompt.mock.calls[0][2]).toMatchObject({ inputValue: '01/12/2026', inputValidator })
    box.prompt.mockRejectedValueOnce('cancel')
    expect(await answered(question)).toBeNull()
  })
})

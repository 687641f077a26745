import { describe, expect, it } from 'vitest'
import { PlatformError, isPlatformError, userMessageFor, type PlatformErrorCode } from './errors'

const codes: PlatformErrorCode[] = [
  'cancelled',
  'invalid-argument',
  'too-large',
  'not-found',
  'io',
  'forbidden',
  'unavailable'
]

describe('PlatformError', () => {
  it('has a distinct Vietnamese message for every code', () => {
    const messages = codes.map((code) => new PlatformError(code).userMessage)
    expect(new Set(messages).size).toBe(codes.length)
    for (const message of messages) {
      expect(message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i)
      expect(message).toBe(message.normalize('NFC'))
    }
  })

  it('states the size limit', () => {
    expect(userMessageFor('too-large')).toBe('Tệp quá lớn (tối đa 50 MB). Hãy chọn tệp khác.')
    expect(userMessageFor('too-large', { maxBytes: 5 * 1024 * 1024 })).toBe(
      'Tệp quá lớn (tối đa 5 MB). Hãy chọn tệp khác.'
    )
    expect(userMessageFor('too-large', { maxBytes: 1.5 * 1024 * 1024 })).toBe(
      'Tệp quá lớn (tối đa 1,5 MB). Hãy chọn tệp khác.'
    )
  })

  it('is recognisable and keeps the technical message and cause', () => {
    const cause = new Error('EBUSY')
    const error = new PlatformError('io', 'write failed', { cause })
    expect(isPlatformError(error)).toBe(true)
    expect(isPlatformError(new Error('x'))).toBe(false)
    expect(error).toBeInstanceOf(Error)
    expect(error.message).toBe('write failed')
    expect(error.cause).toBe(cause)
    expect(error.name).toBe('PlatformError')
  })
})

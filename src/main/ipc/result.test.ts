import { describe, expect, it } from 'vitest'
import { IpcFailure, fail, ok, toIpcError } from './result'

describe('IpcResult helpers', () => {
  it('builds results', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 })
    expect(fail('io', 'x')).toEqual({ ok: false, error: { code: 'io', message: 'x' } })
  })

  it('maps thrown values to stable codes without leaking paths', () => {
    expect(toIpcError(new IpcFailure('too-large', 'big'))).toEqual({ code: 'too-large', message: 'big' })
    const enoent = Object.assign(new Error("ENOENT: no such file, open 'C:\\secret'"), { code: 'ENOENT' })
    expect(toIpcError(enoent)).toEqual({ code: 'not-found', message: 'File not found' })
    for (const code of ['EACCES', 'EPERM', 'EBUSY', 'ENOSPC', 'EIO']) {
      const error = toIpcError(Object.assign(new Error(`${code}: C:\\secret`), { code }))
      expect(error.code).toBe('io')
      expect(error.message).not.toContain('secret')
    }
    expect(toIpcError('weird')).toEqual({ code: 'io', message: 'Unexpected error' })
    expect(toIpcError(null)).toEqual({ code: 'io', message: 'Unexpected error' })
  })
})

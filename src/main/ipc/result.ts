// Errors cross the bridge as values. Handlers throw IpcFailure (or let Node errors bubble up);
// register.ts turns whatever was thrown into { ok: false, error } with a stable code.
import type { IpcError, IpcResult } from '../../shared/ipc'

export class IpcFailure extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string
  ) {
    super(message)
    this.name = 'IpcFailure'
  }
}

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

export function fail(code: IpcError['code'], message: string): IpcResult<never> {
  return { ok: false, error: { code, message } }
}

function nodeErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

/** Maps anything thrown to an IpcError. File paths are kept out of the message. */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof IpcFailure) return { code: error.code, message: error.message }
  const code = nodeErrorCode(error)
  if (code === 'ENOENT') return { code: 'not-found', message: 'File not found' }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY')
    return { code: 'io', message: `File is locked or access is denied (${code})` }
  if (code === 'ENOSPC') return { code: 'io', message: 'Disk is full (ENOSPC)' }
  if (code !== undefined) return { code: 'io', message: `File system error (${code})` }
  return { code: 'io', message: 'Unexpected error' }
}

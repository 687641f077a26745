// Tests only: the IpcFailure code a handler's promise rejects with.
import { IpcFailure } from '../ipc/result'

/** The code of the IpcFailure `promise` rejects with; any other outcome fails the test. */
export async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof IpcFailure) return error.code
    throw error
  }
  throw new Error('expected a failure')
}

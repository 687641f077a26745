// Reads a spreadsheet in a Web Worker (./grids.worker.ts) and hands back the grids; aborting the
// signal terminates the worker at once, whatever it is doing. Where there is no Worker (unit tests
// under Node) the same reader runs in place.
import { readGrids, type Grid } from './grid'
import { SpreadsheetReadError } from './limits'
import type { GridsReply } from './grids.worker'

/** The clerk pressed "Hủy" while the file was being read. */
export class ReadCancelledError extends Error {
  constructor() {
    super('Đã hủy đọc tệp.')
    this.name = 'ReadCancelledError'
  }
}

export function isReadCancelled(e: unknown): e is ReadCancelledError {
  return e instanceof ReadCancelledError
}

const FAILED = 'Không đọc được tệp Excel: tệp bị hỏng hoặc quá lớn.'

export function readGridsOffThread(bytes: Uint8Array, signal?: AbortSignal): Promise<Grid[]> {
  if (signal?.aborted) return Promise.reject(new ReadCancelledError())
  if (typeof Worker === 'undefined') return readGrids(bytes)
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./grids.worker.ts', import.meta.url), { type: 'module' })
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', cancel)
    }
    const cancel = () => {
      finish()
      reject(new ReadCancelledError())
    }
    signal?.addEventListener('abort', cancel)
    let started = false
    worker.onmessage = (e: MessageEvent<GridsReply>) => {
      if ('ready' in e.data) {
        started = true
        return
      }
      finish()
      if (e.data.ok) resolve(e.data.grids)
      else reject(new SpreadsheetReadError(e.data.message ?? FAILED))
    }
    worker.onerror = (e) => {
      e.preventDefault()
      finish()
      // The worker failed (out of memory, a bug): the window lives on and says so. One that could
      // not even start (a shell refusing workers) falls back to the same capped reader in place.
      if (started) reject(new SpreadsheetReadError(FAILED))
      else readGrids(bytes).then(resolve, reject)
    }
    worker.postMessage(bytes)
  })
}

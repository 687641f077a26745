// Web Worker: reads a spreadsheet's bytes into grids away from the window's thread, so a large or
// crafted file never freezes the screen and the clerk can cancel (./readOffThread terminates it).
import { readGrids } from './grid'
import { SpreadsheetReadError } from './limits'

export type GridsReply =
  | { ready: true }
  | { ok: true; grids: Awaited<ReturnType<typeof readGrids>> }
  | { ok: false; message: string | null }

// Typed locally: the renderer's TypeScript lib is the window's (DOM), not a worker's.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Uint8Array>) => void) | null
  postMessage(reply: GridsReply): void
}

// Says it has loaded, so the window can tell "the worker could not start" from "it failed".
scope.postMessage({ ready: true })

scope.onmessage = async (e) => {
  try {
    scope.postMessage({ ok: true, grids: await readGrids(e.data) })
  } catch (err) {
    scope.postMessage({ ok: false, message: err instanceof SpreadsheetReadError ? err.userMessage : null })
  }
}

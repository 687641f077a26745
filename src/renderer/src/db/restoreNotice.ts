// A restore in one window of the web build (two tabs share one origin's data) takes seconds at ward
// scale. From its safety copy to the deletion of the data it replaces, a save in another tab would
// land in data about to be thrown away: said "saved", then lost. So the restoring window says so
// first; every other window stops writing (its database closed for good), says why, and starts again
// once the restore has ended, on the data as it is then. A window that missed the notice is still
// closed by the deletion itself (replacedElsewhere.ts). The desktop app has one window: no one hears.

const CHANNEL = 'so-chi-bo:restore'
/** This window's own notices come back on its own listener: they are told apart by this id. */
const SELF = Math.random().toString(36).slice(2)

interface Notice {
  from: string
  kind: 'restoring' | 'ended'
}

export interface RestoreHooks {
  /** Another window started a restore: stop writing and say why. */
  started(): void
  /** It ended (done or refused): start again on the data as it is now. */
  ended(): void
}

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null
}

/** Start-up: what this window does when another one restores. Returns how to stop listening. */
export function listenForRestores(hooks: RestoreHooks): () => void {
  const c = channel()
  if (!c) return () => undefined
  c.onmessage = (e: MessageEvent<Notice>) => {
    if (e.data?.from === SELF) return
    if (e.data?.kind === 'restoring') hooks.started()
    else if (e.data?.kind === 'ended') hooks.ended()
  }
  return () => c.close()
}

/**
 * Runs a restore (`work`: the safety copy, then the replacement) after telling the other windows,
 * and tells them it ended whatever the outcome. `settle`: how long they get to close before the
 * safety copy is read (a notice crosses tabs in a few milliseconds).
 */
export async function duringRestore<T>(work: () => Promise<T>, settle = 100): Promise<T> {
  const c = channel()
  const say = (kind: Notice['kind']) => c?.postMessage({ from: SELF, kind } satisfies Notice)
  say('restoring')
  if (c) await new Promise((r) => setTimeout(r, settle))
  try {
    return await work()
  } finally {
    say('ended')
    c?.close()
  }
}

// Notices when the clerk has not used keyboard or mouse for the chosen minutes (the app lock's
// automatic locking). Checked every 15 s against the last activity, so a sleeping PC that wakes up
// past the limit locks at once instead of waiting for a timer that slept too.

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const
export const IDLE_CHECK_MS = 15_000

export interface IdleWatchOptions {
  /** Minutes without activity before `onIdle`; 0 = never (read at every check: settings may change). */
  idleMinutes: () => number
  onIdle: () => void
  /** Where activity is listened for (default: window). */
  target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
}

/** Starts watching; returns the function that stops it. */
export function startIdleWatch(options: IdleWatchOptions): () => void {
  const target = options.target ?? window
  let lastActivity = Date.now()
  const touch = () => {
    lastActivity = Date.now()
  }
  for (const e of ACTIVITY) target.addEventListener(e, touch, { passive: true })
  const timer = setInterval(() => {
    const minutes = options.idleMinutes()
    if (minutes > 0 && Date.now() - lastActivity >= minutes * 60_000) {
      // Counting starts again from here: once unlocked, the clerk gets the full time again.
      lastActivity = Date.now()
      options.onIdle()
    }
  }, IDLE_CHECK_MS)
  return () => {
    clearInterval(timer)
    for (const e of ACTIVITY) target.removeEventListener(e, touch)
  }
}

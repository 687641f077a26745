import { afterEach, describe, expect, it, vi } from 'vitest'
import { duringRestore, listenForRestores } from './restoreNotice'

// docs/design.md §8, two windows: while one window restores, no other may write into the data the
// restore is about to replace; each says why it stopped and starts again when the restore ended.

/** Another tab of the same origin: the module loaded afresh (its own window id), listening. */
async function otherTab() {
  vi.resetModules()
  const other = await import('./restoreNotice')
  const seen: string[] = []
  const stop = other.listenForRestores({
    started: () => seen.push('started'),
    ended: () => seen.push('ended')
  })
  return { seen, stop }
}
const delivered = () => new Promise((r) => setTimeout(r, 20))

let stops: (() => void)[] = []
afterEach(() => {
  stops.forEach((s) => s())
  stops = []
})

describe('a restore is announced to the other windows (web build)', () => {
  it('they hear it start before the work runs, and end after it, when it succeeds', async () => {
    const tab = await otherTab()
    stops.push(tab.stop)
    const work = vi.fn(async () => {
      expect(tab.seen).toEqual(['started'])
      return 'done'
    })
    await expect(duringRestore(work, 10)).resolves.toBe('done')
    await delivered()
    expect(work).toHaveBeenCalledOnce()
    expect(tab.seen).toEqual(['started', 'ended'])
  })

  it('they hear it end when it is refused too (a corrupt file): they start again on the data kept', async () => {
    const tab = await otherTab()
    stops.push(tab.stop)
    await expect(
      duringRestore(async () => {
        throw new Error('Tệp hỏng')
      }, 10)
    ).rejects.toThrow('Tệp hỏng')
    await delivered()
    expect(tab.seen).toEqual(['started', 'ended'])
  })

  it('the restoring window does not stop itself', async () => {
    const self = vi.fn()
    // The same module is this window: its own listener ignores its own notices.
    stops.push(listenForRestores({ started: self, ended: self }))
    await duringRestore(async () => undefined, 10)
    await delivered()
    expect(self).not.toHaveBeenCalled()
  })
})

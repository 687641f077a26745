// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestDb, setDb } from '@renderer/db/database'
import { member } from '@renderer/testing/factories'
import { RESTORING_ELSEWHERE, pauseWhileRestoringElsewhere } from './restoringElsewhere'

afterEach(() => setDb(null))

describe('another window restores (web build, two tabs)', () => {
  it('this one stops writing and says why while it runs, then reloads on the restored data', async () => {
    const db = createTestDb()
    await db.members.add(member('m1'))
    const reload = vi.fn()
    pauseWhileRestoringElsewhere(reload)

    // The other tab: the notice module loaded afresh, as another window's.
    vi.resetModules()
    const { duringRestore } = await import('@renderer/db/restoreNotice')
    await duringRestore(async () => {
      await expect(db.members.add(member('m2'))).rejects.toThrow()
      expect(document.body.textContent).toContain(RESTORING_ELSEWHERE)
      expect(reload).not.toHaveBeenCalled()
    }, 20)
    await new Promise((r) => setTimeout(r, 20))
    expect(reload).toHaveBeenCalledOnce()
  })
})

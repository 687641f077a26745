// @vitest-environment jsdom
// The lock screen keeps a passer-by out (docs/design.md §8): after five wrong passphrases in a row the
// next try waits (domain/backup/appLock.ts, unlockWaitSeconds), and even the right passphrase is not
// checked before then; a reload of the window does not start the count again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useTestDb } from '@renderer/db/testing/testDb'
import { createLockRecord } from '@renderer/domain/backup/appLock'
import { useAppLockStore } from './appLockStore'

useTestDb()
beforeEach(() => {
  sessionStorage.clear()
  setActivePinia(createPinia())
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-02T08:00:00Z'))
})
afterEach(() => vi.useRealTimers())

async function lockedStore() {
  const store = useAppLockStore()
  store.record = await createLockRecord('đúng rồi 123', 10, new Date(), 1000)
  store.lock()
  return store
}

describe('the lock screen after wrong passphrases in a row', () => {
  it('five wrong tries, then the right one must wait 30 seconds, and is accepted after', async () => {
    const store = await lockedStore()
    for (let i = 0; i < 5; i++) expect(await store.unlock('sai mật khẩu')).toBe(false)
    expect(store.retryAfterSeconds()).toBe(30)
    expect(await store.unlock('đúng rồi 123')).toBe(false)
    expect(store.locked).toBe(true)
    vi.setSystemTime(new Date('2026-12-02T08:00:31Z'))
    expect(store.retryAfterSeconds()).toBe(0)
    expect(await store.unlock('đúng rồi 123')).toBe(true)
    expect(store.locked).toBe(false)
    // The count starts again after the right passphrase.
    expect(store.failures).toBe(0)
  })

  it('a wrong try after the wait doubles it', async () => {
    const store = await lockedStore()
    for (let i = 0; i < 5; i++) await store.unlock('sai')
    vi.setSystemTime(new Date('2026-12-02T08:00:31Z'))
    expect(await store.unlock('vẫn sai')).toBe(false)
    expect(store.retryAfterSeconds()).toBe(60)
  })

  it('a reload of the window keeps the count', async () => {
    const store = await lockedStore()
    for (let i = 0; i < 5; i++) await store.unlock('sai')
    setActivePinia(createPinia())
    const again = useAppLockStore()
    again.record = store.record
    again.lock()
    expect(again.failures).toBe(5)
    expect(again.retryAfterSeconds()).toBe(30)
  })
})

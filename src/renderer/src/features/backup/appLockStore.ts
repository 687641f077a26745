// App lock state shared by the Settings panel (set / remove) and the lock screen (ask on start and
// after idle minutes). Protection against casual access only: the data itself is not encrypted.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { metaRepository } from '@renderer/db/repositories/metaRepository'
import {
  createLockRecord,
  isAppLockRecord,
  unlockWaitSeconds,
  verifyLockPassphrase,
  type AppLockRecord
} from '@renderer/domain/backup/appLock'
import { META_KEYS } from '@renderer/domain/backup/metaKeys'

/**
 * Wrong passphrases in a row and when the next try may be made, kept for the window's session: a
 * reload (Ctrl+R) does not start the count again. Closing the app does; this keeps out a passer-by.
 */
const TRIES_KEY = 'soChiBo.unlockTries'
interface Tries {
  failures: number
  /** Epoch ms before which no passphrase is checked. */
  waitUntil: number
}
function readTries(): Tries {
  try {
    const v = JSON.parse(globalThis.sessionStorage?.getItem(TRIES_KEY) ?? 'null') as Tries | null
    if (v && Number.isInteger(v.failures) && typeof v.waitUntil === 'number') return v
  } catch {
    // Unreadable: count from zero.
  }
  return { failures: 0, waitUntil: 0 }
}

export const useAppLockStore = defineStore('appLock', () => {
  const record = ref<AppLockRecord | null>(null)
  const locked = ref(false)
  const loaded = ref(false)
  const tries = ref<Tries>(readTries())
  const failures = computed(() => tries.value.failures)

  function keepTries(next: Tries): void {
    tries.value = next
    globalThis.sessionStorage?.setItem(TRIES_KEY, JSON.stringify(next))
  }

  /** Whole seconds before the lock screen checks a passphrase again (0: now). */
  function retryAfterSeconds(): number {
    return Math.max(0, Math.ceil((tries.value.waitUntil - Date.now()) / 1000))
  }

  /** On start: a set lock locks the app until the passphrase is given. */
  async function load(): Promise<void> {
    const value = await metaRepository.get<unknown>(META_KEYS.appLock)
    record.value = isAppLockRecord(value) ? value : null
    if (!loaded.value) locked.value = record.value !== null
    loaded.value = true
  }

  async function set(passphrase: string, idleMinutes: number): Promise<void> {
    const next = await createLockRecord(passphrase, idleMinutes)
    await metaRepository.set(META_KEYS.appLock, next)
    record.value = next
  }

  async function setIdleMinutes(idleMinutes: number): Promise<void> {
    if (!record.value) return
    const next = { ...record.value, idleMinutes }
    await metaRepository.set(META_KEYS.appLock, next)
    record.value = next
  }

  async function verify(passphrase: string): Promise<boolean> {
    return !!record.value && (await verifyLockPassphrase(passphrase, record.value))
  }

  async function remove(): Promise<void> {
    await metaRepository.remove(META_KEYS.appLock)
    record.value = null
    locked.value = false
  }

  /** False for a wrong passphrase, and without checking it while a try must wait (retryAfterSeconds). */
  async function unlock(passphrase: string): Promise<boolean> {
    if (retryAfterSeconds() > 0) return false
    if (!(await verify(passphrase))) {
      const count = tries.value.failures + 1
      keepTries({ failures: count, waitUntil: Date.now() + unlockWaitSeconds(count) * 1000 })
      return false
    }
    keepTries({ failures: 0, waitUntil: 0 })
    locked.value = false
    return true
  }

  function lock(): void {
    if (record.value) locked.value = true
  }

  return {
    record,
    locked,
    loaded,
    failures,
    load,
    set,
    setIdleMinutes,
    verify,
    remove,
    unlock,
    lock,
    retryAfterSeconds
  }
})

// App lock state shared by the Settings panel (set / remove) and the lock screen (ask on start and
// after idle minutes). Protection against casual access only: the data itself is not encrypted.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { metaRepository } from '@renderer/db/repositories/metaRepository'
import {
  createLockRecord,
  isAppLockRecord,
  verifyLockPassphrase,
  type AppLockRecord
} from '@renderer/domain/backup/appLock'
import { META_KEYS } from '@renderer/domain/backup/metaKeys'

export const useAppLockStore = defineStore('appLock', () => {
  const record = ref<AppLockRecord | null>(null)
  const locked = ref(false)
  const loaded = ref(false)

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

  async function unlock(passphrase: string): Promise<boolean> {
    if (!(await verify(passphrase))) return false
    locked.value = false
    return true
  }

  function lock(): void {
    if (record.value) locked.value = true
  }

  return { record, locked, loaded, load, set, setIdleMinutes, verify, remove, unlock, lock }
})

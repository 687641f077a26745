// The names Cài đặt holds are printed on every export (docs/design.md §7: "Every name comes from
// Cài đặt"). A window must print what is saved now, not what it read when it first opened: another
// window (a tab of the web build) may have changed the signer since.
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useTestDb } from '@renderer/db/testing/testDb'
import { settingsRepository } from '@renderer/db/repositories/settingsRepository'
import { EMPTY_SETTINGS } from '@renderer/domain/settings'
import { SETTINGS } from '@renderer/testing/factories'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { useSettingsStore } from './settingsStore'

useTestDb()
beforeEach(() => setActivePinia(createPinia()))

/** Every field filled, as the document tests' settings (testing/factories). */
const FILLED = { ...EMPTY_SETTINGS, ...SETTINGS }

describe('the settings a window prints and saves', () => {
  it('an export reads the signer another window saved after this one first read the settings', async () => {
    const store = useSettingsStore()
    await store.save(FILLED, null)
    expect((await store.ensureLoaded()).signerName).toBe('Lê Văn Bình')
    // Another window changes the signer.
    const other = await settingsRepository.get()
    await settingsRepository.save({ ...other, signerName: 'Trần Văn Cường' }, other.updatedAt)
    expect((await store.ensureLoaded()).signerName).toBe('Trần Văn Cường')
  })

  it('a form opened before another window saved is refused, the other window’s names kept', async () => {
    const store = useSettingsStore()
    const opened = await store.save(FILLED, null)
    const other = await settingsRepository.get()
    await settingsRepository.save({ ...other, signerName: 'Trần Văn Cường' }, other.updatedAt)
    await expect(store.save({ ...FILLED, placeName: 'Quảng Hưng' }, opened.updatedAt)).rejects.toBeInstanceOf(
      StaleRecordError
    )
    expect(await settingsRepository.get()).toMatchObject({
      signerName: 'Trần Văn Cường',
      placeName: 'Trường Sơn'
    })
  })
})

import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { normalizeSettings, type SettingsForm } from '@renderer/domain/settings'
import type { SeenVersion } from '@renderer/domain/staleRecord'
import { settingsRepository } from '@renderer/db/repositories/settingsRepository'

/** The organization's names, shared by every page and export. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<OrganizationSettings | null>(null)

  async function load(): Promise<OrganizationSettings> {
    settings.value = await settingsRepository.get()
    return settings.value
  }

  /**
   * `seen`: the version the form was filled from (null: none saved then). Refused with a
   * StaleRecordError, nothing written, when another window saved since. Unchecked without it (scripts).
   */
  async function save(form: SettingsForm, seen?: SeenVersion): Promise<OrganizationSettings> {
    settings.value = await settingsRepository.save(normalizeSettings(form), seen)
    return settings.value
  }

  // `ensureLoaded` (exports, checks) reads again each time (one small read): another window may have
  // changed a name the documents print since this one first read the settings.
  return { settings, load, save, ensureLoaded: load }
})

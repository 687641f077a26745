import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { OrganizationSettings } from '@renderer/domain/entities'
import { normalizeSettings, type SettingsForm } from '@renderer/domain/settings'
import { settingsRepository } from '@renderer/db/repositories/settingsRepository'

/** The organization's names, loaded once and shared by every page and export. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<OrganizationSettings | null>(null)

  async function load(): Promise<OrganizationSettings> {
    settings.value = await settingsRepository.get()
    return settings.value
  }

  async function save(form: SettingsForm): Promise<OrganizationSettings> {
    settings.value = await settingsRepository.save(normalizeSettings(form))
    return settings.value
  }

  async function ensureLoaded(): Promise<OrganizationSettings> {
    return settings.value ?? load()
  }

  return { settings, load, save, ensureLoaded }
})

import { defineStore } from 'pinia';
import { ref } from 'vue';
import { normalizeSettings } from '@renderer/domain/settings';
import { settingsRepository } from '@renderer/db/repositories/settingsRepository';
/** The organization's names, loaded once and shared by every page and export. */
export const useSettingsStore = defineStore('settings', () => {
    const settings = ref(null);
    async function load() {
        settings.value = await settingsRepository.get();
        return settings.value;
    }
    async function save(form) {
        settings.value = await settingsRepository.save(normalizeSettings(form));
        return settings.value;
    }
    async function ensureLoaded() {
        return settings.value ?? load();
    }
    return { settings, load, save, ensureLoaded };
});

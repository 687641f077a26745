import { EMPTY_SETTINGS } from '@renderer/domain/settings';
import { nowIso } from '@renderer/domain/ids';
import { getDb } from '../database';
export const settingsRepository = {
    /** The saved settings, or the empty defaults when the clerk has not saved any yet. */
    async get() {
        const saved = await getDb().settings.get('organization');
        return saved ?? { id: 'organization', ...EMPTY_SETTINGS, updatedAt: '' };
    },
    async save(form) {
        const record = { id: 'organization', ...form, updatedAt: nowIso() };
        await getDb().settings.put(record);
        return record;
    }
};

import type { OrganizationSettings } from '@renderer/domain/entities';
import { type SettingsForm } from '@renderer/domain/settings';
export declare const settingsRepository: {
    /** The saved settings, or the empty defaults when the clerk has not saved any yet. */
    get(): Promise<OrganizationSettings>;
    save(form: SettingsForm): Promise<OrganizationSettings>;
};

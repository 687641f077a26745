import type { OrganizationSettings } from '@renderer/domain/entities'
import { EMPTY_SETTINGS, settingsChanges, type SettingsForm } from '@renderer/domain/settings'
import { nowIso } from '@renderer/domain/ids'
import { StaleRecordError, changedSince, type SeenVersion } from '@renderer/domain/staleRecord'
import { getDb } from '../database'
import { writeAudit } from './auditRepository'

export const settingsRepository = {
  /** The saved settings, or the empty defaults when the clerk has not saved any yet. */
  async get(): Promise<OrganizationSettings> {
    const saved = await getDb().settings.get('organization')
    return saved ?? { id: 'organization', ...EMPTY_SETTINGS, updatedAt: '' }
  },

  /**
   * Saves the settings, audited before → after. `seen`: the version the clerk's window opened (its
   * `updatedAt`; null when none was saved yet): when another window saved since, refused with a
   * StaleRecordError and nothing written (docs/design.md §8). Without it, saved as it is (tests, demo).
   */
  async save(form: SettingsForm, seen?: SeenVersion): Promise<OrganizationSettings> {
    const db = getDb()
    return db.transaction('rw', [db.settings, db.auditLog], async () => {
      const before = await db.settings.get('organization')
      if (seen !== undefined && changedSince(before, seen)) throw new StaleRecordError('Cài đặt')
      const fields = Object.fromEntries(
        (Object.keys(EMPTY_SETTINGS) as (keyof SettingsForm)[]).map((k) => [k, form[k] ?? ''])
      ) as SettingsForm
      const record: OrganizationSettings = { id: 'organization', ...fields, updatedAt: nowIso() }
      await db.settings.put(record)
      const changes = before ? settingsChanges(before, fields) : null
      if (changes?.length === 0) return record
      await writeAudit({
        entity: 'settings',
        entityId: 'organization',
        action: before ? 'update' : 'create',
        summary: changes ? `Sửa cài đặt: ${changes.join('; ')}` : 'Lưu cài đặt lần đầu',
        ...(before ? { before } : {}),
        after: record
      })
      return record
    })
  }
}

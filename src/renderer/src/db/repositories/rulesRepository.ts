import type { RulesProfile } from '@renderer/domain/entities'
import { nowIso } from '@renderer/domain/ids'
import { BUILT_IN_PROFILES, type RulesBook } from '@renderer/domain/rules/profiles'
import { isBuiltInId, validateProfile } from '@renderer/domain/rules/profileEdit'
import { getDb } from '../database'
import { writeAudit } from './auditRepository'
import { putAudited } from './auditedWrite'

/** Rules profiles: the built-in ones are code; a clerk's copies are rows of `rulesProfiles`. */
export const rulesRepository = {
  /** Built-in profiles first, then the clerk's copies. */
  async list(): Promise<RulesProfile[]> {
    const own = await getDb().rulesProfiles.toArray()
    return [
      ...BUILT_IN_PROFILES,
      ...own.filter((p) => !isBuiltInId(p.id)).sort((a, b) => b.fromYear - a.fromYear)
    ]
  },
  /** Every profile and the one each review year recorded: what profileOfYear picks a year's rules from. */
  async book(): Promise<RulesBook> {
    const [profiles, years] = await Promise.all([rulesRepository.list(), getDb().reviewYears.toArray()])
    return { profiles, chosen: new Map(years.map((y) => [y.year, y.profileId])) }
  },
  async get(id: string): Promise<RulesProfile | undefined> {
    return BUILT_IN_PROFILES.find((p) => p.id === id) ?? (await getDb().rulesProfiles.get(id))
  },

  /** Saves a clerk's copy; built-in profiles cannot be changed. Audited. */
  async save(profile: RulesProfile): Promise<RulesProfile> {
    if (profile.builtIn || isBuiltInId(profile.id))
      throw new Error('Không sửa được bộ quy định có sẵn; hãy tạo bản sao.')
    const errors = validateProfile(profile)
    const first = Object.values(errors)[0]
    if (first) throw new Error(`Chưa lưu: ${first}`)
    const db = getDb()
    const saved = { ...profile, updatedAt: nowIso() }
    await db.transaction('rw', [db.rulesProfiles, db.auditLog, db.settings], async () => {
      await putAudited(
        db.rulesProfiles,
        saved.id,
        saved,
        (before) => `${before ? 'Sửa' : 'Tạo'} bộ quy định “${saved.name}”`,
        // The texts too: a changed source is a change of what the sheets sent up cite.
        (p) => ({ params: p.params, sources: p.sources })
      )
    })
    return saved
  },

  /** Deletes a clerk's copy, unless a review year was computed under it. */
  async remove(id: string): Promise<void> {
    if (isBuiltInId(id)) throw new Error('Không xóa được bộ quy định có sẵn.')
    const db = getDb()
    await db.transaction('rw', [db.rulesProfiles, db.reviewYears, db.auditLog, db.settings], async () => {
      const used = await db.reviewYears.filter((y) => y.profileId === id).toArray()
      if (used.length)
        throw new Error(
          `Bộ quy định đang dùng cho năm ${used.map((y) => y.year).join(', ')}; không xóa được.`
        )
      const before = await db.rulesProfiles.get(id)
      await db.rulesProfiles.delete(id)
      await writeAudit({
        entity: 'rulesProfiles',
        entityId: id,
        action: 'delete',
        summary: `Xóa bộ quy định “${before?.name ?? id}”`,
        before
      })
    })
  }
}

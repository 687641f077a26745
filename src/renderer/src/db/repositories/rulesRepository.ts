import type { RulesProfile } from '@renderer/domain/entities'
import { nowIso } from '@renderer/domain/ids'
import { BUILT_IN_PROFILES, type RulesBook } from '@renderer/domain/rules/profiles'
import { isBuiltInId, validateProfile } from '@renderer/domain/rules/profileEdit'
import { StaleRecordError, changedSince, type SeenVersion } from '@renderer/domain/staleRecord'
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

  /**
   * Saves a clerk's copy; built-in profiles cannot be changed. Audited.
   * Refused, changing nothing, while a locked year's results were computed under the copy: a year
   * reads its profile each time it opens, so an edit would change results the committee has locked
   * (docs/design.md §8: nothing is overwritten silently).
   * `seen`: the `updatedAt` the editor opened (null: a new copy). When the stored copy is another
   * version (another window saved or deleted it since), nothing is written: StaleRecordError.
   */
  async save(profile: RulesProfile, options: { seen?: SeenVersion } = {}): Promise<RulesProfile> {
    if (profile.builtIn || isBuiltInId(profile.id))
      throw new Error('Không sửa được bộ quy định có sẵn; hãy tạo bản sao.')
    const errors = validateProfile(profile)
    const first = Object.values(errors)[0]
    if (first) throw new Error(`Chưa lưu: ${first}`)
    const db = getDb()
    const saved = { ...profile, updatedAt: nowIso() }
    await db.transaction('rw', [db.rulesProfiles, db.reviewYears, db.auditLog, db.settings], async () => {
      const stored = await db.rulesProfiles.get(saved.id)
      const name = stored?.name ?? saved.name
      // Checked here, in the write's transaction: a year locked in another window meanwhile counts.
      const locked = await db.reviewYears.filter((y) => y.profileId === saved.id && !!y.finalized).toArray()
      const lockedYears = locked.map((y) => y.year)
      if (lockedYears.length) throw lockedYearsError(name, lockedYears)
      if (options.seen !== undefined && changedSince(stored, options.seen))
        throw new StaleRecordError(`Bộ quy định “${name}”`)
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
      const before = await db.rulesProfiles.get(id)
      if (used.length)
        throw new Error(
          `Bộ quy định “${before?.name ?? id}” đang dùng cho năm ${yearList(used.map((y) => y.year))}; ` +
            'không xóa được, vì kết quả của các năm đó được tính theo bộ này.'
        )
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

/** "2024, 2025" in order. */
function yearList(years: number[]): string {
  return [...years].sort((a, b) => a - b).join(', ')
}

/** Why a copy that locked years were computed under is not saved, and what to do instead. */
function lockedYearsError(name: string, years: number[]): Error {
  const which = yearList(years)
  return new Error(
    `Bộ quy định “${name}” đang dùng cho kết quả đã khóa của năm ${which}; sửa bộ này sẽ làm thay đổi kết quả đã khóa. ` +
      'Muốn theo quy định mới, hãy bấm “Tạo bản sao” trên dòng của bộ này, sửa bản sao rồi chọn nó cho năm ' +
      `cần dùng trên trang Đánh giá, xếp loại. Nếu cần sửa chính kết quả năm ${which}, hãy mở khóa năm đó trước.`
  )
}

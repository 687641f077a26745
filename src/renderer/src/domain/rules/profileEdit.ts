// Copying a profile for a province's own guidance, and checking a clerk's copy before it is saved.
import type { RulesProfile } from '../entities'
import { newId, nowIso } from '../ids'
import { validateParams, type RulesParams } from './params'
import { BUILT_IN_PROFILES, baseOf, paramsOf, unsourcedChanges, writtenSourcesOf } from './profiles'

/**
 * A clerk's copy of a profile. A copy of a copy keeps the built-in profile they both descend from,
 * so what counts as "changed" (and needs a source of its own) is always measured against it.
 */
export function copyProfile(from: RulesProfile, name?: string): RulesProfile {
  return {
    id: newId(),
    name: name ?? `${from.name} (bản sao)`,
    builtIn: 0,
    fromYear: from.fromYear,
    toYear: from.toYear,
    basedOnId: from.builtIn ? from.id : baseOf(from).id,
    params: { ...paramsOf(from) },
    sources: { ...writtenSourcesOf(from) },
    updatedAt: nowIso()
  }
}

export const SOURCE_NEEDED =
  'Giá trị đã khác bộ quy định có sẵn: ghi văn bản căn cứ của giá trị mới (số, ngày, cơ quan ban hành).'

export type ProfileErrors = Partial<Record<keyof RulesParams | 'name' | 'fromYear' | 'toYear', string>>

export function validateProfile(p: RulesProfile): ProfileErrors {
  const errors: ProfileErrors = { ...validateParams(p.params as Partial<RulesParams>) }
  for (const key of unsourcedChanges(p)) errors[key] ??= SOURCE_NEEDED
  if (!p.name.trim()) errors.name = 'Nhập tên bộ quy định.'
  if (!Number.isInteger(p.fromYear) || p.fromYear < 1990 || p.fromYear > 2100)
    errors.fromYear = 'Năm bắt đầu không hợp lệ.'
  if (p.toYear !== null && (!Number.isInteger(p.toYear) || p.toYear < p.fromYear))
    errors.toYear = 'Năm kết thúc phải từ năm bắt đầu trở đi.'
  return errors
}

export function isBuiltInId(id: string): boolean {
  return BUILT_IN_PROFILES.some((p) => p.id === id)
}

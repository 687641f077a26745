// Copying a profile for a province's own guidance, and checking a clerk's copy before it is saved.
import type { RulesProfile } from '../entities'
import { newId, nowIso } from '../ids'
import { validateParams, type RulesParams } from './params'
import { BUILT_IN_PROFILES } from './profiles'

export function copyProfile(from: RulesProfile, name?: string): RulesProfile {
  return {
    id: newId(),
    name: name ?? `${from.name} (bản sao)`,
    builtIn: 0,
    fromYear: from.fromYear,
    toYear: from.toYear,
    basedOnId: from.id,
    params: { ...from.params },
    sources: { ...from.sources },
    updatedAt: nowIso()
  }
}

export type ProfileErrors = Partial<Record<keyof RulesParams | 'name' | 'fromYear' | 'toYear', string>>

export function validateProfile(p: RulesProfile): ProfileErrors {
  const errors: ProfileErrors = { ...validateParams(p.params as Partial<RulesParams>) }
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

// The rules profile of a year, as the meetings screens and exports use it.
import type { RulesProfile } from '@renderer/domain/entities'
import { paramsOf, profileForYear, sourcesOf } from '@renderer/domain/rules/profiles'
import type { RulesParams, RulesSources } from '@renderer/domain/rules/params'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'

export interface YearRules {
  params: RulesParams
  sources: RulesSources
  profileName: string
}

export function rulesOf(year: number, profiles: readonly RulesProfile[]): YearRules {
  const p = profileForYear(year, profiles)
  return { params: paramsOf(p), sources: sourcesOf(p), profileName: p.name }
}

export async function loadRules(year: number): Promise<YearRules> {
  return rulesOf(year, await meetingRepository.profiles())
}

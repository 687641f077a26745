// The rules profile of a year (profileOfYear: the one its review recorded, else the one in force),
// as the meetings screens and exports use it.
import { paramsOf, profileOfYear, sourcesOf, type RulesBook } from '@renderer/domain/rules/profiles'
import type { RulesParams, RulesSources } from '@renderer/domain/rules/params'
import { rulesRepository } from '@renderer/db/repositories/rulesRepository'

export interface YearRules {
  params: RulesParams
  sources: RulesSources
  profileName: string
}

export function rulesOf(year: number, book: RulesBook): YearRules {
  const p = profileOfYear(year, book)
  return { params: paramsOf(p), sources: sourcesOf(p), profileName: p.name }
}

export async function loadRules(year: number): Promise<YearRules> {
  return rulesOf(year, await rulesRepository.book())
}

import { describe, expect, it } from 'vitest'
import { BUILT_IN_PROFILES, paramsOf, profileForYear } from './profiles'
import { PARAM_KINDS, validateParams, type RulesParams } from './params'
import { copyProfile, validateProfile } from './profileEdit'

describe('built-in profiles are chosen by review year (docs/design.md §6)', () => {
  it.each([
    [2018, 'qd132-2018'],
    [2022, 'qd132-2018'],
    [2023, 'qd124-2023'],
    [2024, 'qd124-2023'],
    [2025, 'qd366-2025'],
    [2030, 'qd366-2025'],
    [2010, 'qd132-2018']
  ])('%i → %s', (year, id) => expect(profileForYear(year).id).toBe(id))

  it('a clerk copy covering the year wins over the built-in one', () => {
    const copy = { ...copyProfile(BUILT_IN_PROFILES[0], 'Hướng dẫn tỉnh'), fromYear: 2025 }
    expect(profileForYear(2025, [...BUILT_IN_PROFILES, copy]).id).toBe(copy.id)
  })

  it.each(BUILT_IN_PROFILES.map((p) => [p.id, p] as const))(
    '%s: every parameter is valid and cites a source',
    (_id, p) => {
      expect(validateParams(paramsOf(p))).toEqual({})
      for (const key of Object.keys(PARAM_KINDS))
        expect(p.sources[key as keyof RulesParams], key).toBeTruthy()
    }
  )
})

describe('editing a copy', () => {
  const base = copyProfile(BUILT_IN_PROFILES[0])
  it.each<[string, Partial<RulesParams>, string]>([
    ['quota over 100 %', { quotaPercent: 120 }, 'quotaPercent'],
    ['unknown counting unit', { quotaUnit: 'ward' as never }, 'quotaUnit'],
    ['good score above excellent', { scoreGood: 95 }, 'scoreGood'],
    ['streak of 0 years', { memberStreakYears: 0 }, 'memberStreakYears']
  ])('%s is refused', (_l, change, key) => {
    expect(validateProfile({ ...base, params: { ...base.params, ...change } })).toHaveProperty(key)
  })
  it('a copy keeps its origin and is not built in', () => {
    expect(base.basedOnId).toBe('qd366-2025')
    expect(base.builtIn).toBe(0)
    expect(validateProfile(base)).toEqual({})
  })
})

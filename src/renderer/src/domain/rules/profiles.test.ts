import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_PROFILES,
  paramsOf,
  profileForYear,
  profileOfYear,
  sourcesOf,
  unsourcedChanges,
  unsourcedNotice
} from './profiles'
import { PARAM_KINDS, PARAM_LABELS, validateParams, type RulesParams, type RulesSources } from './params'
import { SOURCE_NEEDED, copyProfile, validateProfile } from './profileEdit'

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

  // The profile a year's review recorded (Đánh giá › Bộ quy định) is that year's rules everywhere —
  // meetings, compliance, the overview, honours — even when a copy covering the year exists.
  const copy = { ...copyProfile(BUILT_IN_PROFILES[0], 'Hướng dẫn tỉnh'), fromYear: 2025 }
  const profiles = [...BUILT_IN_PROFILES, copy]
  it.each<[string, [number, string][], number, string]>([
    ['no choice recorded: the copy in force', [], 2026, copy.id],
    ['2026 reviewed under the built-in QĐ 366: QĐ 366', [[2026, 'qd366-2025']], 2026, 'qd366-2025'],
    ['another year’s choice does not apply', [[2025, 'qd366-2025']], 2026, copy.id],
    ['a recorded profile that no longer exists: the one in force', [[2026, 'deleted']], 2026, copy.id]
  ])('the year’s rules: %s', (_l, chosen, year, id) => {
    expect(profileOfYear(year, { profiles, chosen: new Map(chosen) }).id).toBe(id)
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

// Every parameter cites its source, and a document quotes it beside the count ("Căn cứ: …"). A
// copy that changes a value must say which text it follows; the built-in text names the national
// figure, which the count no longer uses.
describe('a changed value cites its own source, never the built-in text it departs from', () => {
  const qd366 = BUILT_IN_PROFILES[0]
  const copyWith = (params: Partial<RulesParams>, sources: RulesSources = {}) => {
    const c = copyProfile(qd366, 'Hướng dẫn Tỉnh ủy')
    return { ...c, params: { ...c.params, ...params }, sources: { ...c.sources, ...sources } }
  }
  const PLACEHOLDER = 'Bộ quy định “Hướng dẫn Tỉnh ủy” (giá trị đã sửa, chưa ghi văn bản căn cứ)'
  it.each<[string, Partial<RulesParams>, RulesSources, string | null, string]>([
    ['value unchanged: the built-in source', {}, {}, null, qd366.sources.meetingMinMinutes!],
    [
      '60 minutes, source untouched: the copy, flagged, not "tối thiểu 90 phút"',
      { meetingMinMinutes: 60 },
      {},
      SOURCE_NEEDED,
      PLACEHOLDER
    ],
    [
      '60 minutes, source emptied',
      { meetingMinMinutes: 60 },
      { meetingMinMinutes: '  ' },
      SOURCE_NEEDED,
      PLACEHOLDER
    ],
    [
      '60 minutes with the province’s text',
      { meetingMinMinutes: 60 },
      { meetingMinMinutes: 'HD 05-HD/TU 2025 (tối thiểu 60 phút)' },
      null,
      'HD 05-HD/TU 2025 (tối thiểu 60 phút)'
    ],
    [
      'set back to 90 minutes: the built-in source is right again',
      { meetingMinMinutes: 90 },
      {},
      null,
      qd366.sources.meetingMinMinutes!
    ]
  ])('%s', (_l, params, sources, error, cited) => {
    const copy = copyWith(params, sources)
    expect(validateProfile(copy).meetingMinMinutes ?? null).toBe(error)
    expect(sourcesOf(copy).meetingMinMinutes).toBe(cited)
    // The other parameters still cite the built-in texts.
    expect(sourcesOf(copy).combinedMeetingMinMinutes).toBe(qd366.sources.combinedMeetingMinMinutes)
  })

  it('names every changed parameter left without a source, and only those', () => {
    const copy = copyWith(
      { quotaPercent: 25, notRatedAdmittedMonths: 12, absenceWarningCount: 2 },
      { absenceWarningCount: 'HD 05-HD/TU 2026 (vắng 2 tháng)' }
    )
    expect(unsourcedChanges(copy).sort()).toEqual(['notRatedAdmittedMonths', 'quotaPercent'])
    expect(unsourcedChanges(qd366)).toEqual([])
  })

  it('the review page names the changed values a year’s profile cites no text for', () => {
    expect(unsourcedNotice(qd366)).toBe('')
    expect(unsourcedNotice(copyWith({ quotaPercent: 25 }, { quotaPercent: 'HD 05-HD/TU (25 %)' }))).toBe('')
    expect(unsourcedNotice(copyWith({ quotaPercent: 25, meetingMinMinutes: 60 }))).toBe(
      'Bộ quy định “Hướng dẫn Tỉnh ủy” có 2 thông số đã sửa mà chưa ghi văn bản căn cứ: ' +
        `“${PARAM_LABELS.quotaPercent}”, “${PARAM_LABELS.meetingMinMinutes}”. ` +
        'Báo cáo gửi lên sẽ ghi “chưa ghi văn bản căn cứ” ở những chỗ đó.'
    )
  })

  it('a range error is said before the missing source', () => {
    expect(validateProfile(copyWith({ quotaPercent: 120 })).quotaPercent).not.toBe(SOURCE_NEEDED)
  })

  it('a copy of a copy descends from the same built-in profile and keeps the first copy’s texts', () => {
    const qd124 = BUILT_IN_PROFILES.find((p) => p.id === 'qd124-2023')!
    const first = copyProfile(qd124, 'Tỉnh 2024')
    first.params = { ...first.params, quotaPercent: 25 }
    first.sources = { ...first.sources, quotaPercent: 'HD 03-HD/TU 2024 (≤ 25 %)' }
    const second = copyProfile(first)
    expect(second.basedOnId).toBe('qd124-2023')
    expect(second.name).toBe('Tỉnh 2024 (bản sao)')
    expect(validateProfile(second)).toEqual({})
    expect(sourcesOf(second).quotaPercent).toBe('HD 03-HD/TU 2024 (≤ 25 %)')
    expect(sourcesOf(second).scoreGood).toBe(qd124.sources.scoreGood)
  })
})

describe('quota counting unit (HD 21-HD/BTCTW 2019: “… trong từng tổ chức cơ sở đảng”)', () => {
  it.each(BUILT_IN_PROFILES.map((p) => [p.id, p] as const))(
    '%s: counted over the whole đảng bộ, floor rounding, the source quotes the text and says which reading',
    (_id, p) => {
      expect(paramsOf(p).quotaUnit).toBe('organization')
      expect(paramsOf(p).quotaRounding).toBe('floor')
      expect(p.sources.quotaUnit).toContain('trong từng tổ chức cơ sở đảng')
      expect(p.sources.quotaUnit).toContain('Từng chi bộ')
      if (p.id !== 'qd132-2018') expect(p.sources.quotaUnit).toContain('mặc định theo HD 21-HD/BTCTW 2019')
    }
  )
})

describe('Huy hiệu Đảng held back by discipline (QĐ 24-QĐ/TW 2021; HD 01-HD/TW 2021)', () => {
  it.each([
    ['badgeHoldReprimandMonths', 6],
    ['badgeHoldWarningMonths', 9],
    ['badgeHoldDismissalMonths', 12]
  ] as const)('%s defaults to %i months in every built-in profile', (key, months) => {
    for (const p of BUILT_IN_PROFILES) expect(paramsOf(p)[key]).toBe(months)
  })

  it('a copy saved before these parameters existed takes them from its base profile', () => {
    const old = copyProfile(BUILT_IN_PROFILES[0], 'Bản sao cũ')
    const params = { ...old.params }
    delete params.badgeHoldWarningMonths
    const stored = { ...old, params }
    expect(paramsOf(stored).badgeHoldWarningMonths).toBe(9)
    expect(sourcesOf({ ...stored, sources: {} }).badgeHoldWarningMonths).toContain('QĐ 24-QĐ/TW 2021')
  })
})

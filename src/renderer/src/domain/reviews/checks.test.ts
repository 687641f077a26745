import { describe, expect, it } from 'vitest'
import type { Cell, CellReview, MemberReview, Rating } from '../entities'
import { BUILT_IN_PROFILES, paramsOf } from '../rules/profiles'
import { checkCells, checkMember, checkMembers, isStrayRating, type CheckContext } from './checks'
import { buildReviewSubjects, groupEventsByMember } from './eligibility'
import { decided, event, member, review } from '@renderer/testing/reviewFactories'

const profile = BUILT_IN_PROFILES.find((p) => p.id === 'qd124-2023')!
const params = paramsOf(profile)
const ctx: CheckContext = { params, sources: profile.sources, cellName: (id) => `Chi bộ ${id}` }

function subjects(
  ids: string[],
  events = [] as ReturnType<typeof event>[],
  cellOf: (id: string) => string = () => 'c1'
) {
  return buildReviewSubjects(
    ids.map((id) => member(id, { cellId: cellOf(id) })),
    groupEventsByMember(events),
    2024,
    '2024-12-15',
    params
  )
}

function reviews(list: MemberReview[]): Map<string, MemberReview> {
  return new Map(list.map((r) => [r.memberId, r]))
}

describe('quota check names its rule (QĐ 124-QĐ/TW: ≤ 20 % số HTTNV; HD 21-HD/BTCTW 2019: trong từng tổ chức cơ sở đảng)', () => {
  it('6 HTTNV and 2 HTXSNV, counted over the đảng bộ (default) → warning "Toàn Đảng bộ … tối đa 1, đề xuất 2"', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    const ratings: Rating[] = ['good', 'good', 'good', 'good', 'good', 'good', 'excellent', 'excellent']
    const checks = checkMembers(
      subjects(ids),
      reviews(ids.map((id, i) => review(2024, id, { cellProposal: ratings[i] }))),
      ctx
    )
    const quota = checks.filter((c) => c.rule === 'quota')
    expect(quota).toHaveLength(1)
    expect(quota[0].ruleText).toBe('Vượt tỷ lệ HTXSNV (QĐ 124-QĐ/TW 2023: ≤ 20 % số HTTNV)')
    expect(quota[0].message).toBe('Toàn Đảng bộ có 6 HTTNV → tối đa 1, đề xuất 2.')
    expect(quota[0].cellId).toBeUndefined()
    const perCell = { ...ctx, params: { ...params, quotaUnit: 'cell' as const } }
    expect(
      checkMembers(
        subjects(ids),
        reviews(ids.map((id, i) => review(2024, id, { cellProposal: ratings[i] }))),
        perCell
      ).find((c) => c.rule === 'quota')?.message
    ).toBe('Chi bộ c1 có 6 HTTNV → tối đa 1, đề xuất 2.')
  })

  it.each([
    [0, 1, true],
    [4, 1, true],
    [5, 1, false],
    [9, 2, true],
    [10, 2, false]
  ])('%i HTTNV with %i HTXSNV → warning %s', (good, excellent, warns) => {
    const ids = Array.from({ length: good + excellent }, (_, i) => `m${i}`)
    const list = ids.map((id, i) => review(2024, id, { decision: i < good ? 'good' : 'excellent' }))
    expect(checkMembers(subjects(ids), reviews(list), ctx).some((c) => c.rule === 'quota')).toBe(warns)
  })

  it('per cell vs whole đảng bộ: the same ratings warn per cell but not for the organisation', () => {
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6']
    const cellOf = (id: string) => (id.startsWith('a') ? 'A' : 'B')
    const ratings: Record<string, Rating> = {
      a1: 'good',
      a2: 'good',
      a3: 'good',
      a4: 'good',
      a5: 'excellent'
    }
    const list = ids.map((id) => review(2024, id, { decision: ratings[id] ?? 'good', cellId: cellOf(id) }))
    const s = subjects(ids, [], cellOf)
    const perCell = { ...ctx, params: { ...params, quotaUnit: 'cell' as const } }
    expect(
      checkMembers(s, reviews(list), perCell)
        .filter((c) => c.rule === 'quota')
        .map((c) => c.cellId)
    ).toEqual(['A'])
    const org = { ...ctx, params: { ...params, quotaUnit: 'organization' as const } }
    expect(checkMembers(s, reviews(list), org).filter((c) => c.rule === 'quota')).toEqual([])
  })

  it('members not rated (exempt) are not counted in the quota', () => {
    const ids = ['a', 'b', 'c', 'd', 'e']
    const ev = [event('e', 'exemption', '2023-01-01')]
    const list = ['a', 'b', 'c', 'd'].map((id) => review(2024, id, { decision: 'good' }))
    list.push(review(2024, 'e', { decision: 'good' }))
    const s = subjects([...ids, 'x'], ev)
    list.push(review(2024, 'x', { decision: 'excellent' }))
    // 4 HTTNV counted (e is exempt) → ceiling 0 → x over quota.
    expect(checkMembers(s, reviews(list), ctx).find((c) => c.rule === 'quota')?.message).toContain(
      'có 4 HTTNV → tối đa 0'
    )
  })
})

describe('caps (HD 21-HD/BTCTW 2019; NĐ 335/2025: disciplined → KHTNV; sick ≥ 3 months → ≤ HTNV)', () => {
  it.each<[string, Parameters<typeof review>[2], string[]]>([
    ['disciplined, proposed HTTNV → disciplineCap', { cellProposal: 'good' }, ['disciplineCap']],
    ['disciplined, decided KHTNV → no warning', { cellProposal: 'incomplete', decision: 'incomplete' }, []],
    [
      'disciplined, self HTNV, decision KHTNV → self-rating flagged',
      { selfRating: 'complete', decision: 'incomplete' },
      ['disciplineCap']
    ]
  ])('%s', (_l, r, rules) => {
    const [s] = subjects(['m'], [event('m', 'discipline', '2024-05-01', { disciplineLevel: 'warning' })])
    expect(checkMember(s, review(2024, 'm', r), ctx).map((c) => c.rule)).toEqual(rules)
  })

  it.each<[string, string, Rating, boolean]>([
    ['sick 01/02–31/05 (120 days), HTTNV → warns', '2024-05-31', 'good', true],
    ['sick 01/02–31/05, HTNV → fine', '2024-05-31', 'complete', false],
    ['sick 01/02–15/03 (44 days), HTTNV → fine', '2024-03-15', 'good', false],
    [
      'sick 01/02–30/04/2024 (90 days, fewer than January–March’s 91, but 3 calendar months), HTTNV → warns',
      '2024-04-30',
      'good',
      true
    ],
    ['sick 01/02–29/04 (a day short of 3 months), HTTNV → fine', '2024-04-29', 'good', false]
  ])('%s', (_l, end, decision, warns) => {
    const [s] = subjects(['m'], [event('m', 'sickLeave', '2024-02-01', { endDate: end })])
    expect(checkMember(s, review(2024, 'm', { decision }), ctx).some((c) => c.rule === 'sickLeaveCap')).toBe(
      warns
    )
  })

  it('the discipline cap names its source', () => {
    const [s] = subjects(['m'], [event('m', 'discipline', '2024-05-01')])
    const [c] = checkMember(s, review(2024, 'm', { decision: 'good' }), ctx)
    expect(c.ruleText).toBe('Bị kỷ luật trong năm → KHTNV (HD 21-HD/BTCTW 2019; NĐ 335/2025/NĐ-CP)')
  })
})

describe('score and level (QĐ 366-QĐ/TW thang 100 điểm) and missing decisions', () => {
  it.each<[number, Rating, boolean | undefined, string[]]>([
    [85, 'good', undefined, []],
    [85, 'excellent', undefined, ['scoreMismatch']],
    [60, 'good', undefined, ['scoreMismatch']],
    [95, 'excellent', undefined, ['excellentNeedsConfirmation']],
    [95, 'excellent', true, []],
    [95, 'good', true, ['scoreMismatch']]
  ])('score %i, level %s, exceeds %s → %j', (score, decision, exceedsRequirement, rules) => {
    const [s] = subjects(['m'])
    expect(
      checkMember(s, review(2024, 'm', { score, decision, exceedsRequirement }), ctx).map((c) => c.rule)
    ).toEqual(rules)
  })

  it('missing decisions are reported only when finalising', () => {
    const [s] = subjects(['m'])
    expect(checkMember(s, review(2024, 'm', { cellProposal: 'good' }), ctx)).toEqual([])
    expect(
      checkMember(s, review(2024, 'm', { cellProposal: 'good' }), { ...ctx, finalising: true }).map(
        (c) => c.rule
      )
    ).toEqual(['missingDecision'])
  })

  it('a rating on a member who is not rated is flagged; a manual "absent" excludes from rating', () => {
    const [s] = subjects(['m'], [event('m', 'exemption', '2023-01-01')])
    expect(checkMember(s, review(2024, 'm', { decision: 'good' }), ctx).map((c) => c.rule)).toEqual([
      'ratedButNotEligible'
    ])
    const [t] = subjects(['n'])
    expect(
      checkMember(t, review(2024, 'n', { notRatedReason: 'absent' }), { ...ctx, finalising: true })
    ).toEqual([])
  })

  it('a level kept beside the reason the clerk chose names that reason, and is a stray rating to clear', () => {
    const [s] = subjects(['m'])
    const [c] = checkMember(s, review(2024, 'm', { notRatedReason: 'absent', decision: 'good' }), ctx)
    expect(c.message).toBe(`${s.fullName}: Vắng buổi kiểm điểm nhưng đã có mức HTTNV.`)
    expect(isStrayRating(c)).toBe(true)
  })
})

describe('cell checks (HD 21-HD/BTCTW 2019 thresholds)', () => {
  const cell = (id: string, committee: Cell['committee'] = []): Cell => ({
    id,
    name: `Chi bộ ${id}`,
    type: 'residential',
    status: 'active',
    committee,
    createdAt: '',
    updatedAt: ''
  })
  const cr = (cellId: string, decision: Rating): CellReview => ({
    id: `2024:${cellId}`,
    year: 2024,
    cellId,
    decision,
    updatedAt: ''
  })

  it.each<[string, Rating[], Rating, string[]]>([
    [
      '1 of 4 KHTNV (25 % > 20 %) but cell HTNV → cellIncompleteShare',
      ['good', 'good', 'complete', 'incomplete'],
      'complete',
      ['cellIncompleteShare']
    ],
    [
      '1 of 5 KHTNV (20 %, not over) cell HTNV → fine',
      ['good', 'good', 'complete', 'complete', 'incomplete'],
      'complete',
      []
    ],
    [
      'cell HTTNV with one KHTNV (needs 100 % ≥ HTNV) → cellGoodThresholds',
      ['good', 'good', 'good', 'good', 'good', 'incomplete'],
      'good',
      ['cellGoodThresholds']
    ],
    [
      'cell HTTNV with 2 of 5 ≥ HTTNV (40 % < 50 %) → cellGoodThresholds',
      ['good', 'excellent', 'complete', 'complete', 'complete'],
      'good',
      ['cellGoodThresholds']
    ],
    [
      'cell HTTNV with 3 of 5 ≥ HTTNV, all ≥ HTNV → fine',
      ['good', 'good', 'good', 'complete', 'complete'],
      'good',
      []
    ]
  ])('%s', (_l, ratings, cellRating, rules) => {
    const ids = ratings.map((_, i) => `m${i}`)
    const rv = reviews(ids.map((id, i) => decided(2024, id, ratings[i])))
    const checks = checkCells(
      [cell('c1')],
      new Map([['c1', cr('c1', cellRating)]]),
      subjects(ids),
      rv,
      2024,
      ctx
    )
    expect(checks.map((c) => c.rule)).toEqual(rules)
  })

  it('cell HTXSNV while a committee member was disciplined in the year → cellCommitteeDiscipline', () => {
    const ids = ['s', 'a', 'b']
    const s = subjects(ids, [event('s', 'discipline', '2024-04-01')])
    const rv = reviews([
      decided(2024, 's', 'incomplete'),
      decided(2024, 'a', 'good'),
      decided(2024, 'b', 'good')
    ])
    const c = cell('c1', [{ memberId: 's', role: 'secretary', from: '2020-01-01' }])
    const checks = checkCells([c], new Map([['c1', cr('c1', 'excellent')]]), s, rv, 2024, ctx)
    expect(checks.map((x) => x.rule)).toContain('cellCommitteeDiscipline')
    expect(checks.find((x) => x.rule === 'cellCommitteeDiscipline')!.message).toContain('Nguyễn Văn s')
  })

  it('cells are held to the same quota across the đảng bộ: 4 HTTNV cells and 1 HTXSNV → warning', () => {
    const cells = ['p', 'q', 'r', 's', 't'].map((id) => cell(id))
    const crs = new Map(cells.map((c, i) => [c.id, cr(c.id, i === 0 ? 'excellent' : 'good')]))
    expect(checkCells(cells, crs, [], new Map(), 2024, ctx).map((c) => c.rule)).toEqual(['cellQuota'])
  })
})

describe('incremental member checks give the same result as a full recomputation', () => {
  it('after editing one row, only that row changes', async () => {
    const { incrementalMemberChecks } = await import('./checks')
    const ids = ['a', 'b', 'c', 'd', 'e', 'f']
    const s = subjects(ids, [event('f', 'discipline', '2024-02-01')])
    const list = ids.map((id) => review(2024, id, { decision: 'good' }))
    const run = incrementalMemberChecks()
    const map = reviews(list)
    expect(run(s, map, ctx)).toEqual(checkMembers(s, map, ctx))
    const edited = new Map(map)
    edited.set('a', review(2024, 'a', { decision: 'excellent' }))
    edited.set('f', review(2024, 'f', { decision: 'incomplete' }))
    expect(run(s, edited, ctx)).toEqual(checkMembers(s, edited, ctx))
    expect(run(s, edited, ctx).map((c) => c.rule)).toEqual(['quota'])
  })
})

import { describe, expect, it } from 'vitest'
import { currentRating, parseRatingInput, ratingFromScore, validateScore } from './ratings'
import { BUILT_IN_PROFILES, paramsOf } from '../rules/profiles'

const params = paramsOf(BUILT_IN_PROFILES[0])

describe('parseRatingInput: what a clerk types or pastes', () => {
  it.each([
    ['1', 'excellent'],
    ['2', 'good'],
    ['3', 'complete'],
    ['4', 'incomplete'],
    ['HTXSNV', 'excellent'],
    ['httnv', 'good'],
    ['HTNV', 'complete'],
    [' khtnv ', 'incomplete'],
    ['Hoàn thành xuất sắc nhiệm vụ', 'excellent'],
    ['Hoàn thành tốt nhiệm vụ', 'good'],
    ['hoan thanh nhiem vu', 'complete'],
    ['Không hoàn thành nhiệm vụ', 'incomplete'],
    ['HT XS NV', 'excellent'],
    ['', null]
  ])('%j → %s', (text, expected) => {
    expect(parseRatingInput(text)).toEqual({ ok: true, rating: expected })
  })

  it.each(['5', 'Giỏi', 'HTX', '0'])('rejects %j with a Vietnamese message', (text) => {
    const r = parseRatingInput(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('không phải mức xếp loại')
  })
})

describe('ratingFromScore (QĐ 366-QĐ/TW 2025: ≥ 90 xuất sắc with ≥ 30 % above requirement; 70 tốt; 50 hoàn thành)', () => {
  it.each([
    [100, true, 'excellent'],
    [90, true, 'excellent'],
    [90, false, 'good'],
    [89.5, true, 'good'],
    [70, false, 'good'],
    [69.9, false, 'complete'],
    [50, false, 'complete'],
    [49, false, 'incomplete'],
    [0, false, 'incomplete']
  ])('score %s, exceeds %s → %s', (score, exceeds, expected) => {
    expect(ratingFromScore(score, params, exceeds)).toBe(expected)
  })
})

describe('currentRating: decision, else cell proposal, else self-rating', () => {
  it.each([
    [{ selfRating: 'good', cellProposal: 'complete', decision: 'excellent' }, 'excellent'],
    [{ selfRating: 'good', cellProposal: 'complete' }, 'complete'],
    [{ selfRating: 'good' }, 'good'],
    [{}, null]
  ] as const)('%j → %s', (r, expected) => expect(currentRating(r)).toBe(expected))
})

describe('validateScore: 0–100, optional', () => {
  it.each([
    [null, null],
    ['', null],
    [0, null],
    [100, null],
    [101, 'Điểm phải từ 0 đến 100.'],
    [-1, 'Điểm phải từ 0 đến 100.'],
    ['abc', 'Điểm phải từ 0 đến 100.']
  ])('%j → %j', (v, msg) => expect(validateScore(v)).toBe(msg))
})

describe('pasting a column copied from Excel', () => {
  it('splits CRLF lines, drops the trailing newline, takes the first of tab-separated columns', async () => {
    const { splitPastedColumn } = await import('./ratings')
    expect(splitPastedColumn('HTTNV\r\nHTXSNV\r\n')).toEqual(['HTTNV', 'HTXSNV'])
    expect(splitPastedColumn('2\tx\n1\ty')).toEqual(['2', '1'])
  })
  it('validates each value: invalid ones are reported with their row and not applied', async () => {
    const { parsePastedRatings } = await import('./ratings')
    const r = parsePastedRatings('HTTNV\nGiỏi\n\n4\n')
    expect(r.values).toEqual([
      { offset: 0, rating: 'good' },
      { offset: 2, rating: null },
      { offset: 3, rating: 'incomplete' }
    ])
    expect(r.errors.map((e) => e.offset)).toEqual([1])
  })
})

describe('levels per year (year-over-year chart; docs/design.md §6: results built from an earlier stage say so)', () => {
  it('counts the current rating of each review, skipping those not rated, and says the least advanced step', async () => {
    const { levelsPerYear } = await import('./reportRows')
    const rows = levelsPerYear([
      { year: 2025, decision: 'good' },
      { year: 2024, selfRating: 'excellent' },
      { year: 2025, cellProposal: 'excellent' },
      { year: 2025, notRatedReason: 'absent', decision: 'good' },
      { year: 2025 }
    ])
    expect(rows).toEqual([
      { year: 2024, counts: { excellent: 1, good: 0, complete: 0, incomplete: 0 }, stage: 'selfRating' },
      { year: 2025, counts: { excellent: 1, good: 1, complete: 0, incomplete: 0 }, stage: 'cellProposal' }
    ])
    expect(levelsPerYear([{ year: 2023, decision: 'good' }])[0].stage).toBe('decision')
  })
})

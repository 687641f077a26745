import { describe, expect, it } from 'vitest'
import {
  BOOK_FORMAT_1,
  BOOK_FORMAT_2,
  fingerprintOf,
  hasReasonSheet,
  identityIntact,
  makeIdentity,
  rollDifference,
  type BookIdentity,
  type IdentityFields
} from './identity'
import { parsePeriodKey, periodKey, periodLabel, periodRange, type Period } from './period'
import { asFormatTwo } from '@renderer/testing/roundtripBooks'

const FIELDS: IdentityFields = {
  cellId: 'c1',
  cellName: 'Chi bộ Khu phố 1',
  period: '2026-Q1',
  madeOn: '2026-01-05',
  roll: ['a', 'b'],
  apart: ['d'],
  meetingIds: ['m1'],
  meetingKeys: ['2026-01-05|regular'],
  registerRows: 9,
  ratingRoll: [],
  notRated: []
}

describe('cell book identity: which cell, period and roll a file was made for (docs/design.md §7)', () => {
  it('is intact as made, and caught when any field is edited', () => {
    const id = makeIdentity(FIELDS)
    expect(identityIntact(id)).toBe(true)
    const edits: Partial<IdentityFields>[] = [
      { cellId: 'c2' },
      { cellName: 'Chi bộ khác' },
      { period: '2026-Q2' },
      { madeOn: '2026-01-06' },
      { roll: ['a'] },
      { roll: ['b', 'a'] },
      { apart: [] },
      { meetingIds: [] },
      { meetingKeys: ['2026-01-07|regular'] },
      { meetingKeys: undefined },
      { registerRows: 10 },
      { ratingRoll: ['a'] },
      { notRated: ['a'] }
    ]
    for (const edit of edits) expect(identityIntact({ ...id, ...edit }), JSON.stringify(edit)).toBe(false)
    expect(identityIntact({ ...id, format: 'other' })).toBe(false)
  })

  it('a book made before meetingKeys was kept (format 1) is still intact, and still caught when edited', () => {
    const { meetingKeys: _, ...old } = FIELDS
    // Format 1's fingerprint, as the app wrote it then.
    const canonical = [
      BOOK_FORMAT_1,
      'c1',
      'Chi bộ Khu phố 1',
      '2026-Q1',
      '2026-01-05',
      ['a', 'b'],
      ['d'],
      ['m1'],
      9,
      [],
      []
    ]
    const id: BookIdentity = {
      format: BOOK_FORMAT_1,
      ...old,
      fingerprint: fingerprintOf(JSON.stringify(canonical))
    }
    expect(identityIntact(id)).toBe(true)
    expect(identityIntact({ ...id, roll: ['b', 'a'] })).toBe(false)
    expect(identityIntact({ ...id, meetingKeys: ['2026-01-05|regular'] })).toBe(false)
  })

  it('a book made before "Lý do vắng" (format 2) is still intact; turning a new book into one is caught', () => {
    const made = makeIdentity(FIELDS)
    const old = asFormatTwo(made)
    expect(identityIntact(old)).toBe(true)
    expect(hasReasonSheet(old)).toBe(false)
    expect(hasReasonSheet(made)).toBe(true)
    // The format is fingerprinted: a new book's identity edited to say "format 2" (to skip the
    // reasons its excused absences need) is refused as edited.
    expect(identityIntact({ ...made, format: BOOK_FORMAT_2 })).toBe(false)
    expect(identityIntact({ ...old, roll: ['b', 'a'] })).toBe(false)
  })

  it('fingerprints differ for different texts and are 16 hex digits', () => {
    expect(fingerprintOf('a')).toMatch(/^[0-9a-f]{16}$/)
    expect(fingerprintOf('ab')).not.toBe(fingerprintOf('ba'))
  })

  it('names who came and who went between two rolls', () => {
    expect(rollDifference(['a', 'b', 'c'], ['b', 'c', 'e'])).toEqual({ added: ['e'], removed: ['a'] })
  })
})

describe('periods: a month, a quarter or a year (Điều lệ Đảng Điều 24: monthly meetings; HD 42-HD/BTCTW 2025: a thematic one each quarter)', () => {
  const cases: [Period, string, string, string, string][] = [
    [{ kind: 'month', year: 2024, index: 2 }, '2024-T02', 'Tháng 2/2024', '2024-02-01', '2024-02-29'],
    [{ kind: 'quarter', year: 2026, index: 4 }, '2026-Q4', 'Quý 4/2026', '2026-10-01', '2026-12-31'],
    [{ kind: 'year', year: 2026, index: 0 }, '2026', 'Năm 2026', '2026-01-01', '2026-12-31']
  ]
  it.each(cases)('%j → %s, %s, %s…%s', (p, key, label, from, to) => {
    expect(periodKey(p)).toBe(key)
    expect(parsePeriodKey(key)).toEqual(p)
    expect(periodLabel(p)).toBe(label)
    expect(periodRange(p)).toEqual({ from, to })
  })
  it('refuses keys that name no period', () => {
    expect(parsePeriodKey('2026-T13')).toBeNull()
    expect(parsePeriodKey('2026-Q5')).toBeNull()
    expect(parsePeriodKey('Q1')).toBeNull()
  })
})

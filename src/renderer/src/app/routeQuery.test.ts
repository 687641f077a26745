import { describe, expect, it } from 'vitest'
import { queryChoice, queryValue, queryYear } from './routeQuery'

describe('page state read from a link', () => {
  it.each([
    [{ year: '2025' }, 2025],
    [{ year: ['2024', '2025'] }, 2024],
    [{ year: '25' }, undefined],
    [{ year: '9999' }, undefined],
    [{ year: 'abc' }, undefined],
    [{}, undefined]
  ])('year from %j → %s', (query, expected) => {
    expect(queryYear(query)).toBe(expected)
  })

  it('takes only a known view', () => {
    expect(queryChoice({ view: 'badges' }, 'view', ['commendations', 'badges'] as const)).toBe('badges')
    expect(queryChoice({ view: 'admin' }, 'view', ['commendations', 'badges'] as const)).toBeUndefined()
  })

  it('ignores empty values', () => {
    expect(queryValue({ ceremony: '' }, 'ceremony')).toBeUndefined()
    expect(queryValue({ ceremony: '2027-02-03' }, 'ceremony')).toBe('2027-02-03')
  })
})

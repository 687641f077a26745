import { describe, expect, it } from 'vitest'
import { filtersFromQuery } from './queryFilters'

describe('filters carried in a link to the member list (figures on Tổng quan link to their lists)', () => {
  it.each([
    [{ status: 'official' }, { status: 'official' }],
    [
      { status: 'probationary', cellId: 'c1' },
      { status: 'probationary', cellId: 'c1' }
    ],
    [
      { ageBand: '61-70', partyAgeBand: '50plus' },
      { ageBand: '61-70', partyAgeBand: '50plus' }
    ],
    [
      { gender: 'female', theoryLevel: 'advanced' },
      { gender: 'female', theoryLevel: 'advanced' }
    ],
    [{ view: 'due' }, { view: 'due' }],
    // Tổng quan's official / probationary cards: by standing, the exempt and suspended included.
    [{ status: 'officialStanding' }, { status: 'officialStanding' }],
    [{ status: 'probationaryStanding' }, { status: 'probationaryStanding' }],
    [{ query: 'nguyen van an' }, { query: 'nguyen van an' }],
    [{ status: ['exempt', 'official'] }, { status: 'exempt' }],
    // Nonsense is ignored rather than producing an empty list.
    [{ status: 'bogus', ageBand: '12-13', gender: 'x', view: 'other' }, {}],
    // The groups before the statistics form's (60-70, 40plus) are no longer groups.
    [{ ageBand: '60-70', partyAgeBand: '40plus' }, {}],
    [{ cellId: '' }, {}]
  ])('%j → %j', (query, expected) => {
    expect(filtersFromQuery(query)).toEqual(expected)
  })
})

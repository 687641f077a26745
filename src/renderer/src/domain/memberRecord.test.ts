import type { Member, MemberEvent } from './entities'
import { eventsFollowingRecord, recordCellMove, recordWithoutEvent } from './memberRecord'
import { memberStateOn } from './memberState'
import { event } from '@renderer/testing/reviewFactories'

// The record's admission and official dates and the decision events of the timeline are the same
// decisions: a correction of the one must not leave the other on the typo.
describe('the decision events a corrected record date carries along', () => {
  type Dates = Pick<Member, 'admissionDate' | 'officialDate'>
  const record: Dates = { admissionDate: '2020-03-10', officialDate: '2021-03-10' }
  const adm = event('m', 'admission', '2020-03-10', { id: 'adm' })
  const off = event('m', 'official', '2021-03-10', { id: 'off' })
  const re = event('m', 'readmission', '2020-03-10', { id: 're' })
  it.each<[string, Dates | undefined, Dates, MemberEvent[], [string, string][]]>([
    [
      'admission corrected: its event moves',
      record,
      { admissionDate: '2019-03-10' },
      [adm, off],
      [['adm', '2019-03-10']]
    ],
    [
      'official corrected: its event moves',
      record,
      { officialDate: '2021-04-10' },
      [adm, off],
      [['off', '2021-04-10']]
    ],
    [
      'both corrected: both move',
      record,
      { admissionDate: '2019-03-10', officialDate: '2020-03-10' },
      [adm, off],
      [
        ['adm', '2019-03-10'],
        ['off', '2020-03-10']
      ]
    ],
    [
      'a year only becomes a day: the event takes the day',
      { ...record, admissionDate: '2020' },
      { admissionDate: '2020-03-10' },
      [{ ...adm, date: '2020' }],
      [['adm', '2020-03-10']]
    ],
    ['nothing changed', record, {}, [adm, off], []],
    ['the date cleared from the record: the event stays', record, { admissionDate: null }, [adm], []],
    [
      'no event on the old date (an earlier admission elsewhere): nothing moves',
      record,
      { admissionDate: '2019-03-10' },
      [{ ...adm, date: '1990-01-01' }],
      []
    ],
    ['a readmission on that date is another decision', record, { admissionDate: '2019-03-10' }, [re], []],
    [
      'two admissions on the old date: neither is guessed at',
      record,
      { admissionDate: '2019-03-10' },
      [adm, { ...adm, id: 'adm2' }],
      []
    ],
    ['a new member: nothing to carry', undefined, { admissionDate: '2019-03-10' }, [adm], []]
  ])('%s', (_l, before, change, events, moved) => {
    const after = { ...record, ...change }
    expect(eventsFollowingRecord(before, after, events).map((e) => [e.id, e.date])).toEqual(moved)
  })
})

// A new cell on an existing member's record is a move from the stored cell, dated the day it is
// made; never a cell the history silently overrides, nor one rewritten into the past.
describe('the move a new cell on the record is', () => {
  const before = { fullName: 'Nguyễn Văn Ân', cellId: 'A' }
  const after = { id: 'm', cellId: 'B' }
  const move = (b: typeof before | undefined, a: typeof after, events: MemberEvent[] = []) =>
    recordCellMove({ before: b, after: a, events, date: '2026-11-21', id: 'mv', now: 'now', note: 'n' })
  const adm = event('m', 'admission', '2020-03-10', { cellId: 'A' })

  it.each<[string, typeof before | undefined, typeof after, MemberEvent[], Partial<MemberEvent> | null]>([
    [
      'another cell: a move from the stored one, on the date',
      before,
      after,
      [adm],
      { type: 'cellChange', date: '2026-11-21', fromCellId: 'A', cellId: 'B', note: 'n' }
    ],
    ['the same cell: no move', before, { ...after, cellId: 'A' }, [adm], null],
    ['a new member: no move', undefined, after, [], null],
    ['a record with no cell yet: no move', { ...before, cellId: '' }, after, [], null],
    [
      'a move on an earlier day is history, not a clash',
      before,
      after,
      [event('m', 'cellChange', '2026-11-20', { fromCellId: 'C', cellId: 'A' })],
      { fromCellId: 'A', cellId: 'B' }
    ],
    [
      'an admission on the same day sorts before a move: no clash',
      before,
      after,
      [event('m', 'admission', '2026-11-21', { cellId: 'A' })],
      { fromCellId: 'A', cellId: 'B' }
    ]
  ])('%s', (_l, b, a, events, expected) => {
    const made = move(b, a, events)
    if (expected === null) expect(made).toBeNull()
    else expect(made).toMatchObject({ id: 'mv', memberId: 'm', createdAt: 'now', ...expected })
  })

  it.each<[string, MemberEvent, string]>([
    [
      'another move the same day (same-day moves are not ordered)',
      event('m', 'cellChange', '2026-11-21', { fromCellId: 'C', cellId: 'A' }),
      '“Chuyển chi bộ trong Đảng bộ” ngày 21/11/2026, cùng ngày chuyển 21/11/2026'
    ],
    [
      'a cell set after the date',
      event('m', 'transferIn', '2026-12-01', { cellId: 'A' }),
      '“Chuyển sinh hoạt đến” ngày 01/12/2026, sau ngày chuyển 21/11/2026'
    ]
  ])('refused: %s', (_l, clash, said) => {
    expect(() => move(before, after, [adm, clash])).toThrow(
      `Không đổi chi bộ của Nguyễn Văn Ân: quá trình sinh hoạt đảng đã có sự kiện ${said}`
    )
  })

  // memberStateOn: before the first recorded move, the member was in the cell it left.
  it.each<[string, MemberEvent[], [string, string][]]>([
    [
      'admitted into A, moved today: A before, B from today',
      [adm],
      [
        ['2020-03-09', 'A'],
        ['2024-01-01', 'A'],
        ['2026-11-20', 'A'],
        ['2026-11-21', 'B']
      ]
    ],
    [
      'an old record with no event: A before, B from today',
      [],
      [
        ['2000-01-01', 'A'],
        ['2026-11-20', 'A'],
        ['2026-11-21', 'B']
      ]
    ],
    [
      'an earlier move C → A: C before it, A between, B from today',
      [event('m', 'cellChange', '2023-05-01', { fromCellId: 'C', cellId: 'A' })],
      [
        ['2023-04-30', 'C'],
        ['2023-05-01', 'A'],
        ['2026-11-20', 'A'],
        ['2026-11-21', 'B']
      ]
    ]
  ])('the cell on each date: %s', (_l, events, cells) => {
    const made = move(before, after, events)!
    const record = { admissionDate: null, officialDate: null, cellId: 'B' }
    const all = [...events, made]
    expect(cells.map(([d]) => [d, memberStateOn(record, all, d).cellId])).toEqual(cells)
  })
})

// Removing an event entered by mistake takes back what recording it put on the record.
describe('the record without an event removed as a mistake', () => {
  const record: Pick<Member, 'admissionDate' | 'officialDate' | 'cellId'> = {
    admissionDate: '2020-03-10',
    officialDate: '2026-01-05',
    cellId: 'B'
  }
  const off = event('m', 'official', '2026-01-05', { id: 'off' })
  const mv = event('m', 'cellChange', '2025-05-01', { id: 'mv', fromCellId: 'A', cellId: 'B' })
  it.each<[string, MemberEvent, MemberEvent[], Partial<typeof record>]>([
    ['the official event on the record’s date: the date goes', off, [], { officialDate: null }],
    ['an official event on another date: the record’s stays', { ...off, date: '2025-01-05' }, [], {}],
    ['another official event stands on that date: the record’s stays', off, [{ ...off, id: 'off2' }], {}],
    [
      'the admission event: the record keeps its own admission date',
      event('m', 'admission', '2020-03-10', { cellId: 'A' }),
      [],
      {}
    ],
    ['the last move: back to the cell it left', mv, [], { cellId: 'A' }],
    [
      'the last move after an admission naming a cell: back to the cell it left',
      mv,
      [event('m', 'admission', '2020-03-10', { cellId: 'A' })],
      { cellId: 'A' }
    ],
    [
      'a move with a later one: the record stays',
      mv,
      [event('m', 'cellChange', '2025-08-01', { fromCellId: 'B', cellId: 'C' })],
      {}
    ],
    [
      'a move with another on the same day: not known to be the last, the record stays',
      mv,
      [event('m', 'cellChange', '2025-05-01', { fromCellId: 'B', cellId: 'C' })],
      {}
    ],
    ['a move that names no cell it left: the record stays', { ...mv, fromCellId: null }, [], {}]
  ])('%s', (_l, removed, remaining, change) => {
    expect(recordWithoutEvent(record, removed, remaining)).toEqual({ ...record, ...change })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Meeting } from '../entities'
import {
  cellsBehind,
  complianceGrid,
  complianceSummary,
  type ComplianceCell,
  type PeriodState
} from './compliance'
import { meetingStatistics } from './statistics'
import { MEETING_SOURCES } from '../rules/params'
import { PARAMS, meeting, meetingsOf2026 } from '@renderer/testing/meetingFactories'

const cells: ComplianceCell[] = [
  { id: 'kp1', name: 'Chi bộ Khu phố 1', status: 'active', foundedOn: '1990-01-01' },
  { id: 'kp10', name: 'Chi bộ Khu phố 10', status: 'active', foundedOn: '2026-03-15' },
  { id: 'kp2', name: 'Chi bộ Khu phố 2', status: 'active' },
  { id: 'old', name: 'Chi bộ Cũ', status: 'merged', foundedOn: '1990-01-01', closedOn: '2026-05-10' },
  { id: 'gone', name: 'Chi bộ Giải thể 2020', status: 'dissolved', closedOn: '2020-06-30' }
]

// kp1 meets every month Jan–Jun; thematic in Feb (Q1) and a combined meeting in May (Q2) that is too
// short (100 min < 120); nothing in July. Today is 20/08/2026.
const meetings: Meeting[] = [
  ...[1, 2, 3, 4, 6].map((m) => meeting('kp1', `2026-0${m}-03`)),
  meeting('kp1', '2026-02-15', 'thematic'),
  meeting('kp1', '2026-05-03', 'combined', { endTime: '09:40' }),
  meeting('kp1', '2025-07-03'),
  meeting('kp10', '2026-03-20'),
  meeting('kp10', '2026-04-03', 'extraordinary'),
  meeting('old', '2026-01-03', 'combined')
]
const TODAY = '2026-08-20'
const grid = complianceGrid(meetings, cells, 2026, PARAMS, TODAY)
const row = (id: string) => grid.find((r) => r.cellId === id)!

describe('cell × month grid (Điều lệ Điều 24; HD 42-HD/BTCTW 2025: a regular meeting every month)', () => {
  it.each<
    [string, string, number, PeriodState, Partial<{ regular: boolean; thematic: boolean; tooShort: boolean }>]
  >([
    ['a regular meeting held → ok', 'kp1', 1, 'ok', { regular: true, thematic: false }],
    ['regular and thematic in one month', 'kp1', 2, 'ok', { regular: true, thematic: true }],
    [
      'combined counts as regular and thematic; below 120 min is too short',
      'kp1',
      5,
      'ok',
      { regular: true, thematic: true, tooShort: true }
    ],
    ['a month over with no meeting is missed', 'kp1', 7, 'missed', { regular: false }],
    ['the running month is pending, not missed', 'kp1', 8, 'pending', {}],
    ['a month in the future is not missed', 'kp1', 9, 'future', {}],
    ['months before a mid-year cell existed are not required', 'kp10', 1, 'notRequired', {}],
    [
      'the month it was founded in (15/03) is not required, but a meeting shows',
      'kp10',
      3,
      'ok',
      { regular: true }
    ],
    ['an extraordinary meeting does not count as the regular one', 'kp10', 4, 'missed', { regular: false }],
    ['a cell with no founding date is required from January', 'kp2', 1, 'missed', {}],
    ['the month a merged cell closed (10/05) is not required', 'old', 5, 'notRequired', {}],
    ['after closing: not required', 'old', 6, 'notRequired', {}],
    ['before closing, a month without a meeting is missed', 'old', 2, 'missed', {}]
  ])('%s', (_label, cellId, month, state, flags) => {
    const m = row(cellId).months[month - 1]
    expect(m.state).toBe(state)
    expect(m).toMatchObject(flags)
  })

  it('lists cells that existed in the year, sorted by name with numbers in order; not a cell dissolved in 2020', () => {
    expect(grid.map((r) => r.cellName)).toEqual([
      'Chi bộ Cũ',
      'Chi bộ Khu phố 1',
      'Chi bộ Khu phố 2',
      'Chi bộ Khu phố 10'
    ])
  })

  it('ignores meetings of other years', () => {
    expect(row('kp1').months[6].meetingCount).toBe(0)
  })

  // A month is held by a meeting that took place: one recorded with a later date (planned, or the
  // year typed wrong) counts from its day, so the grid never shows as held what has not happened yet.
  it.each<[string, string, number, PeriodState]>([
    ['a meeting later this month (25/08): the month is still pending', '2026-08-25', 8, 'pending'],
    ['a meeting next month (10/09): the month is still to come', '2026-09-10', 9, 'future'],
    ['a meeting today (20/08): held', '2026-08-20', 8, 'ok']
  ])('%s', (_label, date, month, state) => {
    const later = complianceGrid([meeting('kp2', date, 'combined')], cells, 2026, PARAMS, TODAY)
    const kp2 = later.find((r) => r.cellId === 'kp2')!
    expect(kp2.months[month - 1].state).toBe(state)
    expect(kp2.quarters[2].thematicCount).toBe(state === 'ok' ? 1 : 0)
  })
})

describe('cell × quarter grid (Nghị quyết 22-NQ/TW 2008: at least thematicPerQuarter thematic meetings a quarter)', () => {
  it.each<[string, string, number, PeriodState, number]>([
    ['Q1 with a thematic meeting → ok', 'kp1', 1, 'ok', 1],
    ['Q2 with a combined meeting → ok', 'kp1', 2, 'ok', 1],
    ['Q3 running → pending', 'kp1', 3, 'pending', 0],
    ['Q4 not begun → future', 'kp1', 4, 'future', 0],
    ['Q1 of a cell founded 15/03 is not required', 'kp10', 1, 'notRequired', 0],
    ['Q2 without a thematic meeting is missed', 'kp10', 2, 'missed', 0]
  ])('%s', (_label, cellId, q, state, count) => {
    expect(row(cellId).quarters[q - 1]).toMatchObject({ state, thematicCount: count })
  })

  it('two thematic meetings a quarter when the profile asks for two', () => {
    const g = complianceGrid(meetings, cells, 2026, { ...PARAMS, thematicPerQuarter: 2 }, TODAY)
    expect(g.find((r) => r.cellId === 'kp1')!.quarters[0].state).toBe('missed')
  })
})

describe('cells behind name the rule they miss', () => {
  const behind = cellsBehind(grid, MEETING_SOURCES)
  it('lists the missed months, quarters and short meetings with their rules', () => {
    const kp1 = behind.find((b) => b.cellId === 'kp1')!
    expect(kp1.missedMonths).toEqual([7])
    expect(kp1.tooShortMonths).toEqual([5])
    expect(kp1.reasons.join(' ')).toContain('Điều lệ Đảng Điều 24')
    expect(kp1.reasons.join(' ')).toContain('120 phút')
    const kp10 = behind.find((b) => b.cellId === 'kp10')!
    expect(kp10.reasons.join(' ')).toContain('Nghị quyết 22-NQ/TW')
  })
  it('quotes the year’s rules profile: a province’s 60 minutes, never the national 90 beside it', () => {
    const province = {
      ...MEETING_SOURCES,
      meetingMinMinutes: 'HD 05-HD/TU 2025 (sinh hoạt tối thiểu 60 phút)'
    }
    const reasons = cellsBehind(grid, province)
      .find((b) => b.cellId === 'kp1')!
      .reasons.join(' ')
    expect(reasons).toContain('HD 05-HD/TU 2025 (sinh hoạt tối thiểu 60 phút)')
    expect(reasons).not.toContain('90 phút')
  })
  it('puts the worst first', () => {
    expect(behind[0].cellId).toBe('kp2')
  })
  it('summarises for the overview', () => {
    const s = complianceSummary(grid)
    expect(s.cells).toBe(4)
    expect(s.cellsBehind).toBe(4)
    // kp1 held Jan–Jun and missed Jul; kp10 missed Apr–Jul; kp2 missed Jan–Jul; Cũ held Jan, missed Feb–Apr.
    expect(s.monthsHeld).toBe(6 + 0 + 0 + 1)
    expect(s.monthsDue).toBe(7 + 4 + 7 + 4)
  })
  it('leaves out of the summary a month held before the cell had to meet (kp10 met on 20/03, founded 15/03)', () => {
    // The grid shows the meeting (the table above: "not required, but a meeting shows"), but the
    // overview's "x/y tháng có sinh hoạt thường kỳ" is of the months the cell was required to meet.
    expect(row('kp10').months[2]).toMatchObject({ state: 'ok', required: false })
    const kp10 = complianceSummary([row('kp10')])
    expect(kp10).toMatchObject({ monthsHeld: 0, monthsDue: 4 })
  })
})

describe('meeting statistics for a period', () => {
  it('counts meetings by type, topics, average attendance, quality levels (profile thresholds) and tasks', () => {
    // The ward's 2026 meetings, and one of 2027 whose open task stays out of the period.
    const ms = [...meetingsOf2026(), meeting('kp1', '2027-01-03', 'regular', { id: 'later' })]
    const tasks = [
      { meetingId: 'a', status: 'done' as const },
      { meetingId: 'b', status: 'open' as const },
      { meetingId: 'later', status: 'open' as const }
    ]
    const { rows, total } = meetingStatistics(
      ms,
      tasks,
      cells.filter((c) => c.status === 'active'),
      '2026-01-01',
      '2026-12-31',
      () => PARAMS
    )
    const kp1 = rows.find((r) => r.cellId === 'kp1')!
    expect(kp1.byType).toEqual({ regular: 1, thematic: 1, combined: 1, extraordinary: 0 })
    expect(kp1.topicMeetings.map((m) => m.topic)).toEqual([
      'Tự soi, tự sửa',
      'Xây dựng tinh thần đoàn kết tại chi bộ'
    ])
    expect(kp1.averageAttendance).toBeCloseTo(85, 6)
    expect(kp1.quality).toEqual({ good: 1, fair: 1, average: 0, poor: 0 })
    expect([kp1.tasksOpen, kp1.tasksDone]).toEqual([1, 1])
    const kp2 = rows.find((r) => r.cellId === 'kp2')!
    expect(kp2.averageAttendance).toBeNull()
    expect(kp2.quality.poor).toBe(1)
    expect(rows.find((r) => r.cellId === 'kp10')!.total).toBe(0)
    expect(total.total).toBe(4)
    expect(total.averageAttendance).toBeCloseTo(85, 6)
  })
  it('lists every meeting that named a topic, by date, a topic held twice on both dates (HD 42-HD/BTCTW 2025: thematic meetings)', () => {
    const ms = [
      meeting('kp1', '2026-05-03', 'combined', { topic: 'Tự soi, tự sửa' }),
      meeting('kp1', '2026-02-03', 'thematic', { topic: 'Tự soi, tự sửa' }),
      meeting('kp1', '2026-03-03', 'regular'),
      meeting('kp1', '2026-04-03', 'thematic', { topic: 'Chuyển đổi số' })
    ]
    const { rows, total } = meetingStatistics(ms, [], cells, '2026-01-01', '2026-12-31', () => PARAMS)
    const kp1 = rows.find((r) => r.cellId === 'kp1')!
    expect(kp1.topicMeetings).toEqual([
      { date: '2026-02-03', type: 'thematic', topic: 'Tự soi, tự sửa' },
      { date: '2026-04-03', type: 'thematic', topic: 'Chuyển đổi số' },
      { date: '2026-05-03', type: 'combined', topic: 'Tự soi, tự sửa' }
    ])
    expect(total.topicMeetings).toEqual([])
  })
})

describe('tracking starts somewhere ("theo dõi từ": the cell’s date, else its first recorded meeting or the day it was entered)', () => {
  // Today 20/08/2026. "new" was entered on 05/08/2026 with no meeting; "late" was entered on 10/08/2026
  // but its minutes from 03/05/2026 on were typed in; "set" has its own date 01/04/2026; "old" met in 2025.
  const tracked: ComplianceCell[] = [
    { id: 'new', name: 'Chi bộ Mới', status: 'active', createdAt: '2026-08-05T08:00:00.000Z' },
    { id: 'late', name: 'Chi bộ Nhập sau', status: 'active', createdAt: '2026-08-10T08:00:00.000Z' },
    {
      id: 'set',
      name: 'Chi bộ Có ngày',
      status: 'active',
      createdAt: '2026-08-10T08:00:00.000Z',
      trackedFrom: '2026-04-01'
    },
    { id: 'old', name: 'Chi bộ Cũ', status: 'active', createdAt: '2026-08-10T08:00:00.000Z' }
  ]
  const ms = [meeting('late', '2026-05-03'), meeting('late', '2026-07-03')]
  const g = complianceGrid(ms, tracked, 2026, PARAMS, TODAY, new Set(['old']))
  const state = (id: string, month: number) => g.find((r) => r.cellId === id)!.months[month - 1].state

  it.each<[string, string, number, PeriodState]>([
    ['entered this month, January → chưa theo dõi, not missed', 'new', 1, 'untracked'],
    ['entered this month, July → chưa theo dõi', 'new', 7, 'untracked'],
    ['entered on 05/08: August, only partly tracked → chưa theo dõi', 'new', 8, 'untracked'],
    ['entered on 05/08: September → future (the first month required)', 'new', 9, 'future'],
    ['first recorded meeting 03/05: April → chưa theo dõi', 'late', 4, 'untracked'],
    ['first recorded meeting 03/05: May (partly tracked) → held, ok', 'late', 5, 'ok'],
    ['first recorded meeting 03/05: June → missed', 'late', 6, 'missed'],
    ['own date 01/04: March → chưa theo dõi', 'set', 3, 'untracked'],
    ['own date 01/04: April → missed', 'set', 4, 'missed'],
    ['met in 2025: January → missed (tracked since before the year)', 'old', 1, 'missed']
  ])('%s', (_l, id, month, expected) => expect(state(id, month)).toBe(expected))

  it('quarters before the start are chưa theo dõi too', () => {
    const q = g.find((r) => r.cellId === 'set')!.quarters.map((x) => x.state)
    expect(q).toEqual(['untracked', 'missed', 'pending', 'future'])
  })

  it('a cell entered this month is not "chưa đạt" on the overview and the grid says from when it is tracked', () => {
    const row = g.find((r) => r.cellId === 'new')!
    expect(row.missedMonths).toEqual([])
    expect(row.missedQuarters).toEqual([])
    expect(row.trackedFrom).toBe('2026-08-05')
    expect(cellsBehind(g, MEETING_SOURCES).map((c) => c.cellId)).not.toContain('new')
    expect(g.find((r) => r.cellId === 'old')!.trackedFrom).toBeNull()
  })

  it('without the set of cells met before, only a cell’s own date restricts (callers that do not know)', () => {
    const all = complianceGrid(ms, tracked, 2026, PARAMS, TODAY)
    expect(all.find((r) => r.cellId === 'new')!.months[0].state).toBe('missed')
    expect(all.find((r) => r.cellId === 'set')!.months[2].state).toBe('untracked')
  })
})

it('Thống kê sinh hoạt of a quarter lists the cells the compliance grid lists: not one founded later, and one closed since', () => {
  const cells = [
    { id: 'kp1', name: 'Chi bộ Khu phố 1', status: 'active' as const, foundedOn: '1990-01-01' },
    { id: 'new', name: 'Chi bộ Khu phố 9', status: 'active' as const, foundedOn: '2026-07-01' },
    {
      id: 'old',
      name: 'Chi bộ Cũ',
      status: 'merged' as const,
      foundedOn: '1990-01-01',
      closedOn: '2026-05-10'
    }
  ]
  const meetings = [meeting('kp1', '2026-01-03'), meeting('kp1', '2026-02-03'), meeting('kp1', '2026-03-03')]
  const { rows } = meetingStatistics(meetings, [], cells, '2026-01-01', '2026-03-31', () => PARAMS)
  expect(rows.map((r) => r.cellId).sort()).toEqual(['kp1', 'old'])
  expect(rows.find((r) => r.cellId === 'old')!.total).toBe(0)
})

// docs/design.md §6 Meetings: a cell meets "not before its founding, not from its closing on" (a
// merge moves its members to the receiving cell that very day). A cell closed on a period's first
// day existed on none of its days — the 2025 mergers took effect on 01/07, the first day of quý III
// and of the second half-year —, so the period's statistics give it no row of "0 buổi".
it.each([
  ['closed on the first day: no row', '2025-07-01', []],
  ['closed on the second day: a row', '2025-07-02', ['a']],
  ['closed on the last day: a row', '2025-09-30', ['a']],
  ['closed the day before: no row', '2025-06-30', []]
])('Thống kê sinh hoạt quý III/2025, a cell %s', (_what, closedOn, listed) => {
  const cells = [{ id: 'a', name: 'Chi bộ A', status: 'merged' as const, closedOn }]
  const { rows } = meetingStatistics([], [], cells, '2025-07-01', '2025-09-30', () => PARAMS)
  expect(rows.map((r) => r.cellId)).toEqual(listed)
})

// docs/design.md §6 Meetings: "A cell is only required to meet in months it existed for entirely", and
// the closing day is the first day a cell no longer exists (cellLife.ts). A cell closed on 30/06 did
// not exist on 30/06, so neither June nor quý II is due: a clerk must not see "Không sinh hoạt" for a
// month the cell could not meet in whole (the cell meeting on 30/06 is refused by both editors).
it.each<[string, string, PeriodState, boolean, PeriodState, boolean]>([
  [
    'closed on the last day of June: June and quý II not due',
    '2026-06-30',
    'notRequired',
    false,
    'notRequired',
    false
  ],
  ['closed on 1 July: June and quý II due', '2026-07-01', 'missed', true, 'missed', true],
  ['closed on 15 June: June not due', '2026-06-15', 'notRequired', false, 'notRequired', false]
])('compliance grid, a cell %s', (_what, closedOn, june, juneRequired, q2, q2Required) => {
  const cell: ComplianceCell = {
    id: 'a',
    name: 'Chi bộ A',
    status: 'dissolved',
    foundedOn: '1990-01-01',
    closedOn
  }
  const [r] = complianceGrid([], [cell], 2026, PARAMS, '2026-12-02')
  expect(r.months[5].state).toBe(june)
  expect(r.months[5].required).toBe(juneRequired)
  expect(r.quarters[1].state).toBe(q2)
  expect(r.quarters[1].required).toBe(q2Required)
  expect(r.months[4].state).toBe('missed')
})

// docs/design.md §4: a date known only by its year "stays a year everywhere (never 1 January)"; §6: a
// cell is only required to meet in months it existed for entirely. A cell whose founding is known as
// "2026" only may have been founded in any month of 2026, so no month of 2026 is proven whole: its
// meetings show, none is "Không sinh hoạt"; from 2027 every month is due.
it.each<[string, number, PeriodState, PeriodState]>([
  ['founded "2026": January 2026 not due', 2026, 'notRequired', 'notRequired'],
  ['founded "2026": January 2027 due', 2027, 'missed', 'missed'],
  ['founded "2026": a meeting in its year still shows', 2026, 'notRequired', 'notRequired']
])('compliance grid, a cell %s', (what, year, january, q1) => {
  const cell: ComplianceCell = { id: 'y', name: 'Chi bộ Năm', status: 'active', foundedOn: '2026' }
  const held = what.includes('meeting') ? [meeting('y', '2026-03-05')] : []
  const [r] = complianceGrid(held, [cell], year, PARAMS, '2027-12-02')
  expect(r.months[0].state).toBe(january)
  expect(r.quarters[0].state).toBe(q1)
  if (held.length) expect(r.months[2]).toMatchObject({ state: 'ok', regular: true, required: false })
})

// A cell's createdAt is an instant (UTC, nowIso); the day it was entered is the clerk's day in Việt
// Nam (UTC+7). A cell entered at 06:00 on 15/08/2026 there (23:00 UTC on 14/08) is tracked from
// 15/08, not "theo dõi từ 14/08/2026" — the grid states the day the clerk typed it in.
describe('the day a cell was entered, with the browser in Việt Nam time', () => {
  const tz = process.env.TZ
  beforeAll(() => {
    process.env.TZ = 'Asia/Ho_Chi_Minh'
  })
  afterAll(() => {
    process.env.TZ = tz
  })
  it.each([
    ['06:00 on 15/08 (23:00 UTC the day before)', '2026-08-14T23:00:00.000Z', '2026-08-15'],
    ['20:00 on 15/08 (13:00 UTC the same day)', '2026-08-15T13:00:00.000Z', '2026-08-15']
  ])('entered at %s: tracked from 15/08/2026', (_what, createdAt, day) => {
    const cell: ComplianceCell = { id: 'n', name: 'Chi bộ Mới', status: 'active', createdAt }
    expect(complianceGrid([], [cell], 2026, PARAMS, '2026-12-02', new Set())[0].trackedFrom).toBe(day)
  })
})

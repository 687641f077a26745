import { describe, expect, it } from 'vitest'
import type { AttendanceMark, AttendanceStatus } from '../entities'
import { toMarks, toSheet, toSheets, unexcusedKeysOf, unexcusedRange } from './attendanceSheet'

const mark = (
  meetingId: string,
  memberId: string,
  status: AttendanceStatus,
  extra: Partial<AttendanceMark> = {}
): AttendanceMark => ({
  id: `${meetingId}:${memberId}`,
  meetingId,
  memberId,
  cellId: 'kp1',
  date: '2026-03-03',
  status,
  ...extra
})

describe('unexcusedKeysOf (Điều lệ Điều 8.2: only unexcused absences count toward removal)', () => {
  it.each<{ rule: string; marks: { memberId: string; status: AttendanceStatus }[]; keys: string[] }>([
    { rule: 'no marks, no keys', marks: [], keys: [] },
    {
      rule: 'present, excused and exempt are not unexcused',
      marks: [
        { memberId: 'a', status: 'present' },
        { memberId: 'b', status: 'excused' },
        { memberId: 'c', status: 'exempt' }
      ],
      keys: []
    },
    {
      rule: 'each unexcused mark gives memberId|date',
      marks: [
        { memberId: 'a', status: 'unexcused' },
        { memberId: 'b', status: 'present' },
        { memberId: 'c', status: 'unexcused' }
      ],
      keys: ['a|2026-03-03', 'c|2026-03-03']
    }
  ])('$rule', ({ marks, keys }) => {
    expect(unexcusedKeysOf(marks, '2026-03-03')).toEqual(keys)
  })
})

describe('unexcusedRange (a calendar year of one member, inclusive)', () => {
  it.each<{ rule: string; member: string; key: string; inside: boolean }>([
    { rule: 'first day of the year is inside', member: 'a', key: 'a|2026-01-01', inside: true },
    { rule: 'last day of the year is inside', member: 'a', key: 'a|2026-12-31', inside: true },
    { rule: 'the year before is outside', member: 'a', key: 'a|2025-12-31', inside: false },
    { rule: 'the year after is outside', member: 'a', key: 'a|2027-01-01', inside: false },
    {
      rule: 'another member whose id starts the same is outside',
      member: 'a',
      key: 'ab|2026-06-01',
      inside: false
    },
    {
      rule: 'another member whose id is a prefix is outside',
      member: 'ab',
      key: 'a|2026-06-01',
      inside: false
    }
  ])('$rule', ({ member, key, inside }) => {
    const [lo, hi] = unexcusedRange(member, 2026)
    expect(key >= lo && key <= hi).toBe(inside)
  })
})

describe('toSheets / toMarks (one row per meeting, the same marks back)', () => {
  it.each<{ rule: string; marks: AttendanceMark[]; sheets: number }>([
    { rule: 'no marks, no sheets', marks: [], sheets: 0 },
    {
      rule: 'one meeting gives one sheet',
      marks: [mark('m1', 'b', 'present'), mark('m1', 'a', 'unexcused')],
      sheets: 1
    },
    {
      rule: 'marks of several meetings, interleaved, give one sheet each',
      marks: [
        mark('m1', 'a', 'present'),
        mark('m2', 'a', 'excused', { reason: 'Ốm', date: '2026-04-03' }),
        mark('m1', 'b', 'exempt'),
        mark('m2', 'b', 'unexcused', { date: '2026-04-03' })
      ],
      sheets: 2
    },
    {
      rule: 'a reason is kept, also an empty one',
      marks: [
        mark('m1', 'a', 'excused', { reason: '' }),
        mark('m1', 'b', 'excused', { reason: 'Đi công tác' })
      ],
      sheets: 1
    }
  ])('$rule', ({ marks, sheets }) => {
    const out = toSheets(marks)
    expect(out).toHaveLength(sheets)
    const back = out.flatMap(toMarks)
    const byId = (a: AttendanceMark, b: AttendanceMark) => a.id.localeCompare(b.id)
    expect([...back].sort(byId)).toStrictEqual([...marks].sort(byId))
  })

  it('a sheet keeps its meeting, cell and date once, marks sorted by member, and the unexcused keys', () => {
    const [sheet] = toSheets([
      mark('m1', 'c', 'unexcused'),
      mark('m1', 'a', 'present'),
      mark('m1', 'b', 'excused', { reason: 'Ốm' })
    ])
    expect(sheet).toStrictEqual({
      meetingId: 'm1',
      cellId: 'kp1',
      date: '2026-03-03',
      marks: [
        { memberId: 'a', status: 'present' },
        { memberId: 'b', status: 'excused', reason: 'Ốm' },
        { memberId: 'c', status: 'unexcused' }
      ],
      unexcusedKeys: ['c|2026-03-03']
    })
  })

  it('a mark whose reason is undefined gives no reason key (so a backup round trip is exact)', () => {
    const [sheet] = toSheets([mark('m1', 'a', 'present', { reason: undefined })])
    expect(Object.keys(sheet.marks[0])).toEqual(['memberId', 'status'])
    expect(Object.keys(toMarks(sheet)[0])).not.toContain('reason')
  })

  it('the meeting, when given, decides the cell and date (marks only carry copies)', () => {
    const marks = [mark('m1', 'a', 'unexcused', { date: '2026-03-04', cellId: 'old' })]
    const [sheet] = toSheets(marks, [{ id: 'm1', cellId: 'kp1', date: '2026-03-03' }])
    expect(sheet).toMatchObject({ cellId: 'kp1', date: '2026-03-03', unexcusedKeys: ['a|2026-03-03'] })
    expect(toMarks(sheet)[0]).toMatchObject({ cellId: 'kp1', date: '2026-03-03' })
  })

  it('toSheet of a meeting with no marks is an empty sheet', () => {
    expect(toSheet({ id: 'm1', cellId: 'kp1', date: '2026-03-03' }, [])).toStrictEqual({
      meetingId: 'm1',
      cellId: 'kp1',
      date: '2026-03-03',
      marks: [],
      unexcusedKeys: []
    })
  })
})

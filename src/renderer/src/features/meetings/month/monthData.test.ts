// "Ghi cả tháng" on a stored meeting whose roll changed since it was marked (the members' history
// was recorded or corrected later), read and saved through the database. The rate counts the cell's
// members of the day (HD 42-HD/BTCTW 2025: ≥ 85 %), the absence warning their unexcused absences
// (Điều lệ Đảng Điều 8.2), and a meeting counts only within the cell's life (Điều lệ Đảng Điều 24).
import { describe, expect, it } from 'vitest'
import { useTestDb } from '@renderer/db/testing/testDb'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { cellLifeCheck } from '@renderer/domain/meetings/cellLife'
import { lineDate, validateMonthLine } from '@renderer/domain/meetings/monthEntry'
import { cell, mark, meeting as meetingOf, member, memberEvent } from '@renderer/testing/factories'
import { loadMonth, offRollOf, saveMonth, type MonthCell, type MonthData } from './monthData'

useTestDb()

// Cell A's 10/03 meeting was stored with a present, b absent without reason and y present. Then the
// clerk recorded x transferred into A from 01/03, and corrected y's history: y moved to B on 01/03.
const march10 = meetingOf('m10', { cellId: 'A', date: '2026-03-10', startTime: '19:30', endTime: '21:00' })
async function seed(): Promise<void> {
  await cellRepository.bulkSave([
    cell('A', { name: 'Chi bộ Khu phố 1' }),
    cell('B', { name: 'Chi bộ Khu phố 2' }),
    cell('OLD', { name: 'Chi bộ Khu phố 9' })
  ])
  await memberRepository.bulkSave(
    [
      member('a', { fullName: 'Nguyễn Văn An', cellId: 'A' }),
      member('b', { fullName: 'Trần Thị Bình', cellId: 'A' }),
      member('x', { fullName: 'Lê Văn Xuân', cellId: 'A' }),
      member('y', { fullName: 'Phạm Văn Yên', cellId: 'B' })
    ],
    [
      memberEvent('ex', 'x', 'transferIn', '2026-03-01', { cellId: 'A' }),
      memberEvent('ey', 'y', 'cellChange', '2026-03-01', { cellId: 'B', fromCellId: 'A' })
    ]
  )
  await meetingRepository.save({
    meeting: march10,
    marks: [mark(march10, 'a'), mark(march10, 'b', 'unexcused'), mark(march10, 'y')],
    tasks: []
  })
  // Recorded under the cell before the check existed, or before its merge was recorded back-dated:
  // the merge on 01/03 leaves a meeting after it behind.
  const wrong = meetingOf('old', { cellId: 'OLD', date: '2026-03-12' })
  await meetingRepository.save({ meeting: wrong, marks: [], tasks: [] })
  await cellRepository.bulkSave([
    cell('OLD', { name: 'Chi bộ Khu phố 9', status: 'merged', closedOn: '2026-03-01', mergedIntoId: 'B' })
  ])
}

const rowOf = (data: MonthData, cellId: string): MonthCell => data.cells.find((r) => r.cell.id === cellId)!
/** The seeded ward's March on the month screen, and the line of `cellId`. */
async function marchLine(cellId: string): Promise<{ data: MonthData; row: MonthCell }> {
  await seed()
  const data = await loadMonth('2026-03')
  return { data, row: rowOf(data, cellId) }
}
const problems = (data: MonthData, r: MonthCell) =>
  validateMonthLine(
    data.month,
    r.line,
    data.rollOf(r.cell.id, lineDate(data.month, r.line.day)!),
    cellLifeCheck(r.cell, data.cellName),
    true
  )

describe('a stored meeting edited on the month screen after its roll changed', () => {
  it('a member moved in later is named, not saved present, when only the start time changes', async () => {
    const { data, row } = await marchLine('A')
    row.line.startTime = '19:00'
    expect(problems(data, row).unmarked).toMatch(
      /^Còn 1 đảng viên chưa điểm danh: Lê Văn Xuân\. .*mở biên bản/
    )
  })

  it('a stored mark of a member no longer on the roll is named before the save, then dropped', async () => {
    const { data, row } = await marchLine('A')
    row.line.unexcused = ['b', 'x'] // the clerk marks x on the line: nothing unmarked now
    expect(problems(data, row)).toEqual({})
    expect(offRollOf(data, [row])).toEqual([
      { meeting: 'Chi bộ Khu phố 1, buổi ngày 10/03/2026', names: ['Phạm Văn Yên'] }
    ])
    // Saved once the clerk confirms: the marks are the roll of the day's, y's is gone.
    await saveMonth(data, [row])
    const stored = await meetingRepository.attendance('m10')
    expect(stored.map((m) => [m.memberId, m.status])).toEqual([
      ['a', 'present'],
      ['b', 'unexcused'],
      ['x', 'unexcused']
    ])
  })

  it('a new line holds no stored marks: nothing to ask', async () => {
    const { data, row } = await marchLine('B')
    row.line.day = '12'
    expect(offRollOf(data, [row])).toEqual([])
  })

  it('a meeting of a merged cell after its merge is refused, naming the cell it went into', async () => {
    const { data, row } = await marchLine('OLD')
    row.line.startTime = '19:00'
    expect(problems(data, row).day).toBe(
      'Chi bộ Khu phố 9 đã hợp nhất vào Chi bộ Khu phố 2 ngày 01/03/2026: buổi sinh hoạt từ ngày này ghi cho Chi bộ Khu phố 2.'
    )
  })
})

// docs/design.md §6 Meetings: the closing day is the first day a cell no longer exists (a merge
// moves its members that very day; the 2025 mergers took effect on 01/07). A cell closed on the
// month's first day existed on none of its days, so "Ghi cả tháng" gives it no line to type into —
// as the compliance grid and the period statistics list no cell closed on the period's first day.
it.each([
  ['closed on the month’s first day: no line', '2026-07-01', false],
  ['closed on its second day: a line', '2026-07-02', true],
  ['closed the month before: no line', '2026-06-30', false]
])('Ghi cả tháng 07/2026, a merged cell %s', async (_what, closedOn, listed) => {
  await cellRepository.bulkSave([
    cell('A', { name: 'Chi bộ Khu phố 1' }),
    cell('OLD', { name: 'Chi bộ Khu phố 9', status: 'merged', closedOn, mergedIntoId: 'A' })
  ])
  const data = await loadMonth('2026-07')
  expect(data.cells.some((r) => r.cell.id === 'OLD')).toBe(listed)
})

// A stored mark of a member the roll of the meeting's date no longer lists: the rate counts present ÷
// the cell's members expected that day (HD 42-HD/BTCTW 2025: ≥ 85 %) and the absence warning their
// unexcused absences (Điều lệ Đảng Điều 8.2), so a save drops it — but only once the clerk is told.
import { describe, expect, it } from 'vitest'
import { marksOffRoll, offRollQuestion } from './attendance'
import type { Roll, RollEntry } from './roll'

const entry = (memberId: string, apart: RollEntry['apart'] = null): RollEntry => ({
  memberId,
  fullName: memberId,
  official: true,
  apart
})
const roll: Roll = { expected: [entry('a'), entry('b')], apart: [entry('e', 'exempt')] }

describe('stored marks a save would drop: members off the roll of the date', () => {
  it.each<[string, string[], string[]]>([
    ['everyone marked is on the roll', ['a', 'b'], []],
    ['a member listed apart (exempt) keeps a mark: his exempt one', ['a', 'e'], []],
    ['a member whose history now puts him elsewhere that day', ['a', 'b', 'y'], ['y']],
    ['several, in the stored order', ['z', 'a', 'y'], ['z', 'y']],
    ['a meeting with no marks', [], []]
  ])('%s', (_, marked, expected) => {
    expect(marksOffRoll(roll, marked)).toEqual(expected)
  })
})

describe('the question names each meeting and member, why the marks go and what to do instead', () => {
  it('one meeting (the full minutes)', () => {
    expect(offRollQuestion([{ meeting: 'Buổi ngày 10/03/2026', names: ['Trần Văn Y'] }])).toBe(
      'Có điểm danh của người không thuộc chi bộ vào ngày họp, theo quá trình sinh hoạt ở hồ sơ đảng viên (Buổi ngày 10/03/2026: Trần Văn Y). Lưu thì bỏ các điểm danh này, vì tỷ lệ dự họp và cảnh báo vắng chỉ tính đảng viên của chi bộ ngày họp. Nếu đồng chí có sinh hoạt ở chi bộ ngày đó, bấm "Không lưu" rồi sửa quá trình sinh hoạt ở hồ sơ đảng viên.'
    )
  })
  it('several cells (Ghi cả tháng)', () => {
    expect(
      offRollQuestion([
        { meeting: 'Chi bộ Khu phố 1, buổi ngày 10/03/2026', names: ['Y', 'Z'] },
        { meeting: 'Chi bộ Khu phố 2, buổi ngày 12/03/2026', names: ['W'] }
      ])
    ).toContain('(Chi bộ Khu phố 1, buổi ngày 10/03/2026: Y, Z; Chi bộ Khu phố 2, buổi ngày 12/03/2026: W)')
  })
})

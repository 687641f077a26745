import { describe, expect, it } from 'vitest'
import type { MemberEvent } from '../entities'
import { closingRefusal, mergeRefusal, planCellMerge } from './cellMerge'
import { cell, meeting, member, memberEvent } from '@renderer/testing/factories'

// A merged cell does not exist after its merge date: a member whose history brings him into it
// later would be replayed back into the closed cell. Such a merge is refused, naming him.
describe('a merge dated before a member came into the merged cell is refused', () => {
  const sources = [cell('a', { name: 'Chi bộ A' })]
  const members = [member('1', { cellId: 'a', fullName: 'Nguyễn Văn Ân' })]
  const ev = (type: MemberEvent['type'], date: string, extra: Partial<MemberEvent> = {}) =>
    memberEvent('e', '1', type, date, extra)
  const MERGE = '2025-07-01'

  it.each<[string, MemberEvent, string | null]>([
    [
      'moved into it after the merge date',
      ev('cellChange', '2025-09-01', { fromCellId: 'b', cellId: 'a' }),
      '“Chuyển chi bộ trong Đảng bộ” vào Chi bộ A ngày 01/09/2025, sau ngày hợp nhất 01/07/2025'
    ],
    [
      'admitted into it after the merge date',
      ev('admission', '2025-09-01', { cellId: 'a' }),
      '“Kết nạp vào Đảng” vào Chi bộ A ngày 01/09/2025, sau ngày hợp nhất 01/07/2025'
    ],
    [
      'transferred in after the merge date',
      ev('transferIn', '2025-08-01', { cellId: 'a' }),
      '“Chuyển sinh hoạt đến” vào Chi bộ A ngày 01/08/2025, sau ngày hợp nhất 01/07/2025'
    ],
    [
      'moved into it on the merge day (two moves of one day have no order)',
      ev('cellChange', MERGE, { fromCellId: 'b', cellId: 'a' }),
      '“Chuyển chi bộ trong Đảng bộ” vào Chi bộ A ngày 01/07/2025, cùng ngày hợp nhất 01/07/2025'
    ],
    ['admitted on the merge day: admitted first, then merged', ev('admission', MERGE, { cellId: 'a' }), null],
    ['came into it before the merge', ev('cellChange', '2025-06-30', { fromCellId: 'b', cellId: 'a' }), null],
    ['an admission in a bare year before it', ev('admission', '2025', { cellId: 'a' }), null],
    [
      'a later event into another cell',
      ev('cellChange', '2025-09-01', { fromCellId: 'x', cellId: 'b' }),
      null
    ],
    ['a later event naming no cell', ev('admission', '2025-09-01'), null]
  ])('%s', (_l, event, clash) => {
    const refusal = mergeRefusal({ sources, members, events: [event], date: MERGE })
    expect(refusal).toBe(
      clash === null
        ? null
        : `Không hợp nhất: đảng viên Nguyễn Văn Ân có sự kiện ${clash}. Chi bộ đã hợp nhất không còn sinh hoạt sau ngày hợp nhất: hãy sửa ngày hợp nhất, hoặc xem lại sự kiện đó ở trang hồ sơ đảng viên (xóa nếu ghi nhầm, rồi ghi lại đúng ngày), rồi hợp nhất lại.`
    )
  })

  it('names every such member, earliest event first; planCellMerge throws it', () => {
    const two = [...members, member('2', { cellId: 'a', fullName: 'Trần Thị Bình' })]
    const events = [
      memberEvent('x', '2', 'admission', '2025-10-01', { cellId: 'a' }),
      memberEvent('y', '1', 'cellChange', '2025-09-01', { fromCellId: 'b', cellId: 'a' })
    ]
    const input = {
      sources,
      target: cell('t', { name: 'Chi bộ T' }),
      members: two,
      events,
      date: MERGE,
      newId: () => 'n',
      now: 'now'
    }
    expect(() => planCellMerge(input)).toThrow(
      /^Không hợp nhất: đảng viên Nguyễn Văn Ân có .* 01\/09\/2025, sau .*; đảng viên Trần Thị Bình có sự kiện “Kết nạp vào Đảng” vào Chi bộ A ngày 01\/10\/2025, sau ngày hợp nhất 01\/07\/2025\. /
    )
    expect(planCellMerge({ ...input, date: '2025-10-02' }).events.map((e) => e.memberId)).toEqual(['1', '2'])
  })
})

// A cell closed on a date holds no meeting from that day on (cellLife.ts): a meeting already recorded
// then would count in no month of the compliance grid and leave its roll empty, and the data check
// would list it after the fact. So a merge or a dissolution dated on or before a meeting the cell
// already held is refused, naming the meetings; and a cell is not closed before it was founded.
describe('a merge or a dissolution dated before what the cell already recorded is refused', () => {
  const a = cell('a', { name: 'Chi bộ A', foundedOn: '2020-03-01' })
  const held = (date: string, cellId = 'a') => meeting(`m${date}`, { cellId, date })
  it.each<[string, 'hợp nhất' | 'giải thể', string, ReturnType<typeof held>[], RegExp | null]>([
    [
      'a merge dated before two meetings of the cell',
      'hợp nhất',
      '2025-07-01',
      [held('2025-06-10'), held('2025-07-10'), held('2025-08-10')],
      /^Không hợp nhất: Chi bộ A đã có buổi sinh hoạt ngày 10\/07\/2025, 10\/08\/2025, từ ngày hợp nhất 01\/07\/2025 trở đi/
    ],
    [
      'a dissolution on the day of a meeting',
      'giải thể',
      '2025-07-10',
      [held('2025-07-10')],
      /^Không giải thể: Chi bộ A đã có buổi sinh hoạt ngày 10\/07\/2025, từ ngày giải thể 10\/07\/2025 trở đi/
    ],
    ['meetings before the date only', 'giải thể', '2025-07-11', [held('2025-07-10')], null],
    ['another cell’s later meeting', 'hợp nhất', '2025-07-01', [held('2025-08-10', 'b')], null],
    [
      'a dissolution before the cell was founded',
      'giải thể',
      '2019-12-31',
      [],
      /^Không giải thể: Chi bộ A thành lập ngày 01\/03\/2020, sau ngày giải thể 31\/12\/2019/
    ]
  ])('%s', (_l, verb, date, meetings, refusal) => {
    const said = closingRefusal({ cells: [a], meetings, date, verb })
    if (refusal === null) expect(said).toBeNull()
    else expect(said).toMatch(refusal)
  })

  it('planCellMerge throws it before anything is planned', () => {
    const input = {
      sources: [a],
      target: cell('t', { name: 'Chi bộ T' }),
      members: [],
      events: [],
      meetings: [held('2025-08-10')],
      date: '2025-07-01',
      newId: () => 'n',
      now: 'now'
    }
    expect(() => planCellMerge(input)).toThrow(
      /^Không hợp nhất: Chi bộ A đã có buổi sinh hoạt ngày 10\/08\/2025/
    )
  })
})

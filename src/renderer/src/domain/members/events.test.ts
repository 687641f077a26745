import { describe, expect, it } from 'vitest'
import type { DisciplineLevel, MemberEventType } from '../entities'
import { asRecorded, recordedType } from './events'

// Điều lệ Đảng Điều 10 and QĐ 69-QĐ/TW 2022: khai trừ is the gravest form of discipline and puts the
// member out of the Party; the other forms (khiển trách, cảnh cáo, cách chức) keep him a member.
describe('recordedType: a kỷ luật khai trừ is recorded as the expulsion', () => {
  it.each<[MemberEventType, DisciplineLevel | undefined, MemberEventType]>([
    ['discipline', 'expulsion', 'expulsion'],
    ['discipline', 'dismissal', 'discipline'],
    ['discipline', 'warning', 'discipline'],
    ['discipline', 'reprimand', 'discipline'],
    ['discipline', undefined, 'discipline'],
    ['expulsion', undefined, 'expulsion'],
    ['award', undefined, 'award']
  ])('%s with hình thức %s → %s', (type, level, recorded) => {
    expect(recordedType(type, level)).toBe(recorded)
  })

  it('keeps the decision and the reason, drops the discipline level the expulsion type already says', () => {
    const e = asRecorded({
      id: 'e1',
      memberId: 'm1',
      type: 'discipline',
      disciplineLevel: 'expulsion',
      decisionNumber: '15-QĐ/UBKT',
      reason: 'Vi phạm tư cách đảng viên',
      date: '2024-05-01',
      createdAt: 'x'
    })
    expect(e).toEqual({
      id: 'e1',
      memberId: 'm1',
      type: 'expulsion',
      decisionNumber: '15-QĐ/UBKT',
      reason: 'Vi phạm tư cách đảng viên',
      date: '2024-05-01',
      createdAt: 'x'
    })
  })
})

import type { Member } from '../entities'
import { probationDue } from './probation'

const TODAY = '2026-11-21'
const m = (
  id: string,
  fullName: string,
  admissionDate: string | null,
  extra: Partial<Member> = {}
): Member => ({
  id,
  fullName,
  admissionDate,
  gender: 'male',
  cellId: 'c',
  status: 'probationary',
  active: 1,
  searchText: '',
  createdAt: '',
  updatedAt: '',
  ...extra
})

describe('probationDue: 12 months from admission (Điều lệ, Điều 5), notice 60 days', () => {
  it.each([
    ['ends in 25 days', '2025-12-16', 25],
    ['ends today', '2025-11-21', 0],
    ['ends in exactly 60 days', '2026-01-20', 60],
    ['overdue by 10 days, not yet decided', '2025-11-11', -10]
  ])('%s → listed', (_n, admission, daysLeft) => {
    const [due] = probationDue([m('a', 'A', admission)], TODAY)
    expect(due.daysLeft).toBe(daysLeft)
  })

  it.each([
    ['ends in 61 days', m('a', 'A', '2026-01-21')],
    ['already official', m('a', 'A', '2025-12-16', { status: 'official' })],
    ['transferred out', m('a', 'A', '2025-12-16', { active: 0, status: 'transferredOut' })],
    ['no admission date', m('a', 'A', null)],
    ['only a bare year', m('a', 'A', '2025')]
  ])('%s → not listed', (_n, member) => {
    expect(probationDue([member], TODAY)).toEqual([])
  })

  it('sorts by due date, then by name', () => {
    const list = probationDue(
      [
        m('1', 'Trần Văn Bình', '2026-01-01'),
        m('2', 'Lê Văn An', '2026-01-01'),
        m('3', 'Ngô Văn Cường', '2025-12-01')
      ],
      TODAY
    )
    expect(list.map((d) => d.member.fullName)).toEqual(['Ngô Văn Cường', 'Lê Văn An', 'Trần Văn Bình'])
    expect(list[0].dueDate).toBe('2026-12-01')
  })
})

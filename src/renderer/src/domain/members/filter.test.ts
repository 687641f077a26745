import type { Member } from '../entities'
import { memberSearchText } from '../names'
import { countByCell, filterMembers, sortMembers } from './filter'
import { member as memberOf } from '@renderer/testing/factories'

const TODAY = '2026-11-21'
let n = 0
function member(fullName: string, extra: Partial<Member> = {}): Member {
  const m = memberOf(`m${++n}`, {
    fullName,
    birthDate: undefined,
    admissionDate: undefined,
    officialDate: undefined,
    ...extra
  })
  return { ...m, searchText: memberSearchText(m) }
}

const an = member('Nguyễn Văn Ân', {
  partyCardNumber: '01234567',
  idNumber: '001080012345',
  birthDate: '1990-01-01',
  admissionDate: '2015-01-01'
})
const dao = member('Trần Thị Đào', {
  gender: 'female',
  cellId: 'c2',
  birthDate: '1950-06-01',
  admissionDate: '1980-01-01',
  theoryLevel: 'intermediate'
})
const binh = member('Lê Văn Bình', {
  status: 'probationary',
  birthDate: '2000-01-01',
  admissionDate: '2026-01-10'
})
const left = member('Phạm Văn An', { status: 'transferredOut', active: 0 })
const exempt = member('Hoàng Thị Anh', { status: 'exempt', gender: 'female', cellId: 'c2' })
const all = sortMembers([an, dao, binh, left, exempt])

describe('filterMembers', () => {
  it('sorts by tên, then middle, then family name (docs/design.md §4)', () => {
    expect(all.map((m) => m.fullName)).toEqual([
      'Phạm Văn An',
      'Hoàng Thị Anh',
      'Nguyễn Văn Ân',
      'Lê Văn Bình',
      'Trần Thị Đào'
    ])
  })

  it.each<[string, Parameters<typeof filterMembers>[1], string[]]>([
    [
      'active members by default (those who left are filtered out)',
      {},
      ['Hoàng Thị Anh', 'Nguyễn Văn Ân', 'Lê Văn Bình', 'Trần Thị Đào']
    ],
    ['"all" keeps those who left searchable', { status: 'all', query: 'pham' }, ['Phạm Văn An']],
    [
      'search without accents: "nguyen van an" finds Nguyễn Văn Ân',
      { query: 'nguyen van an' },
      ['Nguyễn Văn Ân']
    ],
    ['search "dao" finds Đào', { query: 'dao' }, ['Trần Thị Đào']],
    ['search by party card', { query: '01234567' }, ['Nguyễn Văn Ân']],
    ['search by CCCD', { query: '001080012345' }, ['Nguyễn Văn Ân']],
    ['search in capitals with accents', { query: 'ĐÀO' }, ['Trần Thị Đào']],
    ['by cell', { cellId: 'c2' }, ['Hoàng Thị Anh', 'Trần Thị Đào']],
    ['by status', { status: 'probationary' }, ['Lê Văn Bình']],
    ['by status exempt', { status: 'exempt' }, ['Hoàng Thị Anh']],
    ['by gender', { gender: 'female' }, ['Hoàng Thị Anh', 'Trần Thị Đào']],
    ['by age band 30–40', { ageBand: '30-40' }, ['Nguyễn Văn Ân']],
    ['by age band 70+', { ageBand: '70plus' }, ['Trần Thị Đào']],
    ['by party age under 5 years', { partyAgeBand: 'under5' }, ['Lê Văn Bình']],
    ['by party age 40+', { partyAgeBand: '40plus' }, ['Trần Thị Đào']],
    ['by theory level', { theoryLevel: 'intermediate' }, ['Trần Thị Đào']],
    ['filters combine', { gender: 'female', query: 'anh' }, ['Hoàng Thị Anh']]
  ])('%s', (_name, filters, names) => {
    expect(filterMembers(all, filters, TODAY).map((m) => m.fullName)).toEqual(names)
  })
})

it('countByCell counts official, probationary and exempt active members per cell', () => {
  const counts = countByCell(all)
  expect(counts.get('c1')).toEqual({ official: 1, probationary: 1, exempt: 0, suspended: 0, total: 2 })
  expect(counts.get('c2')).toEqual({ official: 1, probationary: 0, exempt: 1, suspended: 0, total: 2 })
})

import type { Member } from '../entities'
import { memberSearchText } from '../names'
import { countByCell, filterMembers, sortMembers } from './filter'
import { partyAgesOn } from './partyAge'
import { member as memberOf } from '@renderer/testing/factories'
import { event } from '@renderer/testing/reviewFactories'

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
// Re-admitted: the record holds the readmission (2010); the history, the first admission (1985) and a
// 15-year gap. Party age 26 (10 years, then 16), never the 16 the record's date alone would give.
const cuong = member('Võ Văn Cường', { admissionDate: '2010-03-01' })
const history = new Map([
  [
    cuong.id,
    [
      event(cuong.id, 'admission', '1985-03-01'),
      event(cuong.id, 'removal', '1995-03-01'),
      event(cuong.id, 'readmission', '2010-03-01')
    ]
  ]
])
const left = member('Phạm Văn An', { status: 'transferredOut', active: 0 })
const exempt = member('Hoàng Thị Anh', { status: 'exempt', gender: 'female', cellId: 'c2' })
const all = sortMembers([an, dao, binh, cuong, left, exempt])
const partyAges = partyAgesOn(all, history, TODAY)
// Standing (members/standing.ts officialStandings: active members only): all official but Bình,
// the exempt Anh included.
const standings = new Map(all.filter((m) => m.active === 1).map((m) => [m.id, m !== binh]))

describe('filterMembers', () => {
  it('sorts by tên, then middle, then family name (docs/design.md §4)', () => {
    expect(all.map((m) => m.fullName)).toEqual([
      'Phạm Văn An',
      'Hoàng Thị Anh',
      'Nguyễn Văn Ân',
      'Lê Văn Bình',
      'Võ Văn Cường',
      'Trần Thị Đào'
    ])
  })

  it.each<[string, Parameters<typeof filterMembers>[1], string[]]>([
    [
      'active members by default (those who left are filtered out)',
      {},
      ['Hoàng Thị Anh', 'Nguyễn Văn Ân', 'Lê Văn Bình', 'Võ Văn Cường', 'Trần Thị Đào']
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
    // The statistics form's groups (ageGroups.ts): 36 years old, 76, 26.
    ['by age "Từ 31 đến 40 tuổi"', { ageBand: '31-40' }, ['Nguyễn Văn Ân']],
    ['by age "Trên 70 tuổi"', { ageBand: 'over70' }, ['Trần Thị Đào']],
    ['by age "Đến 30 tuổi"', { ageBand: 'upTo30' }, ['Lê Văn Bình']],
    ['by party age "Dưới 10 năm"', { partyAgeBand: 'under10' }, ['Lê Văn Bình']],
    [
      'by party age "Từ 10 đến dưới 20 năm" (the re-admitted member is not here)',
      { partyAgeBand: '10-20' },
      ['Nguyễn Văn Ân']
    ],
    [
      'by party age "Từ 20 đến dưới 30 năm": the gap is subtracted from the first admission',
      { partyAgeBand: '20-30' },
      ['Võ Văn Cường']
    ],
    ['by party age "Từ 40 đến dưới 50 năm"', { partyAgeBand: '40-50' }, ['Trần Thị Đào']],
    ['by theory level', { theoryLevel: 'intermediate' }, ['Trần Thị Đào']],
    ['filters combine', { gender: 'female', query: 'anh' }, ['Hoàng Thị Anh']],
    [
      'official by standing: the exempt official member too, never one who left',
      { status: 'officialStanding' },
      ['Hoàng Thị Anh', 'Nguyễn Văn Ân', 'Võ Văn Cường', 'Trần Thị Đào']
    ],
    ['probationary by standing', { status: 'probationaryStanding' }, ['Lê Văn Bình']],
    [
      'by status official: the exempt member is not there',
      { status: 'official' },
      ['Nguyễn Văn Ân', 'Võ Văn Cường', 'Trần Thị Đào']
    ]
  ])('%s', (_name, filters, names) => {
    expect(filterMembers(all, filters, TODAY, partyAges, standings).map((m) => m.fullName)).toEqual(names)
  })
})

it('countByCell counts official, probationary and exempt active members per cell', () => {
  const counts = countByCell(all)
  expect(counts.get('c1')).toEqual({ official: 2, probationary: 1, exempt: 0, suspended: 0, total: 3 })
  expect(counts.get('c2')).toEqual({ official: 1, probationary: 0, exempt: 1, suspended: 0, total: 2 })
})

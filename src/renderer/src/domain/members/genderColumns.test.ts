// Old member lists: the gender is the column the birth date sits in ("Năm sinh" over "Nam" / "Nữ").
import { describe, expect, it } from 'vitest'
import { genderFromColumns } from './genderColumns'

describe('gender by the column of the birth date ("Năm sinh" split into "Nam" and "Nữ")', () => {
  it.each([
    [
      'a date under Nam',
      { birthDateMale: '1950', birthDateFemale: null },
      { birthDate: '1950', gender: 'Nam' }
    ],
    [
      'a date under Nữ',
      { birthDateMale: '', birthDateFemale: '2/3/1955' },
      { birthDate: '2/3/1955', gender: 'Nữ' }
    ],
    [
      'a real Excel date under Nữ',
      { birthDateFemale: new Date(Date.UTC(1955, 2, 2)) },
      { birthDate: new Date(Date.UTC(1955, 2, 2)), gender: 'Nữ' }
    ],
    [
      'no date in either: the gender is missing',
      { birthDateMale: null, birthDateFemale: null },
      { gender: '' }
    ],
    [
      'a date in both: left for the import to report',
      { birthDateMale: '1950', birthDateFemale: '1951' },
      { gender: 'ngày sinh ở cả cột Nam và cột Nữ' }
    ],
    [
      'a gender column agreeing',
      { gender: 'nam', birthDateMale: '1950' },
      { gender: 'nam', birthDate: '1950' }
    ],
    [
      'a gender column saying otherwise: left for the import to report',
      { gender: 'Nữ', birthDateMale: '1950' },
      { gender: 'Nữ (cột Giới tính) nhưng ngày sinh ở cột Nam', birthDate: '1950' }
    ],
    [
      'no gender columns mapped: unchanged',
      { gender: 'Nam', birthDate: '1950' },
      { gender: 'Nam', birthDate: '1950' }
    ]
  ])('%s', (_, values, expected) => {
    expect(genderFromColumns(values)).toEqual(expected)
  })
})

import { describe, expect, it } from 'vitest'
import { ceremonyChoices, choicesOf, recordChoices, rollChoices, yearChoices } from './choices'

describe('choices of a picker', () => {
  it('a label table gives its choices in its own order', () => {
    expect(choicesOf({ male: 'Nam', female: 'Nữ' })).toEqual([
      { value: 'male', label: 'Nam' },
      { value: 'female', label: 'Nữ' }
    ])
  })

  it('cells are picked by name and members by full name, both by id', () => {
    expect(recordChoices([{ id: 'c1', name: 'Chi bộ 1' }])).toEqual([{ value: 'c1', label: 'Chi bộ 1' }])
    expect(recordChoices([{ id: 'm1', fullName: 'Nguyễn Văn An' }])).toEqual([
      { value: 'm1', label: 'Nguyễn Văn An' }
    ])
  })

  it('the members of a roll are picked by full name, by member id', () => {
    expect(rollChoices([{ memberId: 'm1', fullName: 'Nguyễn Văn An' }])).toEqual([
      { value: 'm1', label: 'Nguyễn Văn An' }
    ])
  })

  it('years keep their order; ceremonies are the four days of the year before, the year and the year after', () => {
    expect(yearChoices([2027, 2026])).toEqual([
      { value: 2027, label: '2027' },
      { value: 2026, label: '2026' }
    ])
    const ceremonies = ceremonyChoices(2026)
    expect(ceremonies).toHaveLength(12)
    expect(ceremonies[0]).toEqual({ value: '2025-02-03', label: '03/02/2025 – Ngày thành lập Đảng 3/2' })
    expect(ceremonies.at(-1)).toEqual({
      value: '2027-11-07',
      label: '07/11/2027 – Cách mạng Tháng Mười 7/11'
    })
  })
})

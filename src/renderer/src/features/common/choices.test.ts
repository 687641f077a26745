import { describe, expect, it } from 'vitest'
import { choicesOf, recordChoices, rollChoices } from './choices'

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
})

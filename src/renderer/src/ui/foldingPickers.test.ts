// Every picker searches without accents (docs/design.md §4: names are found typed without accents).
import { describe, expect, it } from 'vitest'
import { optionMatches } from './foldingPickers'

describe('a picker option matches what the clerk typed, accents and case ignored', () => {
  it.each([
    ['Nguyễn Văn Ân', 'nguyen van an', true],
    ['Đỗ Thị Giang', 'do giang', true],
    ['Đào Thị Hà', 'dao', true],
    ['Thường kỳ kết hợp chuyên đề', 'ket hop', true],
    ['Chi bộ Khu phố 2', 'khu pho 3', false],
    ['Nguyễn Văn Ân', 'tran', false],
    ['Nguyễn Văn Ân', '', true]
  ])('"%s" with "%s" → %s', (label, query, expected) => {
    expect(optionMatches(label, query)).toBe(expected)
  })
})

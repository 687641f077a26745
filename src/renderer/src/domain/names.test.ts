import { describe, expect, it } from 'vitest'
import {
  compareCellNames,
  compareVietnameseNames,
  cleanText,
  foldForSearch,
  matchesSearch,
  memberSearchText,
  properCaseName,
  sortByVietnameseName,
  sortCells,
  splitName
} from './names'

describe('accent-free search (docs/design.md §4)', () => {
  it.each([
    ['Nguyễn Văn Ân', 'nguyen van an'],
    ['ĐÀO THỊ HỒNG', 'dao thi hong'],
    ['Nguye\u0302\u0303n', 'nguyen']
  ])('%s folds to %s', (name, folded) => {
    expect(foldForSearch(name)).toBe(folded)
  })

  it('"nguyen van an" finds "Nguyễn Văn Ân" and "dao" finds "Đào"', () => {
    expect(matchesSearch(memberSearchText({ fullName: 'Nguyễn Văn Ân' }), 'nguyen van an')).toBe(true)
    expect(matchesSearch(memberSearchText({ fullName: 'Đào Thị Lan' }), 'dao')).toBe(true)
    expect(matchesSearch(memberSearchText({ fullName: 'Lê Văn Bình' }), 'dao')).toBe(false)
  })

  it('finds a member by party card and CCCD', () => {
    const text = memberSearchText({
      fullName: 'Lê Văn Bình',
      partyCardNumber: '12345678',
      idNumber: '038123456789'
    })
    expect(matchesSearch(text, '12345678')).toBe(true)
    expect(matchesSearch(text, '0381234')).toBe(true)
  })
})

describe('names', () => {
  it('capitalises properly and normalises to NFC', () => {
    expect(properCaseName('  NGUYỄN   văn ân ')).toBe('Nguyễn Văn Ân')
    expect(properCaseName('nguye\u0302\u0303n thi\u0323 ha\u0300')).toBe('Nguyễn Thị Hà')
  })
  it('splits family, middle and given names', () => {
    expect(splitName('Nguyễn Thị Minh Khai')).toEqual({ family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' })
    expect(splitName('Lan')).toEqual({ family: '', middle: '', given: 'Lan' })
  })
  // Vietnamese alphabet: a < ă < â and d < đ are separate letters, so An < Anh < Ân and Dũng < Đức.
  it('sorts by given name, then middle, then family, the Vietnamese way', () => {
    const names = [
      'Trần Văn Bình',
      'Nguyễn Văn An',
      'Lê Thị Ân',
      'Đỗ Văn Anh',
      'Nguyễn Thị An',
      'Bùi Văn Đức',
      'Phạm Văn Dũng'
    ]
    expect(sortByVietnameseName(names, (n) => n)).toEqual([
      'Nguyễn Thị An',
      'Nguyễn Văn An',
      'Đỗ Văn Anh',
      'Lê Thị Ân',
      'Trần Văn Bình',
      'Phạm Văn Dũng',
      'Bùi Văn Đức'
    ])
  })
})

// Names equal but for their tones (or case) tied, so their order was the order they were stored in
// and changed between lists and exports. Tones now decide after every letter has (given name, then
// middle, then family, as before), in the dictionary's order — không dấu, huyền, hỏi, ngã, sắc,
// nặng — and whatever is left by the exact text: one order, whatever the input order.
describe('names differing only by tone have one fixed order', () => {
  const tied: [string, string[]][] = [
    ['Anh / Ánh', ['Nguyễn Thị Anh', 'Nguyễn Thị Ánh']],
    ['the six tones', ['Lê Văn Ạnh', 'Lê Văn Ánh', 'Lê Văn Anh', 'Lê Văn Ãnh', 'Lê Văn Ảnh', 'Lê Văn Ành']],
    ['a tone in the middle name', ['Trần Thị Hà', 'Trần Thi Hà']],
    ['a tone in the family name', ['Lê Văn Hùng', 'Lệ Văn Hùng']],
    ['case only', ['nguyễn thị anh', 'Nguyễn Thị Anh']],
    ['composed and decomposed', ['Nguye\u0302\u0303n Văn An', 'Nguyễn Văn An']]
  ]
  it.each(tied)('%s: the same order from either input order', (_name, names) => {
    const sorted = sortByVietnameseName(names, (n) => n)
    expect(sortByVietnameseName([...names].reverse(), (n) => n)).toEqual(sorted)
    expect([...names].sort(compareVietnameseNames)).toEqual(sorted)
    expect([...names].reverse().sort(compareVietnameseNames)).toEqual(sorted)
  })
  it('a name without a tone before the same with one; the tones in the dictionary order', () => {
    expect(sortByVietnameseName(['Nguyễn Thị Ánh', 'Nguyễn Thị Anh'], (n) => n)).toEqual([
      'Nguyễn Thị Anh',
      'Nguyễn Thị Ánh'
    ])
    expect(sortByVietnameseName(tied[1][1], (n) => n)).toEqual([
      'Lê Văn Anh',
      'Lê Văn Ành',
      'Lê Văn Ảnh',
      'Lê Văn Ãnh',
      'Lê Văn Ánh',
      'Lê Văn Ạnh'
    ])
  })
  it('letters still come before tones: given name first, then the rest', () => {
    // Ánh < Bình by letter, whatever the tones; Anh ties Ánh only by letter, so "Thị" < "Văn" decides.
    expect(
      sortByVietnameseName(['Lê Văn Anh', 'Trần Văn Bình', 'Nguyễn Thị Ánh', 'Đỗ Văn Ân'], (n) => n)
    ).toEqual(['Nguyễn Thị Ánh', 'Lê Văn Anh', 'Đỗ Văn Ân', 'Trần Văn Bình'])
  })
  it('cells named alike but for a tone have one order too', () => {
    const cells = ['Chi bộ Tổ dân phố Hòa', 'Chi bộ Tổ dân phố Hoa']
    expect(sortCells(cells.map((name) => ({ name }))).map((c) => c.name)).toEqual(
      sortCells([...cells].reverse().map((name) => ({ name }))).map((c) => c.name)
    )
    expect([...cells].sort(compareCellNames)).toEqual([...cells].reverse().sort(compareCellNames))
  })
})

describe('one order for cells: by name, numbers by value (docs/design.md §4)', () => {
  it.each([
    [
      ['Chi bộ Khu phố 10', 'Chi bộ Khu phố 2', 'Chi bộ Khu phố 1'],
      ['Chi bộ Khu phố 1', 'Chi bộ Khu phố 2', 'Chi bộ Khu phố 10']
    ],
    [
      ['Chi bộ Trường THCS Đống Đa', 'Chi bộ Công an phường', 'Chi bộ Ấp Bắc'],
      ['Chi bộ Ấp Bắc', 'Chi bộ Công an phường', 'Chi bộ Trường THCS Đống Đa']
    ]
  ])('%o → %o', (names, sorted) => {
    expect(sortCells(names.map((name) => ({ name }))).map((c) => c.name)).toEqual(sorted)
    expect([...names].sort(compareCellNames)).toEqual(sorted)
  })
})

describe('cleanText removes invisible and direction-changing characters (docs/design.md §4), as every form and import uses it', () => {
  it.each([
    ['Nguyễn\u200B Văn\u200B An', 'Nguyễn Văn An'],
    ['\u202ENguyễn Văn An\u202C', 'Nguyễn Văn An'],
    ['\uFEFFNgô Thị Hường', 'Ngô Thị Hường'],
    ['Lê\u2066 Thị\u2069', 'Lê Thị']
  ])('%j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected)
    expect(properCaseName(input)).toBe(expected)
  })
})

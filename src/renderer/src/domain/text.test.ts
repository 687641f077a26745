import { describe, expect, it } from 'vitest'
import { TEXT_LIMITS, TextTooLongError, cleanRecordText, removeInvisible, textLengthIssue } from './text'

describe('removeInvisible (docs/design.md §4: invisible and direction-changing characters are removed on input)', () => {
  it.each([
    ['zero-width space inside a name', 'Nguyễn\u200B Văn An', 'Nguyễn Văn An'],
    ['zero-width joiner / non-joiner', 'Lê\u200C\u200D Thị', 'Lê Thị'],
    ['left-to-right / right-to-left marks', '\u200ETrần\u200F', 'Trần'],
    ['right-to-left override (reads backwards)', '\u202EnA năV\u202C', 'nA năV'],
    ['bidi embeddings U+202A, U+202B', '\u202A\u202BHà', 'Hà'],
    ['bidi isolates U+2066–U+2069', '\u2066\u2067\u2068Phạm\u2069', 'Phạm'],
    ['byte-order mark from a CSV', '\uFEFFĐỗ', 'Đỗ'],
    ['NUL and other control characters', 'A\u0000B\u0007C\u001BD\u007F', 'ABCD'],
    ['C1 controls', 'X\u0085Y\u009BZ', 'XYZ'],
    ['Vietnamese letters are kept as typed', 'Ngô Thị Hường Ư ơ ữ', 'Ngô Thị Hường Ư ơ ữ']
  ])('%s', (_name, input, expected) => {
    expect(removeInvisible(input, 'fullName')).toBe(expected)
  })

  it('a name is one line; a note keeps its line breaks and tabs', () => {
    expect(removeInvisible('Nguyễn\nVăn\tAn', 'fullName')).toBe('Nguyễn Văn An')
    expect(removeInvisible('dòng 1\r\ndòng 2\tx', 'note')).toBe('dòng 1\r\ndòng 2\tx')
  })
})

describe('textLengthIssue (names 100, notes 2,000, never above Excel’s 32,767)', () => {
  it.each([
    ['fullName', 100, null],
    ['fullName', 101, 'Họ và tên dài 101 ký tự, quá giới hạn 100 ký tự.'],
    ['name', 101, 'Tên dài 101 ký tự, quá giới hạn 100 ký tự.'],
    ['note', 2000, null],
    ['note', 2001, 'Ghi chú dài 2.001 ký tự, quá giới hạn 2.000 ký tự.'],
    ['conclusion', 10_000, null],
    ['address', 2001, 'Nơi ở hiện nay dài 2.001 ký tự, quá giới hạn 2.000 ký tự.']
  ] as const)('%s of %d characters → %s', (field, length, message) => {
    expect(textLengthIssue(field, 'a'.repeat(length))).toBe(message)
  })

  it('every limit is within one Excel cell', () => {
    for (const limit of Object.values(TEXT_LIMITS)) expect(limit).toBeLessThanOrEqual(32_767)
  })
})

describe('cleanRecordText (every repository write: forms, imports, demo data)', () => {
  it('cleans every string of a record, nested arrays and objects included, and leaves other values', () => {
    const record = {
      id: 'm-1',
      fullName: '\u202EAn\u202C',
      birthDate: '1980-01-02',
      active: 1,
      guests: ['Ông\u200B Ba'],
      presentations: [{ memberId: 'm-2', subject: 'Báo\uFEFF cáo' }],
      missing: undefined,
      nothing: null
    }
    expect(cleanRecordText(record)).toStrictEqual({
      id: 'm-1',
      fullName: 'An',
      birthDate: '1980-01-02',
      active: 1,
      guests: ['Ông Ba'],
      presentations: [{ memberId: 'm-2', subject: 'Báo cáo' }],
      missing: undefined,
      nothing: null
    })
  })

  it('refuses a name over 100 characters with a Vietnamese message (the write stops)', () => {
    expect(() => cleanRecordText({ fullName: 'A'.repeat(101) })).toThrow(TextTooLongError)
    expect(() => cleanRecordText({ note: 'x'.repeat(40_000) })).toThrow('Ghi chú dài 40.000 ký tự')
  })

  it('counts length after cleaning (invisible padding does not count)', () => {
    expect(cleanRecordText({ fullName: 'A'.repeat(100) + '\u200B'.repeat(50) }).fullName).toHaveLength(100)
  })
})

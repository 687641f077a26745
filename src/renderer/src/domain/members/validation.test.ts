import { validateMember, hasErrors, issuesByField, ageAt, indexMembers, type MemberDraft } from './validation'

const TODAY = '2026-11-21'
const base: MemberDraft = {
  fullName: 'Nguyễn Văn An',
  birthDate: '1980-05-10',
  admissionDate: '2005-03-02',
  officialDate: '2006-03-02',
  idNumber: '001080012345',
  partyCardNumber: '01234567'
}

type Expect = [field: string, level: 'error' | 'warning', message: RegExp] | null

describe('validateMember', () => {
  it.each<[string, Partial<MemberDraft>, Expect]>([
    ['a complete, valid record', {}, null],
    ['name is required', { fullName: '  ' }, ['fullName', 'error', /Chưa nhập họ và tên/]],
    [
      'birth < admission (docs/design.md §6)',
      { admissionDate: '1980-05-10' },
      ['admissionDate', 'error', /phải sau ngày sinh/]
    ],
    [
      'admission ≤ official',
      { officialDate: '2004-01-01' },
      ['officialDate', 'error', /không được trước ngày vào Đảng/]
    ],
    [
      '≥ 18 at admission (Điều lệ, Điều 1): 15 years old is refused',
      { admissionDate: '1995-06-01', officialDate: '1996-06-01' },
      ['admissionDate', 'error', /mới 15 tuổi: phải đủ 18 tuổi/]
    ],
    [
      '≥ 18 at admission: 18 by year of birth but 17 by date is a warning',
      { admissionDate: '1998-01-02', officialDate: '1999-01-02' },
      ['admissionDate', 'warning', /chưa đủ 18 tuổi tính theo ngày sinh/]
    ],
    [
      '≥ 18 at admission: exactly 18 passes',
      { admissionDate: '1998-05-10', officialDate: '1999-05-10' },
      null
    ],
    [
      'official ≥ admission + 12 months is only a warning (Điều lệ, Điều 5)',
      { officialDate: '2005-12-01' },
      ['officialDate', 'warning', /sớm hơn 12 tháng dự bị/]
    ],
    ['official exactly 12 months after admission passes', { officialDate: '2006-03-02' }, null],
    ['CCCD must be 12 digits', { idNumber: '12345' }, ['idNumber', 'error', /đúng 12 chữ số/]],
    ['CCCD with letters is refused', { idNumber: '00108001234A' }, ['idNumber', 'error', /đúng 12 chữ số/]],
    [
      'party card other than 8 digits warns, never refuses',
      { partyCardNumber: '1234567890' },
      ['partyCardNumber', 'warning', /8 chữ số/]
    ],
    [
      'future birth date is refused',
      { birthDate: '2027-01-01', admissionDate: null, officialDate: null },
      ['birthDate', 'error', /ở sau hôm nay/]
    ],
    [
      'future admission date is refused',
      { admissionDate: '2026-12-01', officialDate: null },
      ['admissionDate', 'error', /ở sau hôm nay/]
    ],
    [
      'an impossible date is refused',
      { birthDate: '1970-02-31' },
      ['birthDate', 'error', /không phải ngày có thật/]
    ],
    [
      'a bare birth year passes the age rule when 18 by year',
      { birthDate: '1987', admissionDate: '2005-03-02' },
      null
    ]
  ])('%s', (_name, change, expected) => {
    const issues = validateMember({ ...base, ...change }, { today: TODAY })
    if (!expected) expect(issues).toEqual([])
    else {
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ field: expected[0], level: expected[1] })
      expect(issues[0].message).toMatch(expected[2])
    }
  })

  it('warns about a duplicate party card and refuses a duplicate CCCD, naming the other member', () => {
    const others = [
      { id: 'x', fullName: 'Trần Thị Bình', partyCardNumber: '01234567', idNumber: '' },
      { id: 'y', fullName: 'Lê Văn Cường', partyCardNumber: '', idNumber: '001080012345' }
    ]
    const issues = validateMember({ ...base, id: 'me' }, { today: TODAY, others })
    expect(issues.map((i) => [i.field, i.level, i.message, i.otherMemberId])).toEqual([
      ['partyCardNumber', 'warning', 'Số thẻ đảng viên trùng với đồng chí Trần Thị Bình.', 'x'],
      [
        'idNumber',
        'error',
        'Số CCCD trùng với đồng chí Lê Văn Cường: một CCCD không thể thuộc hai đảng viên.',
        'y'
      ]
    ])
    // The member's own record is not a duplicate of itself.
    expect(validateMember({ ...base, id: 'x', idNumber: '' }, { today: TODAY, others })).toEqual([])
    expect(validateMember({ ...base, id: 'y', partyCardNumber: '' }, { today: TODAY, others })).toEqual([])
  })

  // One rule for the form and the Excel import (importRows.ts: "một CCCD không thể thuộc hai đảng
  // viên"): a CCCD held by another member is an error, not a warning; a party card stays a warning.
  it.each<[string, Partial<MemberDraft> & { viaIndex?: boolean }, boolean]>([
    ['a CCCD held by another member is an error', { idNumber: '001080012345' }, true],
    ['a party card held by another member is only a warning', { partyCardNumber: '01234567' }, false],
    ['an index built for a bulk check refuses it too', { idNumber: '001080012345', viaIndex: true }, true]
  ])('%s', (_name, { viaIndex, ...change }, refused) => {
    const others = [
      { id: 'x', fullName: 'Trần Thị Bình', partyCardNumber: '01234567', idNumber: '001080012345' }
    ]
    const draft = { ...base, id: 'me', idNumber: '', partyCardNumber: '', ...change }
    const ctx = viaIndex ? { today: TODAY, index: indexMembers(others) } : { today: TODAY, others }
    expect(hasErrors(validateMember(draft, ctx))).toBe(refused)
  })

  it('requires a cell in the form', () => {
    const issues = validateMember({ ...base, cellId: '' }, { today: TODAY, requireCell: true })
    expect(issuesByField(issues).cellId?.message).toBe('Chưa chọn chi bộ.')
  })

  it.each([
    ['1980-05-10', '2005-05-09', 24],
    ['1980-05-10', '2005-05-10', 25],
    ['1980', '2005-01-01', 25],
    ['1980-05-10', '2005', 25]
  ])('ageAt(%s, %s) = %i', (birth, on, age) => {
    expect(ageAt(birth, on)).toBe(age)
  })
})

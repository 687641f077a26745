import {
  normalizeIdNumber,
  normalizePartyCard,
  parseGender,
  parseImportDate,
  parseStatus,
  parseTheoryLevel
} from './importValues'

describe('parseImportDate: every shape ward files hold', () => {
  it.each<[string, unknown, string]>([
    ['a real Excel date (UTC midnight)', new Date(Date.UTC(1976, 0, 19)), '1976-01-19'],
    ['an Excel date a hair before midnight', new Date(Date.UTC(1976, 0, 19) - 1), '1976-01-19'],
    ['an Excel day number', 27778, '1976-01-19'],
    ['d/m/yyyy', '6/9/2016', '2016-09-06'],
    ['dd/mm/yyyy', '06/09/2016', '2016-09-06'],
    ['dd-mm-yyyy', '06-09-2016', '2016-09-06'],
    ['d.m.yyyy', '6.9.2016', '2016-09-06'],
    ['yyyy-mm-dd', '2016-09-06', '2016-09-06'],
    ['with a time tacked on', '2016-09-06 00:00:00', '2016-09-06'],
    ['a bare year as text', '1985', '1985'],
    ['a bare year as a number', 1985, '1985'],
    ['surrounding spaces', '  25/5/2012 ', '2012-05-25'],
    ['29/02 in a leap year', '29/2/2000', '2000-02-29'],
    // Excel shows a date cell holding a time of day as that day (the whole part of its number).
    ['an Excel date with an afternoon time', new Date(Date.UTC(1976, 0, 19, 14, 30)), '1976-01-19'],
    ['an Excel date at 23:59', new Date(Date.UTC(1976, 0, 19, 23, 59)), '1976-01-19'],
    ['an Excel day number with an afternoon time', 27778.6, '1976-01-19'],
    ['an Excel day number a hair below the day', 27778 - 1e-9, '1976-01-19']
  ])('%s: %j → %s', (_n, value, iso) => {
    expect(parseImportDate(value as never)).toEqual({ kind: 'date', date: iso })
  })

  it.each<[string, unknown, RegExp]>([
    ['31/02 does not exist', '31/02/1970', /không phải ngày có thật/],
    ['29/02 in a common year', '29/2/2001', /không phải ngày có thật/],
    ['month 13', '1/13/2001', /không phải ngày có thật/],
    ['words', 'không rõ', /không đọc được ngày/],
    ['a two-digit year', '1/2/70', /không đọc được ngày/],
    ['a small number', 12, /không phải ngày/]
  ])('%s → invalid', (_n, value, reason) => {
    const r = parseImportDate(value as never)
    expect(r.kind).toBe('invalid')
    if (r.kind === 'invalid') expect(r.reason).toMatch(reason)
  })

  it.each([null, undefined, '', '   '])('%j → empty', (v) => {
    expect(parseImportDate(v).kind).toBe('empty')
  })
})

describe('CCCD and party card kept as text', () => {
  it.each<[unknown, string, boolean]>([
    ['089200615882', '089200615882', false],
    [99783658981, '099783658981', true], // a number cell lost the leading zero
    // Hà Nội's province code is 001: a number cell (shown 001080000001 by a '000000000000' format) holds 1080000001.
    [1080000001, '001080000001', true],
    [108000000, '108000000', false], // nine digits: no province code starts with 000, so it stays wrong
    [123456789012, '123456789012', false],
    ['0892 0061 5882', '089200615882', false]
  ])('CCCD %j → %s', (v, expected, fixed) => {
    const r = normalizeIdNumber(v as never)
    expect(r.value).toBe(expected)
    expect(!!r.fix).toBe(fixed)
  })

  it('says which zeros it put back', () => {
    expect(normalizeIdNumber(1080000001).fix).toBe(
      'CCCD bị Excel đổi thành số, mất số 0 đầu: đã khôi phục thành 001080000001.'
    )
  })

  it.each<[unknown, string, boolean]>([
    ['04785287', '04785287', false],
    [4785287, '04785287', true],
    [50068405, '50068405', false]
  ])('party card %j → %s', (v, expected, fixed) => {
    const r = normalizePartyCard(v as never)
    expect(r.value).toBe(expected)
    expect(!!r.fix).toBe(fixed)
  })
})

describe('labels in files', () => {
  const parsers = { gender: parseGender, status: parseStatus, 'theory level': parseTheoryLevel }
  it.each<[keyof typeof parsers, string, string | null]>([
    ['gender', 'Nam', 'male'],
    ['gender', 'NỮ', 'female'],
    ['gender', 'nu', 'female'],
    ['gender', 'x', null],
    ['status', 'Dự bị', 'probationary'],
    ['status', 'Chính thức', 'official'],
    ['status', 'Miễn sinh hoạt', 'exempt'],
    ['status', 'Chuyển đi', 'transferredOut'],
    ['status', 'Đã từ trần', 'deceased'],
    ['status', 'Xóa tên', 'removed'],
    ['status', '???', null],
    // An official member exempt or suspended is written both ways on ward lists: the condition is the status.
    ['status', 'Chính thức - Miễn SH', 'exempt'],
    ['status', 'Chính thức, miễn sinh hoạt', 'exempt'],
    ['status', 'Dự bị (đình chỉ sinh hoạt)', 'suspended'],
    ['status', 'Đã chuyển chính thức', 'official'],
    // A condition that has ended names no status of its own: asked, never read as the condition.
    ['status', 'Thôi miễn sinh hoạt', null],
    ['status', 'Hết đình chỉ', null],
    ['theory level', 'Sơ cấp', 'elementary'],
    ['theory level', 'Trung cấp LLCT', 'intermediate'],
    ['theory level', 'Cao cấp', 'advanced'],
    ['theory level', 'Cử nhân chính trị', 'bachelor'],
    ['theory level', '', null]
  ])('%s %s → %s', (kind, text, expected) => {
    expect(parsers[kind](text)).toBe(expected)
  })
})

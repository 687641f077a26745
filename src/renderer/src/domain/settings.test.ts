import { describe, expect, it } from 'vitest'
import { EMPTY_SETTINGS, normalizeSettings, validateSettings } from './settings'

const filled = {
  ...EMPTY_SETTINGS,
  superiorName: 'Đảng bộ tỉnh Thanh Hóa',
  issuingBody: 'Đảng ủy phường Trường Sơn',
  placeName: 'Trường Sơn'
}

describe('organization settings (docs/design.md §7: every name comes from Settings)', () => {
  it('accepts a complete form', () => {
    expect(validateSettings(filled)).toEqual({})
  })
  it('names each missing required field in Vietnamese', () => {
    const e = validateSettings(EMPTY_SETTINGS)
    expect(e.superiorName).toBe('Vui lòng nhập cấp ủy cấp trên.')
    expect(e.issuingBody).toBe('Vui lòng nhập cơ quan ban hành.')
    expect(e.placeName).toBeDefined()
  })
  it('checks the document number suffix', () => {
    expect(validateSettings({ ...filled, documentNumberSuffix: 'ĐU' }).documentNumberSuffix).toMatch(
      /dấu "\/"/
    )
  })
  it('prints header names in capitals, NFC', () => {
    const n = normalizeSettings({ ...filled, issuingBody: '  Đảng ủy  phường Trường Sơn ' })
    expect(n.issuingBody).toBe('ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN')
    expect(n.superiorName).toBe('ĐẢNG BỘ TỈNH THANH HÓA')
    expect(n.placeName).toBe('Trường Sơn')
  })
})

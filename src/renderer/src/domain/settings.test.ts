import { describe, expect, it } from 'vitest'
import {
  EMPTY_SETTINGS,
  RECIPIENT_FIELDS,
  cellSigner,
  missingSettings,
  normalizeSettings,
  recipientsFor,
  validateSettings
} from './settings'

const filled = {
  ...EMPTY_SETTINGS,
  superiorName: 'Đảng bộ tỉnh Thanh Hóa',
  issuingBody: 'Đảng ủy phường Trường Sơn',
  placeName: 'Trường Sơn',
  signerName: 'Lê Văn Bình'
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
  it('asks for the signer’s name: the signature block ends with it (HD 36-HD/VPTW 2018)', () => {
    expect(validateSettings({ ...filled, signerName: ' ' }).signerName).toBe('Vui lòng nhập họ tên người ký.')
  })
  it('names what an export would leave blank, for the reminder above every page', () => {
    expect(missingSettings(filled)).toEqual([])
    expect(missingSettings(EMPTY_SETTINGS)).toEqual([
      'cấp ủy cấp trên',
      'cơ quan ban hành',
      'địa danh (ghi ở dòng ngày tháng)',
      'họ tên người ký'
    ])
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

describe('recipients and signers per document (HD 36-HD/VPTW 2018; docs/design.md §7)', () => {
  it.each([
    {
      group: 'reviews' as const,
      saved: undefined,
      lines: ['Ban Tổ chức cấp trên (để báo cáo)', 'Các chi bộ trực thuộc']
    },
    { group: 'cell' as const, saved: undefined, lines: ['Đảng ủy (để báo cáo)'] },
    {
      group: 'meetings' as const,
      saved: ' Ban Tổ chức Tỉnh ủy \n\n Các chi bộ ',
      lines: ['Ban Tổ chức Tỉnh ủy', 'Các chi bộ']
    }
  ])('$group: one recipient a line, the default when never saved', ({ group, saved, lines }) => {
    const settings = { ...filled, [RECIPIENT_FIELDS[group]]: saved }
    expect(recipientsFor(settings, group)).toEqual(lines)
  })
  it('a cell signs "T/M CHI BỘ" / "BÍ THƯ" unless the clerk changed it', () => {
    expect(cellSigner({})).toEqual({ role: 'T/M CHI BỘ', title: 'BÍ THƯ' })
    expect(cellSigner(normalizeSettings({ ...filled, cellSignerTitle: 'phó bí thư' }))).toEqual({
      role: 'T/M CHI BỘ',
      title: 'PHÓ BÍ THƯ'
    })
  })
  it('settings saved before these fields existed still validate', () => {
    const old = { ...filled, recipientsReviews: undefined, cellSignerRole: undefined }
    expect(validateSettings(old)).toEqual({})
  })
})

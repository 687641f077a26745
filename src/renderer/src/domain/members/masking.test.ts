import { describe, expect, it } from 'vitest'
import { maskIdNumber, maskPhone } from './masking'

describe('maskIdNumber (Luật 91/2025/QH15: personal numbers shown only as far as needed)', () => {
  it.each([
    ['040012340089', '0400••••0089'],
    ['038075000123', '0380••••0123'],
    ['123456789', '12••••89'],
    ['12345', '•••••'],
    ['', ''],
    [undefined, '']
  ])('%s → %s', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected)
  })
})

describe('maskPhone: only the last 3 digits, after four dots', () => {
  it.each([
    ['0912345678', '••••678'],
    ['0987 654 321', '••••321'],
    ['+84 912 345 678', '••••678'],
    ['024.3123.4567', '••••567'],
    // Too short to keep any digit (an extension, a typo): hidden whole.
    ['113456', '••••'],
    ['không có', '••••'],
    ['', ''],
    [null, ''],
    [undefined, '']
  ])('%s → %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected)
  })
})

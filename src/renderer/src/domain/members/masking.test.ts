import { describe, expect, it } from 'vitest'
import { maskIdNumber } from './masking'

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

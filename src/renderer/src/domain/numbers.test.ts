import { describe, expect, it } from 'vitest'
import { formatDecimal, formatPercent } from './numbers'

describe('numbers as the clerk reads them', () => {
  it.each([
    [93.3333, '93,3', '93,3 %'],
    [100, '100', '100 %'],
    [0, '0', '0 %'],
    [66.66, '66,7', '66,7 %'],
    [1234.5, '1.234,5', '1.234,5 %']
  ])('%d → %s, %s', (n, decimal, percent) => {
    expect(formatDecimal(n)).toBe(decimal)
    expect(formatPercent(n)).toBe(percent)
  })

  it('a percentage of nothing is a dash', () => {
    expect(formatPercent(null)).toBe('—')
  })
})

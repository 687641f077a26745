import { describe, expect, it } from 'vitest'
import { latestOnly } from './latestOnly'

describe('latestOnly: only the read started last shows its result', () => {
  it('a read begun earlier and ending later is no longer the latest; the later one is', () => {
    const begin = latestOnly()
    const first = begin()
    expect(first()).toBe(true)
    const second = begin()
    expect(first()).toBe(false)
    expect(second()).toBe(true)
  })

  it('each screen counts its own reads', () => {
    const years = latestOnly()
    const cells = latestOnly()
    const year = years()
    cells()
    expect(year()).toBe(true)
  })
})

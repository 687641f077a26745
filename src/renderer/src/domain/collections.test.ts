import { describe, expect, it } from 'vitest'
import { entryFor } from './collections'

describe('entryFor', () => {
  it('creates the entry once, then returns the stored one', () => {
    const map = new Map<string, string[]>()
    entryFor(map, 'a', () => []).push('x')
    entryFor(map, 'a', () => ['never']).push('y')
    expect([...map]).toEqual([['a', ['x', 'y']]])
  })
})

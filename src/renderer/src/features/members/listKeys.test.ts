import { describe, expect, it } from 'vitest'
import { isListKey, nextActiveIndex, type ListKey } from './listKeys'

describe('nextActiveIndex (keyboard moves in the member list)', () => {
  it.each<[string, ListKey, number, number, number]>([
    ['ArrowDown from the search box enters the list at the first row', 'ArrowDown', -1, 5, 0],
    ['ArrowDown moves one row down', 'ArrowDown', 1, 5, 2],
    ['ArrowDown stops at the last row', 'ArrowDown', 4, 5, 4],
    ['ArrowUp moves one row up', 'ArrowUp', 3, 5, 2],
    ['ArrowUp stops at the first row', 'ArrowUp', 0, 5, 0],
    ['ArrowUp with no active row goes to the first row', 'ArrowUp', -1, 5, 0],
    ['Home jumps to the first row', 'Home', 3, 5, 0],
    ['End jumps to the last row', 'End', 0, 10000, 9999],
    ['PageDown moves a page down', 'PageDown', 2, 100, 12],
    ['PageDown stops at the last row', 'PageDown', 95, 100, 99],
    ['PageUp moves a page up, stopping at the first row', 'PageUp', 4, 100, 0],
    ['a stale index past the end (list shrank) is clamped', 'ArrowDown', 50, 3, 2],
    ['an empty list has no active row', 'ArrowDown', -1, 0, -1]
  ])('%s', (_rule, key, current, count, expected) => {
    expect(nextActiveIndex(key, current, count, 10)).toBe(expected)
  })

  it.each([
    ['ArrowDown', true],
    ['End', true],
    ['Enter', false],
    ['Escape', false],
    ['a', false]
  ])('isListKey(%s) = %s (Enter and Escape are handled separately)', (key, expected) => {
    expect(isListKey(key)).toBe(expected)
  })
})

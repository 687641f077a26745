import { describe, expect, it } from 'vitest'
import { moreText, PANEL_LIST_SIZE, shortList } from './shortList'

describe("Tổng quan's short lists say how many they leave out", () => {
  const people = (n: number): string[] => Array.from({ length: n }, (_, i) => `Đồng chí ${i + 1}`)

  it.each([
    [0, 0, 0],
    [4, 4, 0],
    [5, 5, 0],
    [6, 5, 1],
    [12, 5, 7]
  ])('%i people: %i named, %i more', (count, named, more) => {
    const list = shortList(people(count))
    expect(list.shown).toEqual(people(count).slice(0, named))
    expect(list.more).toBe(more)
    // Every person is either named or counted.
    expect(list.shown.length + list.more).toBe(count)
  })

  it('names five, and says the rest in words', () => {
    expect(PANEL_LIST_SIZE).toBe(5)
    expect(moreText(1)).toBe('… và 1 người nữa')
  })
})

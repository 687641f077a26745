// Which row becomes active when a key is pressed in the member list. Pure, so the keyboard
// behaviour is tested without a browser; the component only scrolls and moves focus.

/** Keys the list handles itself; anything else is left to the browser. */
export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp'

export function isListKey(key: string): key is ListKey {
  return (
    key === 'ArrowDown' ||
    key === 'ArrowUp' ||
    key === 'Home' ||
    key === 'End' ||
    key === 'PageDown' ||
    key === 'PageUp'
  )
}

/**
 * The next active row for `key`, given the current one (-1 = none yet) and the number of rows.
 * Moves stop at the ends (no wrap-around: a clerk holding ArrowDown should not jump back to the top).
 * Returns -1 only when the list is empty.
 */
export function nextActiveIndex(key: ListKey, current: number, count: number, pageSize: number): number {
  if (count <= 0) return -1
  const last = count - 1
  const from = Math.min(Math.max(current, -1), last)
  const page = Math.max(1, pageSize)
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last)
    case 'ArrowUp':
      return Math.max(from - 1, 0)
    case 'Home':
      return 0
    case 'End':
      return last
    case 'PageDown':
      return Math.min(Math.max(from, 0) + page, last)
    case 'PageUp':
      return Math.max(from - page, 0)
  }
}

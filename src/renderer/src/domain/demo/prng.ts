// A small seeded pseudo-random generator (mulberry32) for the demo and benchmark data: the same seed
// always gives the same ward, so tests and benchmark runs are repeatable. Not for anything secret.

export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T
  /** A roughly normal value (sum of three uniforms), clamped to [min, max]. */
  normal(mean: number, spread: number, min: number, max: number): number
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed)
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(table) {
      let total = 0
      for (const [, w] of table) total += w
      let r = next() * total
      for (const [value, w] of table) {
        r -= w
        if (r < 0) return value
      }
      return table[table.length - 1][0]
    },
    normal(mean, spread, min, max) {
      const u = (next() + next() + next()) / 3 - 0.5
      return Math.min(max, Math.max(min, mean + u * 2 * spread))
    }
  }
  return rng
}

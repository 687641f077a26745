// Ids of the generated ward's cells and members (the ids of meetings, events, reviews, … are built
// from them). "short" ids (`d-c001`, `d-m00001`) are easy to read in the demo; "uuid" ids have the
// length of the ones the app gives real records (crypto.randomUUID, 36 characters), so the benchmark
// measures files and rows of a real ward's size. Both are deterministic: same index, same id.
import { mulberry32 } from './prng'

export type DemoIdStyle = 'short' | 'uuid'

export function demoCellId(index: number, style: DemoIdStyle): string {
  return style === 'uuid' ? uuidLike(1, index) : `d-c${String(index).padStart(3, '0')}`
}

export function demoMemberId(index: number, style: DemoIdStyle): string {
  return style === 'uuid' ? uuidLike(2, index) : `d-m${String(index).padStart(5, '0')}`
}

/** A version-4-shaped UUID drawn from its own generator (the ward's random draws are unchanged). */
function uuidLike(kind: number, index: number): string {
  const next = mulberry32(kind * 1_000_003 + index)
  let hex = ''
  for (let i = 0; i < 4; i++)
    hex += Math.floor(next() * 4294967296)
      .toString(16)
      .padStart(8, '0')
  const variant = '89ab'[parseInt(hex[16], 16) & 3]
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

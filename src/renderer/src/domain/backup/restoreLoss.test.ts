import { describe, expect, it } from 'vitest'
import { confirmationNumber, describeLosses, restoreLosses, typedNumberMatches } from './restoreLoss'

describe('restoreLosses (docs/design.md §8: a restore that removes most of the data says so)', () => {
  it.each<{ name: string; now: Record<string, number>; file: Record<string, number>; kinds: string[] }>([
    { name: '600 members → 0', now: { members: 600 }, file: { members: 0 }, kinds: ['members'] },
    {
      name: '600 members, 15 cells → an empty file',
      now: { members: 600, cells: 15 },
      file: {},
      kinds: ['members', 'cells']
    },
    {
      name: '600 → 250 (less than half kept)',
      now: { members: 600 },
      file: { members: 250 },
      kinds: ['members']
    },
    { name: '600 → 320 (more than half kept)', now: { members: 600 }, file: { members: 320 }, kinds: [] },
    { name: 'a small database (8 → 0)', now: { members: 8 }, file: { members: 0 }, kinds: [] },
    { name: 'a bigger file (0 → 600)', now: { members: 0 }, file: { members: 600 }, kinds: [] },
    { name: 'audit entries only (not counted)', now: { auditLog: 900 }, file: { auditLog: 0 }, kinds: [] }
  ])('$name', ({ now, file, kinds }) => {
    expect(restoreLosses(now, file).map((l) => l.kind)).toEqual(kinds)
  })

  it('says the loss in Vietnamese words and asks for the members lost', () => {
    const losses = restoreLosses({ members: 600, cells: 15 }, { members: 0, cells: 0 })
    expect(describeLosses(losses)).toBe(
      'Đảng viên: máy đang có 600, tệp chỉ có 0 — sẽ mất 600; Chi bộ: máy đang có 15, tệp chỉ có 0 — sẽ mất 15'
    )
    expect(confirmationNumber(losses)).toBe(600)
    expect(confirmationNumber([])).toBeNull()
  })

  it.each([
    ['600', 600, true],
    [' 600 ', 600, true],
    ['1.200', 1200, true],
    ['1,200', 1200, true],
    ['60', 600, false],
    ['', 600, false],
    ['sáu trăm', 600, false]
  ] as const)('typed "%s" for %d → %s', (typed, expected, ok) => {
    expect(typedNumberMatches(typed, expected)).toBe(ok)
  })
})

import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '../entities'
import { CHAIN_START, sealAuditEntry, verifyAuditChain, type UnsealedAuditEntry } from './auditChain'

const entry = (n: number, extra: Partial<UnsealedAuditEntry> = {}): UnsealedAuditEntry => ({
  at: `2026-11-0${n}T08:00:00.000Z`,
  clerk: 'Trần Thị Bình',
  entity: 'members',
  entityId: `m${n}`,
  action: 'update',
  summary: `Nguyễn Văn ${n}: Dự bị → Chính thức`,
  before: { status: 'probationary', note: undefined },
  after: { status: 'official' },
  ...extra
})

async function chain(count: number): Promise<AuditEntry[]> {
  const out: AuditEntry[] = []
  let prev = CHAIN_START
  for (let i = 1; i <= count; i++) {
    const sealed = await sealAuditEntry(entry(i), prev)
    out.push({ ...sealed, id: i })
    prev = sealed.hash
  }
  return out
}

describe('audit chain (docs/design.md §8: the audit log is tamper-evident)', () => {
  it('an untouched chain checks out', async () => {
    expect(await verifyAuditChain(await chain(5))).toEqual({ total: 5, legacy: 0, breaks: [] })
  })

  it('the hash does not depend on key order or undefined fields (as read back from IndexedDB)', async () => {
    const a = await sealAuditEntry(entry(1), CHAIN_START)
    const reordered = { hash: a.hash, prevHash: a.prevHash, ...entry(1), before: { status: 'probationary' } }
    expect((await verifyAuditChain([reordered])).breaks).toEqual([])
  })

  it.each<{ name: string; tamper: (log: AuditEntry[]) => AuditEntry[]; problem: RegExp; at: number }>([
    {
      name: 'an entry’s before → after edited',
      tamper: (log) => log.map((e) => (e.id === 3 ? { ...e, after: { status: 'removed' } } : e)),
      problem: /đã bị sửa/,
      at: 3
    },
    {
      name: 'an entry’s clerk edited',
      tamper: (log) => log.map((e) => (e.id === 2 ? { ...e, clerk: 'Người khác' } : e)),
      problem: /đã bị sửa/,
      at: 2
    },
    {
      name: 'an entry removed from the middle',
      tamper: (log) => log.filter((e) => e.id !== 3),
      problem: /đã bị xóa hoặc chèn/,
      at: 4
    },
    {
      name: 'an entry slipped in without a hash',
      tamper: (log) => [...log.slice(0, 2), { ...entry(9), id: 99 }, ...log.slice(2)],
      problem: /không có mã kiểm tra/,
      at: 99
    },
    {
      name: 'the first entries removed',
      tamper: (log) => log.slice(2),
      problem: /đã bị xóa hoặc chèn/,
      at: 3
    }
  ])('$name is reported at the entry where the chain breaks', async ({ tamper, problem, at }) => {
    const report = await verifyAuditChain(tamper(await chain(5)))
    expect(report.breaks.length).toBeGreaterThan(0)
    expect(report.breaks[0].id).toBe(at)
    expect(report.breaks[0].problem).toMatch(problem)
  })

  it('entries written before the chain began are counted, not reported', async () => {
    const legacy: AuditEntry[] = [
      { ...entry(1), id: 1 },
      { ...entry(2), id: 2 }
    ]
    const sealed = await sealAuditEntry(entry(3), CHAIN_START)
    expect(await verifyAuditChain([...legacy, { ...sealed, id: 3 }])).toEqual({
      total: 3,
      legacy: 2,
      breaks: []
    })
  })
})

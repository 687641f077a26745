import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, setDb, type SoChiBoDatabase } from '@renderer/db/database'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { seedDatabase } from '@renderer/features/backup/testing/testSeed'

let db: SoChiBoDatabase
beforeEach(async () => {
  db = createTestDb()
  await db.open()
  await seedDatabase(db)
  await db.auditLog.clear()
})
afterEach(() => setDb(null))

describe('audit log records the changes docs/design.md §8 names (when, which clerk, before → after)', () => {
  it('a member’s status change', async () => {
    const m = (await db.members.get('member-0'))!
    await memberRepository.addEvent({
      id: 'ev-death',
      memberId: m.id,
      type: 'death',
      date: '2026-10-01',
      createdAt: '2026-10-02T00:00:00.000Z'
    })
    const [entry] = await auditRepository.forEntity('members', m.id)
    expect(entry).toMatchObject({ clerk: 'Trần Thị Bình', action: 'update', after: { status: 'deceased' } })
    expect(entry.at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('a rating change (member review decision)', async () => {
    const review = (await reviewRepository.memberReviews(2025)).find((r) => r.id === '2025:member-1')!
    await reviewRepository.saveMemberReviews([{ ...review, decision: 'excellent' }])
    const [entry] = await auditRepository.forEntity('memberReviews', review.id)
    expect(entry).toMatchObject({
      clerk: 'Trần Thị Bình',
      before: { decision: null },
      after: { decision: 'excellent' }
    })
  })

  it('finalising a year', async () => {
    await reviewRepository.finalize(2025)
    const [entry] = await auditRepository.forEntity('reviewYears', '2025')
    expect(entry).toMatchObject({ action: 'finalize', clerk: 'Trần Thị Bình' })
  })

  it('the viewer pages newest first and filters by entity and date', async () => {
    const add = (at: string, entity: string) =>
      db.auditLog.add({ at, clerk: 'A', entity, entityId: 'x', action: 'update', summary: at })
    for (let day = 1; day <= 9; day++)
      await add(`2026-11-0${day}T08:00:00.000Z`, day % 2 ? 'members' : 'memberReviews')
    const first = await auditRepository.page({}, 0, 4)
    expect(first.total).toBe(9)
    expect(first.entries.map((e) => e.summary.slice(8, 10))).toEqual(['09', '08', '07', '06'])
    const second = await auditRepository.page({}, 4, 4)
    expect(second.entries.map((e) => e.summary.slice(8, 10))).toEqual(['05', '04', '03', '02'])
    const members = await auditRepository.page({ entity: 'members' }, 0, 50)
    expect(members.total).toBe(5)
    const range = await auditRepository.all({
      fromAt: '2026-11-03T00:00:00.000Z',
      toAt: '2026-11-05T23:59:59.999Z'
    })
    expect(range.map((e) => e.summary.slice(8, 10))).toEqual(['05', '04', '03'])
    expect(await auditRepository.entities()).toEqual(['memberReviews', 'members'])
  })
})

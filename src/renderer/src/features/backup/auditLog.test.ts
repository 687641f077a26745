import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, setDb, type SoChiBoDatabase } from '@renderer/db/database'
import { auditRepository, writeAudits } from '@renderer/db/repositories/auditRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { seedDatabase } from '@renderer/features/backup/testing/testSeed'
import { describeChange } from '@renderer/domain/backup/auditView'
import { memberEvent } from '@renderer/testing/factories'

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
    await memberRepository.addEvent(memberEvent('ev-death', m.id, 'death', '2026-10-01'))
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

describe('the audit log is chained and checked (docs/design.md §8: tamper-evident)', () => {
  async function someChanges() {
    await reviewRepository.finalize(2025)
    await reviewRepository.unfinalize(2025, 'sửa sai')
    const m = (await db.members.get('member-0'))!
    await memberRepository.addEvent(memberEvent('ev-d', m.id, 'death', '2026-10-01'))
  }

  it('every entry the app writes is chained to the one before, and the check finds no break', async () => {
    await someChanges()
    const entries = await db.auditLog.orderBy(':id').toArray()
    expect(entries.length).toBeGreaterThanOrEqual(3)
    expect(entries.every((e) => typeof e.hash === 'string' && e.hash.length === 64)).toBe(true)
    expect(entries[1].prevHash).toBe(entries[0].hash)
    expect(await auditRepository.verifyChain()).toMatchObject({ breaks: [] })
  })

  it('a bulk write (an import of many members) chains its entries in order after the existing ones', async () => {
    await someChanges()
    await db.transaction('rw', [db.auditLog, db.settings], () =>
      writeAudits(
        ['a', 'b', 'c'].map((id) => ({
          entity: 'members',
          entityId: id,
          action: 'create' as const,
          summary: `Nhập từ Excel: thêm hồ sơ đảng viên ${id}`
        }))
      )
    )
    const entries = await db.auditLog.orderBy(':id').toArray()
    expect(entries.slice(-3).map((e) => e.entityId)).toEqual(['a', 'b', 'c'])
    expect(entries.at(-3)!.prevHash).toBe(entries.at(-4)!.hash)
    expect(await auditRepository.verifyChain()).toMatchObject({ breaks: [] })
  })

  it('an entry edited with another tool is reported', async () => {
    await someChanges()
    const first = (await db.auditLog.orderBy(':id').first())!
    await db.auditLog.update(first.id!, { clerk: 'Người khác' })
    const report = await auditRepository.verifyChain()
    expect(report.breaks).toHaveLength(1)
    expect(report.breaks[0]).toMatchObject({
      id: first.id,
      problem: 'Nội dung dòng nhật ký đã bị sửa sau khi ghi.'
    })
  })

  it('an entry deleted with another tool is reported at the next one', async () => {
    await someChanges()
    const [, second, third] = await db.auditLog.orderBy(':id').toArray()
    await db.auditLog.delete(second.id!)
    const report = await auditRepository.verifyChain()
    expect(report.breaks.map((b) => b.id)).toEqual([third.id])
  })
})

describe('every change of a member’s personal data is logged field by field (PDPL 91/2025/QH15; docs/design.md §8)', () => {
  it('an edited record: only the fields that changed, before → after', async () => {
    const m = (await db.members.get('member-1'))!
    await memberRepository.save({ ...m, phone: '0912345678', address: 'Tổ 7', idNumber: '040012340089' })
    const [entry] = await auditRepository.forEntity('members', m.id)
    expect(entry).toMatchObject({ action: 'update', summary: `Sửa hồ sơ ${m.fullName}` })
    expect(entry.before).toEqual({ phone: m.phone ?? null, address: m.address ?? null, idNumber: m.idNumber })
    expect(entry.after).toEqual({ phone: '0912345678', address: 'Tổ 7', idNumber: '040012340089' })
  })

  it('a save that changes nothing writes nothing', async () => {
    const m = (await db.members.get('member-1'))!
    await memberRepository.save({ ...m })
    expect(await auditRepository.forEntity('members', m.id)).toEqual([])
  })

  it('a new member is logged by name only', async () => {
    const m = (await db.members.get('member-1'))!
    await memberRepository.save({ ...m, id: 'member-new', fullName: 'Lê Văn Mới' })
    const [entry] = await auditRepository.forEntity('members', 'member-new')
    expect(entry).toMatchObject({ action: 'create', summary: 'Thêm hồ sơ đảng viên Lê Văn Mới' })
    expect(entry.after).toBeUndefined()
  })

  it('an import that changes an existing member logs that member’s fields too', async () => {
    const m = (await db.members.get('member-2'))!
    await memberRepository.importBatch({
      cells: [],
      members: [{ ...m, occupation: 'Giáo viên' }],
      events: [],
      summary: 'Nhập từ Excel: 1 đảng viên'
    })
    const entries = await auditRepository.forEntity('members', m.id)
    expect(entries.map((e) => e.after)).toEqual([{ occupation: 'Giáo viên' }])
  })

  it('an import names every member it added in its one entry, and the log reads their names', async () => {
    const m = (await db.members.get('member-2'))!
    const newcomers = ['Lê Văn Mới', 'Đỗ Thị Hai'].map((fullName, i) => ({
      ...m,
      id: `new-${i}`,
      fullName,
      idNumber: undefined,
      partyCardNumber: undefined
    }))
    await memberRepository.importBatch({
      cells: [],
      members: [...newcomers, { ...m, occupation: 'Giáo viên' }],
      events: [],
      summary: 'Nhập từ Excel: 2 đảng viên mới, 1 cập nhật'
    })
    const entries = await db.auditLog.orderBy(':id').toArray()
    expect(entries.map((e) => [e.action, e.entityId])).toEqual([
      ['import', 'import'],
      ['update', m.id]
    ])
    expect(entries[0].after).toEqual({
      addedMembers: [
        { id: 'new-0', fullName: 'Lê Văn Mới' },
        { id: 'new-1', fullName: 'Đỗ Thị Hai' }
      ]
    })
    expect(describeChange(entries[0])).toBe('đảng viên thêm: (trống) → Lê Văn Mới, Đỗ Thị Hai')
    expect(await auditRepository.verifyChain()).toMatchObject({ breaks: [] })
  })

  it('deleting a member created by mistake keeps the name, not the record', async () => {
    const m = (await db.members.get('member-3'))!
    await memberRepository.removeMistake(m.id)
    const [entry] = await auditRepository.forEntity('members', m.id)
    // The name, and what went with the record (counted, never copied).
    expect(entry).toMatchObject({
      action: 'delete',
      summary: `Xóa hồ sơ tạo nhầm: ${m.fullName} (cùng 1 sự kiện, điểm danh ở 2 buổi sinh hoạt, kết quả xếp loại năm 2025)`
    })
    expect(entry.before).toBeUndefined()
    expect(JSON.stringify(entry)).not.toContain(m.idNumber!)
  })
})

import { getDb } from '../database'
import { useTestDb } from '../testing/testDb'
import { cellRepository } from './cellRepository'
import { memberRepository } from './memberRepository'
import type { Cell, Member } from '@renderer/domain/entities'
import { cell as cellOf, member as memberOf } from '@renderer/testing/factories'

const cell = (id: string, name: string): Cell => cellOf(id, { name })
const member = (id: string, cellId: string, extra: Partial<Member> = {}): Member =>
  memberOf(id, { cellId, admissionDate: '2000-01-01', officialDate: '2001-01-01', ...extra })

useTestDb()

describe('cellRepository', () => {
  it('merges two cells into one: members move with a dated cellChange event; the old cell stays readable', async () => {
    await cellRepository.bulkSave([cell('a', 'KDC 1'), cell('b', 'KDC 2'), cell('t', 'KDC 1-2')])
    await memberRepository.bulkSave([
      member('1', 'a'),
      member('2', 'b'),
      member('3', 'a', { status: 'deceased' })
    ])
    await memberRepository.addEvent({
      id: 'd',
      memberId: '3',
      type: 'death',
      date: '2020-01-01',
      createdAt: ''
    })
    const { moved } = await cellRepository.merge(['a', 'b'], 't', '2025-07-01', '15-QĐ/ĐU')
    expect(moved).toBe(2)
    const db = getDb()
    expect((await db.members.get('1'))!.cellId).toBe('t')
    expect((await db.members.get('2'))!.cellId).toBe('t')
    // A member who died stays in the old cell's history.
    expect((await db.members.get('3'))!.cellId).toBe('a')
    const events = await memberRepository.events('1')
    expect(events.find((e) => e.type === 'cellChange')).toMatchObject({
      date: '2025-07-01',
      fromCellId: 'a',
      cellId: 't',
      decisionNumber: '15-QĐ/ĐU'
    })
    expect(await cellRepository.get('a')).toMatchObject({
      status: 'merged',
      closedOn: '2025-07-01',
      mergedIntoId: 't',
      name: 'KDC 1'
    })
    expect((await db.auditLog.toArray()).at(-1)!.summary).toBe(
      'Hợp nhất KDC 1, KDC 2 vào KDC 1-2 (2 đảng viên)'
    )
  })

  it('merges into a new cell in the same transaction: a merge that fails leaves no new cell behind', async () => {
    await cellRepository.bulkSave([cell('a', 'KDC 1'), cell('b', 'KDC 2')])
    await memberRepository.bulkSave([member('1', 'a'), member('2', 'b')])
    await expect(cellRepository.merge(['a', 'missing'], cell('n', 'KDC mới'), '2025-07-01')).rejects.toThrow(
      /Không tìm thấy chi bộ/
    )
    expect(await cellRepository.get('n')).toBeUndefined()
    const { moved } = await cellRepository.merge(['a', 'b'], cell('n', 'KDC mới'), '2025-07-01')
    expect(moved).toBe(2)
    expect((await getDb().members.get('1'))!.cellId).toBe('n')
    expect((await getDb().auditLog.toArray()).map((a) => a.summary)).toEqual([
      'Thêm chi bộ KDC mới',
      'Hợp nhất KDC 1, KDC 2 vào KDC mới (2 đảng viên)'
    ])
  })

  it('refuses to merge a cell into itself, changing nothing', async () => {
    await cellRepository.bulkSave([cell('a', 'KDC 1')])
    await memberRepository.bulkSave([member('1', 'a')])
    await expect(cellRepository.merge(['a'], 'a', '2025-07-01')).rejects.toThrow(/không được là một trong/)
    expect((await cellRepository.get('a'))!.status).toBe('active')
  })

  it('dissolves an empty cell, and refuses while members are active in it', async () => {
    await cellRepository.bulkSave([cell('a', 'KDC 1'), cell('b', 'KDC 2')])
    await memberRepository.bulkSave([member('1', 'a')])
    await expect(cellRepository.dissolve('a', '2025-01-01')).rejects.toThrow(/còn 1 đảng viên/)
    expect(await cellRepository.dissolve('b', '2025-01-01')).toMatchObject({
      status: 'dissolved',
      closedOn: '2025-01-01'
    })
  })

  it('saveWithAudit records creation then edits', async () => {
    await cellRepository.saveWithAudit(cell('a', 'KDC 1'))
    await cellRepository.saveWithAudit({ ...cell('a', 'KDC 1'), meetingDay: 3 })
    expect((await getDb().auditLog.toArray()).map((a) => a.summary)).toEqual([
      'Thêm chi bộ KDC 1',
      'Sửa chi bộ KDC 1'
    ])
  })
})

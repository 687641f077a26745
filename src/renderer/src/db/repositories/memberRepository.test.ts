import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, getDb, setDb } from '../database'
import { memberRepository } from './memberRepository'
import type { Member } from '@renderer/domain/entities'

const base: Member = {
  id: 'm1',
  fullName: 'Nguyễn Văn Ân',
  gender: 'male',
  admissionDate: '2020-03-10',
  officialDate: '2021-03-10',
  cellId: 'c1',
  status: 'probationary',
  active: 0,
  searchText: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

beforeEach(() => {
  createTestDb()
})
afterEach(() => setDb(null))

describe('memberRepository', () => {
  it('derives status, active flag and search text when saving', async () => {
    const saved = await memberRepository.save(base)
    expect(saved.status).toBe('official')
    expect(saved.active).toBe(1)
    expect(saved.searchText).toContain('nguyen van an')
  })

  it('re-derives the state from a new life event and writes the status change to the audit log', async () => {
    await memberRepository.save(base)
    const after = await memberRepository.addEvent({
      id: 'e1',
      memberId: 'm1',
      type: 'transferOut',
      date: '2024-05-01',
      transferKind: 'permanent',
      place: 'Đảng bộ phường Bắc Sơn',
      createdAt: '2024-05-01T00:00:00.000Z'
    })
    expect(after.status).toBe('transferredOut')
    expect(after.active).toBe(0)
    const audit = await getDb().auditLog.toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0].summary).toBe('Nguyễn Văn Ân: Chính thức → Đã chuyển đi')
  })

  it('writes nothing when the event names an unknown member', async () => {
    await expect(
      memberRepository.addEvent({
        id: 'e1',
        memberId: 'nope',
        type: 'death',
        date: '2024-05-01',
        createdAt: ''
      })
    ).rejects.toThrow('Không tìm thấy đảng viên')
    expect(await getDb().memberTimelines.count()).toBe(0)
  })
})

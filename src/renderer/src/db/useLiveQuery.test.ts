import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { createTestDb, getDb, setDb } from './database'
import { readFailure, useLiveQuery } from './useLiveQuery'

beforeEach(() => {
  createTestDb()
})
afterEach(() => setDb(null))

describe('useLiveQuery: a screen never takes a failed read for an empty list', () => {
  it('a failing read is the shell’s readFailure until the screen closes', async () => {
    const scope = effectScope()
    const q = scope.run(() =>
      useLiveQuery(async () => {
        throw new Error('Không đọc được bảng đảng viên')
      }, [])
    )!
    await vi.waitFor(() => expect(q.loading.value).toBe(false))
    expect(q.value.value).toEqual([])
    expect((q.error.value as Error).message).toBe('Không đọc được bảng đảng viên')
    expect((readFailure.value as Error).message).toBe('Không đọc được bảng đảng viên')
    scope.stop()
    expect(readFailure.value).toBeNull()
  })

  it('a read that works again clears it', async () => {
    const scope = effectScope()
    let fail = true
    const q = scope.run(() =>
      useLiveQuery(async () => {
        const cells = await getDb().cells.toArray()
        if (fail) throw new Error('tạm thời')
        return cells
      }, [])
    )!
    await vi.waitFor(() => expect(readFailure.value).not.toBeNull())
    fail = false
    // A write to the table it read makes the query run again.
    await getDb().cells.put({
      id: 'c1',
      name: 'Chi bộ 1',
      type: 'residential',
      status: 'active',
      committee: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z'
    })
    await vi.waitFor(() => expect(q.value.value).toHaveLength(1))
    expect(readFailure.value).toBeNull()
    scope.stop()
  })

  it('a read that works sets nothing', async () => {
    const scope = effectScope()
    const q = scope.run(() => useLiveQuery(async () => getDb().cells.toArray(), []))!
    await vi.waitFor(() => expect(q.loading.value).toBe(false))
    expect(readFailure.value).toBeNull()
    scope.stop()
  })
})

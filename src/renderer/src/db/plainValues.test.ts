import { afterEach, describe, expect, it } from 'vitest'
import { reactive, ref } from 'vue'
import { createTestDb, setDb } from './database'
import { markWritesPlain, toPlain } from './plainValues'
import type { RulesProfile } from '@renderer/domain/entities'

afterEach(() => setDb(null))

const profile = (): RulesProfile => ({
  id: 'p1',
  name: 'Hướng dẫn của Tỉnh ủy',
  builtIn: 0,
  fromYear: 2025,
  toYear: null,
  params: { quotaPercent: 25 },
  sources: { quotaPercent: 'HD của Tỉnh ủy' },
  updatedAt: '2026-11-21T00:00:00.000Z'
})

describe('values from Vue screens are stored plain (IndexedDB refuses Proxies)', () => {
  it('stores a reactive record and one with a reactive object nested inside', async () => {
    const db = createTestDb()
    const draft = reactive(profile())
    await db.rulesProfiles.put(draft)
    // A copy of a reactive object keeps its nested objects reactive: the case that broke saving.
    const edited = { ...draft, id: 'p2', params: { ...draft.params, quotaPercent: 30 } }
    await db.rulesProfiles.put(edited)
    expect(await db.rulesProfiles.get('p1')).toEqual(profile())
    expect((await db.rulesProfiles.get('p2'))?.sources).toEqual({ quotaPercent: 'HD của Tỉnh ủy' })
    expect((await db.rulesProfiles.get('p2'))?.params).toEqual({ quotaPercent: 30 })
  })

  it('stores reactive arrays inside bulk writes', async () => {
    const db = createTestDb()
    const guests = reactive(['Đồng chí Lê Anh Trường – Phó Bí thư Đảng ủy'])
    await db.meta.bulkPut([
      { key: 'a', value: { guests } },
      { key: 'b', value: ref(3).value }
    ])
    expect(await db.meta.get('a')).toEqual({
      key: 'a',
      value: { guests: ['Đồng chí Lê Anh Trường – Phó Bí thư Đảng ủy'] }
    })
  })

  it('leaves plain values as they are, without copying', () => {
    const plain = { a: 1, b: [1, 2, { c: new Date(0) }], d: new Uint8Array([1]) }
    expect(toPlain(plain)).toBe(plain)
  })

  it('copies only along the path to a proxy', () => {
    const inner = reactive({ x: 1 })
    const untouched = { y: 2 }
    const value = { inner, untouched }
    const plain = toPlain(value)
    expect(plain).not.toBe(value)
    expect(plain.untouched).toBe(untouched)
    expect(plain.inner).toEqual({ x: 1 })
    expect(() => structuredClone(plain)).not.toThrow()
  })

  it('drops undefined-valued fields, at any depth, so a row is what a backup gives back', async () => {
    const db = createTestDb()
    await db.meta.put({
      key: 'a',
      value: { keep: null, drop: undefined, list: [{ memberId: 'x', reason: undefined }] }
    })
    const stored = await db.meta.get('a')
    expect(stored).toStrictEqual({ key: 'a', value: { keep: null, list: [{ memberId: 'x' }] } })
    expect(JSON.parse(JSON.stringify(stored))).toStrictEqual(stored)
  })

  it('skips the walk in a transaction marked plain (a restore writing rows fresh from JSON)', async () => {
    const db = createTestDb()
    await db.transaction('rw', db.meta, async (tx) => {
      markWritesPlain(tx.idbtrans)
      await db.meta.put({ key: 'walked', value: { drop: undefined } })
    })
    // Left as given: proof that the values were not walked (JSON never produces undefined).
    expect(await db.meta.get('walked')).toStrictEqual({ key: 'walked', value: { drop: undefined } })
    await db.meta.put({ key: 'after', value: { drop: undefined } })
    expect(await db.meta.get('after')).toStrictEqual({ key: 'after', value: {} })
  })
})

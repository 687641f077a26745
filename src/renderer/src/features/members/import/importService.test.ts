import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { vi } from 'vitest'
import { createTestDb, setDb, type SoChiBoDatabase } from '@renderer/db/database'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { analyzeImport, commitImport, loadImportFile, recordsOf, rememberMapping } from './importService'
import { PlatformError, platform, setPlatformForTests } from '@renderer/platform'

const SAMPLE = resolve(__dirname, '../../../../../../../shared/samples/danh-sach-dang-vien-he-thong.xlsx')
const bytes = () => new Uint8Array(readFileSync(SAMPLE))
const TODAY = '2026-11-21'

let db: SoChiBoDatabase
beforeEach(() => {
  db = createTestDb()
})
afterEach(() => {
  vi.restoreAllMocks()
  setDb(null)
})

describe('importing the shared sample into the database', () => {
  it('writes every chosen row, the six cells and the events in one go; re-import updates', async () => {
    const loaded = await loadImportFile(bytes())
    const progress: number[] = []
    const preview = await analyzeImport(recordsOf(loaded), {
      createMissingCells: true,
      today: TODAY,
      onProgress: (f) => progress.push(f)
    })
    expect(progress.at(-1)).toBe(1)
    // The clerk skips one valid row (row 5) on top of the five problems (both copies of a duplicated card).
    const result = await commitImport(preview, new Set([5]), 'danh-sach.xlsx')
    expect(result).toEqual({ created: 114, updated: 0, cellsCreated: 6 })
    expect(await db.members.count()).toBe(114)
    expect(await db.cells.count()).toBe(6)
    const exempt = (await db.members.toArray()).filter((m) => m.status === 'exempt')
    expect(exempt.map((m) => m.fullName)).toEqual(['Võ Thị Thu Dung'])
    const moved = (await db.members.toArray()).find((m) => m.fullName === 'Vũ Hữu Khánh')!
    expect(moved).toMatchObject({ status: 'transferredOut', active: 0 })
    expect((await db.auditLog.toArray()).map((a) => a.action)).toEqual(['import'])

    const again = await analyzeImport(recordsOf(await loadImportFile(bytes())), {
      createMissingCells: true,
      today: TODAY
    })
    expect(again.counts).toEqual({ new: 1, update: 114, problem: 5 })
    // Nothing doubled: existing admission/official events are not added again.
    expect(again.rows.filter((r) => r.outcome === 'update').every((r) => r.events.length === 0)).toBe(true)
  })

  it('a failure while writing leaves the database exactly as it was', async () => {
    const loaded = await loadImportFile(bytes())
    const preview = await analyzeImport(recordsOf(loaded), { createMissingCells: true, today: TODAY })
    // Cells and events are written before members: fail at the members, the last step.
    vi.spyOn(db.members, 'bulkPut').mockRejectedValueOnce(new Error('disk full'))
    await expect(commitImport(preview, new Set(), 'x.xlsx')).rejects.toThrow('disk full')
    expect(await db.cells.count()).toBe(0)
    expect(await db.memberTimelines.count()).toBe(0)
    expect(await db.members.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('makes a safety copy before writing, and imports nothing when the copy cannot be written', async () => {
    const written: string[] = []
    const backups = {
      write: vi.fn(async (name: string) => {
        written.push(name)
        throw new PlatformError('io', 'disk full')
      }),
      list: vi.fn(async () => []),
      read: vi.fn(async () => new Uint8Array()),
      remove: vi.fn(async () => undefined)
    }
    const restore = setPlatformForTests({ ...platform, isDesktop: true, backups })
    try {
      const preview = await analyzeImport(recordsOf(await loadImportFile(bytes())), {
        createMissingCells: true,
        today: TODAY
      })
      await expect(commitImport(preview, new Set(), 'x.xlsx')).rejects.toThrow(PlatformError)
      expect(written).toHaveLength(1)
      expect(written[0]).toMatch(/truoc-nhap/)
      expect(await db.members.count()).toBe(0)
    } finally {
      restore()
    }
  })

  it('remembers a corrected mapping for the same header layout', async () => {
    const first = await loadImportFile(bytes())
    expect(first.remembered).toBe(false)
    const corrected = [...first.mapping]
    corrected[9] = 'address' // "Chi bộ nơi cư trú" → the clerk wants it kept as an address note
    await rememberMapping(first.sheet.layoutKey, corrected)
    const second = await loadImportFile(bytes())
    expect(second.remembered).toBe(true)
    expect(second.mapping[9]).toBe('address')
  })

  it('a member created by mistake can be deleted with its events', async () => {
    const preview = await analyzeImport(recordsOf(await loadImportFile(bytes())), {
      createMissingCells: true,
      today: TODAY
    })
    await commitImport(preview, new Set(), 'x.xlsx')
    const one = (await db.members.toArray())[0]
    await memberRepository.removeMistake(one.id)
    expect(await db.members.get(one.id)).toBeUndefined()
    expect(await memberRepository.events(one.id)).toEqual([])
    expect(await db.memberTimelines.get(one.id)).toBeUndefined()
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, setDb, type SoChiBoDatabase } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { datasetRepository } from '@renderer/db/repositories/datasetRepository'
import { metaRepository } from '@renderer/db/repositories/metaRepository'
import { generateDataset } from '@renderer/domain/demo'
import { DemoRefusedError, changesSinceDemo, demoMark, loadDemoData, removeDemoData } from './demoData'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { loadDataset } from './loadDataset'
import { ATTENDANCE_BOOKS } from '@renderer/db/books'

const TODAY = '2026-11-21'
let db: SoChiBoDatabase

beforeEach(() => {
  db = createTestDb()
})
afterEach(() => setDb(null))

describe('loadDataset', () => {
  it('writes every generated row through the repositories, with progress reaching 100 %', async () => {
    const dataset = generateDataset('S', 3, TODAY)
    const fractions: number[] = []
    await loadDataset(dataset, (p) => fractions.push(p.fraction))
    expect(await datasetRepository.counts()).toMatchObject({
      cells: dataset.cells.length,
      members: dataset.members.length,
      memberEvents: dataset.events.length,
      meetings: dataset.meetings.length,
      attendanceSheets: new Set(dataset.attendance.map((a) => a.meetingId)).size,
      meetingTasks: dataset.tasks.length,
      memberReviews: dataset.memberReviews.length,
      cellReviews: dataset.cellReviews.length,
      reviewYears: dataset.reviewYears.length
    })
    // Every mark arrives, in its meeting's sheet (a cell's sheets of a year share a row).
    const books = await db.attendanceBooks.toArray()
    const sheets = books.flatMap((b) => ATTENDANCE_BOOKS.itemsOf(b))
    expect(sheets.reduce((n, s) => n + s.marks.length, 0)).toBe(dataset.attendance.length)
    // Stored as one letter per member of the book's roll ('-': not on that meeting's roll), schema v4.
    const letters = books
      .flatMap((b) => b.sheets)
      .reduce((n, s) => n + s.statuses.replaceAll('-', '').length, 0)
    expect(letters).toBe(dataset.attendance.length)
    expect(fractions[fractions.length - 1]).toBe(1)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
  })

  it('leaves the database empty when a write fails half-way', async () => {
    const dataset = generateDataset('S', 3, TODAY)
    // A broken meeting row (no primary key) makes a later chunk fail after cells and members are written.
    const broken = {
      ...dataset,
      meetings: [...dataset.meetings, { ...dataset.meetings[0], id: undefined as unknown as string }]
    }
    await expect(loadDataset(broken)).rejects.toThrow()
    expect(await datasetRepository.hasData()).toBe(false)
  })
})

describe('Dữ liệu mẫu', () => {
  it('loads the sample ward into an empty database and marks it', async () => {
    const mark = await loadDemoData(undefined, TODAY)
    expect(mark.members).toBe(600)
    expect(await demoMark()).toMatchObject({ size: 'S', members: 600, cells: 15 })
    expect((await datasetRepository.counts()).members).toBe(600)
  })

  it('refuses when the database already has data, and changes nothing', async () => {
    const dataset = generateDataset('S', 3, TODAY)
    await cellRepository.bulkSave(dataset.cells.slice(0, 1))
    await expect(loadDemoData(undefined, TODAY)).rejects.toBeInstanceOf(DemoRefusedError)
    expect(await datasetRepository.counts()).toMatchObject({ cells: 1, members: 0 })
    expect(await demoMark()).toBeUndefined()
  })

  it('is removed in one step, keeping settings and other app state', async () => {
    await loadDemoData(undefined, TODAY)
    await metaRepository.set('appLock', 'hash')
    await db.settings.put({
      id: 'organization',
      superiorName: 'X',
      issuingBody: 'Y',
      placeName: 'Z',
      documentNumberSuffix: '',
      signerRole: '',
      signerTitle: '',
      signerName: '',
      clerkName: '',
      updatedAt: ''
    })
    await removeDemoData()
    expect(await datasetRepository.hasData()).toBe(false)
    expect(Object.values(await datasetRepository.counts()).every((n) => n === 0)).toBe(true)
    expect(await demoMark()).toBeUndefined()
    expect(await metaRepository.get('appLock')).toBe('hash')
    expect(await db.settings.count()).toBe(1)
  })

  it('counts what the clerk changed since loading it (a record typed in), saved files aside', async () => {
    await loadDemoData(undefined, TODAY)
    expect(await changesSinceDemo()).toBe(0)
    const [first] = await cellRepository.list()
    await cellRepository.saveWithAudit({ ...first, note: 'ghi chú thật' })
    await auditRepository.record({ entity: 'members', entityId: 'x', action: 'export', summary: 'Xuất …' })
    expect(await changesSinceDemo()).toBe(1)
    // The web build has no backup folder: the copy is "unavailable", and the removal goes on.
    await removeDemoData(1)
    expect(await datasetRepository.hasData()).toBe(false)
  })
})

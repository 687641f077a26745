// The benchmark page (bench.html, only in the bench build): exposes `window.__bench` for
// scripts/bench.mjs to drive the app's own code — generate and load a ward, time each figure.
import { createPinia, setActivePinia } from 'pinia'
import { SoChiBoDatabase, getDb, openDatabase as openDb, setDb } from '@renderer/db/database'
import { resolveActiveDatabaseName } from '@renderer/db/activeDatabase'
import { datasetRepository } from '@renderer/db/repositories/datasetRepository'
import { generateDataset, datasetCounts, type DatasetSize, type DemoIdStyle } from '@renderer/domain/demo'
import { todayIso } from '@renderer/domain/dates'
import { loadDataset } from '@renderer/features/demo/loadDataset'
import { MEASURES, SEARCH_QUERIES, type MeasureName } from './measures'
import type { Samples } from './timing'

setActivePinia(createPinia())

/** Opens the app's database as main.ts does: the newest complete generation, found once. */
let resolved = false
async function openDatabase(): Promise<void> {
  if (!resolved) {
    setDb(new SoChiBoDatabase(await resolveActiveDatabaseName()))
    resolved = true
  }
  await openDb()
}

const api = {
  searchQueries: SEARCH_QUERIES,
  async counts(): Promise<Record<string, number>> {
    await openDatabase()
    return datasetRepository.counts()
  },
  async clear(): Promise<void> {
    await openDatabase()
    await datasetRepository.clearData()
  },
  /** Generates a ward and writes it through the repositories; returns both timings. */
  async load(
    size: DatasetSize,
    seed: number,
    ids: DemoIdStyle = 'uuid'
  ): Promise<{ generateMs: number; loadMs: number; counts: Record<string, number> }> {
    await openDatabase()
    const t0 = performance.now()
    const dataset = generateDataset(size, seed, todayIso(), ids)
    const t1 = performance.now()
    await loadDataset(dataset)
    const t2 = performance.now()
    return { generateMs: t1 - t0, loadMs: t2 - t1, counts: datasetCounts(dataset) }
  },
  /** The database generation the app uses now (a restore moves to the next one). */
  async databaseName(): Promise<string> {
    await openDatabase()
    return getDb().name
  },
  /** Raw baseline of a cold start: the tables the overview reads, straight from Dexie. */
  async rawColdRead(): Promise<number> {
    const db = getDb()
    await db.open()
    await Promise.all([
      db.cells.toArray(),
      db.members.toArray(),
      db.timelineBooks.toArray(),
      db.memberReviewBooks.toArray()
    ])
    return performance.now()
  },
  async measure(
    name: MeasureName,
    runs: number,
    baselineRuns?: number
  ): Promise<Samples | { unavailable: string }> {
    await openDatabase()
    const fn = MEASURES[name] as (runs: number, baselineRuns?: number) => Promise<Samples>
    if (!fn) return { unavailable: `no measure named ${name}` }
    return fn(runs, baselineRuns)
  }
}

declare global {
  interface Window {
    __bench?: typeof api
  }
}
window.__bench = api
document.body.dataset.benchReady = '1'

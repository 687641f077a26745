// Raw baseline of a cold start (bench-raw.html): a page with nothing but Dexie reads the tables the
// overview reads, and keeps them (so its heap is the data held plainly). No app code.
import Dexie from 'dexie'

declare global {
  interface Window {
    __raw?: { doneAt: number; rows: number; data: unknown[] }
  }
}

async function run(): Promise<void> {
  // Opened without a schema: Dexie reads the existing database as it is. The runner names the
  // database generation the app uses (db/activeDatabase.ts); no app code runs here.
  const db = new Dexie(new URLSearchParams(location.search).get('db') ?? 'so-chi-bo')
  await db.open()
  const data = await Promise.all(
    ['cells', 'members', 'timelineBooks', 'memberReviewBooks'].map((t) => db.table(t).toArray())
  )
  window.__raw = { doneAt: performance.now(), rows: data.reduce((n, d) => n + d.length, 0), data }
  document.body.dataset.done = '1'
}

void run()

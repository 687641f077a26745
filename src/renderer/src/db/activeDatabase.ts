// Which IndexedDB database holds the ward's data.
//
// A restore never clears the database in use. It writes the backup into a NEW database, the next
// "generation" of the name (`so-chi-bo`, then `so-chi-bo~2`, `so-chi-bo~3`, …), and marks it
// complete in the same transaction as its last rows. The newest complete generation is the data;
// the one it replaces is then deleted.
//
// Why not clear and refill the one database in a single transaction? Both give all-or-nothing, but:
//  - the data in use is never touched until its replacement is whole, whatever happens half-way;
//  - Chromium's IndexedDB (LevelDB) deletes a cleared store row by row, reading every value, and a
//    transaction that clears and then refills holds both in one pending batch: at ward scale that
//    was ≈ 5.5 s against ≈ 3.3 s to fill an empty database (docs/design.md §8, docs/bench.md).
//
// A generation without the mark is a restore that never committed (the PC was switched off half-way):
// it holds nothing and is deleted at start-up. The first generation is the one the app created
// itself, so it needs no mark.
import Dexie from 'dexie'
import { META_KEYS } from '@renderer/domain/backup/metaKeys'
import { DATABASE_NAME } from './database'

const SEPARATOR = '~'

/** `so-chi-bo~3` → { base: 'so-chi-bo', generation: 3 }; a name without a suffix is generation 1. */
export function parseGeneration(name: string): { base: string; generation: number } {
  const at = name.lastIndexOf(SEPARATOR)
  const suffix = at < 0 ? '' : name.slice(at + 1)
  if (!/^[1-9]\d*$/.test(suffix)) return { base: name, generation: 1 }
  return { base: name.slice(0, at), generation: Number(suffix) }
}

export function generationName(base: string, generation: number): string {
  return generation === 1 ? base : `${base}${SEPARATOR}${generation}`
}

/** The name a restore writes into: one generation after the newest name in use or left behind. */
export function nextGenerationName(current: string, existing: readonly string[]): string {
  const { base, generation } = parseGeneration(current)
  const taken = generationsOf(base, existing).map((g) => g.generation)
  return generationName(base, Math.max(generation, ...taken) + 1)
}

function generationsOf(base: string, names: readonly string[]): { name: string; generation: number }[] {
  return names
    .map((name) => ({ name, ...parseGeneration(name) }))
    .filter((g) => g.base === base)
    .map(({ name, generation }) => ({ name, generation }))
    .sort((a, b) => b.generation - a.generation)
}

/**
 * Every database of this origin. Chromium, Electron, Firefox ≥ 126 and fake-indexeddb list them; a
 * browser that cannot is refused a restore here (start-up could not find the new generation).
 */
export async function databaseNames(): Promise<string[]> {
  if (!canListDatabases()) throw new Error('This browser cannot list its IndexedDB databases')
  const list = await indexedDB.databases()
  return list.map((d) => d.name).filter((n): n is string => !!n)
}

function canListDatabases(): boolean {
  return typeof indexedDB.databases === 'function'
}

/**
 * Whether a generation's restore committed: its mark (a timestamp) is written with its last rows.
 * A row without a value is not the mark: backups carry this PC's keys as rows with value null, and
 * an older file's rows are committed before their upgrade has run (backupStore.ts replaceDatabase).
 */
async function isComplete(name: string): Promise<boolean> {
  // Opened as it is on disk, whatever its version (Dexie's dynamic mode): nothing is upgraded here.
  const db = new Dexie(name)
  try {
    await db.open()
    if (!db.tables.some((t) => t.name === 'meta')) return false
    const mark = (await db.table('meta').get(META_KEYS.databaseComplete)) as { value?: unknown } | undefined
    return typeof mark?.value === 'string' && mark.value !== ''
  } finally {
    db.close()
  }
}

/**
 * The name of the database holding the data, found at start-up: the newest complete generation.
 * Generations newer than it (restores that never committed) and older ones (replaced by a restore,
 * left behind when the PC stopped before they were deleted) are deleted. A new install: the base.
 */
export async function resolveActiveDatabaseName(base = DATABASE_NAME): Promise<string> {
  // Without the list no restore can have run here (databaseNames refuses it): the base is the data.
  if (!canListDatabases()) return base
  const generations = generationsOf(base, await databaseNames())
  let active: string | null = null
  for (const g of generations) {
    if (active) await Dexie.delete(g.name)
    else if (g.generation === 1 || (await isComplete(g.name))) active = g.name
    else await Dexie.delete(g.name)
  }
  return active ?? base
}

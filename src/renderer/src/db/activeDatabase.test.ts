import { afterEach, describe, expect, it } from 'vitest'
import { META_KEYS } from '@renderer/domain/backup/metaKeys'
import { SoChiBoDatabase, setDb } from './database'
import {
  databaseNames,
  generationName,
  nextGenerationName,
  parseGeneration,
  resolveActiveDatabaseName
} from './activeDatabase'

afterEach(() => setDb(null))

describe('database generations (a restore writes into the next one)', () => {
  it.each([
    { name: 'so-chi-bo', base: 'so-chi-bo', generation: 1 },
    { name: 'so-chi-bo~2', base: 'so-chi-bo', generation: 2 },
    { name: 'so-chi-bo~12', base: 'so-chi-bo', generation: 12 },
    // Not a generation suffix: the whole name is the base.
    { name: 'so-chi-bo~', base: 'so-chi-bo~', generation: 1 },
    { name: 'so-chi-bo~02', base: 'so-chi-bo~02', generation: 1 },
    { name: 'so-chi-bo~x', base: 'so-chi-bo~x', generation: 1 }
  ])('$name is generation $generation of $base', ({ name, base, generation }) => {
    expect(parseGeneration(name)).toEqual({ base, generation })
    expect(generationName(base, generation)).toBe(name)
  })

  it.each([
    { current: 'so-chi-bo', existing: ['so-chi-bo'], next: 'so-chi-bo~2' },
    { current: 'so-chi-bo~2', existing: ['so-chi-bo~2'], next: 'so-chi-bo~3' },
    // A newer generation left behind (not yet cleaned up) is never written over.
    { current: 'so-chi-bo~2', existing: ['so-chi-bo~2', 'so-chi-bo~5'], next: 'so-chi-bo~6' },
    // Other databases of the origin do not count.
    { current: 'so-chi-bo', existing: ['so-chi-bo', 'test-db~9', 'so-chi-bo-restore-1'], next: 'so-chi-bo~2' }
  ])('after $current (existing $existing) comes $next', ({ current, existing, next }) => {
    expect(nextGenerationName(current, existing)).toBe(next)
  })
})

/** A database's name, whether a restore's mark is in it, and its one member's name (default: its own). */
type Generation = [name: string, complete: boolean, memberName?: string]

/** A database of the current schema holding one member; `complete` writes a restore's mark. */
async function makeGeneration(name: string, complete: boolean, memberName = name): Promise<void> {
  const db = new SoChiBoDatabase(name)
  await db.open()
  await db.members.add({ id: 'm1', fullName: memberName } as never)
  if (complete) await db.meta.put({ key: META_KEYS.databaseComplete, value: '2026-11-21T00:00:00.000Z' })
  db.close()
}

async function memberNameIn(name: string): Promise<string | undefined> {
  const db = new SoChiBoDatabase(name)
  try {
    return (await db.members.get('m1'))?.fullName
  } finally {
    db.close()
  }
}

describe('start-up finds the data: the newest complete generation (docs/design.md §8: never lose a record)', () => {
  it('a new install uses the base name and creates nothing', async () => {
    expect(await resolveActiveDatabaseName('fresh')).toBe('fresh')
    expect(await databaseNames()).not.toContain('fresh')
  })

  it.each<{
    case: string
    base: string
    generations: Generation[]
    active: string
    holds: string
    left: string[]
  }>([
    {
      case: 'the first generation needs no mark: it is the one the app created itself',
      base: 'first',
      generations: [['first', false]],
      active: 'first',
      holds: 'first',
      left: ['first']
    },
    {
      case: 'a completed restore is the data; the generation it replaced is deleted if still there',
      base: 'done',
      generations: [
        ['done', false, 'before the restore'],
        ['done~2', true, 'restored']
      ],
      active: 'done~2',
      holds: 'restored',
      left: ['done~2']
    },
    {
      case: 'a restore that never committed its mark (the PC stopped half-way) is deleted; the data before it stays',
      base: 'cut',
      generations: [
        ['cut', false, 'the data in use'],
        ['cut~2', false, 'half a restore']
      ],
      active: 'cut',
      holds: 'the data in use',
      left: ['cut']
    },
    {
      case: 'several left behind: the newest complete one wins, every other generation is deleted',
      base: 'many',
      generations: [
        ['many', false],
        ['many~2', true],
        ['many~3', true, 'newest complete'],
        ['many~4', false],
        ['other', false]
      ],
      active: 'many~3',
      holds: 'newest complete',
      left: ['many~3', 'other']
    }
  ])('$case', async ({ base, generations, active, holds, left }) => {
    for (const [name, complete, memberName] of generations) await makeGeneration(name, complete, memberName)
    expect(await resolveActiveDatabaseName(base)).toBe(active)
    expect(await memberNameIn(active)).toBe(holds)
    const made = new Set(generations.map(([name]) => name))
    expect((await databaseNames()).filter((n) => made.has(n)).sort()).toEqual(left)
  })

  it('a mark without a value (a device key a backup carries as null) does not make a generation complete', async () => {
    await makeGeneration('nullmark', false, 'the data in use')
    const half = new SoChiBoDatabase('nullmark~2')
    await half.open()
    await half.members.add({ id: 'm1', fullName: 'rows imported, upgrade never ran' } as never)
    await half.meta.put({ key: META_KEYS.databaseComplete, value: null })
    half.close()
    expect(await resolveActiveDatabaseName('nullmark')).toBe('nullmark')
    expect(await memberNameIn('nullmark')).toBe('the data in use')
    expect(await databaseNames()).not.toContain('nullmark~2')
  })

  it('a mark on an older schema version is read without upgrading that database', async () => {
    const old = new SoChiBoDatabase('older~2', 1)
    await old.open()
    await old.meta.put({ key: META_KEYS.databaseComplete, value: '2026-11-21T00:00:00.000Z' })
    old.close()
    expect(await resolveActiveDatabaseName('older')).toBe('older~2')
    expect((await indexedDB.databases()).find((d) => d.name === 'older~2')?.version).toBe(10)
  })
})

describe('a browser that cannot list its databases', () => {
  it('opens the base at start-up and is refused the list a restore needs', async () => {
    await makeGeneration('unlisted', false)
    await makeGeneration('unlisted~2', true)
    const list = indexedDB.databases
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true })
    try {
      expect(await resolveActiveDatabaseName('unlisted')).toBe('unlisted')
      await expect(databaseNames()).rejects.toThrow(/cannot list/)
    } finally {
      Object.defineProperty(indexedDB, 'databases', { value: list, configurable: true })
    }
  })
})

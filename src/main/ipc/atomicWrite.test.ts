import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempPathFor, writeFileAtomic } from './atomicWrite'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scb-atomic-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temp file', async () => {
    await writeFileAtomic(join(dir, 'a.bin'), new Uint8Array([1, 2, 3]))
    expect([...(await readFile(join(dir, 'a.bin')))]).toEqual([1, 2, 3])
    expect(await readdir(dir)).toEqual(['a.bin'])
  })

  it('keeps the old file when the rename fails and removes the temp file', async () => {
    // A folder in the way makes rename() fail after the temp file was written.
    const target = join(dir, 'taken')
    await (await import('node:fs/promises')).mkdir(join(target, 'child'), { recursive: true })
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toBeDefined()
    expect(await readdir(dir)).toEqual(['taken'])
  })

  it('puts the temp file next to the target, hidden and unique', () => {
    const a = tempPathFor(join(dir, 'x.scbk'))
    expect(a.startsWith(join(dir, '.x.scbk.'))).toBe(true)
    expect(a.endsWith('.tmp')).toBe(true)
    expect(a).not.toBe(tempPathFor(join(dir, 'x.scbk')))
  })
})

import { mkdir, mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../testing/fakeElectron').then((m) => m.electronModule))

import { fake } from '../testing/fakeElectron'
import { failureCode } from '../testing/ipcFailure'
import {
  backupFolder,
  backupPath,
  deleteBackup,
  isValidBackupName,
  listBackups,
  readBackup,
  writeBackup
} from './backups'
import { IpcFailure } from './result'

let userData: string
let folder: string

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'scb-backups-'))
  fake.state.paths = { userData }
  folder = join(userData, 'backups')
})

afterEach(async () => {
  await rm(userData, { recursive: true, force: true })
})

describe('backup names', () => {
  it.each(['so-chi-bo_2025-01-31T10-00-00.scbk', 'a.json', 'B1.scbk.enc'])('accepts %s', (name) => {
    expect(isValidBackupName(name)).toBe(true)
    expect(backupPath(name)).toBe(join(folder, name))
  })
  it.each([
    '../x.scbk',
    '..\\x.scbk',
    'a/b.scbk',
    'a\\b.scbk',
    '/etc/x.scbk',
    'C:\\x.scbk',
    '.hidden.scbk',
    'x.exe',
    'x.scbk ',
    'x..scbk',
    'x\0.scbk',
    '',
    `${'a'.repeat(200)}.scbk`
  ])('refuses %j', (name) => {
    expect(isValidBackupName(name)).toBe(false)
    expect(() => backupPath(name)).toThrow(IpcFailure)
  })
})

describe('writeBackup', () => {
  it('creates the folder and writes the file', async () => {
    const info = await writeBackup('a.scbk', new Uint8Array([1, 2, 3]))
    expect(info.name).toBe('a.scbk')
    expect(info.size).toBe(3)
    expect(Number.isNaN(Date.parse(info.modifiedAt))).toBe(false)
    expect([...(await readFile(join(folder, 'a.scbk')))]).toEqual([1, 2, 3])
    expect(await readdir(folder)).toEqual(['a.scbk'])
    expect(backupFolder()).toBe(folder)
  })

  it('replaces an existing backup of the same name atomically', async () => {
    await writeBackup('a.scbk', new Uint8Array(100).fill(9))
    await writeBackup('a.scbk', new Uint8Array([1]))
    expect([...(await readFile(join(folder, 'a.scbk')))]).toEqual([1])
    expect(await readdir(folder)).toEqual(['a.scbk'])
  })

  it('refuses a traversal name and writes nothing', async () => {
    expect(await failureCode(writeBackup('../x.scbk', new Uint8Array([1])))).toBe('invalid-argument')
    expect(await readdir(userData)).toEqual([])
  })
})

describe('listBackups', () => {
  it('is empty when the folder does not exist', async () => {
    expect(await listBackups()).toEqual([])
  })

  it('lists valid backups newest first and ignores everything else', async () => {
    await mkdir(folder)
    await writeFile(join(folder, 'old.scbk'), 'o')
    await writeFile(join(folder, 'new.scbk'), 'nn')
    await writeFile(join(folder, '.new.scbk.abc.tmp'), 'partial')
    await writeFile(join(folder, 'notes.txt'), 'x')
    await mkdir(join(folder, 'dir.scbk'))
    await utimes(join(folder, 'old.scbk'), new Date('2025-01-01'), new Date('2025-01-01'))
    await utimes(join(folder, 'new.scbk'), new Date('2025-06-01'), new Date('2025-06-01'))
    const list = await listBackups()
    expect(list.map((b) => [b.name, b.size])).toEqual([
      ['new.scbk', 2],
      ['old.scbk', 1]
    ])
    expect(list[0]!.modifiedAt).toBe('2025-06-01T00:00:00.000Z')
  })

  it('does not follow symbolic links', async () => {
    await mkdir(folder)
    const outside = join(userData, 'secret.json')
    await writeFile(outside, 'secret')
    await symlink(outside, join(folder, 'link.json'))
    expect(await listBackups()).toEqual([])
    expect(await failureCode(readBackup('link.json'))).toBe('not-found')
  })
})

describe('readBackup', () => {
  it('returns the bytes as an exact-size Uint8Array', async () => {
    await writeBackup('b.json', new TextEncoder().encode('{"a":1}'))
    const file = await readBackup('b.json')
    expect(file.name).toBe('b.json')
    expect(new TextDecoder().decode(file.bytes)).toBe('{"a":1}')
    expect(file.bytes.buffer.byteLength).toBe(7)
  })

  it('reports a missing backup as "not-found"', async () => {
    expect(await failureCode(readBackup('missing.scbk'))).toBe('not-found')
    expect(await failureCode(deleteBackup('missing.scbk'))).toBe('not-found')
  })
})

describe('deleteBackup', () => {
  it('deletes the file', async () => {
    await writeBackup('c.scbk', new Uint8Array([1]))
    await deleteBackup('c.scbk')
    expect(await readdir(folder)).toEqual([])
  })

  it('refuses names outside the folder and deletes nothing', async () => {
    await writeFile(join(userData, 'keep.scbk'), 'keep')
    expect(await failureCode(deleteBackup('../keep.scbk'))).toBe('invalid-argument')
    expect(await readFile(join(userData, 'keep.scbk'), 'utf8')).toBe('keep')
  })
})

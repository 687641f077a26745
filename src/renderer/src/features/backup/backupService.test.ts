import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SoChiBoDatabase, createTestDb, getDb, setDb } from '@renderer/db/database'
import { databaseNames } from '@renderer/db/activeDatabase'
import { failWritesTo } from '@renderer/db/testing/failingWrites'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, TABLE_NAMES } from '@renderer/db/schema'
import type { AttendanceMark, AttendanceSheet } from '@renderer/domain/entities'
import { toMarks, toSheets } from '@renderer/domain/meetings/attendanceSheet'
import { BACKUP_NAME_PATTERN } from '@shared/ipc'
import { encodeBackupFile, decodeBackupFile } from '@renderer/domain/backup/envelope'
import { gzip } from '@renderer/domain/backup/codec'
import { BackupFileError, type BackupErrorCode } from '@renderer/domain/backup/errors'
import type { DatabaseExport } from '@renderer/domain/backup/exportData'
import { DEVICE_META_KEYS, META_KEYS } from '@renderer/domain/backup/metaKeys'
import { applyBackup, createBackup, inspectBackup, restoreBackup } from './backupService'
import { useBackupFolder } from '@renderer/features/backup/testing/fakePlatform'
import { loadDemoData } from '@renderer/features/demo/demoData'
import { seedDatabase, snapshot } from '@renderer/features/backup/testing/testSeed'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  MEMBER_REVIEW_BOOKS,
  TASK_LISTS,
  TIMELINES,
  type AttendanceBook,
  type BookKind
} from '@renderer/db/books'

let db: SoChiBoDatabase
const folder = useBackupFolder()
const FAST = 100_000 // PBKDF2 iterations in tests that are not about the iteration count

beforeEach(async () => {
  db = createTestDb()
  await db.open()
})
afterEach(() => setDb(null))

/** Changes every kind of thing a restore must undo: edits, deletions, additions, a cleared table. */
async function mutate(): Promise<void> {
  await db.members.update('member-1', { fullName: 'Đã sửa', note: 'mới' })
  await db.members.delete('member-2')
  await db.cells.add({ ...(await db.cells.get('cell-0'))!, id: 'cell-new', name: 'Chi bộ mới' })
  await db.attendanceBooks.clear()
  await db.meta.put({ key: 'demo', value: true })
  await db.auditLog.add({
    at: '2026-06-01T00:00:00.000Z',
    clerk: 'X',
    entity: 'members',
    entityId: 'm',
    action: 'update',
    summary: 's'
  })
}

/**
 * The records, without what a restore adds on purpose: its own "restore" audit entry, and this PC's
 * device keys (the safety copy stamps `backup.lastAuto`; a restore keeps the PC's values).
 */
function withoutRestoreEntry(s: Record<string, unknown[]>): Record<string, unknown[]> {
  return {
    ...s,
    auditLog: s.auditLog.filter((e) => (e as { action: string }).action !== 'restore'),
    meta: s.meta.filter((e) => !DEVICE_META_KEYS.includes((e as { key: string }).key))
  }
}

/** A mark as read back from a sheet: no `reason` key where the v1 row held `reason: undefined`. */
function withoutUndefined<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T
}

/** The export JSON inside a plain file's payload. */
function unzipText(payload: Uint8Array): Promise<string> {
  return new Response(
    new Blob([payload as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))
  ).text()
}

/** A plain file rewritten by hand, its checksum recomputed: what a checksum cannot catch. */
async function editedPlain(bytes: Uint8Array, edit: (text: string) => string): Promise<Uint8Array> {
  const { header, payload } = await decodeBackupFile(bytes, CURRENT_SCHEMA_VERSION)
  const text = await unzipText(payload)
  const changed = edit(text)
  expect(changed).not.toBe(text)
  return encodeBackupFile({ manifest: header.manifest, compressed: await gzip(new Blob([changed])) })
}

async function expectRefused(promise: Promise<unknown>, code: BackupErrorCode) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(BackupFileError)
  expect((error as BackupFileError).code).toBe(code)
  expect((error as BackupFileError).userMessage).toMatch(/[À-ỹ]/)
}

describe('backup → restore round trip (docs/design.md §8: exact, every table, every field)', () => {
  it('a plain backup restores every table exactly, plus one "restore" audit entry', async () => {
    const seeded = await seedDatabase(db)
    const before = await snapshot(getDb())
    for (const name of TABLE_NAMES) expect(before[name].length, name).toBeGreaterThan(0)

    const { bytes, fileName, manifest } = await createBackup({ now: new Date(2026, 10, 21, 10, 30) })
    expect(fileName).toBe('so-chi-bo-2026-11-21-1030.scbk')
    expect(BACKUP_NAME_PATTERN.test(fileName)).toBe(true)
    expect(manifest).toMatchObject({
      format: 'so-chi-bo-backup',
      formatVersion: 1,
      appVersion: '9.8.7',
      schemaVersion: CURRENT_SCHEMA_VERSION
    })
    // The manifest counts records the clerk's way: what schema v3 keeps in books, one by one.
    const inBooks = ['timelineBooks', 'meetingBooks', 'attendanceBooks', 'taskLists', 'memberReviewBooks']
    expect(manifest.counts).toStrictEqual({
      ...Object.fromEntries(
        TABLE_NAMES.filter((n) => !inBooks.includes(n)).map((n) => [n, before[n].length])
      ),
      memberEvents: seeded.memberEvents.length,
      meetings: seeded.meetings.length,
      attendanceSheets: new Set(seeded.attendance.map((a) => a.meetingId)).size,
      meetingTasks: seeded.meetingTasks.length,
      memberReviews: seeded.memberReviews.length
    })

    await mutate()
    expect(await snapshot(getDb())).not.toEqual(before)
    await restoreBackup(bytes)

    // Written into the next generation of the database; the one it replaced is gone.
    expect(getDb().name).toBe(`${db.name}~2`)
    expect(await databaseNames()).toContain(`${db.name}~2`)
    expect(await databaseNames()).not.toContain(db.name)
    const after = await snapshot(getDb())
    expect(withoutRestoreEntry(after)).toStrictEqual(before)
    const restoreEntries = after.auditLog.filter((e) => (e as { action: string }).action === 'restore')
    expect(restoreEntries).toHaveLength(1)
    expect(restoreEntries[0]).toMatchObject({ entity: 'database', clerk: 'Trần Thị Bình' })
  })

  it('an encrypted backup (PBKDF2 600,000 iterations) restores exactly with the passphrase; the name says it is encrypted', async () => {
    await seedDatabase(db)
    const before = await snapshot(getDb())
    const { bytes, fileName } = await createBackup({
      passphrase: 'Mật khẩu dài 2026',
      now: new Date(2026, 10, 21, 10, 30)
    })
    expect(fileName).toBe('so-chi-bo-2026-11-21-1030-ma-hoa.scbk.enc')
    expect(BACKUP_NAME_PATTERN.test(fileName)).toBe(true)
    const { header } = await decodeBackupFile(bytes, CURRENT_SCHEMA_VERSION)
    expect(header.encryption).toMatchObject({
      algorithm: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: 600_000
    })
    // No member name in clear text.
    expect(new TextDecoder().decode(bytes)).not.toContain('Trường Sơn')

    await mutate()
    await restoreBackup(bytes, 'Mật khẩu dài 2026')
    expect(withoutRestoreEntry(await snapshot(getDb()))).toStrictEqual(before)
  })

  it('the restore takes a safety copy first, and that copy gives back the state before the restore', async () => {
    await seedDatabase(db)
    const { bytes } = await createBackup()
    await mutate()
    const mutated = await snapshot(getDb())
    await restoreBackup(bytes)
    const safety = [...folder.files.keys()].filter((n) => n.includes('truoc-khoi-phuc'))
    expect(safety).toHaveLength(1)
    expect(BACKUP_NAME_PATTERN.test(safety[0])).toBe(true)
    await restoreBackup(folder.files.get(safety[0])!)
    const back = withoutRestoreEntry(await snapshot(getDb()))
    expect(back).toStrictEqual(withoutRestoreEntry(mutated))
  })

  it('keeps this PC’s own keys (app lock, backup dates) instead of the file’s', async () => {
    await seedDatabase(db)
    await db.meta.put({ key: META_KEYS.appLock, value: { old: true } })
    const { bytes } = await createBackup()
    await db.meta.put({ key: META_KEYS.appLock, value: { current: true } })
    await db.meta.put({ key: META_KEYS.lastOffPcBackup, value: '2026-11-20T00:00:00.000Z' })
    await restoreBackup(bytes)
    expect((await getDb().meta.get(META_KEYS.appLock))?.value).toEqual({ current: true })
    expect((await getDb().meta.get(META_KEYS.lastOffPcBackup))?.value).toBe('2026-11-20T00:00:00.000Z')
  })

  it('never copies the app lock’s hash (or other device keys) into a backup file', async () => {
    await seedDatabase(db)
    const lock = {
      algorithm: 'PBKDF2-SHA-256',
      iterations: 600_000,
      salt: 'c2FsdHNhbHQ=',
      hash: 'SEFTSEhBU0g='
    }
    await db.meta.put({ key: META_KEYS.appLock, value: lock })
    await db.meta.put({ key: META_KEYS.lastAutoBackup, value: '2026-11-20T00:00:00.000Z' })
    const { bytes } = await createBackup()
    const { payload } = await decodeBackupFile(bytes, CURRENT_SCHEMA_VERSION)
    const text = await unzipText(payload)
    expect(text).not.toContain(lock.hash)
    expect(text).not.toContain(lock.salt)
    expect(text).not.toContain('2026-11-20T00:00:00.000Z')
    // Restored elsewhere, the file brings no lock: the PC keeps its own (here: none).
    await db.meta.delete(META_KEYS.appLock)
    await restoreBackup(bytes)
    expect(await getDb().meta.get(META_KEYS.appLock)).toBeUndefined()
  })

  it('says a plain file is checked against damage only, and an encrypted one against any edit', async () => {
    await seedDatabase(db)
    const plain = await inspectBackup((await createBackup()).bytes)
    expect(plain.authenticated).toBe(false)
    const sealed = await inspectBackup(
      (await createBackup({ passphrase: 'mật khẩu dài', iterations: FAST })).bytes,
      'mật khẩu dài'
    )
    expect(sealed.authenticated).toBe(true)
  })

  it('an edited plain file with its checksum recomputed cannot be told from a real one (said, not promised)', async () => {
    await seedDatabase(db)
    const { bytes } = await createBackup()
    const { header, payload } = await decodeBackupFile(bytes, CURRENT_SCHEMA_VERSION)
    const text = await unzipText(payload)
    const name = (await db.members.get('member-1'))!.fullName
    const forged = await encodeBackupFile({
      manifest: header.manifest,
      compressed: await gzip(new Blob([text.replace(name, 'Tên Giả Mạo')]))
    })
    const inspected = await inspectBackup(forged)
    // Only a passphrase (AES-GCM) can detect this: the screen shows the file as not authenticated.
    expect(inspected.authenticated).toBe(false)
  })

  it('an empty database backs up and restores (clearing what is there)', async () => {
    const { bytes } = await createBackup()
    await seedDatabase(db)
    await restoreBackup(bytes)
    const after = await snapshot(getDb())
    const records = withoutRestoreEntry(after)
    for (const name of TABLE_NAMES) expect(records[name], name).toEqual([])
  })
})

describe('refused files change nothing (docs/design.md §8)', () => {
  let good: Uint8Array
  let encrypted: Uint8Array
  let before: Record<string, unknown[]>

  beforeEach(async () => {
    await seedDatabase(db)
    good = (await createBackup()).bytes
    encrypted = (await createBackup({ passphrase: 'đúng', iterations: FAST })).bytes
    await mutate()
    before = await snapshot(getDb())
  })

  const flip = (bytes: Uint8Array, at: number) => {
    const copy = new Uint8Array(bytes)
    copy[at] ^= 0xff
    return copy
  }
  const headerEnd = (bytes: Uint8Array) => 12 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(8)
  const xlsx = () =>
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...new Array(200).fill(7)])

  it.each<{
    name: string
    file: () => Uint8Array | Promise<Uint8Array>
    passphrase?: string
    code: BackupErrorCode
  }>([
    { name: 'an empty file', file: () => new Uint8Array(), code: 'foreign' },
    {
      name: 'a random JSON file',
      file: () => new TextEncoder().encode(JSON.stringify({ hello: 'world', rows: [1, 2, 3] })),
      code: 'foreign'
    },
    { name: 'an Excel workbook', file: xlsx, code: 'foreign' },
    {
      name: 'a truncated file (USB pulled out)',
      file: () => good.subarray(0, good.length - 100),
      code: 'truncated'
    },
    { name: 'a file cut inside its header', file: () => good.subarray(0, 40), code: 'truncated' },
    {
      name: 'a tampered payload byte (checksum mismatch)',
      file: () => flip(good, good.length - 20),
      code: 'tampered'
    },
    { name: 'a corrupted header', file: () => flip(good, 14), code: 'corrupt' },
    {
      name: 'bytes appended after the payload',
      file: () => new Uint8Array([...good, 1, 2, 3]),
      code: 'corrupt'
    },
    {
      name: 'an encrypted file with the wrong passphrase',
      file: () => encrypted,
      passphrase: 'sai',
      code: 'wrong-passphrase'
    },
    { name: 'an encrypted file without a passphrase', file: () => encrypted, code: 'passphrase-required' },
    {
      name: 'an encrypted file whose manifest counts were edited (checksum recomputed)',
      file: async () => {
        const { header, payload } = await decodeBackupFile(encrypted, CURRENT_SCHEMA_VERSION)
        const edited = { ...header.manifest, counts: { ...header.manifest.counts, members: 1 } }
        // Re-encode with the same ciphertext: AES-GCM binds the manifest, so decryption fails.
        const forged = await encodeBackupFile({ manifest: edited, compressed: payload })
        const h = JSON.parse(new TextDecoder().decode(forged.subarray(12, headerEnd(forged))))
        h.encryption = header.encryption
        const hb = new TextEncoder().encode(JSON.stringify(h))
        const out = new Uint8Array(12 + hb.length + payload.length)
        out.set(forged.subarray(0, 8))
        new DataView(out.buffer).setUint32(8, hb.length)
        out.set(hb, 12)
        out.set(payload, 12 + hb.length)
        return out
      },
      passphrase: 'đúng',
      code: 'wrong-passphrase'
    },
    {
      name: 'a plain file whose manifest counts do not match its data',
      file: async () => {
        const { header, payload } = await decodeBackupFile(good, CURRENT_SCHEMA_VERSION)
        return encodeBackupFile({
          manifest: { ...header.manifest, counts: { ...header.manifest.counts, members: 1 } },
          compressed: payload
        })
      },
      code: 'corrupt'
    },
    {
      name: 'a well-formed envelope around bytes that are not gzip',
      file: async () => {
        const { header } = await decodeBackupFile(good, CURRENT_SCHEMA_VERSION)
        return encodeBackupFile({ manifest: header.manifest, compressed: new Uint8Array([1, 2, 3, 4, 5]) })
      },
      code: 'corrupt'
    },
    {
      name: 'a gzip of JSON that is not a database export',
      file: async () => {
        const { header } = await decodeBackupFile(good, CURRENT_SCHEMA_VERSION)
        return encodeBackupFile({
          manifest: header.manifest,
          compressed: await gzip(new Blob(['{"formatName":"other"}']))
        })
      },
      code: 'corrupt'
    },
    {
      name: 'a file whose book of meetings holds broken JSON (rewritten with a valid checksum)',
      file: async () => {
        const { header, payload } = await decodeBackupFile(good, CURRENT_SCHEMA_VERSION)
        const text = await unzipText(payload)
        const broken = text.replace(/"json":"\{/, '"json":"{broken')
        expect(broken).not.toBe(text)
        return encodeBackupFile({ manifest: header.manifest, compressed: await gzip(new Blob([broken])) })
      },
      code: 'corrupt'
    },
    {
      name: 'a plain file whose member status was edited to one no screen knows (checksum recomputed)',
      file: () =>
        editedPlain(good, (text) => text.replace(/"status":"(official|probationary)"/, '"status":"vip"')),
      code: 'invalid-records'
    },
    {
      name: 'a plain file listing the members twice, a bad status first, then none (checksum recomputed)',
      file: () =>
        editedPlain(good, (text) => {
          const json = JSON.parse(text) as DatabaseExport
          const members = json.data.data.find((t) => t.tableName === 'members')!
          const bogus = members.rows.map((m) => ({ ...(m as object), status: 'bogus-status' }))
          json.data.data.splice(
            json.data.data.indexOf(members),
            1,
            { ...members, rows: bogus },
            {
              ...members,
              rows: []
            }
          )
          return JSON.stringify(json)
        }),
      code: 'corrupt'
    },
    {
      name: 'a plain file with rows of a table its list of tables does not name (checksum recomputed)',
      file: () =>
        editedPlain(good, (text) => {
          const json = JSON.parse(text) as DatabaseExport
          json.data.data.push({ tableName: 'attendance', inbound: true, rows: [{ id: 'a' }] })
          return JSON.stringify(json)
        }),
      code: 'corrupt'
    },
    {
      name: 'a plain file whose attendance letters were edited (checksum recomputed)',
      file: () => editedPlain(good, (text) => text.replace(/(\\"statuses\\":\\")[a-z-]/, '$1z')),
      code: 'invalid-records'
    },
    {
      name: 'a backup from a newer schema version',
      file: async () => {
        const { header, payload } = await decodeBackupFile(good, CURRENT_SCHEMA_VERSION)
        return encodeBackupFile({
          manifest: { ...header.manifest, schemaVersion: CURRENT_SCHEMA_VERSION + 1 },
          compressed: payload
        })
      },
      code: 'newer-schema'
    },
    {
      name: 'a backup in a newer file format',
      file: async () => {
        const { header, payload } = await decodeBackupFile(good, CURRENT_SCHEMA_VERSION)
        return encodeBackupFile({ manifest: { ...header.manifest, formatVersion: 2 }, compressed: payload })
      },
      code: 'newer-format'
    }
  ])('$name is refused ($code) and the database is unchanged', async ({ file, passphrase, code }) => {
    await expectRefused(restoreBackup(await file(), passphrase), code)
    expect(await snapshot(getDb())).toStrictEqual(before)
    expect([...folder.files.keys()].some((n) => n.includes('truoc-khoi-phuc'))).toBe(false)
  })

  it('a restore that fails midway (a table write throws) leaves the database as it was, and no half-written copy', async () => {
    const databasesBefore = await databaseNames()
    // Every write to attendanceBooks fails in the database the restore writes into; the tables
    // before it in the file (settings, cells, members, …) have been written by then.
    const stop = failWritesTo('attendanceBooks', db.name)
    try {
      await expectRefused(restoreBackup(good), 'restore-failed')
    } finally {
      stop()
    }
    expect(getDb().name).toBe(db.name)
    expect(await databaseNames()).toEqual(databasesBefore)
    // Only the safety copy's timestamp (a device key) was written, before the restore began.
    expect(withoutRestoreEntry(await snapshot(getDb()))).toStrictEqual(withoutRestoreEntry(before))
    expect((await snapshot(getDb())).auditLog).toStrictEqual(before.auditLog)
  })

  it('a restore whose safety copy cannot be written does not start', async () => {
    folder.failWrites = true
    await expect(restoreBackup(good)).rejects.toThrow('disk full')
    expect(await snapshot(getDb())).toStrictEqual(before)
  })

  it('an inspected backup can be applied only once (the import consumes it)', async () => {
    const inspected = await inspectBackup(good)
    await applyBackup(inspected)
    await expect(applyBackup(inspected)).rejects.toThrow()
  })
})

describe('a backup’s records are checked before a restore (an edited plain file)', () => {
  it('the message names the member and the field, and says nothing changed', async () => {
    await seedDatabase(db)
    const name = (await db.members.get('member-1'))!.fullName
    const bytes = await editedPlain((await createBackup()).bytes, (text) =>
      text.replace(/("id":"member-1"[^}]*?"birthDate":")[^"]*/, '$1ngày rằm')
    )
    const error = await inspectBackup(bytes).catch((e: BackupFileError) => e)
    expect(error).toBeInstanceOf(BackupFileError)
    expect((error as BackupFileError).userMessage).toContain(
      `Đảng viên “${name}”: ngày sinh “ngày rằm” không hợp lệ.`
    )
    expect((error as BackupFileError).userMessage).toContain('Dữ liệu trên máy không bị thay đổi.')
  })

  it('every record the app writes passes: the demo ward backs up and is inspected without a problem', async () => {
    await loadDemoData(undefined, '2026-11-21')
    const inspected = await inspectBackup((await createBackup()).bytes)
    expect(inspected.manifest.counts.members).toBe(600)
  })

  it('an older file is checked once upgraded: refused, its new generation deleted, the data kept', async () => {
    const v1 = new SoChiBoDatabase('made-at-v1-edited', 1)
    await v1.open()
    setDb(v1)
    await seedDatabase(v1)
    await v1.table('meetings').update('meeting-1', { type: 'party' })
    const { bytes, manifest } = await createBackup()
    expect(manifest.schemaVersion).toBe(1)
    setDb(null)
    db = createTestDb()
    await db.open()
    await seedDatabase(db)
    const before = await snapshot(getDb())
    const names = await databaseNames()
    await expectRefused(restoreBackup(bytes), 'invalid-records')
    expect(getDb()).toBe(db)
    // The safety copy was taken first (it stamps this PC's own "last automatic backup"); the data is as it was.
    expect(withoutRestoreEntry(await snapshot(getDb()))).toStrictEqual(withoutRestoreEntry(before))
    expect(await databaseNames()).toEqual(names)
  })
})

describe('schema versions (docs/design.md §8: an older backup is upgraded, a newer one refused)', () => {
  it('a backup made by a schema-version-1 database restores into the current schema', async () => {
    const v1 = new SoChiBoDatabase('made-at-v1', 1)
    await v1.open()
    setDb(v1)
    await seedDatabase(v1)
    const atV1 = await snapshot(v1)
    const { bytes, manifest } = await createBackup()
    expect(manifest.schemaVersion).toBe(1)
    setDb(null)

    // The v1 file really holds one row per mark.
    expect(manifest.counts.attendance).toBe(atV1.attendance.length)
    expect(atV1.attendance.length).toBeGreaterThan(0)
    expect((atV1.attendance as AttendanceMark[]).some((a) => a.status === 'unexcused')).toBe(true)

    db = createTestDb()
    await db.open()
    await restoreBackup(bytes)
    expect(getDb().verno).toBe(CURRENT_SCHEMA_VERSION)
    const after = withoutRestoreEntry(await snapshot(getDb()))
    const old = withoutRestoreEntry(atV1)
    expect(Object.keys(after).sort()).toEqual([...TABLE_NAMES].sort())
    // Tables no version changed arrive as they were.
    for (const name of [
      'settings',
      'cells',
      'members',
      'cellReviews',
      'reviewYears',
      'commendations',
      'badges',
      'rulesProfiles',
      'auditLog',
      'meta'
    ])
      expect(after[name], name).toStrictEqual(old[name])
    // v1 → v2 → v3 (UPGRADES[2], [3]): every record arrives in its book, unchanged.
    const inBooks = <B, T>(kind: BookKind<B, T>) =>
      after[kind.table].flatMap((b) => kind.itemsOf(b as B) as unknown[])
    const byId = (a: unknown, b: unknown) => (a as { id: string }).id.localeCompare((b as { id: string }).id)
    expect(inBooks(TIMELINES).sort(byId)).toStrictEqual([...old.memberEvents].sort(byId))
    expect(inBooks(MEETING_BOOKS).sort(byId)).toStrictEqual([...old.meetings].sort(byId))
    expect(inBooks(TASK_LISTS).sort(byId)).toStrictEqual([...old.meetingTasks].sort(byId))
    expect(inBooks(MEMBER_REVIEW_BOOKS).sort(byId)).toStrictEqual([...old.memberReviews].sort(byId))
    // The marks arrive as one sheet per meeting, and give back the same marks.
    const sheets: AttendanceSheet[] = after.attendanceBooks.flatMap((b) =>
      ATTENDANCE_BOOKS.itemsOf(b as AttendanceBook)
    )
    const marks = old.attendance as AttendanceMark[]
    expect(sheets).toHaveLength(new Set(marks.map((a) => a.meetingId)).size)
    expect([...sheets].sort((a, b) => a.meetingId.localeCompare(b.meetingId))).toStrictEqual(
      toSheets(marks, atV1.meetings as never[]).sort((a, b) => a.meetingId.localeCompare(b.meetingId))
    )
    expect(sheets.flatMap(toMarks).sort(byId)).toStrictEqual(marks.map(withoutUndefined).sort(byId))
  })

  it('an older backup runs the app’s upgrade functions (tested with a future version)', async () => {
    const { bytes } = await (async () => {
      await seedDatabase(db)
      return createBackup()
    })()
    const current = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].stores
    const v2 = {
      version: CURRENT_SCHEMA_VERSION + 1,
      stores: { ...current, members: `${current.members}, gender` }
    }
    const versions = [...SCHEMA_VERSIONS, v2]
    const upgrades = {
      [v2.version]: async (tx: import('dexie').Transaction) => {
        await tx
          .table('members')
          .toCollection()
          .modify((m: { note?: string }) => {
            m.note = 'nâng cấp'
          })
      }
    }
    setDb(null)
    const future = new SoChiBoDatabase('future-db', undefined, versions, upgrades)
    await future.open()
    setDb(future)
    await restoreBackup(bytes, undefined, { versions, upgrades, safetyBackup: async () => undefined })
    const restored = getDb()
    expect(restored.verno).toBe(v2.version)
    const members = await restored.members.toArray()
    expect(members.length).toBeGreaterThan(0)
    expect(members.every((m) => m.note === 'nâng cấp')).toBe(true)
    expect(await restored.members.where('gender').equals('female').count()).toBeGreaterThan(0)
  })
})

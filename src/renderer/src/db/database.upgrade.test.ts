import { afterEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { NewerDatabaseError, SoChiBoDatabase, openDatabase, setDb } from './database'
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1_2026_11_21,
  SCHEMA_V2_2026_11_21,
  SCHEMA_V3_2026_11_21,
  SCHEMA_VERSIONS,
  TABLE_NAMES,
  tablesOf
} from './schema'
import { toSheets } from '@renderer/domain/meetings/attendanceSheet'
import { TIMELINES, pack, timelineBookKey } from './books'
import { memberRepository } from './repositories/memberRepository'
import { reviewRepository } from './repositories/reviewRepository'
import type {
  AttendanceMark,
  AttendanceSheet,
  AttendanceStatus,
  Meeting,
  MeetingTask,
  Member,
  MemberEvent,
  MemberReview
} from '@renderer/domain/entities'
import { meetingRepository } from './repositories/meetingRepository'
import { SETTINGS, mark as markOf, meeting as meetingOf } from '@renderer/testing/factories'
import { CHAIN_START, sealAuditEntry, verifyAuditChain } from '@renderer/domain/backup/auditChain'

// The upgrade harness: open an older version with data, close it, open the newer one, check.
// Every future schema version adds a case here that seeds the previous version.

const member = (id: string, fullName: string): Member => ({
  id,
  fullName,
  gender: 'male',
  cellId: 'c1',
  status: 'official',
  active: 1,
  searchText: fullName.toLowerCase(),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
})

async function seedAt(name: string, version: number, seed: (db: SoChiBoDatabase) => Promise<void>) {
  const old = new SoChiBoDatabase(name, version)
  await old.open()
  await seed(old)
  old.close()
}

/** Seeds a database at `version`, then opens it at `upTo` (default: the current version) as getDb(). */
async function upgradedFrom(
  name: string,
  version: number,
  seed: (db: SoChiBoDatabase) => Promise<void>,
  upTo?: number
): Promise<SoChiBoDatabase> {
  await seedAt(name, version, seed)
  const db = new SoChiBoDatabase(name, upTo)
  await db.open()
  setDb(db)
  return db
}

afterEach(() => setDb(null))

const V1_TABLES = [
  'attendance',
  'auditLog',
  'badges',
  'cellReviews',
  'cells',
  'commendations',
  'meetingTasks',
  'meetings',
  'memberEvents',
  'memberReviews',
  'members',
  'meta',
  'reviewYears',
  'rulesProfiles',
  'settings'
]

describe('schema versions', () => {
  it('version 1 has a table for every entity of the mission', () => {
    expect(tablesOf(SCHEMA_V1_2026_11_21).sort()).toEqual([...V1_TABLES].sort())
  })

  it('version 2 keeps attendance as one sheet per meeting instead of one row per mark', () => {
    // The v1 tables, with `attendance` (one row per mark) replaced by `attendanceSheets`.
    expect(tablesOf(SCHEMA_V2_2026_11_21).sort()).toEqual(
      [...V1_TABLES.filter((t) => t !== 'attendance'), 'attendanceSheets'].sort()
    )
    expect(SCHEMA_V2_2026_11_21.attendanceSheets).toBe('meetingId, date, *unexcusedKeys')
  })

  it('version 3 keeps records read together in one row (books) and deletes the v2 row tables', () => {
    const gone = ['memberEvents', 'meetings', 'attendanceSheets', 'meetingTasks', 'memberReviews']
    const books = ['memberTimelines', 'meetingBooks', 'attendanceBooks', 'taskLists', 'memberReviewBooks']
    expect(tablesOf(SCHEMA_V3_2026_11_21).sort()).toEqual(
      [...tablesOf(SCHEMA_V2_2026_11_21).filter((t) => !gone.includes(t)), ...books].sort()
    )
    for (const t of gone) expect(SCHEMA_V3_2026_11_21[t], t).toBeNull()
  })

  it('TABLE_NAMES are the current (last) version’s tables', () => {
    expect([...TABLE_NAMES]).toEqual(tablesOf(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].stores))
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version)
  })

  it('opens at the current version with every table', async () => {
    const db = new SoChiBoDatabase('schema-open')
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort())
    db.close()
  })
})

describe('upgrade harness', () => {
  it('keeps version 1 data when the current version opens it', async () => {
    const db = await upgradedFrom('upgrade-v1', 1, async (v1) => {
      await v1.members.bulkAdd([member('m1', 'Nguyễn Văn An'), member('m2', 'Trần Thị Bình')])
    })
    expect(await db.members.count()).toBe(2)
    expect((await db.members.get('m2'))?.fullName).toBe('Trần Thị Bình')
    db.close()
  })

  it('runs a future version’s upgrade function over current data (the harness is ready for the next version)', async () => {
    await seedAt('upgrade-next', CURRENT_SCHEMA_VERSION, async (db) => {
      await db.members.bulkAdd([
        member('m1', 'Nguyễn Văn An'),
        { ...member('m2', 'Lê Văn Cường'), active: 0 }
      ])
    })
    // A hypothetical next version: a new index and a data change, as a real one would be written.
    const current = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].stores
    const next = CURRENT_SCHEMA_VERSION + 1
    const versions = [
      ...SCHEMA_VERSIONS,
      { version: next, stores: { ...current, members: `${current.members}, gender` } }
    ]
    const db = new SoChiBoDatabase('upgrade-next', undefined, versions, {
      [next]: async (tx) => {
        await tx
          .table('members')
          .toCollection()
          .modify((m: Member) => {
            m.note = m.active ? 'đang sinh hoạt' : 'đã thôi'
          })
      }
    })
    await db.open()
    expect(db.verno).toBe(next)
    expect((await db.members.get('m1'))?.note).toBe('đang sinh hoạt')
    expect((await db.members.get('m2'))?.note).toBe('đã thôi')
    expect(await db.members.where('gender').equals('male').count()).toBe(2)
    db.close()
  })

  it('refuses to open a database newer than the app knows', async () => {
    const future = new Dexie('upgrade-future')
    future.version(9).stores({ members: 'id' })
    await future.open()
    future.close()
    const db = new SoChiBoDatabase('upgrade-future')
    await expect(openDatabase(db)).rejects.toThrow(NewerDatabaseError)
    await expect(openDatabase(new SoChiBoDatabase('upgrade-future'))).rejects.toThrow(
      /phiên bản Sổ Chi bộ mới hơn/
    )
  })
})

describe('version 1 → 2: attendance marks become one sheet per meeting', () => {
  const meeting = (id: string, cellId: string, date: string): Meeting => meetingOf(id, { cellId, date })
  const mark = (m: Meeting, memberId: string, status: AttendanceStatus, reason?: string): AttendanceMark =>
    markOf(m, memberId, status, reason ? { reason } : {})
  const jan = meeting('jan', 'kp1', '2026-01-03')
  const feb = meeting('feb', 'kp1', '2026-02-03')
  const old = meeting('old', 'kp2', '2025-12-03')
  const bare = meeting('bare', 'kp2', '2026-03-03')
  const marks = [
    mark(jan, 'x', 'unexcused'),
    mark(jan, 'y', 'present'),
    mark(jan, 'z', 'excused', 'Ốm'),
    mark(feb, 'x', 'unexcused'),
    mark(feb, 'y', 'unexcused'),
    mark(feb, 'z', 'exempt'),
    mark(old, 'x', 'unexcused'),
    mark(old, 'w', 'present')
  ]

  /** Seeds v1 and opens at `upTo` (2: the v2 shape; default: the current version). */
  async function upgraded(name: string, seedMarks: AttendanceMark[] = marks, upTo?: number) {
    return upgradedFrom(
      name,
      1,
      async (v1) => {
        expect(v1.verno).toBe(1)
        await v1.table('meetings').bulkAdd([jan, feb, old, bare])
        await v1.table('attendance').bulkAdd(seedMarks)
      },
      upTo
    )
  }

  it('moves every mark into its meeting’s sheet, with the unexcused keys, and deletes the attendance table', async () => {
    const db = await upgraded('upgrade-sheets', marks, 2)
    expect(db.verno).toBe(2)
    expect(db.tables.map((t) => t.name)).not.toContain('attendance')
    expect([...db.backendDB().objectStoreNames]).not.toContain('attendance')
    const table = db.table<AttendanceSheet, string>('attendanceSheets')
    const sheets = await table.toArray()
    expect(sheets.map((s) => s.meetingId).sort()).toEqual(['feb', 'jan', 'old'])
    expect(await table.get('jan')).toStrictEqual({
      meetingId: 'jan',
      cellId: 'kp1',
      date: '2026-01-03',
      marks: [
        { memberId: 'x', status: 'unexcused' },
        { memberId: 'y', status: 'present' },
        { memberId: 'z', status: 'excused', reason: 'Ốm' }
      ],
      unexcusedKeys: ['x|2026-01-03']
    })
    expect((await table.get('feb'))?.unexcusedKeys).toEqual(['x|2026-02-03', 'y|2026-02-03'])
    db.close()
  })

  it('gives back exactly the same marks through the repository', async () => {
    const db = await upgraded('upgrade-sheets-marks')
    setDb(db)
    const back = (
      await Promise.all(['jan', 'feb', 'old', 'bare'].map((id) => meetingRepository.attendance(id)))
    ).flat()
    const byId = (a: AttendanceMark, b: AttendanceMark) => a.id.localeCompare(b.id)
    expect(back.sort(byId)).toStrictEqual([...marks].sort(byId))
  })

  it('finds the unexcused absences of a year after the upgrade (Điều lệ Điều 8.2), by member and for everyone', async () => {
    const db = await upgraded('upgrade-sheets-absences')
    setDb(db)
    const byMember = await meetingRepository.unexcusedInYear(2026, ['x', 'y'])
    expect(byMember.map((a) => `${a.memberId}@${a.date}`).sort()).toEqual([
      'x@2026-01-03',
      'x@2026-02-03',
      'y@2026-02-03'
    ])
    expect(await meetingRepository.unexcusedInYear(2025, ['x'])).toEqual([
      { memberId: 'x', date: '2025-12-03', status: 'unexcused' }
    ])
    const all = await meetingRepository.unexcusedInYear(2026)
    expect(all.map((a) => `${a.memberId}@${a.date}`).sort()).toEqual([
      'x@2026-01-03',
      'x@2026-02-03',
      'y@2026-02-03'
    ])
  })

  it('moves marks in steps: 1,200 meetings of marks all arrive', async () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      meeting(`m${String(i).padStart(4, '0')}`, 'kp1', '2026-05-03')
    )
    const manyMarks = many.flatMap((m) => [mark(m, 'a', 'present'), mark(m, 'b', 'unexcused')])
    const db = await upgradedFrom(
      'upgrade-sheets-steps',
      1,
      async (v1) => {
        await v1.table('meetings').bulkAdd(many)
        await v1.table('attendance').bulkAdd(manyMarks)
      },
      2
    )
    const table = db.table<AttendanceSheet, string>('attendanceSheets')
    expect(await table.count()).toBe(1200)
    const sheets = await table.toArray()
    expect(sheets.every((s) => s.marks.length === 2)).toBe(true)
    expect(
      await table.where('unexcusedKeys').between('b|2026-01-01', 'b|2026-12-31', true, true).count()
    ).toBe(1200)
    db.close()
  })
})

describe('version 2 → 3 (then 4): rows become books', () => {
  const T = '2026-01-01T00:00:00.000Z'
  const meeting = (id: string, cellId: string, date: string): Meeting => meetingOf(id, { cellId, date })
  const mark = (m: Meeting, memberId: string, status: AttendanceStatus): AttendanceMark =>
    markOf(m, memberId, status)
  const event = (
    id: string,
    memberId: string,
    date: string,
    type: MemberEvent['type'] = 'sickLeave'
  ): MemberEvent => ({ id, memberId, type, date, createdAt: T })
  const review = (
    year: number,
    memberId: string,
    cellId: string,
    decision: MemberReview['decision']
  ): MemberReview => ({
    id: `${year}:${memberId}`,
    year,
    memberId,
    cellId,
    decision,
    updatedAt: T
  })
  const task = (id: string, m: Meeting, status: MeetingTask['status'] = 'open'): MeetingTask => ({
    id,
    cellId: m.cellId,
    meetingId: m.id,
    title: `Nhiệm vụ ${id}`,
    forAllMembers: 0,
    status,
    completions: []
  })

  const jan = meeting('jan', 'kp1', '2026-01-03')
  const feb = meeting('feb', 'kp1', '2026-02-03')
  const dec = meeting('dec', 'kp1', '2025-12-03')
  const other = meeting('other', 'kp2', '2026-01-05')
  const meetings = [jan, feb, dec, other]
  const marks = [
    mark(jan, 'a', 'present'),
    mark(jan, 'b', 'unexcused'),
    mark(feb, 'a', 'unexcused'),
    mark(dec, 'a', 'unexcused'),
    mark(other, 'c', 'present')
  ]
  const events = [
    event('e1', 'a', '2020-03-01', 'admission'),
    event('e2', 'a', '2026-02-01'),
    event('e3', 'b', '2021-05-01', 'admission')
  ]
  const reviews = [
    review(2025, 'a', 'kp1', 'good'),
    review(2025, 'b', 'kp1', 'excellent'),
    review(2025, 'c', 'kp2', 'complete'),
    review(2024, 'a', 'kp1', 'good')
  ]
  const tasks = [task('t1', jan), task('t2', dec, 'done'), task('t3', other)]

  async function upgradedFromV2(name: string) {
    return upgradedFrom(name, 2, async (v2) => {
      expect(v2.verno).toBe(2)
      await v2.members.bulkAdd([
        member('a', 'Nguyễn Văn An'),
        member('b', 'Trần Thị Bình'),
        member('c', 'Lê Văn Cường')
      ])
      await v2.table('memberEvents').bulkAdd(events)
      await v2.table('meetings').bulkAdd(meetings)
      await v2.table('attendanceSheets').bulkAdd(toSheets(marks, meetings))
      await v2.table('meetingTasks').bulkAdd(tasks)
      await v2.table('memberReviews').bulkAdd(reviews)
    })
  }

  it('packs every record into its book and deletes the v2 tables', async () => {
    const db = await upgradedFromV2('upgrade-books')
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    for (const gone of ['memberEvents', 'meetings', 'attendanceSheets', 'meetingTasks', 'memberReviews'])
      expect([...db.backendDB().objectStoreNames], gone).not.toContain(gone)
    expect(
      (await db.timelineBooks.toArray())
        .flatMap((b) => b.timelines)
        .map((t) => [t.memberId, t.events.map((e) => e.id).sort()])
        .sort()
    ).toEqual([
      ['a', ['e1', 'e2']],
      ['b', ['e3']]
    ])
    expect((await db.meetingBooks.toArray()).map((b) => [b.key, b.year, [...b.meetingIds].sort()])).toEqual([
      ['kp1|2025', 2025, ['dec']],
      ['kp1|2026', 2026, ['feb', 'jan']],
      ['kp2|2026', 2026, ['other']]
    ])
    expect(
      (await db.attendanceBooks.toArray()).map((b) => [b.key, b.sheets.length, [...b.unexcusedKeys].sort()])
    ).toEqual([
      ['kp1|2025', 1, ['a|2025-12-03']],
      ['kp1|2026', 2, ['a|2026-02-03', 'b|2026-01-03']],
      ['kp2|2026', 1, []]
    ])
    expect((await db.taskLists.toArray()).map((l) => [l.cellId, l.tasks.map((t) => t.id).sort()])).toEqual([
      ['kp1', ['t1', 't2']],
      ['kp2', ['t3']]
    ])
    // Since v6 the xuất sắc decisions of a cell's year have a book of their own.
    expect((await db.memberReviewBooks.toArray()).map((b) => [b.key, [...b.reviewIds].sort()])).toEqual([
      ['2024|kp1', ['2024:a']],
      ['2025|kp1', ['2025:a']],
      ['2025|kp2', ['2025:c']],
      ['2025|x|kp1', ['2025:b']]
    ])
    db.close()
  })

  it('gives back exactly the same records through the repositories', async () => {
    await upgradedFromV2('upgrade-books-reads')
    const byId = <R extends { id: string }>(a: R, b: R) => a.id.localeCompare(b.id)
    expect((await memberRepository.allEvents()).sort(byId)).toStrictEqual([...events].sort(byId))
    expect((await memberRepository.events('a')).map((e) => e.id)).toEqual(['e1', 'e2'])
    expect((await meetingRepository.inPeriod('2025-01-01', '2026-12-31')).map((m) => m.id)).toEqual([
      'dec',
      'jan',
      'other',
      'feb'
    ])
    expect(await meetingRepository.get('feb')).toStrictEqual(feb)
    const back = (await Promise.all(meetings.map((m) => meetingRepository.attendance(m.id)))).flat()
    expect(back.sort(byId)).toStrictEqual([...marks].sort(byId))
    expect((await meetingRepository.openTasks('kp1')).map((t) => t.id)).toEqual(['t1'])
    expect((await reviewRepository.allMemberReviews()).sort(byId)).toStrictEqual([...reviews].sort(byId))
    expect((await reviewRepository.memberReviews(2025)).map((r) => r.id).sort()).toEqual([
      '2025:a',
      '2025:b',
      '2025:c'
    ])
  })

  it('finds the unexcused absences of a year after the upgrade (Điều lệ Điều 8.2)', async () => {
    await upgradedFromV2('upgrade-books-absences')
    const byMember = await meetingRepository.unexcusedInYear(2026, ['a', 'b'])
    expect(byMember.map((a) => `${a.memberId}@${a.date}`).sort()).toEqual(['a@2026-02-03', 'b@2026-01-03'])
    expect(await meetingRepository.unexcusedInYear(2025, ['a'])).toEqual([
      { memberId: 'a', date: '2025-12-03', status: 'unexcused' }
    ])
    expect((await meetingRepository.unexcusedInYear(2026)).length).toBe(2)
  })

  it('an empty v2 database upgrades to empty books', async () => {
    const db = await upgradedFrom('upgrade-books-empty', 2, async () => {})
    for (const t of ['timelineBooks', 'meetingBooks', 'attendanceBooks', 'taskLists', 'memberReviewBooks'])
      expect(await db.table(t).count(), t).toBe(0)
    db.close()
  })
})

describe('version 3 → 4: an attendance book lists its members once, records leave out what their book says, unused member indexes go', () => {
  const T = '2026-01-01T00:00:00.000Z'
  // v3 rows as v3 wrote them: each sheet lists its members' ids, one letter each, reasons by position.
  const v3Books = [
    {
      key: 'kp1|2026',
      cellId: 'kp1',
      year: 2026,
      sheets: [
        { meetingId: 'jan', date: '2026-01-03', memberIds: ['a', 'b'], statuses: 'pu' },
        {
          meetingId: 'feb',
          date: '2026-02-03',
          memberIds: ['b', 'c'],
          statuses: 'ex',
          reasons: { 0: 'Ốm', 1: 'Tuổi cao' }
        }
      ],
      unexcusedKeys: ['b|2026-01-03']
    },
    {
      key: 'kp2|2026',
      cellId: 'kp2',
      year: 2026,
      sheets: [{ meetingId: 'other', date: '2026-01-05', memberIds: [], statuses: '' }],
      unexcusedKeys: []
    }
  ]
  const meetingBook = (cellId: string, ids: [string, string][]) => ({
    key: `${cellId}|2026`,
    cellId,
    year: 2026,
    meetings: ids.map(([id, date]) => ({
      id,
      cellId,
      type: 'regular',
      date,
      guests: [],
      presentations: [],
      attachments: [],
      createdAt: T,
      updatedAt: T
    })),
    meetingIds: ids.map(([id]) => id)
  })
  const expectedMarks: AttendanceMark[] = [
    { id: 'jan:a', meetingId: 'jan', memberId: 'a', cellId: 'kp1', date: '2026-01-03', status: 'present' },
    { id: 'jan:b', meetingId: 'jan', memberId: 'b', cellId: 'kp1', date: '2026-01-03', status: 'unexcused' },
    {
      id: 'feb:b',
      meetingId: 'feb',
      memberId: 'b',
      cellId: 'kp1',
      date: '2026-02-03',
      status: 'excused',
      reason: 'Ốm'
    },
    {
      id: 'feb:c',
      meetingId: 'feb',
      memberId: 'c',
      cellId: 'kp1',
      date: '2026-02-03',
      status: 'exempt',
      reason: 'Tuổi cao'
    }
  ]

  const v3Review: MemberReview = {
    id: '2025:a',
    year: 2025,
    memberId: 'a',
    cellId: 'kp1',
    decision: 'good',
    updatedAt: T
  }
  const v3Event: MemberEvent = {
    id: 'e1',
    memberId: 'a',
    type: 'admission',
    date: '2020-03-01',
    createdAt: T
  }
  const v3Task: MeetingTask = {
    id: 't1',
    cellId: 'kp1',
    meetingId: 'jan',
    title: 'Nhiệm vụ',
    forAllMembers: 0,
    status: 'open',
    completions: []
  }

  async function upgradedFromV3(name: string) {
    return upgradedFrom(name, 3, async (v3) => {
      expect(v3.verno).toBe(3)
      expect(v3.members.schema.indexes.map((i) => i.name).sort()).toEqual([
        'active',
        'cellId',
        'idNumber',
        'partyCardNumber',
        'status'
      ])
      await v3.members.bulkAdd([
        member('a', 'Nguyễn Văn An'),
        member('b', 'Trần Thị Bình'),
        member('c', 'Lê Văn Cường')
      ])
      await v3.table('meetingBooks').bulkAdd([
        meetingBook('kp1', [
          ['jan', '2026-01-03'],
          ['feb', '2026-02-03']
        ]),
        meetingBook('kp2', [['other', '2026-01-05']])
      ])
      await v3.table('attendanceBooks').bulkAdd(v3Books)
      await v3
        .table('memberReviewBooks')
        .bulkAdd([
          { key: '2025|kp1', year: 2025, cellId: 'kp1', reviews: [v3Review], reviewIds: [v3Review.id] }
        ])
      await v3.table('memberTimelines').bulkAdd([{ memberId: 'a', events: [v3Event] }])
      await v3.table('taskLists').bulkAdd([{ cellId: 'kp1', tasks: [v3Task] }])
    })
  }

  it('rewrites each attendance book against its roll, and every mark comes back exactly', async () => {
    const db = await upgradedFromV3('upgrade-roll')
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    const books = await db.attendanceBooks.toArray()
    expect(
      books.map((b) => [b.key, b.roll, b.sheets.map((s) => s.statuses), [...b.unexcusedKeys].sort()])
    ).toEqual([
      ['kp1|2026', ['a', 'b', 'c'], ['pu-', '-ex'], ['b|2026-01-03']],
      ['kp2|2026', [], [''], []]
    ])
    expect(books[0].sheets[1].reasons).toEqual({ 1: 'Ốm', 2: 'Tuổi cao' })
    const back = (
      await Promise.all(['jan', 'feb', 'other'].map((id) => meetingRepository.attendance(id)))
    ).flat()
    expect(back).toStrictEqual(expectedMarks)
    expect(await meetingRepository.unexcusedInYear(2026, ['b'])).toEqual([
      { memberId: 'b', date: '2026-01-03', status: 'unexcused' }
    ])
  })

  it('records in books leave out their cell, year or member, and come back whole through the repositories', async () => {
    const db = await upgradedFromV3('upgrade-shared-fields')
    expect((await db.meetingBooks.get('kp1|2026'))!.meetings.every((m) => !('cellId' in m))).toBe(true)
    expect((await db.memberReviewBooks.get('2025|kp1'))!.reviews).toEqual([
      { id: '2025:a', memberId: 'a', decision: 'good', updatedAt: T }
    ])
    expect((await db.timelineBooks.get(timelineBookKey('a')))!.timelines).toEqual([
      { memberId: 'a', events: [{ id: 'e1', type: 'admission', date: '2020-03-01', createdAt: T }] }
    ])
    expect((await db.taskLists.get('kp1'))!.tasks.every((t) => !('cellId' in t))).toBe(true)
    expect(await meetingRepository.get('feb')).toMatchObject({ id: 'feb', cellId: 'kp1' })
    expect(await reviewRepository.memberReviews(2025)).toStrictEqual([v3Review])
    expect(await memberRepository.events('a')).toStrictEqual([v3Event])
    expect(await meetingRepository.openTasks('kp1')).toStrictEqual([v3Task])
  })

  it('members keep every record and lose only the indexes no query uses', async () => {
    const db = await upgradedFromV3('upgrade-member-indexes')
    expect(db.members.schema.indexes.map((i) => i.name).sort()).toEqual(['active', 'cellId'])
    expect((await memberRepository.list()).map((m) => m.id).sort()).toEqual(['a', 'b', 'c'])
    expect((await memberRepository.byCell('c1')).length).toBe(3)
    expect((await memberRepository.listActive()).length).toBe(3)
  })

  it('an empty v3 database upgrades to an empty v4 one', async () => {
    const db = await upgradedFrom('upgrade-roll-empty', 3, async () => {})
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(4)
    expect(await db.attendanceBooks.count()).toBe(0)
    db.close()
  })
})

describe('version 4 → 5: the log of a deleted mistake keeps the name, not the record (Luật 91/2025/QH15)', () => {
  it('takes the record out of member-delete entries and leaves every other entry as it was', async () => {
    const at = '2026-11-01T00:00:00.000Z'
    const full = { ...member('x', 'Lê Văn Nhầm'), idNumber: '040012340089', address: 'Tổ 1' }
    const entries = [
      {
        at,
        clerk: 'A',
        entity: 'members',
        entityId: 'x',
        action: 'delete',
        summary: 'Xóa hồ sơ tạo nhầm: Lê Văn Nhầm',
        before: full
      },
      {
        at,
        clerk: 'A',
        entity: 'members',
        entityId: 'y',
        action: 'update',
        summary: 'Y: Dự bị → Chính thức',
        before: { status: 'probationary' },
        after: { status: 'official' }
      },
      {
        at,
        clerk: 'A',
        entity: 'memberEvents',
        entityId: 'e',
        action: 'delete',
        summary: 'Z: xóa sự kiện ghi nhầm',
        before: { id: 'e', type: 'award' }
      }
    ]
    const db = await upgradedFrom(
      'upgrade-v5',
      4,
      async (v4) => {
        await v4.table('auditLog').bulkAdd(entries)
      },
      5
    )
    expect(db.verno).toBe(5)
    const after = await db.auditLog.orderBy(':id').toArray()
    expect(after[0]).toMatchObject({ summary: 'Xóa hồ sơ tạo nhầm: Lê Văn Nhầm' })
    expect(after[0].before).toBeUndefined()
    expect(JSON.stringify(after)).not.toContain('040012340089')
    expect(after.slice(1).map(({ id: _id, ...e }) => e)).toEqual(entries.slice(1))
    db.close()
  })
})

describe('version 5 → 6: the members’ timelines share 256 books instead of a row each', () => {
  const T = '2026-01-01T00:00:00.000Z'
  // 600 members with real (UUID) ids, 0–3 events each: every book key is used several times.
  const ids = Array.from(
    { length: 600 },
    (_, i) => `${i.toString(16).padStart(8, '0')}-4f1c-4a2b-9c3d-0123456789ab`
  )
  const eventsOf = (id: string, i: number): MemberEvent[] =>
    Array.from({ length: i % 4 }, (_, k) => ({
      id: `${id}:e${k}`,
      memberId: id,
      type: k === 0 ? ('admission' as const) : ('sickLeave' as const),
      date: `20${10 + k}-03-0${1 + (i % 9)}`,
      createdAt: T
    }))
  const events = ids.flatMap(eventsOf)

  async function upgradedFromV5(name: string) {
    return upgradedFrom(name, 5, async (v5) => {
      await v5.members.bulkAdd(ids.map((id) => member(id, `Đảng viên ${id.slice(0, 8)}`)))
      // The v5 form: one row per member with events, each event without its memberId.
      await v5
        .table('memberTimelines')
        .bulkAdd(
          ids
            .map((id, i) => ({ memberId: id, events: eventsOf(id, i).map(({ memberId: _m, ...e }) => e) }))
            .filter((t) => t.events.length > 0)
        )
    })
  }

  it('moves every event into the book of its member and deletes the v5 table', async () => {
    const db = await upgradedFromV5('upgrade-timeline-books')
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect([...db.backendDB().objectStoreNames]).not.toContain('memberTimelines')
    const books = await db.timelineBooks.toArray()
    expect(books.length).toBeLessThanOrEqual(256)
    expect(books.length).toBeGreaterThan(100)
    for (const book of books)
      for (const t of book.timelines) expect(timelineBookKey(t.memberId), t.memberId).toBe(book.key)
    expect(books.flatMap((b) => b.timelines).length).toBe(ids.filter((_, i) => i % 4 > 0).length)
    db.close()
  })

  it('gives back exactly the same events through the repositories, member by member and for the year', async () => {
    const db = await upgradedFromV5('upgrade-timeline-books-read')
    const byId = (a: MemberEvent, b: MemberEvent) => (a.id < b.id ? -1 : 1)
    expect((await memberRepository.allEvents()).sort(byId)).toStrictEqual([...events].sort(byId))
    for (const [i, id] of ids.entries())
      if (i % 37 === 0) expect(await memberRepository.events(id)).toStrictEqual(eventsOf(id, i))
    const year = await reviewRepository.loadYear(2026)
    expect(year.eventsByMember.size).toBe(ids.filter((_, i) => i % 4 > 0).length)
    expect(year.eventsByMember.get(ids[3])).toStrictEqual(eventsOf(ids[3], 3))
    db.close()
  })

  it('moves the xuất sắc decisions of each review book into a book of their own, losing no review', async () => {
    const decisions = ['excellent', 'good', 'excellent', undefined, 'complete'] as const
    const v5Reviews: MemberReview[] = ids.slice(0, 60).map((id, i) => ({
      id: `2025:${id}`,
      year: 2025,
      memberId: id,
      cellId: `kp${i % 3}`,
      ...(decisions[i % 5] ? { decision: decisions[i % 5] } : {}),
      updatedAt: T
    }))
    const db = await upgradedFrom('upgrade-excellent-apart', 5, async (v5) => {
      // The v5 form: one book per year and cell, whatever the decisions.
      await v5.table('memberReviewBooks').bulkAdd(
        ['kp0', 'kp1', 'kp2'].map((cellId) => {
          const reviews = v5Reviews.filter((r) => r.cellId === cellId)
          return {
            key: `2025|${cellId}`,
            year: 2025,
            cellId,
            reviews: reviews.map(({ year: _y, cellId: _c, ...r }) => r),
            reviewIds: reviews.map((r) => r.id)
          }
        })
      )
    })
    const books = await db.memberReviewBooks.toArray()
    expect(books.map((b) => b.key)).toEqual([
      '2025|kp0',
      '2025|kp1',
      '2025|kp2',
      '2025|x|kp0',
      '2025|x|kp1',
      '2025|x|kp2'
    ])
    for (const b of books)
      expect(
        b.reviews.every((r) => (r.decision === 'excellent') === b.key.includes('|x|')),
        b.key
      ).toBe(true)
    const byId = (a: MemberReview, b: MemberReview) => (a.id < b.id ? -1 : 1)
    expect((await reviewRepository.memberReviews(2025)).sort(byId)).toStrictEqual([...v5Reviews].sort(byId))
    const excellent = v5Reviews.filter((r) => r.decision === 'excellent')
    expect((await reviewRepository.excellentReviewsOf(2025, ids)).sort(byId)).toStrictEqual(
      excellent.sort(byId)
    )
    db.close()
  })

  it('an empty v5 database upgrades to no timeline books', async () => {
    const db = await upgradedFrom('upgrade-timeline-books-empty', 5, async () => {})
    expect(await db.timelineBooks.count()).toBe(0)
    db.close()
  })
})

describe('version 6 → 7: a member only away for a while is in the đảng số again (QĐ 232-QĐ/TW 2025, 6.3.2)', () => {
  const T = '2026-01-01T00:00:00.000Z'
  const transfer = (id: string, memberId: string, kind: 'temporary' | 'permanent'): MemberEvent => ({
    id,
    memberId,
    type: 'transferOut',
    date: '2026-03-01',
    transferKind: kind,
    createdAt: T
  })
  /** How version 6 stored them: a temporary transfer out made the member "Đã chuyển đi". */
  const storedAsLeft = (id: string, fullName: string): Member => ({
    ...member(id, fullName),
    admissionDate: '2000-01-01',
    officialDate: '2001-01-01',
    status: 'transferredOut',
    active: 0
  })

  it('derives again the members with a temporary transfer; the others keep their record untouched', async () => {
    const db = await upgradedFrom('upgrade-temporary-stays', 6, async (v6) => {
      await v6.members.bulkAdd([
        storedAsLeft('away', 'Nguyễn Văn An'),
        storedAsLeft('gone', 'Trần Văn Bình'),
        member('here', 'Lê Văn Cường')
      ])
      await v6
        .table(TIMELINES.table)
        .bulkAdd(pack(TIMELINES, [transfer('e1', 'away', 'temporary'), transfer('e2', 'gone', 'permanent')]))
    })
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(await db.members.get('away')).toMatchObject({ status: 'official', active: 1 })
    expect(await db.members.get('gone')).toStrictEqual(storedAsLeft('gone', 'Trần Văn Bình'))
    expect(await db.members.get('here')).toStrictEqual(member('here', 'Lê Văn Cường'))
    expect((await memberRepository.listActive()).map((m) => m.id).sort()).toEqual(['away', 'here'])
    db.close()
  })

  it('logs one chained entry saying how many records were derived again, naming no one', async () => {
    const earlier = await sealAuditEntry(
      {
        at: T,
        clerk: 'Nguyễn Thị Hoa',
        entity: 'members',
        entityId: 'here',
        action: 'update',
        summary: 'Lê Văn Cường: sửa hồ sơ'
      },
      CHAIN_START
    )
    const db = await upgradedFrom('upgrade-temporary-stays-logged', 6, async (v6) => {
      await v6.settings.add(SETTINGS)
      await v6.auditLog.add(earlier)
      await v6.members.bulkAdd([
        storedAsLeft('away', 'Nguyễn Văn An'),
        storedAsLeft('away-too', 'Phạm Văn Dũng'),
        storedAsLeft('gone', 'Trần Văn Bình'),
        member('here', 'Lê Văn Cường')
      ])
      await v6
        .table(TIMELINES.table)
        .bulkAdd(
          pack(TIMELINES, [
            transfer('e1', 'away', 'temporary'),
            transfer('e2', 'gone', 'permanent'),
            transfer('e3', 'away-too', 'temporary')
          ])
        )
    })
    const log = await db.auditLog.orderBy(':id').toArray()
    expect(log).toHaveLength(2)
    const entry = log[1]
    expect(entry).toMatchObject({ clerk: 'Nguyễn Thị Hoa', entity: 'members', action: 'update' })
    expect(entry.summary).toContain('2 đảng viên')
    for (const name of ['Nguyễn Văn An', 'Phạm Văn Dũng', 'away'])
      expect(JSON.stringify(entry)).not.toContain(name)
    expect(entry.prevHash).toBe(earlier.hash)
    expect((await verifyAuditChain(log)).breaks).toEqual([])
    db.close()
  })

  it('a v6 database without a temporary transfer upgrades without a log entry', async () => {
    const db = await upgradedFrom('upgrade-temporary-stays-none', 6, async (v6) => {
      await v6.members.add(storedAsLeft('gone', 'Trần Văn Bình'))
      await v6.table(TIMELINES.table).bulkAdd(pack(TIMELINES, [transfer('e2', 'gone', 'permanent')]))
    })
    expect(await db.auditLog.count()).toBe(0)
    db.close()
  })

  it('an empty v6 database upgrades to an empty v7 one', async () => {
    const db = await upgradedFrom('upgrade-temporary-stays-empty', 6, async () => {})
    expect(await db.members.count()).toBe(0)
    db.close()
  })
})

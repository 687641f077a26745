// "Xóa hồ sơ tạo nhầm": a record created by mistake takes with it everything recorded against it.
import { beforeEach, describe, expect, it } from 'vitest'
import type { AttendanceCounts, Badge, Commendation, MemberReview } from '@renderer/domain/entities'
import { checkIntegrity } from '@renderer/domain/integrity'
import { toMarks } from '@renderer/domain/meetings/attendanceSheet'
import {
  NO_REFERENCES,
  mistakeRemovalQuestion,
  type MistakeReferenceCounts
} from '@renderer/domain/members/mistakeRemoval'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { cell, mark, meeting, member, memberEvent, task } from '@renderer/testing/factories'
import { getDb } from '../database'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  MEMBER_REVIEW_BOOKS,
  TASK_LISTS,
  TIMELINES,
  allItems
} from '../books'
import { loadIntegrityData, rowsOfDatabase } from '../backupStore'
import { expectSoundRecords } from '../testing/soundRecords'
import { useTestDb } from '../testing/testDb'
import { auditRepository } from './auditRepository'
import { cellRepository } from './cellRepository'
import { honoursRepository } from './honoursRepository'
import { meetingRepository } from './meetingRepository'
import { memberRepository } from './memberRepository'
import { SERIOUSLY_ILL_KEY } from './metaRepository'
import { reviewRepository } from './reviewRepository'

useTestDb()

const NAME = 'Lê Văn Nhầm'

// x was admitted in c1 and moved to c2 in June 2025; a and b are in c1, d in c2, e in c3.
const m0 = meeting('m0', { cellId: 'c1', date: '2023-05-03' })
const m1 = meeting('m1', {
  cellId: 'c1',
  date: '2025-03-03',
  chairMemberId: 'x',
  chairName: NAME,
  secretaryMemberId: 'a',
  secretaryName: 'Nguyễn Văn An',
  presentations: [
    { memberId: 'x', subject: 'Tự phê bình' },
    { memberId: 'a', subject: 'Phát triển kinh tế' }
  ]
})
const m2 = meeting('m2', { cellId: 'c1', date: '2025-04-03' })
const m3 = meeting('m3', { cellId: 'c1', date: '2024-12-03' })
const m4 = meeting('m4', { cellId: 'c1', date: '2024-11-03' })
const m5 = meeting('m5', { cellId: 'c2', date: '2025-07-05', secretaryMemberId: 'x' })
const m6 = meeting('m6', { cellId: 'c3', date: '2025-03-04' })
const m7 = meeting('m7', { cellId: 'c1', date: '2025-05-03' })
const MEETINGS = [m0, m1, m2, m3, m4, m5, m6, m7]

const marks = [
  mark(m0, 'x'),
  mark(m1, 'a', 'unexcused'),
  mark(m1, 'b', 'excused', { reason: 'Ốm' }),
  mark(m1, 'x', 'unexcused'),
  mark(m2, 'a'),
  mark(m2, 'b'),
  mark(m2, 'x'),
  mark(m3, 'x'),
  mark(m4, 'a'),
  mark(m5, 'd'),
  mark(m5, 'x', 'excused', { reason: 'Đi công tác' }),
  mark(m6, 'e'),
  mark(m7, 'a'),
  mark(m7, 'b', 'unexcused')
]

const review = (year: number, memberId: string, cellId: string, extra: Partial<MemberReview> = {}) =>
  ({ id: `${year}:${memberId}`, year, memberId, cellId, updatedAt: 'T', ...extra }) as MemberReview

const commendation = (id: string, memberId: string, status: Commendation['status']): Commendation => ({
  id,
  year: 2025,
  subject: 'member',
  memberId,
  basis: 'excellentYear',
  years: [2025],
  status,
  ...(status === 'awarded' ? { decisionNumber: '15-QĐ/ĐU', decisionDate: '2025-12-20' } : {})
})

const badge = (id: string, milestone: number, status: Badge['status']): Badge => ({
  id,
  memberId: 'x',
  milestone,
  ceremonyDate: '2025-09-02',
  status,
  ...(status === 'awarded' ? { decisionNumber: '20-QĐ/ĐU', awardedOn: '2025-09-02' } : {})
})

async function seedWard(): Promise<void> {
  await cellRepository.bulkSave([
    cell('c1', {
      committee: [
        { memberId: 'a', role: 'secretary', from: '2020-10-01' },
        { memberId: 'x', role: 'committeeMember', from: '2020-10-01', to: '2025-06-01' }
      ]
    }),
    cell('c2', { committee: [{ memberId: 'x', role: 'deputySecretary', from: '2025-06-01' }] }),
    cell('c3', { committee: [{ memberId: 'e', role: 'secretary', from: '2020-10-01' }] })
  ])
  await memberRepository.bulkSave(
    [
      member('a', { fullName: 'Nguyễn Văn An', cellId: 'c1' }),
      member('b', { fullName: 'Trần Thị Bình', cellId: 'c1' }),
      member('d', { fullName: 'Phạm Văn Dũng', cellId: 'c2' }),
      member('e', { fullName: 'Hoàng Thị Én', cellId: 'c3' }),
      member('x', { fullName: NAME, cellId: 'c2', admissionDate: '2020-03-10', officialDate: null })
    ],
    [
      memberEvent('adm-x', 'x', 'admission', '2020-03-10', { cellId: 'c1' }),
      memberEvent('mv-x', 'x', 'cellChange', '2025-06-01', { fromCellId: 'c1', cellId: 'c2' })
    ]
  )
  await meetingRepository.bulkSave(MEETINGS, marks, [
    task('t1', m1, { ownerMemberId: 'x', ownerName: NAME }),
    task('t2', m7, {
      forAllMembers: 1,
      completions: [
        { memberId: 'a', doneOn: '2025-05-20' },
        { memberId: 'x', doneOn: '2025-05-21' }
      ]
    }),
    task('t3', m5, { forAllMembers: 1, completions: [{ memberId: 'x', doneOn: '2025-07-20' }] }),
    task('t4', m2, { ownerMemberId: 'a', ownerName: 'Nguyễn Văn An' })
  ])
  await reviewRepository.bulkSave(
    [
      review(2024, 'x', 'c1', { decision: 'good' }),
      review(2025, 'x', 'c2', { decision: 'excellent' }),
      review(2025, 'a', 'c1', { decision: 'excellent' }),
      review(2025, 'd', 'c2', { decision: 'good' })
    ],
    [],
    [
      { year: 2024, profileId: 'qd124-2023', asOfDate: '2024-12-31', finalized: 0 },
      { year: 2025, profileId: 'qd124-2023', asOfDate: '2025-12-31', finalized: 0 }
    ]
  )
  await getDb().commendations.bulkPut([
    commendation('cm-x', 'x', 'proposed'),
    commendation('cm-a', 'a', 'awarded')
  ])
  await getDb().badges.bulkPut([badge('bg-x30', 30, 'proposed'), badge('bg-x40', 40, 'awarded')])
  // Seeded as the honours above, without the audit entries marking them writes: x's one entry is his removal.
  await getDb().meta.put({ key: SERIOUSLY_ILL_KEY, value: ['a', 'x'] })
}

/** What the confirmation for x says, kind by kind. */
const X_COUNTS: MistakeReferenceCounts = {
  ...NO_REFERENCES,
  events: 2,
  markedMeetings: 5,
  presentations: 1,
  taskCompletions: 2,
  reviewYears: [2024, 2025],
  commendationsProposed: 1,
  badgesProposed: 1,
  badgesAwarded: 1,
  committeeSeats: 2,
  chairedMeetings: 2,
  ownedTasks: 1
}

beforeEach(seedWard)

describe('memberRepository.mistakeReferences: what the confirmation says', () => {
  it('counts every kind of record against him, as the confirmation words it', async () => {
    const counts = await memberRepository.mistakeReferences('x')
    expect(counts).toEqual(X_COUNTS)
    expect(mistakeRemovalQuestion(NAME, counts!)).toBe(
      'Xóa hẳn hồ sơ "Lê Văn Nhầm" cùng 2 sự kiện, điểm danh ở 5 buổi sinh hoạt, 1 tham luận trong biên bản, ' +
        'đánh dấu hoàn thành ở 2 nhiệm vụ, kết quả xếp loại 2 năm (2024, 2025), 1 đề nghị khen thưởng, ' +
        '1 đề nghị tặng Huy hiệu Đảng, 1 quyết định tặng Huy hiệu Đảng, 2 chức vụ trong chi ủy? ' +
        'Giữ tên, bỏ liên kết đến hồ sơ ở: chủ trì/thư ký 2 buổi sinh hoạt, người thực hiện 1 nhiệm vụ. ' +
        'Chỉ dùng khi hồ sơ được tạo nhầm — đảng viên chuyển đi, từ trần… hãy ghi sự kiện, không xóa.'
    )
  })

  it('writes nothing, and says nothing for a member with nothing else', async () => {
    const before = await rowsOfDatabase(getDb())
    expect(await memberRepository.mistakeReferences('d')).toEqual({
      ...NO_REFERENCES,
      markedMeetings: 1,
      reviewYears: [2025]
    })
    expect(await memberRepository.mistakeReferences('nobody')).toBeUndefined()
    const after = await rowsOfDatabase(getDb())
    for (const table of getDb().tables.map((t) => t.name)) expect(after(table)).toEqual(before(table))
  })
})

describe('memberRepository.removeMistake takes everything recorded against him', () => {
  /** Everything left naming x, by kind: each must be empty after the removal. */
  const references: [string, () => Promise<unknown[]>][] = [
    ['the record', async () => ((await getDb().members.get('x')) ? ['x'] : [])],
    ['his events', async () => (await allItems(TIMELINES)).filter((e) => e.memberId === 'x')],
    [
      'attendance marks',
      async () => (await allItems(ATTENDANCE_BOOKS)).flatMap(toMarks).filter((m) => m.memberId === 'x')
    ],
    [
      'attendance rolls',
      async () => (await getDb().attendanceBooks.toArray()).filter((b) => b.roll.includes('x'))
    ],
    [
      'unexcused keys',
      async () =>
        (await getDb().attendanceBooks.toArray())
          .flatMap((b) => b.unexcusedKeys)
          .filter((k) => k.startsWith('x|'))
    ],
    ['member reviews', async () => (await allItems(MEMBER_REVIEW_BOOKS)).filter((r) => r.memberId === 'x')],
    ['commendations', async () => (await getDb().commendations.toArray()).filter((c) => c.memberId === 'x')],
    ['badges', async () => (await getDb().badges.toArray()).filter((b) => b.memberId === 'x')],
    [
      'committee seats',
      async () =>
        (await getDb().cells.toArray()).flatMap((c) => c.committee).filter((s) => s.memberId === 'x')
    ],
    [
      'task owners and completions',
      async () =>
        (await allItems(TASK_LISTS)).filter(
          (t) => t.ownerMemberId === 'x' || t.completions.some((c) => c.memberId === 'x')
        )
    ],
    [
      'meeting chairs, secretaries, presentations',
      async () =>
        (await allItems(MEETING_BOOKS)).filter(
          (m) =>
            m.chairMemberId === 'x' ||
            m.secretaryMemberId === 'x' ||
            m.presentations.some((p) => p.memberId === 'x')
        )
    ],
    [
      'the seriously-ill list',
      async () => (await honoursRepository.seriouslyIll()).filter((id) => id === 'x')
    ]
  ]

  it.each(references)('%s: none left', async (_, left) => {
    expect(await left()).not.toEqual([])
    await memberRepository.removeMistake('x')
    expect(await left()).toEqual([])
  })

  it('keeps the other members’ marks in the same sheets, letters re-aligned with the new roll', async () => {
    await memberRepository.removeMistake('x')
    const statuses = async (id: string) =>
      (await meetingRepository.attendance(id)).map((m) => [m.memberId, m.status, m.reason])
    expect(await statuses('m1')).toEqual([
      ['a', 'unexcused', undefined],
      ['b', 'excused', 'Ốm']
    ])
    expect(await statuses('m2')).toEqual([
      ['a', 'present', undefined],
      ['b', 'present', undefined]
    ])
    expect(await statuses('m5')).toEqual([['d', 'present', undefined]])
    expect(await statuses('m0')).toEqual([])
    expect(await statuses('m3')).toEqual([])
    expect(await statuses('m4')).toEqual([['a', 'present', undefined]])
    expect(await statuses('m7')).toEqual([
      ['a', 'present', undefined],
      ['b', 'unexcused', undefined]
    ])
    // As stored: one letter per member of the roll; a sheet that held only his mark is gone, and so
    // is a book left with no sheet. The unexcused index still finds the others' absences.
    const books = await getDb().attendanceBooks.orderBy('key').toArray()
    expect(books.map((b) => [b.key, b.roll, b.sheets.map((s) => [s.meetingId, s.statuses])])).toEqual([
      ['c1|2024', ['a'], [['m4', 'p']]],
      [
        'c1|2025',
        ['a', 'b'],
        [
          ['m1', 'ue'],
          ['m2', 'pp'],
          ['m7', 'pu']
        ]
      ],
      ['c2|2025', ['d'], [['m5', 'p']]],
      ['c3|2025', ['e'], [['m6', 'p']]]
    ])
    expect(books.find((b) => b.key === 'c1|2025')!.unexcusedKeys.sort()).toEqual([
      'a|2025-03-03',
      'b|2025-05-03'
    ])
    expect(await meetingRepository.unexcusedInYear(2025, ['a', 'b', 'x'])).toHaveLength(2)
  })

  it('recomputes the counts kept on the meetings it changed, and gives them a new version', async () => {
    const before = new Map((await allItems(MEETING_BOOKS)).map((m) => [m.id, m]))
    await memberRepository.removeMistake('x')
    const after = new Map((await allItems(MEETING_BOOKS)).map((m) => [m.id, m]))
    const counts = (present: number, excused: number, unexcused: number): AttendanceCounts => ({
      present,
      excused,
      unexcused,
      exempt: 0
    })
    const expected: [string, AttendanceCounts, boolean][] = [
      ['m0', counts(0, 0, 0), true],
      ['m1', counts(0, 1, 1), true],
      ['m2', counts(2, 0, 0), true],
      ['m3', counts(0, 0, 0), true],
      ['m4', counts(1, 0, 0), false],
      ['m5', counts(1, 0, 0), true],
      ['m6', counts(1, 0, 0), false],
      // No mark of his; his completion of its task went, so an editor opened on it is refused.
      ['m7', counts(1, 0, 1), true]
    ]
    for (const [id, attendance, changed] of expected) {
      expect(after.get(id)!.attendanceCounts, id).toEqual(attendance)
      expect(after.get(id)!.updatedAt !== before.get(id)!.updatedAt, id).toBe(changed)
    }
  })

  it('keeps the name where the minutes or a task name him, clearing only the link', async () => {
    await memberRepository.removeMistake('x')
    const m1After = (await meetingRepository.get('m1'))!
    expect(m1After).toMatchObject({ chairMemberId: null, chairName: NAME, secretaryMemberId: 'a' })
    expect(m1After.presentations).toEqual([{ memberId: 'a', subject: 'Phát triển kinh tế' }])
    expect(await meetingRepository.get('m5')).toMatchObject({ secretaryMemberId: null, secretaryName: NAME })
    const tasks = new Map((await allItems(TASK_LISTS)).map((t) => [t.id, t]))
    expect(tasks.get('t1')).toMatchObject({ ownerMemberId: null, ownerName: NAME })
    expect(tasks.get('t2')!.completions).toEqual([{ memberId: 'a', doneOn: '2025-05-20' }])
    expect(tasks.get('t3')!.completions).toEqual([])
    expect(tasks.get('t4')).toMatchObject({ ownerMemberId: 'a' })
  })

  it('leaves the other members’ records as they were', async () => {
    await memberRepository.removeMistake('x')
    expect((await allItems(MEMBER_REVIEW_BOOKS)).map((r) => r.id).sort()).toEqual(['2025:a', '2025:d'])
    expect((await getDb().commendations.toArray()).map((c) => c.id)).toEqual(['cm-a'])
    expect(await honoursRepository.seriouslyIll()).toEqual(['a'])
    expect((await getDb().cells.get('c1'))!.committee).toEqual([
      { memberId: 'a', role: 'secretary', from: '2020-10-01' }
    ])
    expect((await getDb().cells.get('c3'))!.updatedAt).toBe('2026-01-01T00:00:00.000Z')
  })

  it('leaves no reference the integrity check would report, and records a restore would accept', async () => {
    const missing = async () =>
      checkIntegrity(await loadIntegrityData()).filter((i) => i.kind === 'missingReference')
    expect(await missing()).toEqual([])
    await memberRepository.removeMistake('x')
    expect(await missing()).toEqual([])
    await expectSoundRecords()
  })

  it('audits the removal in one entry naming him and what went, nothing of his record', async () => {
    await memberRepository.removeMistake('x', await memberRepository.mistakeReferences('x'))
    const entries = await auditRepository.forEntity('members', 'x')
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'delete',
      summary:
        'Xóa hồ sơ tạo nhầm: Lê Văn Nhầm (cùng 2 sự kiện, điểm danh ở 5 buổi sinh hoạt, 1 tham luận trong biên bản, ' +
        'đánh dấu hoàn thành ở 2 nhiệm vụ, kết quả xếp loại 2 năm (2024, 2025), 1 đề nghị khen thưởng, ' +
        '1 đề nghị tặng Huy hiệu Đảng, 1 quyết định tặng Huy hiệu Đảng, 2 chức vụ trong chi ủy; ' +
        'giữ tên ở: chủ trì/thư ký 2 buổi sinh hoạt, người thực hiện 1 nhiệm vụ)'
    })
    expect(entries[0].before).toBeUndefined()
    expect(await auditRepository.verifyChain()).toMatchObject({ breaks: [] })
  })
})

describe('memberRepository.removeMistake refuses, writing nothing', () => {
  const unchanged = async (work: () => Promise<unknown>, error: unknown) => {
    const before = await rowsOfDatabase(getDb())
    await expect(work()).rejects.toThrow(error as Error)
    const after = await rowsOfDatabase(getDb())
    for (const table of getDb().tables.map((t) => t.name)) expect(after(table), table).toEqual(before(table))
  }

  it('while a locked review year holds his result', async () => {
    await getDb().reviewYears.update(2024, { finalized: 1 })
    expect((await memberRepository.mistakeReferences('x'))?.lockedYears).toEqual([2024])
    await unchanged(() => memberRepository.removeMistake('x'), 'Kết quả xếp loại năm 2024 đã khóa')
  })

  it('when what it finds is not what the confirmation showed (marked in another window since)', async () => {
    const shown = (await memberRepository.mistakeReferences('x'))!
    const m8 = meeting('m8', { cellId: 'c2', date: '2025-09-05' })
    await meetingRepository.save({ meeting: m8, marks: [mark(m8, 'd'), mark(m8, 'x')], tasks: [] })
    await unchanged(() => memberRepository.removeMistake('x', shown), StaleRecordError)
  })
})

it('finds his marks in a cell his record was corrected away from ("Sửa chi bộ ghi nhầm")', async () => {
  await cellRepository.bulkSave([cell('c4')])
  await memberRepository.save(member('y', { fullName: 'Đỗ Văn Ý', cellId: 'c4' }))
  await memberRepository.addEvent(memberEvent('adm-y', 'y', 'admission', '1995-05-01', { cellId: 'c4' }))
  const m9 = meeting('m9', { cellId: 'c4', date: '2025-10-05' })
  await meetingRepository.save({ meeting: m9, marks: [mark(m9, 'y', 'unexcused')], tasks: [] })
  const stored = (await memberRepository.get('y'))!
  await memberRepository.save({ ...stored, cellId: 'c1' }, { newCell: 'correction' })
  expect((await memberRepository.events('y')).map((e) => e.cellId)).toEqual(['c1'])

  expect((await memberRepository.mistakeReferences('y'))?.markedMeetings).toBe(1)
  await memberRepository.removeMistake('y')
  expect(await meetingRepository.attendance('m9')).toEqual([])
  expect((await meetingRepository.get('m9'))!.attendanceCounts).toEqual({
    present: 0,
    excused: 0,
    unexcused: 0,
    exempt: 0
  })
  expect(await meetingRepository.unexcusedInYear(2025, ['y'])).toEqual([])
})

it('reads only the attendance, meeting and task books of the cells his record and history name', async () => {
  const read: string[] = []
  const db = getDb()
  for (const table of [db.attendanceBooks, db.meetingBooks])
    table.hook('reading', (book: { key: string }) => {
      read.push(`${table.name} ${book.key}`)
      return book
    })
  db.taskLists.hook('reading', (list) => {
    read.push(`taskLists ${list.cellId}`)
    return list
  })
  await memberRepository.mistakeReferences('x')
  // c3 (where he never was) is not opened: no roll, meeting or task of it is read.
  expect(read.sort()).toEqual([
    'attendanceBooks c1|2023',
    'attendanceBooks c1|2024',
    'attendanceBooks c1|2025',
    'attendanceBooks c2|2025',
    'meetingBooks c1|2023',
    'meetingBooks c1|2024',
    'meetingBooks c1|2025',
    'meetingBooks c2|2025',
    'taskLists c1',
    'taskLists c2'
  ])
})

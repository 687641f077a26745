import { describe, expect, it } from 'vitest'
import type { Cell, Meeting, MeetingTask, Member } from '@renderer/domain/entities'
import { complianceGrid } from '@renderer/domain/meetings/compliance'
import { getDb } from '../database'
import { useTestDb } from '../testing/testDb'
import { meetingRepository, type MeetingSaveInput } from './meetingRepository'
import { cellBookRepository } from './cellBookRepository'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { cellRepository } from './cellRepository'
import { memberRepository } from './memberRepository'
import { reviewRepository } from './reviewRepository'
import { rulesRepository } from './rulesRepository'
import { closeTask } from '@renderer/domain/meetings/tasks'
import { profileForYear } from '@renderer/domain/rules/profiles'
import { copyProfile } from '@renderer/domain/rules/profileEdit'
import {
  T,
  cell as cellOf,
  mark,
  marksFor,
  meeting as meetingOf,
  member as memberOf,
  task
} from '@renderer/testing/factories'

const cell = (id: string, name: string): Cell => cellOf(id, { name })
const meeting = (id: string, cellId: string, date: string, extra: Partial<Meeting> = {}): Meeting =>
  meetingOf(id, { cellId, date, ...extra })
const member = (id: string, fullName: string, cellId: string): Member => memberOf(id, { fullName, cellId })

useTestDb()

/** A new version gets a later `updatedAt`: saves a millisecond apart are told apart. */
const later = () => new Promise((r) => setTimeout(r, 2))
/** The error a save was refused with, or null when it was not. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e
  )

describe('meetingRepository.save', () => {
  it.each([
    ['before the cell was founded', { foundedOn: '2026-04-01' }, '2026-03-03', 'thành lập ngày 01/04/2026'],
    [
      'on the day the cell was merged',
      { status: 'merged' as const, closedOn: '2026-03-03', mergedIntoId: 'kp2' },
      '2026-03-03',
      'đã hợp nhất vào Chi bộ Khu phố 2 ngày 03/03/2026: buổi sinh hoạt từ ngày này ghi cho Chi bộ Khu phố 2'
    ]
  ])(
    'refuses a meeting dated %s, whichever way it comes in: nothing written',
    async (_, life, date, said) => {
      await cellRepository.bulkSave([
        { ...cell('kp1', 'Chi bộ Khu phố 1'), ...life },
        cell('kp2', 'Chi bộ Khu phố 2')
      ])
      await expect(
        meetingRepository.save({ meeting: meeting('m1', 'kp1', date), marks: [], tasks: [] })
      ).rejects.toThrow(said)
      expect(await meetingRepository.get('m1')).toBeUndefined()
    }
  )

  it('saves the meeting, its marks and tasks together, caches the counts and writes the audit log', async () => {
    const m = meeting('m1', 'kp1', '2026-03-03')
    const marks = Array.from({ length: 100 }, (_, i) =>
      mark(m, `p${i}`, i < 90 ? 'present' : i < 95 ? 'excused' : 'unexcused')
    )
    await meetingRepository.save({ meeting: m, marks, tasks: [task('t1', m)] })
    const saved = await meetingRepository.get('m1')
    expect(saved?.attendanceCounts).toEqual({ present: 90, excused: 5, unexcused: 5, exempt: 0 })
    expect(await meetingRepository.attendance('m1')).toStrictEqual(
      [...marks].sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
    )
    // Stored as ONE sheet in the cell's attendance book of the year (schema v3), its unexcused keys
    // on the book for the absence index.
    const books = await getDb().attendanceBooks.toArray()
    expect(books.map((b) => [b.key, b.sheets.length])).toEqual([['kp1|2026', 1]])
    expect(books[0].unexcusedKeys).toHaveLength(5)
    expect(await meetingRepository.tasksOf('m1')).toHaveLength(1)
    // The meeting's form opens with all three in one call.
    expect(await meetingRepository.minutes('m1')).toStrictEqual({
      meeting: saved,
      marks: await meetingRepository.attendance('m1'),
      tasks: await meetingRepository.tasksOf('m1')
    })
    expect(await meetingRepository.minutes('none')).toBeUndefined()
    const audit = await getDb().auditLog.toArray()
    expect(audit.map((a) => [a.action, a.summary])).toEqual([
      ['create', 'Ghi sinh hoạt thường kỳ ngày 03/03/2026']
    ])
  })

  it('saves a month of meetings of several cells in one transaction, keeping each meeting’s tasks (Ghi cả tháng)', async () => {
    await cellRepository.bulkSave([cell('kp1', 'Khu phố 1'), cell('kp2', 'Khu phố 2')])
    const a = meeting('a', 'kp1', '2026-03-03')
    const b = meeting('b', 'kp2', '2026-03-05')
    await meetingRepository.save({ meeting: a, marks: [mark(a, 'x', 'present')], tasks: [task('t', a)] })
    const saved = await meetingRepository.saveKeepingTasks([
      { meeting: a, marks: [mark(a, 'x', 'unexcused')] },
      { meeting: b, marks: [mark(b, 'y', 'present')] }
    ])
    expect(saved.map((m) => m.id)).toEqual(['a', 'b'])
    expect((await meetingRepository.attendance('a')).map((m) => m.status)).toEqual(['unexcused'])
    expect(await meetingRepository.tasksOf('a')).toHaveLength(1)
    expect(await meetingRepository.get('b')).toMatchObject({ cellId: 'kp2', date: '2026-03-05' })
  })

  it('replaces marks and tasks removed from the form, and updates carried tasks', async () => {
    const jan = meeting('jan', 'kp1', '2026-01-03')
    await meetingRepository.save({ meeting: jan, marks: [], tasks: [task('old', jan)] })
    const m = meeting('m1', 'kp1', '2026-02-03')
    await meetingRepository.save({
      meeting: m,
      marks: [mark(m, 'a', 'present'), mark(m, 'b', 'present')],
      tasks: [task('t1', m), task('t2', m)]
    })
    await meetingRepository.save({
      meeting: m,
      marks: [mark(m, 'a', 'unexcused')],
      tasks: [task('t2', m)],
      carried: [task('old', jan, { status: 'done', closedOn: '2026-02-03', closedAtMeetingId: 'm1' })]
    })
    expect((await meetingRepository.attendance('m1')).map((x) => [x.memberId, x.status])).toEqual([
      ['a', 'unexcused']
    ])
    expect(await meetingRepository.attendance('jan')).toEqual([])
    expect((await getDb().attendanceBooks.get('kp1|2026'))?.sheets.map((s) => s.meetingId)).toEqual(['m1'])
    expect((await meetingRepository.tasksOf('m1')).map((t) => t.id)).toEqual(['t2'])
    expect((await meetingRepository.tasksOf('jan')).find((t) => t.id === 'old')?.status).toBe('done')
    expect((await getDb().auditLog.toArray()).map((a) => a.action)).toEqual(['create', 'create', 'update'])
  })

  it('writes nothing when a mark belongs to another meeting', async () => {
    const m = meeting('m1', 'kp1', '2026-03-03')
    const wrong = { ...mark(m, 'a', 'present'), date: '2026-03-04' }
    await expect(meetingRepository.save({ meeting: m, marks: [wrong], tasks: [] })).rejects.toThrow(
      'Điểm danh không khớp'
    )
    expect(await getDb().meetingBooks.count()).toBe(0)
  })

  it('leaves the database as it was when the transaction fails midway', async () => {
    const m = meeting('m1', 'kp1', '2026-03-03')
    await meetingRepository.save({ meeting: m, marks: [mark(m, 'a', 'present')], tasks: [] })
    // A task without a primary key makes bulkPut fail after the marks were written.
    const broken = { ...task('x', m), id: undefined as unknown as string }
    await expect(
      meetingRepository.save({
        meeting: { ...m, place: 'Nhà văn hóa' },
        marks: [mark(m, 'b', 'present')],
        tasks: [broken]
      })
    ).rejects.toThrow()
    expect((await meetingRepository.attendance('m1')).map((x) => x.memberId)).toEqual(['a'])
    expect((await meetingRepository.get('m1'))?.place).toBeUndefined()
  })

  it('deleting a meeting removes its marks and tasks and reopens what it had closed', async () => {
    const jan = meeting('jan', 'kp1', '2026-01-03')
    const feb = meeting('feb', 'kp1', '2026-02-03')
    await meetingRepository.save({
      meeting: jan,
      marks: [mark(jan, 'a', 'present')],
      tasks: [task('t', jan)]
    })
    await meetingRepository.save({
      meeting: feb,
      marks: [mark(feb, 'a', 'present')],
      tasks: [task('f', feb)],
      carried: [task('t', jan, { status: 'done', closedOn: '2026-02-03', closedAtMeetingId: 'feb' })]
    })
    await meetingRepository.remove('feb')
    expect(await meetingRepository.get('feb')).toBeUndefined()
    expect(await meetingRepository.attendance('feb')).toEqual([])
    expect((await getDb().attendanceBooks.get('kp1|2026'))?.sheets.map((s) => s.meetingId)).toEqual(['jan'])
    expect(await meetingRepository.attendance('jan')).toHaveLength(1)
    const tasks = (await getDb().taskLists.get('kp1'))?.tasks ?? []
    expect(tasks.map((t) => [t.id, t.status])).toEqual([['t', 'open']])
  })

  it('a meeting whose date moves to another year moves with its marks to that year’s books', async () => {
    const m = meeting('m1', 'kp1', '2026-01-03')
    const other = meeting('m2', 'kp1', '2026-02-03')
    await meetingRepository.save({ meeting: other, marks: [mark(other, 'b', 'present')], tasks: [] })
    await meetingRepository.save({ meeting: m, marks: [mark(m, 'a', 'unexcused')], tasks: [task('t1', m)] })
    const moved = { ...m, date: '2025-12-27' }
    await meetingRepository.save({
      meeting: moved,
      marks: [mark(moved, 'a', 'unexcused')],
      tasks: [task('t1', moved)]
    })
    expect((await meetingRepository.list({ year: 2026 })).map((x) => x.id)).toEqual(['m2'])
    expect((await meetingRepository.list({ year: 2025 })).map((x) => x.id)).toEqual(['m1'])
    expect((await getDb().meetingBooks.get('kp1|2026'))?.meetingIds).toEqual(['m2'])
    expect((await getDb().attendanceBooks.get('kp1|2026'))?.sheets.map((s) => s.meetingId)).toEqual(['m2'])
    expect((await getDb().attendanceBooks.get('kp1|2026'))?.unexcusedKeys).toEqual([])
    expect(await meetingRepository.attendance('m1')).toEqual([
      expect.objectContaining({ memberId: 'a', date: '2025-12-27' })
    ])
    expect(await meetingRepository.unexcusedInYear(2025, ['a'])).toEqual([
      { memberId: 'a', date: '2025-12-27', status: 'unexcused' }
    ])
    expect(await meetingRepository.unexcusedInYear(2026, ['a'])).toEqual([])
    expect((await meetingRepository.tasksOf('m1')).map((t) => t.id)).toEqual(['t1'])
  })

  it('keeps a cell’s meetings of a year in one row, and its sheets in one more (schema v3 books)', async () => {
    const jan = meeting('jan', 'kp1', '2026-01-03')
    const feb = meeting('feb', 'kp1', '2026-02-03')
    const other = meeting('o', 'kp2', '2026-02-03')
    await meetingRepository.bulkSave(
      [jan, feb, other],
      [mark(jan, 'a', 'present'), mark(feb, 'a', 'present'), mark(other, 'b', 'present')]
    )
    expect((await getDb().meetingBooks.toArray()).map((b) => [b.key, b.meetingIds.length])).toEqual([
      ['kp1|2026', 2],
      ['kp2|2026', 1]
    ])
    expect(await getDb().attendanceBooks.count()).toBe(2)
  })
})

describe('meetingRepository reads', () => {
  it('lists by cell and year, newest first', async () => {
    await meetingRepository.bulkSave([
      meeting('a', 'kp1', '2026-01-03'),
      meeting('b', 'kp1', '2026-02-03'),
      meeting('c', 'kp2', '2026-02-03'),
      meeting('d', 'kp1', '2025-12-03')
    ])
    expect((await meetingRepository.list({ year: 2026, cellId: 'kp1' })).map((m) => m.id)).toEqual(['b', 'a'])
    expect((await meetingRepository.list({ year: 2026 })).map((m) => m.id).sort()).toEqual(['a', 'b', 'c'])
  })

  it('carries open tasks of the cell to its next meeting', async () => {
    const jan = meeting('jan', 'kp1', '2026-01-03')
    const other = meeting('o', 'kp2', '2026-01-03')
    await meetingRepository.bulkSave(
      [jan, other],
      [],
      [task('open', jan), task('done', jan, { status: 'done' }), task('x', other)]
    )
    expect((await meetingRepository.carriedTasks('kp1', '2026-02-03')).map((t) => t.id)).toEqual(['open'])
    expect((await meetingRepository.openTasks('kp1')).map((t) => t.id)).toEqual(['open'])
  })

  it('finds unexcused absences of a year by member (index) and for everyone (via cached counts)', async () => {
    const a = meeting('a', 'kp1', '2026-01-03')
    const b = meeting('b', 'kp1', '2026-02-03')
    const old = meeting('old', 'kp1', '2025-12-03')
    await meetingRepository.bulkSave(
      [a, b, old],
      [
        ...marksFor(a, { x: 'unexcused', y: 'present' }),
        ...marksFor(b, { x: 'unexcused', y: 'excused' }),
        ...marksFor(old, { x: 'unexcused' })
      ]
    )
    expect((await meetingRepository.get('a'))?.attendanceCounts).toEqual({
      present: 1,
      excused: 0,
      unexcused: 1,
      exempt: 0
    })
    const byMember = await meetingRepository.unexcusedInYear(2026, ['x', 'y'])
    expect(byMember.map((m) => m.date).sort()).toEqual(['2026-01-03', '2026-02-03'])
    const all = await meetingRepository.unexcusedInYear(2026)
    expect(all.map((m) => `${m.memberId}@${m.date}`).sort()).toEqual(['x@2026-01-03', 'x@2026-02-03'])
  })

  it('reads a sheet where several of the asked members were absent once, and only their marks', async () => {
    const a = meeting('a', 'kp1', '2026-04-03')
    const marks = [mark(a, 'x', 'unexcused'), mark(a, 'y', 'unexcused'), mark(a, 'z', 'unexcused')]
    await meetingRepository.save({ meeting: a, marks, tasks: [] })
    const found = await meetingRepository.unexcusedInYear(2026, ['x', 'y'])
    expect(found.map((m) => m.memberId).sort()).toEqual(['x', 'y'])
    expect(await meetingRepository.unexcusedInYear(2026, [])).toEqual([])
    expect(await meetingRepository.unexcusedInYear(2025, ['x'])).toEqual([])
  })

  it('a member whose id begins another member’s id gets only their own absences', async () => {
    const a = meeting('a', 'kp1', '2026-04-03')
    await meetingRepository.save({
      meeting: a,
      marks: [mark(a, 'x', 'present'), mark(a, 'x1', 'unexcused')],
      tasks: []
    })
    expect(await meetingRepository.unexcusedInYear(2026, ['x'])).toEqual([])
    expect(await meetingRepository.unexcusedInYear(2026, ['x1'])).toEqual([
      { memberId: 'x1', date: '2026-04-03', status: 'unexcused' }
    ])
  })

  it('gives the compliance inputs of a year with the year profile', async () => {
    await getDb().cells.bulkPut([cell('kp1', 'Chi bộ Khu phố 1')])
    await meetingRepository.bulkSave([meeting('a', 'kp1', '2026-01-03'), meeting('old', 'kp1', '2024-01-03')])
    const inputs = await meetingRepository.complianceInputs(2026)
    expect(inputs.meetings.map((m) => m.id)).toEqual(['a'])
    expect(inputs.params.meetingMinMinutes).toBe(90)
    expect(inputs.sources.absenceWarningCount).toContain('Điều 8.2')
    const grid = complianceGrid(inputs.meetings, inputs.cells, 2026, inputs.params, '2026-03-15')
    expect(grid[0].months.map((m) => m.state).slice(0, 4)).toEqual(['ok', 'missed', 'pending', 'future'])
  })

  it('a copy stored before sources were asked for cites itself for a changed value, not HD 42’s 90 minutes', async () => {
    const base = profileForYear(2026)
    // Written as an older version saved it: 60 minutes, the source still HD 42's text.
    await getDb().rulesProfiles.put({
      ...copyProfile(base, 'Hướng dẫn tỉnh'),
      fromYear: 2026,
      params: { ...base.params, meetingMinMinutes: 60 }
    })
    const inputs = await meetingRepository.complianceInputs(2026)
    expect(inputs.params.meetingMinMinutes).toBe(60)
    expect(inputs.sources.meetingMinMinutes).toBe(
      'Bộ quy định “Hướng dẫn tỉnh” (giá trị đã sửa, chưa ghi văn bản căn cứ)'
    )
    expect(inputs.sources.combinedMeetingMinMinutes).toBe(base.sources.combinedMeetingMinMinutes)
  })

  it('counts compliance under the profile the year’s review recorded, not a copy made since', async () => {
    const copy = {
      ...copyProfile(profileForYear(2026), 'Hướng dẫn tỉnh: vắng 2 tháng'),
      fromYear: 2026,
      params: { ...profileForYear(2026).params, absenceWarningCount: 2 },
      sources: { ...profileForYear(2026).sources, absenceWarningCount: 'HD 05-HD/TU 2026 (vắng 2 tháng)' }
    }
    await rulesRepository.save(copy)
    // No review settings yet: the copy covering 2026 is in force.
    expect((await meetingRepository.complianceInputs(2026)).params.absenceWarningCount).toBe(2)
    // 2026 is reviewed under QĐ 366 (chosen on Đánh giá): its meetings are counted under it too.
    await reviewRepository.saveYear({
      year: 2026,
      profileId: 'qd366-2025',
      asOfDate: '2026-12-15',
      finalized: 0
    })
    expect((await meetingRepository.complianceInputs(2026)).params.absenceWarningCount).toBe(3)
  })

  it('gives the roll inputs: members of the cell now and those whose history mentions it', async () => {
    await getDb().members.bulkPut([
      member('now', 'Nguyễn Văn An', 'kp1'),
      member('left', 'Lê Thị Bình', 'kp2'),
      member('never', 'Trần Văn Cường', 'kp2')
    ])
    await memberRepository.bulkSave(
      [],
      [
        {
          id: 'e1',
          memberId: 'left',
          type: 'cellChange',
          date: '2026-02-01',
          cellId: 'kp2',
          fromCellId: 'kp1',
          createdAt: T
        },
        { id: 'e2', memberId: 'never', type: 'sickLeave', date: '2026-02-01', createdAt: T }
      ]
    )
    const { members, events } = await meetingRepository.rollInputs('kp1')
    expect(members.map((m) => m.id).sort()).toEqual(['left', 'now'])
    expect(events.map((e) => e.id)).toEqual(['e1'])
  })

  it('offers past topics then the seeds', async () => {
    await meetingRepository.bulkSave([
      meeting('a', 'kp1', '2026-01-03', { type: 'thematic', topic: 'Học tập Chỉ thị 50' })
    ])
    const topics = await meetingRepository.topicSuggestions()
    expect(topics[0]).toBe('Học tập Chỉ thị 50')
    expect(topics).toContain('Tự soi, tự sửa')
  })
})

// Two windows (two tabs of the web build) open the same minutes: a save from the version a window
// opened never silently undoes what the other saved since (README §8, domain/staleRecord.ts).
describe('two windows edit one meeting (a save never silently undoes the other window’s)', () => {
  const m = meeting('m1', 'kp1', '2026-03-03')
  /** The meeting as stored and opened by the editor: minutes read once. */
  const opened = async () => (await meetingRepository.minutes('m1'))!
  /** An editor saves the meeting as it opened it, from the version it read. */
  const saveAsOpened = (editor: Awaited<ReturnType<typeof opened>>) =>
    meetingRepository.save(
      { meeting: editor.meeting, marks: editor.marks, tasks: editor.tasks },
      { seen: editor.meeting.updatedAt }
    )
  /** The statuses on the stored sheet of m1. */
  const marksOfM1 = async () => (await meetingRepository.attendance('m1')).map((x) => x.status)
  const setUp = async () => {
    await cellRepository.bulkSave([cell('kp1', 'Chi bộ Khu phố 1')])
    await meetingRepository.save({ meeting: m, marks: [mark(m, 'a', 'present')], tasks: [task('t', m)] })
    await later()
  }

  it('refuses a save from a version another window changed since: nothing written, its attendance kept', async () => {
    await setUp()
    const windowA = await opened()
    const windowB = await opened()
    await meetingRepository.save(
      { meeting: windowA.meeting, marks: [mark(m, 'a', 'unexcused')], tasks: windowA.tasks },
      { seen: windowA.meeting.updatedAt }
    )
    const stored = await opened()
    const audit = await getDb().auditLog.count()
    await later()
    const error = await refusal(
      meetingRepository.save(
        {
          meeting: { ...windowB.meeting, place: 'Nhà văn hóa' },
          marks: [mark(m, 'a', 'excused', { reason: 'ốm' })],
          tasks: [...windowB.tasks, task('t2', m)]
        },
        { seen: windowB.meeting.updatedAt }
      )
    )
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((error as StaleRecordError).userMessage).toBe(
      'Buổi sinh hoạt ngày 03/03/2026 của Chi bộ Khu phố 1 đã được sửa ở cửa sổ khác sau khi bạn mở. Thay đổi của bạn chưa được lưu để không ghi đè lên thay đổi kia.'
    )
    // Window A's version is what is stored: meeting, sheet and tasks as it saved them.
    expect(await opened()).toStrictEqual(stored)
    expect(await marksOfM1()).toEqual(['unexcused'])
    expect(await getDb().auditLog.count()).toBe(audit)
  })

  it('saves from the current version, and the next save goes from the version it returned', async () => {
    await setUp()
    const first = await opened()
    const saved = await meetingRepository.save(
      { meeting: first.meeting, marks: [mark(m, 'a', 'excused')], tasks: first.tasks },
      { seen: first.meeting.updatedAt }
    )
    expect(saved.updatedAt).not.toBe(first.meeting.updatedAt)
    await later()
    await meetingRepository.save(
      { meeting: saved, marks: [mark(m, 'a', 'unexcused')], tasks: first.tasks },
      { seen: saved.updatedAt }
    )
    expect(await marksOfM1()).toEqual(['unexcused'])
  })

  it('refuses to bring back a meeting another window deleted', async () => {
    await setUp()
    const editor = await opened()
    await meetingRepository.remove('m1')
    await expect(saveAsOpened(editor)).rejects.toThrow(
      /^Buổi sinh hoạt ngày 03\/03\/2026 của Chi bộ Khu phố 1 đã được sửa ở cửa sổ khác/
    )
    expect(await meetingRepository.minutes('m1')).toBeUndefined()
    expect(await getDb().attendanceBooks.count()).toBe(0)
    expect(await getDb().taskLists.count()).toBe(0)
  })

  it('a new meeting (seen: null) is refused when a meeting with its id is already stored', async () => {
    await setUp()
    const stored = await opened()
    const error = await refusal(
      meetingRepository.save({ meeting: m, marks: [mark(m, 'b', 'present')], tasks: [] }, { seen: null })
    )
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((error as StaleRecordError).userMessage).toMatch(
      /^Buổi sinh hoạt ngày 03\/03\/2026 của Chi bộ Khu phố 1 đã được ghi ở cửa sổ khác sau khi bạn mở\. Thay đổi của bạn chưa được lưu/
    )
    expect(await opened()).toStrictEqual(stored)
    // A meeting that is new indeed is saved.
    const fresh = meeting('m2', 'kp1', '2026-04-03')
    await meetingRepository.save({ meeting: fresh, marks: [], tasks: [] }, { seen: null })
    expect(await meetingRepository.get('m2')).toBeDefined()
  })

  it('“Ghi cả tháng” saved from the version it loaded is refused when an editor saved the meeting since', async () => {
    await setUp()
    const loaded = await opened()
    await meetingRepository.save(
      { meeting: loaded.meeting, marks: [mark(m, 'a', 'excused')], tasks: loaded.tasks },
      { seen: loaded.meeting.updatedAt }
    )
    await later()
    await expect(
      meetingRepository.saveKeepingTasks([
        { meeting: loaded.meeting, marks: [mark(m, 'a', 'unexcused')], seen: loaded.meeting.updatedAt }
      ])
    ).rejects.toThrow(StaleRecordError)
    expect(await marksOfM1()).toEqual(['excused'])
  })

  it('“Ghi cả tháng” and the cell-book import write a new version: an editor opened before them is refused', async () => {
    await setUp()
    const beforeMonth = await opened()
    await meetingRepository.saveKeepingTasks([
      { meeting: beforeMonth.meeting, marks: [mark(m, 'a', 'excused')] }
    ])
    await expect(saveAsOpened(beforeMonth)).rejects.toThrow(StaleRecordError)
    expect(await marksOfM1()).toEqual(['excused'])

    await later()
    const beforeImport = await opened()
    // The import's planned meeting, even one carrying the version it replaces, is stamped as written.
    await cellBookRepository.importBatch([
      {
        cellId: 'kp1',
        summary: 'Nhập sổ chi bộ',
        meetings: [
          {
            meeting: beforeImport.meeting,
            marks: [mark(m, 'a', 'unexcused')],
            seen: beforeImport.meeting.updatedAt
          }
        ],
        reviews: []
      }
    ])
    await expect(saveAsOpened(beforeImport)).rejects.toThrow(StaleRecordError)
    expect(await marksOfM1()).toEqual(['unexcused'])
  })

  it('a later meeting that closes one of its tasks, or its deletion reopening it, is a new version of the meeting', async () => {
    await setUp()
    const editor = await opened()
    const apr = meeting('apr', 'kp1', '2026-04-03')
    // Carried as read, unchanged: the March meeting stays the version the editor opened.
    await meetingRepository.save(
      { meeting: apr, marks: [], tasks: [], carried: editor.tasks },
      { seen: null }
    )
    expect((await meetingRepository.get('m1'))!.updatedAt).toBe(editor.meeting.updatedAt)
    await later()
    const closed = {
      ...editor.tasks[0],
      status: 'done' as const,
      closedOn: '2026-04-03',
      closedAtMeetingId: 'apr'
    }
    const aprSaved = (await meetingRepository.get('apr'))!
    await meetingRepository.save(
      { meeting: aprSaved, marks: [], tasks: [], carried: [closed] },
      { seen: aprSaved.updatedAt }
    )
    // The editor's task list (still open) would reopen the task April closed: refused.
    await expect(saveAsOpened(editor)).rejects.toThrow(StaleRecordError)
    expect((await meetingRepository.tasksOf('m1'))[0].status).toBe('done')

    const reopened = await opened()
    await later()
    await meetingRepository.remove('apr')
    expect((await meetingRepository.tasksOf('m1'))[0].status).toBe('open')
    expect((await meetingRepository.get('m1'))!.updatedAt).not.toBe(reopened.meeting.updatedAt)
  })
})

// "Nhiệm vụ kỳ trước": the minutes of February show the tasks given in January and still open. While
// they are open in window A, window B may close a task at the March meeting or delete the January
// meeting. A's save writes only the carried tasks A changed, and only over the version A read.
describe('carried tasks: a save writes only the ones its form changed, over the version it read', () => {
  const jan = meeting('jan', 'kp1', '2026-01-06')
  const feb = meeting('feb', 'kp1', '2026-02-03')
  const mar = meeting('mar', 'kp1', '2026-03-03')
  const storedTask = async (id: string) => (await meetingRepository.tasksOf('jan')).find((t) => t.id === id)

  /** January gives T (open); February is recorded; window A opens the February minutes. */
  const windowAOpensFebruary = async () => {
    await cellRepository.bulkSave([cell('kp1', 'Chi bộ Khu phố 1')])
    await meetingRepository.save({
      meeting: jan,
      marks: [],
      tasks: [task('T', jan, { title: 'Nộp bản kiểm điểm' }), task('U', jan, { title: 'Dọn vệ sinh' })]
    })
    await meetingRepository.save({ meeting: feb, marks: [mark(feb, 'a', 'present')], tasks: [] })
    await later()
    const minutes = (await meetingRepository.minutes('feb'))!
    const carried = await meetingRepository.carriedTasks('kp1', feb.date, 'feb')
    expect(carried.map((t) => [t.id, t.status])).toEqual([
      ['U', 'open'],
      ['T', 'open']
    ])
    return { ...minutes, carried, carriedSeen: structuredClone(carried) }
  }
  /** Window B records the March meeting and ticks T done there. */
  const windowBClosesTInMarch = async () => {
    const read = await meetingRepository.carriedTasks('kp1', mar.date)
    const carried = read.map((t) => (t.id === 'T' ? closeTask(t, mar.date, 'mar') : t))
    await meetingRepository.save(
      { meeting: mar, marks: [], tasks: [], carried, carriedSeen: read },
      { seen: null }
    )
    expect(await storedTask('T')).toMatchObject({ status: 'done', closedAtMeetingId: 'mar' })
    await later()
  }
  const aFixesThePlace = (a: Awaited<ReturnType<typeof windowAOpensFebruary>>, carried = a.carried) =>
    meetingRepository.save(
      {
        meeting: { ...a.meeting, place: 'Nhà văn hóa khu phố 1' },
        marks: a.marks,
        tasks: a.tasks,
        carried,
        carriedSeen: a.carriedSeen
      },
      { seen: a.meeting.updatedAt }
    )

  it('a save that left T alone keeps its closing at a later meeting another window saved meanwhile', async () => {
    const a = await windowAOpensFebruary()
    await windowBClosesTInMarch()
    const january = (await meetingRepository.get('jan'))!
    await aFixesThePlace(a)
    expect((await meetingRepository.get('feb'))!.place).toBe('Nhà văn hóa khu phố 1')
    expect(await storedTask('T')).toMatchObject({
      status: 'done',
      closedOn: mar.date,
      closedAtMeetingId: 'mar'
    })
    // Nothing of January's was written: it is still the version March's save made.
    expect(await meetingRepository.get('jan')).toStrictEqual(january)
  })

  it('a save that changed T is refused when another window closed T meanwhile: nothing written', async () => {
    const a = await windowAOpensFebruary()
    await windowBClosesTInMarch()
    const before = {
      feb: await meetingRepository.minutes('feb'),
      jan: await meetingRepository.minutes('jan'),
      audit: await getDb().auditLog.count()
    }
    const ticked = a.carried.map((t) => (t.id === 'T' ? closeTask(t, feb.date, 'feb') : t))
    const error = await refusal(aFixesThePlace(a, ticked))
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((error as StaleRecordError).userMessage).toBe(
      'Nhiệm vụ kỳ trước “Nộp bản kiểm điểm” đã được sửa ở cửa sổ khác sau khi bạn mở. Thay đổi của bạn chưa được lưu để không ghi đè lên thay đổi kia.'
    )
    expect(await meetingRepository.minutes('feb')).toStrictEqual(before.feb)
    expect(await meetingRepository.minutes('jan')).toStrictEqual(before.jan)
    expect(await storedTask('T')).toMatchObject({ status: 'done', closedAtMeetingId: 'mar' })
    expect(await getDb().auditLog.count()).toBe(before.audit)
  })

  it('a save that changed another carried task writes it (its origin gets a new version) and leaves T as stored', async () => {
    const a = await windowAOpensFebruary()
    await windowBClosesTInMarch()
    const january = (await meetingRepository.get('jan'))!
    const closedU = a.carried.map((t) => (t.id === 'U' ? closeTask(t, feb.date, 'feb') : t))
    await aFixesThePlace(a, closedU)
    expect(await storedTask('U')).toMatchObject({ status: 'done', closedAtMeetingId: 'feb' })
    expect(await storedTask('T')).toMatchObject({ status: 'done', closedAtMeetingId: 'mar' })
    expect((await meetingRepository.get('jan'))!.updatedAt).not.toBe(january.updatedAt)
  })

  it('a carried task the form did not change is not written: a change to it in its own minutes stays', async () => {
    const a = await windowAOpensFebruary()
    // Window B edits T in the January minutes (deadline, owner).
    const b = (await meetingRepository.minutes('jan'))!
    await meetingRepository.save(
      {
        meeting: b.meeting,
        marks: b.marks,
        tasks: b.tasks.map((t) =>
          t.id === 'T' ? { ...t, deadline: '2026-02-28', ownerName: 'Lê Văn C' } : t
        )
      },
      { seen: b.meeting.updatedAt }
    )
    const january = (await meetingRepository.get('jan'))!
    await later()
    await aFixesThePlace(a)
    expect(await storedTask('T')).toMatchObject({ deadline: '2026-02-28', ownerName: 'Lê Văn C' })
    expect(await meetingRepository.get('jan')).toStrictEqual(january)
  })

  it('the January meeting deleted in another window: an untouched T is not written back, a changed one refuses the save', async () => {
    const a = await windowAOpensFebruary()
    await meetingRepository.remove('jan')
    expect(await meetingRepository.openTasks('kp1')).toEqual([])
    const ticked = a.carried.map((t) => (t.id === 'T' ? closeTask(t, feb.date, 'feb') : t))
    const before = { feb: await meetingRepository.minutes('feb'), audit: await getDb().auditLog.count() }
    await expect(aFixesThePlace(a, ticked)).rejects.toThrow(
      /^Nhiệm vụ kỳ trước “Nộp bản kiểm điểm” đã được sửa ở cửa sổ khác/
    )
    expect(await meetingRepository.minutes('feb')).toStrictEqual(before.feb)
    expect(await getDb().auditLog.count()).toBe(before.audit)
    expect(await getDb().taskLists.count()).toBe(0)

    await aFixesThePlace(a)
    expect((await meetingRepository.get('feb'))!.place).toBe('Nhà văn hóa khu phố 1')
    // No task of a meeting that no longer exists.
    expect(await getDb().taskLists.count()).toBe(0)
    expect(await meetingRepository.get('jan')).toBeUndefined()
  })

  /** Window A ticks T off at February and saves; then `again` saves once more from the same form. */
  async function aTicksTThen(
    again: (
      a: Awaited<ReturnType<typeof windowAOpensFebruary>>,
      saved: Meeting,
      ticked: MeetingTask[]
    ) => MeetingSaveInput
  ) {
    const a = await windowAOpensFebruary()
    const ticked = a.carried.map((t) => (t.id === 'T' ? closeTask(t, feb.date, 'feb') : t))
    const saved = await aFixesThePlace(a, ticked)
    await later()
    await meetingRepository.save(again(a, saved, ticked), { seen: saved.updatedAt })
  }

  it('a form saved twice from what it read once: the second save finds its own change stored, not a conflict', async () => {
    await aTicksTThen((a, saved, ticked) => ({
      meeting: { ...saved, place: 'Hội trường' },
      marks: a.marks,
      tasks: a.tasks,
      carried: ticked,
      carriedSeen: a.carriedSeen
    }))
    expect((await meetingRepository.get('feb'))!.place).toBe('Hội trường')
    expect(await storedTask('T')).toMatchObject({ status: 'done', closedAtMeetingId: 'feb' })
  })

  it('after a save, what the form sent is what it read: ticking T off again is then written', async () => {
    await aTicksTThen((a, saved, ticked) => ({
      meeting: saved,
      marks: a.marks,
      tasks: a.tasks,
      carried: a.carried,
      carriedSeen: ticked
    }))
    expect(await storedTask('T')).toMatchObject({ status: 'open' })
    expect((await storedTask('T'))!.closedAtMeetingId ?? null).toBeNull()
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AttendanceSheet, Meeting } from '@renderer/domain/entities'
import { createTestDb, setDb, type SoChiBoDatabase } from './database'
import { meeting as meetingOf } from '@renderer/testing/factories'
import {
  ATTENDANCE_BOOKS,
  MEETING_BOOKS,
  MEMBER_REVIEW_BOOKS,
  MEMBER_TIMELINES_V5,
  TIMELINES,
  bookKeyPath,
  eventsByMemberIn,
  eventsOfMembers,
  excellentReviewBooks,
  openSheet,
  pack,
  putItems,
  recordsInRow,
  removeItems,
  removeTimeline,
  reviewBookKey,
  storeSheets,
  timelineBookKey
} from './books'

let db: SoChiBoDatabase
beforeEach(() => {
  db = createTestDb()
})
afterEach(() => setDb(null))

const sheet = (marks: AttendanceSheet['marks']): AttendanceSheet => ({
  meetingId: 'm1',
  cellId: 'kp1',
  date: '2026-03-03',
  marks,
  unexcusedKeys: marks.filter((m) => m.status === 'unexcused').map((m) => `${m.memberId}|2026-03-03`)
})

describe("attendance sheets as attendance books store them (one letter per member of the book's roll)", () => {
  it.each([
    ['an empty roll', []],
    [
      'every status',
      [
        { memberId: 'a', status: 'present' as const },
        { memberId: 'b', status: 'excused' as const, reason: 'Ốm' },
        { memberId: 'c', status: 'unexcused' as const },
        { memberId: 'd', status: 'exempt' as const, reason: 'Tuổi cao, sức yếu' }
      ]
    ],
    ['a reason that is an empty string', [{ memberId: 'a', status: 'excused' as const, reason: '' }]]
  ])('%s comes back exactly', (_name, marks) => {
    const original = sheet(marks)
    const { roll, sheets } = storeSheets([original])
    expect(roll).toEqual(marks.map((m) => m.memberId))
    expect(sheets[0].statuses).toHaveLength(marks.length)
    expect(openSheet(sheets[0], { cellId: 'kp1', roll })).toStrictEqual(original)
    expect(JSON.parse(JSON.stringify(sheets))).toStrictEqual(sheets)
  })

  it('a year of meetings with members joining and leaving: each id is written once, every sheet comes back exactly', () => {
    const jan = {
      ...sheet([
        { memberId: 'an', status: 'present' },
        { memberId: 'binh', status: 'unexcused' }
      ]),
      meetingId: 'jan',
      date: '2026-01-20'
    }
    const feb = {
      ...sheet([
        { memberId: 'binh', status: 'excused', reason: 'Đi công tác' },
        { memberId: 'chi', status: 'present' }
      ]),
      meetingId: 'feb',
      date: '2026-02-20'
    }
    const mar = {
      ...sheet([{ memberId: 'chi', status: 'exempt', reason: 'Miễn sinh hoạt' }]),
      meetingId: 'mar',
      date: '2026-03-20'
    }
    const book = ATTENDANCE_BOOKS.build('kp1|2026', [jan, feb, mar])
    expect(book.roll).toEqual(['an', 'binh', 'chi'])
    expect(book.sheets.map((s) => s.statuses)).toEqual(['pu-', '-ep', '--x'])
    expect(book.sheets.map((s) => s.reasons)).toEqual([
      undefined,
      { 1: 'Đi công tác' },
      { 2: 'Miễn sinh hoạt' }
    ])
    expect(ATTENDANCE_BOOKS.itemsOf(book)).toStrictEqual(
      [jan, feb, mar].map((s) => ({
        ...s,
        unexcusedKeys: s.marks.filter((m) => m.status === 'unexcused').map((m) => `${m.memberId}|${s.date}`)
      }))
    )
  })

  it.each([
    [
      'a status the app does not know',
      [{ memberId: 'a', status: 'late' as never }],
      'Trạng thái điểm danh không hợp lệ'
    ],
    [
      'the same member twice',
      [
        { memberId: 'a', status: 'present' as const },
        { memberId: 'a', status: 'excused' as const }
      ],
      'đảng viên trùng'
    ],
    [
      'marks out of member order',
      [
        { memberId: 'b', status: 'present' as const },
        { memberId: 'a', status: 'present' as const }
      ],
      'sai thứ tự'
    ]
  ])('refuses %s (it could not come back as it was)', (_name, marks, message) => {
    expect(() => storeSheets([sheet(marks)])).toThrow(message)
  })
})

describe('putting records into books', () => {
  const T = '2026-01-01T00:00:00.000Z'
  const meeting = (id: string, cellId: string, date: string): Meeting => meetingOf(id, { cellId, date })

  it('refuses a record without an id, as IndexedDB refuses a row without its key', async () => {
    await expect(
      db.transaction('rw', db.meetingBooks, () =>
        putItems(MEETING_BOOKS, [{ ...meeting('x', 'kp1', '2026-01-03'), id: '' }])
      )
    ).rejects.toThrow('thiếu mã')
    expect(await db.meetingBooks.count()).toBe(0)
  })

  it('replaces a record of the same id, and deletes a book left empty', async () => {
    await putItems(MEETING_BOOKS, [meeting('a', 'kp1', '2026-01-03'), meeting('b', 'kp1', '2026-02-03')])
    await putItems(MEETING_BOOKS, [{ ...meeting('a', 'kp1', '2026-01-03'), place: 'Nhà văn hóa' }])
    const book = await db.meetingBooks.get('kp1|2026')
    expect(book?.meetings.map((m) => [m.id, m.place ?? null])).toEqual([
      ['b', null],
      ['a', 'Nhà văn hóa']
    ])
    await removeItems(MEETING_BOOKS, ['a', 'b'])
    expect(await db.meetingBooks.count()).toBe(0)
  })

  it('counts records per kind under the names one-row-per-record versions used', () => {
    const events = [
      { id: 'e1', memberId: 'a', type: 'admission' as const, date: '2020-01-01', createdAt: T },
      { id: 'e2', memberId: 'a', type: 'sickLeave' as const, date: '2021-01-01', createdAt: T }
    ]
    expect(recordsInRow('timelineBooks', pack(TIMELINES, events)[0])).toEqual({
      kind: 'memberEvents',
      count: 2
    })
    // A v3–v5 backup's rows count the same.
    const [v5Row] = pack(MEMBER_TIMELINES_V5, events)
    expect(recordsInRow('memberTimelines', v5Row)).toEqual({ kind: 'memberEvents', count: 2 })
    expect(recordsInRow('timelineBooks', { key: '00', timelines: 'edited' })).toEqual({
      kind: 'memberEvents',
      count: 0
    })
    expect(recordsInRow('members', { id: 'a' })).toEqual({ kind: 'members', count: 1 })
    expect(recordsInRow('meetingBooks', null)).toEqual({ kind: 'meetings', count: 0 })
    expect(bookKeyPath('memberTimelines')).toBe('memberId')
    expect(bookKeyPath('timelineBooks')).toBe('key')
    expect(bookKeyPath('members')).toBeUndefined()
  })
})

describe('timeline books: the members whose ids hash alike share one row (schema v6)', () => {
  const T = '2026-01-01T00:00:00.000Z'
  const event = (id: string, memberId: string, date = '2020-01-01') => ({
    id,
    memberId,
    type: 'admission' as const,
    date,
    createdAt: T
  })

  it('keeps a member in the same book now and in every later version (stored keys depend on it)', () => {
    const ids = ['a', 'm1', '3f2b8c1e-4f1c-4a2b-9c3d-0123456789ab']
    expect(ids.map(timelineBookKey)).toEqual(['2c', 'eb', '37'])
  })

  it('spreads 10,000 UUIDs over all 256 books, none holding more than twice its share', () => {
    const sizes = new Map<string, number>()
    for (let i = 0; i < 10_000; i++) {
      const key = timelineBookKey(crypto.randomUUID())
      sizes.set(key, (sizes.get(key) ?? 0) + 1)
    }
    expect(sizes.size).toBe(256)
    expect(Math.max(...sizes.values())).toBeLessThan((2 * 10_000) / 256)
  })

  it("reads one member's events without its book-mates', and takes one timeline out leaving the others", async () => {
    // 'a' and 'x9' share no book; find a member sharing a's book so the book holds two timelines.
    const mate = Array.from({ length: 2000 }, (_, i) => `m${i}`).find(
      (id) => timelineBookKey(id) === timelineBookKey('a')
    )!
    await db.transaction('rw', db.timelineBooks, () =>
      putItems(TIMELINES, [event('e1', 'a'), event('e2', mate), event('e3', 'a', '2021-01-01')])
    )
    expect(await db.timelineBooks.count()).toBe(1)
    expect((await eventsOfMembers(['a'])).map((e) => e.id).sort()).toEqual(['e1', 'e3'])
    expect((await eventsOfMembers([mate, 'nobody'])).map((e) => e.id)).toEqual(['e2'])

    await db.transaction('rw', db.timelineBooks, () => removeTimeline('a'))
    expect(await eventsOfMembers(['a'])).toEqual([])
    expect((await eventsOfMembers([mate])).map((e) => e.id)).toEqual(['e2'])
    await db.transaction('rw', db.timelineBooks, () => removeTimeline(mate))
    expect(await db.timelineBooks.count()).toBe(0)
  })

  it('gives every member its own events, grouped (loadYear)', () => {
    const books = pack(TIMELINES, [event('e1', 'a'), event('e2', 'b'), event('e3', 'a')])
    const byMember = eventsByMemberIn(books)
    expect([...byMember.keys()].sort()).toEqual(['a', 'b'])
    expect(byMember.get('a')!.map((e) => e.id)).toEqual(['e1', 'e3'])
    expect(byMember.get('b')).toStrictEqual([event('e2', 'b')])
  })
})

describe('review books: the xuất sắc decisions of a cell’s year are kept apart (schema v6)', () => {
  const T = '2026-01-01T00:00:00.000Z'
  const review = (memberId: string, decision?: 'excellent' | 'good', year = 2025) => ({
    id: `${year}:${memberId}`,
    year,
    memberId,
    cellId: 'kp1',
    ...(decision ? { decision } : {}),
    updatedAt: T
  })
  const keys = async () => (await db.memberReviewBooks.toArray()).map((b) => [b.key, b.reviewIds])

  it.each([
    [2025, 'kp1', false, '2025|kp1'],
    [2025, 'kp1', true, '2025|x|kp1'],
    [2024, '3f2b8c1e-4f1c-4a2b-9c3d-0123456789ab', true, '2024|x|3f2b8c1e-4f1c-4a2b-9c3d-0123456789ab']
  ])('keeps a review of %i, cell %s, xuất sắc %s in book %s', (year, cellId, excellent, key) => {
    expect(reviewBookKey(year, cellId, excellent)).toBe(key)
    const [from, to] = excellentReviewBooks(year)
    expect(key >= from && key < to).toBe(excellent)
  })

  it('moves a review between the two books when its decision changes, deleting a book left empty', async () => {
    const write = (items: ReturnType<typeof review>[]) =>
      db.transaction('rw', db.memberReviewBooks, () => putItems(MEMBER_REVIEW_BOOKS, items))
    await write([review('a', 'good'), review('b')])
    expect(await keys()).toEqual([['2025|kp1', ['2025:a', '2025:b']]])
    await write([review('a', 'excellent')])
    expect(await keys()).toEqual([
      ['2025|kp1', ['2025:b']],
      ['2025|x|kp1', ['2025:a']]
    ])
    await write([review('a', 'good'), review('b', 'excellent')])
    expect(await keys()).toEqual([
      ['2025|kp1', ['2025:a']],
      ['2025|x|kp1', ['2025:b']]
    ])
    await write([review('b', 'good')])
    expect(await keys()).toEqual([['2025|kp1', ['2025:a', '2025:b']]])
  })

  it("a year's xuất sắc range holds neither the next year's nor the other reviews", async () => {
    await db.transaction('rw', db.memberReviewBooks, () =>
      putItems(MEMBER_REVIEW_BOOKS, [
        review('a', 'excellent', 2024),
        review('b', 'good', 2024),
        review('c', 'excellent', 2025),
        review('d', 'excellent', 2023)
      ])
    )
    const [from, to] = excellentReviewBooks(2024)
    const books = await db.memberReviewBooks.where(':id').between(from, to).toArray()
    expect(books.flatMap(MEMBER_REVIEW_BOOKS.itemsOf)).toStrictEqual([review('a', 'excellent', 2024)])
  })
})

import { describe, expect, it } from 'vitest'
import type { AttendanceMark, Meeting, MemberReview } from '@renderer/domain/entities'
import { marksFor, storedMeeting } from '@renderer/testing/roundtripBooks'
import { getDb } from '../database'
import { useTestDb } from '../testing/testDb'
import { cellBookRepository } from './cellBookRepository'
import { meetingRepository } from './meetingRepository'
import { reviewRepository } from './reviewRepository'
import { isStaleRecordError } from '@renderer/domain/staleRecord'

const T = '2026-01-01T00:00:00.000Z'
const meeting = (id: string, cellId: string, date: string): Meeting => storedMeeting(id, date, { cellId })
const mark = (m: Meeting, memberId: string, status: AttendanceMark['status']): AttendanceMark =>
  marksFor(m, { [memberId]: status })[0]
const review = (memberId: string, cellId: string, score: number): MemberReview => ({
  id: `2026:${memberId}`,
  year: 2026,
  memberId,
  cellId,
  score,
  updatedAt: T
})

useTestDb()

describe('cellBookRepository.importBatch', () => {
  it('writes every cell’s meetings, marks and reviews in one go, with one audit line per cell and one per rating changed', async () => {
    const a = meeting('a', 'kp1', '2026-02-03')
    const b = meeting('b', 'kp2', '2026-02-04')
    await cellBookRepository.importBatch([
      {
        cellId: 'kp1',
        summary: 'Nhập sổ chi bộ KP1',
        meetings: [{ meeting: a, marks: [mark(a, 'x', 'present'), mark(a, 'y', 'unexcused')] }],
        reviews: [review('x', 'kp1', 90)]
      },
      { cellId: 'kp2', summary: 'Nhập sổ chi bộ KP2', meetings: [{ meeting: b, marks: [] }], reviews: [] }
    ])
    expect((await meetingRepository.attendance('a')).map((m) => [m.memberId, m.status])).toEqual([
      ['x', 'present'],
      ['y', 'unexcused']
    ])
    expect(await meetingRepository.get('b')).toMatchObject({ cellId: 'kp2' })
    expect(await meetingRepository.unexcusedInYear(2026, ['y'])).toEqual([
      { memberId: 'y', date: '2026-02-03', status: 'unexcused' }
    ])
    expect((await reviewRepository.memberReviews(2026)).map((r) => [r.memberId, r.score])).toEqual([
      ['x', 90]
    ])
    expect(
      (await getDb().auditLog.toArray()).map((e) => [e.entity, e.entityId, e.action, e.summary])
    ).toEqual([
      ['memberReviews', '2026:x', 'create', 'x (2026): điểm — → 90'],
      ['cellBooks', 'kp1', 'import', 'Nhập sổ chi bộ KP1'],
      ['cellBooks', 'kp2', 'import', 'Nhập sổ chi bộ KP2']
    ])
    const period = await cellBookRepository.periodMeetings('2026-02-01', '2026-02-03')
    expect(period.meetings.map((m) => m.id)).toEqual(['a'])
    expect(period.marks.get('a')).toHaveLength(2)
  })

  it('replaces a meeting’s marks when it comes back changed', async () => {
    const a = meeting('a', 'kp1', '2026-02-03')
    await meetingRepository.save({ meeting: a, marks: [mark(a, 'x', 'present')], tasks: [] })
    await cellBookRepository.importBatch([
      {
        cellId: 'kp1',
        summary: 's',
        meetings: [{ meeting: { ...a, topic: 't' }, marks: [mark(a, 'x', 'excused')] }],
        reviews: []
      }
    ])
    expect((await meetingRepository.attendance('a')).map((m) => m.status)).toEqual(['excused'])
    expect((await meetingRepository.get('a'))?.topic).toBe('t')
  })

  it('writes nothing at all when one review’s year is locked', async () => {
    await reviewRepository.saveYear({ year: 2026, profileId: 'p', asOfDate: '2026-12-15', finalized: 0 })
    await reviewRepository.finalize(2026)
    const a = meeting('a', 'kp1', '2026-02-03')
    await expect(
      cellBookRepository.importBatch([
        {
          cellId: 'kp1',
          summary: 's',
          meetings: [{ meeting: a, marks: [] }],
          reviews: [review('x', 'kp1', 50)]
        }
      ])
    ).rejects.toThrow('Kết quả năm 2026 đã khóa')
    expect(await meetingRepository.get('a')).toBeUndefined()
    expect(await reviewRepository.memberReviews(2026)).toEqual([])
  })

  it('writes nothing at all when a meeting or review was saved elsewhere since the preview', async () => {
    const a = meeting('a', 'kp1', '2026-02-03')
    const stored = await meetingRepository.save({ meeting: a, marks: [], tasks: [] })
    const [x] = await reviewRepository.saveMemberReviews([review('x', 'kp1', 60)])
    const fresh = meeting('b', 'kp1', '2026-02-10')
    const batch = (meetingSeen: string | null, reviewSeen: string | null) =>
      cellBookRepository.importBatch([
        {
          cellId: 'kp1',
          summary: 's',
          meetings: [
            { meeting: fresh, marks: [], seen: null },
            { meeting: { ...stored, topic: 't' }, marks: [], seen: meetingSeen }
          ],
          reviews: [{ ...x, score: 95 }],
          reviewsSeen: new Map([[x.id, reviewSeen]])
        }
      ])
    const logged = (await getDb().auditLog.toArray()).length
    await expect(batch('older', x.updatedAt)).rejects.toSatisfy(isStaleRecordError)
    await expect(batch(stored.updatedAt, null)).rejects.toSatisfy(isStaleRecordError)
    expect(await meetingRepository.get('b')).toBeUndefined()
    expect((await meetingRepository.get('a'))?.topic).toBeUndefined()
    expect((await reviewRepository.memberReviews(2026)).map((r) => r.score)).toEqual([60])
    expect(await getDb().auditLog.toArray()).toHaveLength(logged)
    await batch(stored.updatedAt, x.updatedAt)
    expect((await meetingRepository.get('a'))?.topic).toBe('t')
    expect((await reviewRepository.memberReviews(2026)).map((r) => r.score)).toEqual([95])
  })

  it('writes nothing at all when a new meeting’s twin (same cell, date and type) was written elsewhere since the preview', async () => {
    await meetingRepository.save({ meeting: meeting('z', 'kp1', '2026-02-10'), marks: [], tasks: [] })
    const fresh = meeting('b', 'kp1', '2026-02-10')
    const other = meeting('c', 'kp1', '2026-02-12')
    const logged = (await getDb().auditLog.toArray()).length
    const refused = cellBookRepository.importBatch([
      {
        cellId: 'kp1',
        summary: 's',
        meetings: [
          { meeting: other, marks: [], seen: null },
          { meeting: fresh, marks: [], seen: null }
        ],
        reviews: []
      }
    ])
    await expect(refused).rejects.toSatisfy(isStaleRecordError)
    await expect(refused).rejects.toThrow(
      'Buổi sinh hoạt thường kỳ ngày 10/02/2026 của chi bộ đã được ghi ở cửa sổ khác'
    )
    expect(await meetingRepository.get('b')).toBeUndefined()
    expect(await meetingRepository.get('c')).toBeUndefined()
    expect(await getDb().auditLog.toArray()).toHaveLength(logged)
  })

  it('still writes a new meeting beside a stored one of another type or cell, or at the date this batch moves the stored one from', async () => {
    const stored = await meetingRepository.save({
      meeting: meeting('z', 'kp1', '2026-02-10'),
      marks: [],
      tasks: []
    })
    await cellBookRepository.importBatch([
      {
        cellId: 'kp1',
        summary: 's',
        meetings: [
          { meeting: { ...stored, date: '2026-02-11' }, marks: [], seen: stored.updatedAt },
          { meeting: meeting('b', 'kp1', '2026-02-10'), marks: [], seen: null },
          { meeting: { ...meeting('c', 'kp1', '2026-02-10'), type: 'thematic' }, marks: [], seen: null }
        ],
        reviews: []
      },
      {
        cellId: 'kp2',
        summary: 's',
        meetings: [{ meeting: meeting('d', 'kp2', '2026-02-11'), marks: [], seen: null }],
        reviews: []
      }
    ])
    expect((await meetingRepository.list({ year: 2026 })).map((m) => [m.id, m.date, m.type]).sort()).toEqual([
      ['b', '2026-02-10', 'regular'],
      ['c', '2026-02-10', 'thematic'],
      ['d', '2026-02-11', 'regular'],
      ['z', '2026-02-11', 'regular']
    ])
  })
})

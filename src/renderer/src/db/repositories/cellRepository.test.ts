import { getDb } from '../database'
import { useTestDb } from '../testing/testDb'
import { cellRepository } from './cellRepository'
import { memberRepository } from './memberRepository'
import { meetingRepository } from './meetingRepository'
import type { Cell, Member } from '@renderer/domain/entities'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import {
  cell as cellOf,
  meeting as meetingOf,
  member as memberOf,
  memberEvent
} from '@renderer/testing/factories'

const cell = (id: string, name: string): Cell => cellOf(id, { name })
const member = (id: string, cellId: string, extra: Partial<Member> = {}): Member =>
  memberOf(id, { cellId, admissionDate: '2000-01-01', officialDate: '2001-01-01', ...extra })

useTestDb()

describe('cellRepository', () => {
  it('merges two cells into one: members move with a dated cellChange event; the old cell stays readable', async () => {
    await cellRepository.bulkSave([cell('a', 'KDC 1'), cell('b', 'KDC 2'), cell('t', 'KDC 1-2')])
    await memberRepository.bulkSave([
      member('1', 'a'),
      member('2', 'b'),
      member('3', 'a', { status: 'deceased' })
    ])
    await memberRepository.addEvent({
      id: 'd',
      memberId: '3',
      type: 'death',
      date: '2020-01-01',
      createdAt: ''
    })
    const { moved } = await cellRepository.merge(['a', 'b'], 't', '2025-07-01', '15-QĐ/ĐU')
    expect(moved).toBe(2)
    const db = getDb()
    expect((await db.members.get('1'))!.cellId).toBe('t')
    expect((await db.members.get('2'))!.cellId).toBe('t')
    // A member who died stays in the old cell's history.
    expect((await db.members.get('3'))!.cellId).toBe('a')
    const events = await memberRepository.events('1')
    expect(events.find((e) => e.type === 'cellChange')).toMatchObject({
      date: '2025-07-01',
      fromCellId: 'a',
      cellId: 't',
      decisionNumber: '15-QĐ/ĐU'
    })
    expect(await cellRepository.get('a')).toMatchObject({
      status: 'merged',
      closedOn: '2025-07-01',
      mergedIntoId: 't',
      name: 'KDC 1'
    })
    expect((await db.auditLog.toArray()).at(-1)!.summary).toBe(
      'Hợp nhất KDC 1, KDC 2 vào KDC 1-2 (2 đảng viên)'
    )
  })

  it('merges into a new cell in the same transaction: a merge that fails leaves no new cell behind', async () => {
    await cellRepository.bulkSave([cell('a', 'KDC 1'), cell('b', 'KDC 2')])
    await memberRepository.bulkSave([member('1', 'a'), member('2', 'b')])
    await expect(cellRepository.merge(['a', 'missing'], cell('n', 'KDC mới'), '2025-07-01')).rejects.toThrow(
      /Không tìm thấy chi bộ/
    )
    expect(await cellRepository.get('n')).toBeUndefined()
    const { moved } = await cellRepository.merge(['a', 'b'], cell('n', 'KDC mới'), '2025-07-01')
    expect(moved).toBe(2)
    expect((await getDb().members.get('1'))!.cellId).toBe('n')
    expect((await getDb().auditLog.toArray()).map((a) => a.summary)).toEqual([
      'Thêm chi bộ KDC mới',
      'Hợp nhất KDC 1, KDC 2 vào KDC mới (2 đảng viên)'
    ])
  })

  it('refuses to merge a cell into itself, changing nothing', async () => {
    await cellRepository.bulkSave([cell('a', 'KDC 1')])
    await memberRepository.bulkSave([member('1', 'a')])
    await expect(cellRepository.merge(['a'], 'a', '2025-07-01')).rejects.toThrow(/không được là một trong/)
    expect((await cellRepository.get('a'))!.status).toBe('active')
  })

  it('dissolves an empty cell, and refuses while members are active in it', async () => {
    await cellRepository.bulkSave([cell('a', 'KDC 1'), cell('b', 'KDC 2')])
    await memberRepository.bulkSave([member('1', 'a')])
    await expect(cellRepository.dissolve('a', '2025-01-01')).rejects.toThrow(/còn 1 đảng viên/)
    expect(await cellRepository.dissolve('b', '2025-01-01')).toMatchObject({
      status: 'dissolved',
      closedOn: '2025-01-01'
    })
  })

  it('saveWithAudit records creation then edits', async () => {
    await cellRepository.saveWithAudit(cell('a', 'KDC 1'))
    await cellRepository.saveWithAudit({ ...cell('a', 'KDC 1'), meetingDay: 3 })
    expect((await getDb().auditLog.toArray()).map((a) => a.summary)).toEqual([
      'Thêm chi bộ KDC 1',
      'Sửa chi bộ KDC 1'
    ])
  })
})

// A merge closes its cells on its date: a member whose history brings him into one of them after
// that date would be replayed back into a closed cell, and counted as moved. Such a merge is refused.
describe('a backdated merge is refused when a member came into the merged cell after its date', () => {
  const setUp = async () => {
    await cellRepository.bulkSave([cell('a', 'Chi bộ A'), cell('b', 'Chi bộ B'), cell('t', 'Chi bộ T')])
    await memberRepository.bulkSave([
      member('1', 'b', { fullName: 'Nguyễn Văn Ân' }),
      member('2', 'a', { fullName: 'Trần Thị Bình' })
    ])
  }
  /** Nothing written: the cells, the members, their events and the log as they were. */
  const unchanged = async (before: { audit: number; events: number }) => {
    expect((await cellRepository.get('a'))!.status).toBe('active')
    expect(await cellRepository.get('n')).toBeUndefined()
    expect((await getDb().members.toArray()).map((m) => [m.id, m.cellId]).sort()).toEqual([
      ['1', 'a'],
      ['2', 'a']
    ])
    expect((await memberRepository.allEvents()).length).toBe(before.events)
    expect(await getDb().auditLog.count()).toBe(before.audit)
  }
  const counts = async () => ({
    audit: await getDb().auditLog.count(),
    events: (await memberRepository.allEvents()).length
  })

  it('moved B → A on 01/09/2025, A merged into T on 01/07/2025: refused, naming him, nothing changed', async () => {
    await setUp()
    await memberRepository.addEvent(
      memberEvent('mv', '1', 'cellChange', '2025-09-01', { fromCellId: 'b', cellId: 'a' })
    )
    const before = await counts()
    await expect(cellRepository.merge(['a'], 't', '2025-07-01')).rejects.toThrow(
      'Không hợp nhất: đảng viên Nguyễn Văn Ân có sự kiện “Chuyển chi bộ trong Đảng bộ” vào Chi bộ A ngày 01/09/2025, sau ngày hợp nhất 01/07/2025.'
    )
    await unchanged(before)
    await expect(cellRepository.merge(['a'], cell('n', 'Chi bộ mới'), '2025-07-01')).rejects.toThrow(
      /^Không hợp nhất: đảng viên Nguyễn Văn Ân/
    )
    await unchanged(before)
  })

  it('admitted into A on 01/09/2025, A merged on 01/07/2025: refused, nothing changed', async () => {
    await setUp()
    await memberRepository.bulkSave([
      member('1', 'a', { fullName: 'Nguyễn Văn Ân', admissionDate: '2025-09-01', officialDate: null })
    ])
    await memberRepository.addEvent(memberEvent('adm', '1', 'admission', '2025-09-01', { cellId: 'a' }))
    const before = await counts()
    await expect(cellRepository.merge(['a'], 't', '2025-07-01')).rejects.toThrow(
      'Không hợp nhất: đảng viên Nguyễn Văn Ân có sự kiện “Kết nạp vào Đảng” vào Chi bộ A ngày 01/09/2025, sau ngày hợp nhất 01/07/2025.'
    )
    await unchanged(before)
  })

  it('the same history and a merge dated after it: the member moves to T', async () => {
    await setUp()
    await memberRepository.addEvent(
      memberEvent('mv', '1', 'cellChange', '2025-09-01', { fromCellId: 'b', cellId: 'a' })
    )
    expect(await cellRepository.merge(['a'], 't', '2025-10-01')).toEqual({ moved: 2 })
    expect((await getDb().members.get('1'))!.cellId).toBe('t')
  })
})

// A closed cell holds no meeting from its closing day on (domain/meetings/cellLife.ts): a merge or
// a dissolution dated on or before a meeting the cell already held would leave that meeting in no
// month. Refused, naming the meeting, with nothing written.
describe('a merge or a dissolution dated before a meeting the cell held is refused', () => {
  it('A met on 10/08/2025: merging or dissolving it on 01/07/2025 changes nothing; on 11/08/2025 it does', async () => {
    await cellRepository.bulkSave([cell('a', 'Chi bộ A'), cell('t', 'Chi bộ T')])
    await memberRepository.bulkSave([member('1', 'a', { fullName: 'Nguyễn Văn Ân' })])
    await meetingRepository.bulkSave([meetingOf('m1', { cellId: 'a', date: '2025-08-10' })])
    await expect(cellRepository.merge(['a'], cell('n', 'Chi bộ mới'), '2025-07-01')).rejects.toThrow(
      /^Không hợp nhất: Chi bộ A đã có buổi sinh hoạt ngày 10\/08\/2025, từ ngày hợp nhất 01\/07\/2025 trở đi/
    )
    expect(await getDb().auditLog.count()).toBe(0)
    await memberRepository.addEvent(memberEvent('d', '1', 'death', '2025-06-01'))
    const audit = await getDb().auditLog.count()
    await expect(cellRepository.dissolve('a', '2025-07-01')).rejects.toThrow(
      /^Không giải thể: Chi bộ A đã có buổi sinh hoạt ngày 10\/08\/2025/
    )
    expect((await cellRepository.get('a'))!.status).toBe('active')
    expect(await cellRepository.get('n')).toBeUndefined()
    expect(await getDb().auditLog.count()).toBe(audit)
    expect(await cellRepository.dissolve('a', '2025-08-11')).toMatchObject({ status: 'dissolved' })
  })
})

// "Sửa chi bộ" open in two windows: a save from the version a window opened never silently undoes
// what the other saved, merged or dissolved since (README §8, domain/staleRecord.ts).
describe('two windows edit one cell (a save never silently undoes the other window’s)', () => {
  /** A new version gets a later `updatedAt`: saves a millisecond apart are told apart. */
  const later = () => new Promise((r) => setTimeout(r, 2))
  const setUp = async () => {
    await cellRepository.saveWithAudit(cell('a', 'Chi bộ Khu phố 1'), { seen: null })
    await later()
    return (await cellRepository.get('a'))!
  }

  it('refuses a save from a version another window changed since: nothing written, its change kept', async () => {
    const opened = await setUp()
    const seat = { memberId: '1', role: 'secretary' as const, from: '2025-01-01', to: null }
    await cellRepository.saveWithAudit({ ...opened, committee: [seat] }, { seen: opened.updatedAt })
    const stored = (await cellRepository.get('a'))!
    const audit = await getDb().auditLog.count()
    await later()
    const error = await cellRepository
      .saveWithAudit({ ...opened, meetingDay: 5, trackedFrom: '2025-01-01' }, { seen: opened.updatedAt })
      .then(
        () => null,
        (e: unknown) => e
      )
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((error as StaleRecordError).userMessage).toBe(
      'Thông tin của Chi bộ Khu phố 1 đã được sửa ở cửa sổ khác sau khi bạn mở. Thay đổi của bạn chưa được lưu để không ghi đè lên thay đổi kia.'
    )
    expect(await cellRepository.get('a')).toStrictEqual(stored)
    expect(stored.committee).toEqual([seat])
    expect(await getDb().auditLog.count()).toBe(audit)
  })

  it('saves from the current version, stamping a new one the next save goes from', async () => {
    const opened = await setUp()
    const saved = await cellRepository.saveWithAudit({ ...opened, meetingDay: 3 }, { seen: opened.updatedAt })
    expect(saved.updatedAt).not.toBe(opened.updatedAt)
    await later()
    await cellRepository.saveWithAudit({ ...saved, meetingDay: 4 }, { seen: saved.updatedAt })
    expect((await cellRepository.get('a'))!.meetingDay).toBe(4)
  })

  it('a new cell (seen: null) is refused when a cell with its id is already stored', async () => {
    const stored = await setUp()
    await expect(cellRepository.saveWithAudit(cell('a', 'Chi bộ khác'), { seen: null })).rejects.toThrow(
      /^Thông tin của Chi bộ Khu phố 1 đã được sửa ở cửa sổ khác/
    )
    expect(await cellRepository.get('a')).toStrictEqual(stored)
  })

  it('a form opened before a merge or a dissolution is refused: the closed cell is not reopened', async () => {
    const merged = await setUp()
    await cellRepository.bulkSave([cell('b', 'Chi bộ Khu phố 2'), cell('t', 'Chi bộ Khu phố 1-2')])
    const dissolved = (await cellRepository.get('b'))!
    await later()
    await cellRepository.merge(['a'], 't', '2025-07-01')
    await cellRepository.dissolve('b', '2025-07-01')
    await expect(
      cellRepository.saveWithAudit({ ...merged, meetingDay: 3 }, { seen: merged.updatedAt })
    ).rejects.toThrow(StaleRecordError)
    await expect(
      cellRepository.saveWithAudit({ ...dissolved, meetingDay: 3 }, { seen: dissolved.updatedAt })
    ).rejects.toThrow(StaleRecordError)
    expect((await cellRepository.get('a'))!.status).toBe('merged')
    expect((await cellRepository.get('b'))!.status).toBe('dissolved')
  })
})

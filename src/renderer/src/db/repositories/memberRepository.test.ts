import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, getDb, setDb } from '../database'
import { timelineBookKey } from '../books'
import { memberRepository } from './memberRepository'
import type { Member, MemberEvent } from '@renderer/domain/entities'
import { StaleRecordError } from '@renderer/domain/staleRecord'

const base: Member = {
  id: 'm1',
  fullName: 'Nguyễn Văn Ân',
  gender: 'male',
  admissionDate: '2020-03-10',
  officialDate: '2021-03-10',
  cellId: 'c1',
  status: 'probationary',
  active: 0,
  searchText: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

/** A life event that changes no state (a commendation), for the import tests. */
const event: MemberEvent = {
  id: 'e1',
  memberId: 'm1',
  type: 'commendation',
  date: '2024-05-01',
  createdAt: '2024-05-01T00:00:00.000Z'
}

beforeEach(() => {
  createTestDb()
})
afterEach(() => setDb(null))

describe('memberRepository', () => {
  it('derives status, active flag and search text when saving', async () => {
    const saved = await memberRepository.save(base)
    expect(saved.status).toBe('official')
    expect(saved.active).toBe(1)
    expect(saved.searchText).toContain('nguyen van an')
  })

  it('re-derives the state from a new life event and writes the status change to the audit log', async () => {
    await memberRepository.save(base)
    const after = await memberRepository.addEvent({
      id: 'e1',
      memberId: 'm1',
      type: 'transferOut',
      date: '2024-05-01',
      transferKind: 'permanent',
      place: 'Đảng bộ phường Bắc Sơn',
      createdAt: '2024-05-01T00:00:00.000Z'
    })
    expect(after.status).toBe('transferredOut')
    expect(after.active).toBe(0)
    const audit = await getDb().auditLog.toArray()
    // The new record (by name), the event, then the status change.
    expect(audit.map((e) => e.summary)).toEqual([
      'Thêm hồ sơ đảng viên Nguyễn Văn Ân',
      'Nguyễn Văn Ân: chuyển sinh hoạt đi ngày 01/05/2024',
      'Nguyễn Văn Ân: Chính thức → Đã chuyển đi'
    ])
  })

  it('writes nothing when the event names an unknown member', async () => {
    await expect(
      memberRepository.addEvent({
        id: 'e1',
        memberId: 'nope',
        type: 'death',
        date: '2024-05-01',
        createdAt: ''
      })
    ).rejects.toThrow('Không tìm thấy đảng viên')
    expect(await getDb().timelineBooks.count()).toBe(0)
  })
})

describe('a corrected admission or official date takes its decision along (never left on the typo)', () => {
  const decision = (id: string, type: MemberEvent['type'], date: string): MemberEvent => ({
    id,
    memberId: 'm1',
    type,
    date,
    createdAt: '2020-03-10T00:00:00.000Z'
  })
  // Entered with 10/03/2020 by mistake for 10/03/2019: the form wrote the admission event then too.
  const typo = async () => {
    await memberRepository.save(base)
    await memberRepository.addEvent(decision('adm', 'admission', '2020-03-10'))
    await memberRepository.addEvent(decision('off', 'official', '2021-03-10'))
    await memberRepository.addEvent(decision('other', 'commendation', '2020-03-10'))
  }
  const dates = async () =>
    Object.fromEntries((await memberRepository.events('m1')).map((e) => [e.id, e.date]))

  it('in the form: the admission event moves to the corrected date, and the log says so', async () => {
    await typo()
    const saved = await memberRepository.save({ ...base, admissionDate: '2019-03-10' })
    expect(await dates()).toEqual({ adm: '2019-03-10', off: '2021-03-10', other: '2020-03-10' })
    expect(saved.status).toBe('official')
    const log = (await getDb().auditLog.toArray()).map((e) => e.summary)
    expect(log).toContain('Nguyễn Văn Ân: kết nạp vào đảng ngày 10/03/2020 → 10/03/2019 (theo hồ sơ)')
  })

  it('in an import: the official event moves with the file’s corrected date', async () => {
    await typo()
    await memberRepository.importBatch({
      cells: [],
      members: [{ ...base, officialDate: '2021-04-10' }],
      events: [],
      summary: 'Nhập thử'
    })
    expect(await dates()).toEqual({ adm: '2020-03-10', off: '2021-04-10', other: '2020-03-10' })
    const log = (await getDb().auditLog.toArray()).map((e) => e.summary)
    expect(log).toContain(
      'Nhập từ Excel: Nguyễn Văn Ân: công nhận đảng viên chính thức ngày 10/03/2021 → 10/04/2021 (theo hồ sơ)'
    )
  })
})

describe('importBatch writes nothing over what is stored (docs/design.md §8)', () => {
  it('adds the events of an existing member to its timeline, keeping the ones stored', async () => {
    await memberRepository.save(base)
    await memberRepository.addEvent({ ...event, id: 'e-stored' })
    await memberRepository.importBatch({
      cells: [],
      members: [{ ...base, occupation: 'Giáo viên' }],
      events: [{ ...event, id: 'e-imported', date: '2024-06-01' }],
      summary: 'Nhập thử'
    })
    expect((await memberRepository.events('m1')).map((e) => e.id)).toEqual(['e-stored', 'e-imported'])
  })

  it('refuses a new member whose id already has a timeline, and writes nothing', async () => {
    const orphan = { key: timelineBookKey('m1'), timelines: [{ memberId: 'm1', events: [] }] }
    await getDb().timelineBooks.put(orphan)
    await expect(
      memberRepository.importBatch({ cells: [], members: [base], events: [event], summary: 'Nhập thử' })
    ).rejects.toThrow('Mã đảng viên m1 chưa có hồ sơ nhưng đã có quá trình lưu sẵn')
    expect(await getDb().members.count()).toBe(0)
    expect(await getDb().timelineBooks.get(orphan.key)).toEqual(orphan)
    expect(await getDb().auditLog.count()).toBe(0)
  })
})

describe('text on every write (docs/design.md §4: invisible characters removed, lengths limited)', () => {
  it('saves a name without zero-width or direction-changing characters', async () => {
    const saved = await memberRepository.save({
      ...base,
      fullName: '\u202ENguyễn\u200B Văn Ân\u202C',
      note: 'a\uFEFFb'
    })
    expect(saved.fullName).toBe('Nguyễn Văn Ân')
    expect((await memberRepository.get('m1'))!.note).toBe('ab')
  })

  it('cleans an import batch too (the import code needs nothing of its own)', async () => {
    await memberRepository.importBatch({
      cells: [],
      members: [{ ...base, id: 'm9', fullName: 'Trần\u2066 Thị\u2069 Bình' }],
      events: [],
      summary: 'Nhập thử'
    })
    expect((await memberRepository.get('m9'))!.fullName).toBe('Trần Thị Bình')
  })

  it('refuses a name over 100 characters and writes nothing', async () => {
    await expect(memberRepository.save({ ...base, fullName: 'A'.repeat(101) })).rejects.toThrow(
      'Họ và tên dài 101 ký tự, quá giới hạn 100 ký tự.'
    )
    expect(await getDb().members.count()).toBe(0)
  })
})

describe('two windows edit one member (a save never silently undoes the other window’s)', () => {
  it('refuses a save made from a version another window has changed since, keeping that change', async () => {
    const stored = await memberRepository.save(base)
    // Both windows open the record as stored.
    const windowA = { ...stored }
    const windowB = { ...stored }
    await new Promise((r) => setTimeout(r, 2))
    await memberRepository.save(
      { ...windowA, phone: '0912345678', updatedAt: new Date().toISOString() },
      { seen: windowA.updatedAt }
    )
    const error = await memberRepository
      .save({ ...windowB, address: 'Tổ 5', updatedAt: new Date().toISOString() }, { seen: windowB.updatedAt })
      .then(
        () => null,
        (e: unknown) => e
      )
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((error as StaleRecordError).userMessage).toMatch(
      /^Hồ sơ của Nguyễn Văn Ân đã được sửa ở cửa sổ khác/
    )
    const now = (await memberRepository.get('m1'))!
    expect(now.phone).toBe('0912345678')
    expect(now.address).toBeUndefined()
  })

  it('saves when nothing changed in between, and the next save goes from the new version', async () => {
    const stored = await memberRepository.save(base)
    const first = await memberRepository.save({ ...stored, phone: '1' }, { seen: stored.updatedAt })
    await memberRepository.save({ ...first, phone: '2', updatedAt: 'later' }, { seen: first.updatedAt })
    expect((await memberRepository.get('m1'))!.phone).toBe('2')
  })

  it('refuses to bring back a member another window deleted', async () => {
    const stored = await memberRepository.save(base)
    await memberRepository.removeMistake('m1')
    await expect(
      memberRepository.save({ ...stored, phone: '1' }, { seen: stored.updatedAt })
    ).rejects.toThrow(StaleRecordError)
    expect(await memberRepository.get('m1')).toBeUndefined()
  })
})

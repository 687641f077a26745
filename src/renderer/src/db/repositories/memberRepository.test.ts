import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, getDb, setDb } from '../database'
import { timelineBookKey } from '../books'
import { memberRepository } from './memberRepository'
import type { Member, MemberEvent } from '@renderer/domain/entities'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { addDays, formatDate, todayIso } from '@renderer/domain/dates'
import { memberStateOn } from '@renderer/domain/memberState'
import { IMPORT_DAY_NOTE_END } from '@renderer/domain/members/importRows'

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

/** A life event of m1 on 01/05/2024 that changes no state (a commendation); tests override its type, date… */
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
      ...event,
      type: 'transferOut',
      transferKind: 'permanent',
      place: 'Đảng bộ phường Bắc Sơn'
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

  it('stores a kỷ luật khai trừ as the expulsion it is: the member leaves the đảng số that day (Điều lệ Điều 10)', async () => {
    await memberRepository.save(base)
    const after = await memberRepository.addEvent({
      ...event,
      type: 'discipline',
      disciplineLevel: 'expulsion',
      decisionNumber: '15-QĐ/UBKT'
    })
    expect([after.status, after.active]).toEqual(['expelled', 0])
    const [stored] = await memberRepository.events('m1')
    expect(stored).toMatchObject({ type: 'expulsion', decisionNumber: '15-QĐ/UBKT' })
    expect(stored.disciplineLevel).toBeUndefined()
  })

  // The form checks an event against the history it read; the write asks again against what is
  // stored then: another window may have recorded the death in between.
  it.each<[string, Partial<MemberEvent>, string]>([
    [
      'a day that is not real',
      { type: 'commendation', date: '2024-02-30' },
      'Ngày "2024-02-30" không phải ngày có thật.'
    ],
    [
      'a day still ahead',
      { type: 'commendation', date: addDays(todayIso(), 1) },
      'chưa đến: không ghi sự kiện trước.'
    ],
    [
      'a transfer after the death another window recorded',
      { type: 'transferOut', date: '2024-06-01', transferKind: 'permanent', place: 'Phường Bắc Sơn' },
      'Đồng chí đã từ trần ngày 01/05/2024: không ghi được sự kiện sau ngày này.'
    ]
  ])('refuses %s and writes nothing', async (_l, refused, message) => {
    await memberRepository.save(base)
    await memberRepository.addEvent({ ...event, id: 'death', type: 'death' })
    const audit = await getDb().auditLog.count()
    await expect(memberRepository.addEvent({ ...event, id: 'e2', ...refused })).rejects.toThrow(message)
    expect((await memberRepository.events('m1')).map((e) => e.id)).toEqual(['death'])
    expect(await getDb().auditLog.count()).toBe(audit)
  })

  it('an event saved again under its id (its date corrected) is checked against the rest, not against itself', async () => {
    await memberRepository.save(base)
    await memberRepository.addEvent({ ...event, id: 'death', type: 'death', date: '2024-05-01' })
    await memberRepository.addEvent({ ...event, id: 'death', type: 'death', date: '2024-04-01' })
    expect((await memberRepository.events('m1')).map((e) => [e.id, e.date])).toEqual([
      ['death', '2024-04-01']
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

// "Thêm đảng viên" records the new member with his admission and official decisions: one write, so a
// failure leaves no member without his decisions behind a message saying nothing changed.
describe('a new member and his first decisions are written together', () => {
  const decisions = (note = ''): MemberEvent[] => [
    { id: 'a', memberId: 'm1', type: 'admission', date: '2000-01-01', cellId: 'c1', createdAt: '' },
    {
      id: 'o',
      memberId: 'm1',
      type: 'official',
      date: '2001-01-01',
      createdAt: '',
      ...(note ? { note } : {})
    }
  ]
  it('the record, its events and their log entries in one save', async () => {
    const saved = await memberRepository.save(base, { seen: null, events: decisions() })
    expect(saved.status).toBe('official')
    expect((await memberRepository.events('m1')).map((e) => e.type)).toEqual(['admission', 'official'])
    expect((await getDb().auditLog.toArray()).map((e) => e.summary)).toEqual([
      'Thêm hồ sơ đảng viên Nguyễn Văn Ân',
      'Nguyễn Văn Ân: kết nạp vào đảng ngày 01/01/2000',
      'Nguyễn Văn Ân: công nhận đảng viên chính thức ngày 01/01/2001'
    ])
  })
  it('an event that cannot be stored: neither the record nor any event is written', async () => {
    await expect(
      memberRepository.save(base, { seen: null, events: decisions('x'.repeat(100_000)) })
    ).rejects.toThrow(/quá giới hạn/)
    expect(await getDb().members.count()).toBe(0)
    expect(await memberRepository.events('m1')).toEqual([])
    expect(await getDb().auditLog.count()).toBe(0)
  })
})

it('temporaryStays gives the whole history of the members who came for a stay, and nobody else’s', async () => {
  await memberRepository.save(base)
  await memberRepository.save({ ...base, id: 'm2', fullName: 'Trần Văn Khách' })
  await memberRepository.addEvent({ ...event, id: 'c1', memberId: 'm1' })
  await memberRepository.addEvent({ ...event, id: 'c2', memberId: 'm2' })
  await memberRepository.addEvent({
    ...event,
    id: 'in',
    memberId: 'm2',
    type: 'transferIn',
    transferKind: 'temporary',
    date: '2026-03-01',
    endDate: '2026-12-31'
  })
  const stays = await memberRepository.temporaryStays()
  expect([...stays.keys()]).toEqual(['m2'])
  expect(
    stays
      .get('m2')!
      .map((e) => e.id)
      .sort()
  ).toEqual(['c2', 'in'])
  expect(stays.get('m2')!.every((e) => e.memberId === 'm2')).toBe(true)
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

// A change of cell on an existing member is a move (Chuyển chi bộ): a dated cellChange event in the
// save's transaction, so the new cell holds from that day and the meeting rolls before it keep the old.
describe('a new cell on an existing member is recorded as a move, never dropped nor back-dated', () => {
  const today = todayIso()
  const yesterday = addDays(today, -1)
  const decision = (id: string, type: MemberEvent['type'], date: string, extra: Partial<MemberEvent> = {}) =>
    ({ id, memberId: 'm1', type, date, createdAt: '2020-03-10T00:00:00.000Z', ...extra }) as MemberEvent
  /** The member as the form or the import created him: his admission event carries his cell. */
  const admitted = async () => {
    await memberRepository.save(base)
    await memberRepository.addEvent(decision('adm', 'admission', '2020-03-10', { cellId: 'c1' }))
    return memberRepository.addEvent(decision('off', 'official', '2021-03-10'))
  }
  const moveOf = async () => (await memberRepository.events('m1')).find((e) => e.type === 'cellChange')
  /** An import whose file puts the stored member in cell B, read from the version stored. */
  const importIntoCellB = (stored: Member, newCell?: 'move' | 'correction') =>
    memberRepository.importBatch({
      cells: [],
      members: [{ ...stored, cellId: 'B' }],
      events: [],
      summary: 'Nhập thử',
      seen: new Map([['m1', stored.updatedAt]]),
      newCell
    })

  it('Sửa hồ sơ: the member is in the new cell from today, in the old one before, and the log says so', async () => {
    const opened = await admitted()
    const saved = await memberRepository.save({ ...opened, cellId: 'c2' }, { seen: opened.updatedAt })
    expect(saved.cellId).toBe('c2')
    expect((await memberRepository.get('m1'))!.cellId).toBe('c2')
    expect(await moveOf()).toMatchObject({ type: 'cellChange', date: today, fromCellId: 'c1', cellId: 'c2' })
    const events = await memberRepository.events('m1')
    expect(memberStateOn(saved, events, yesterday).cellId).toBe('c1')
    expect(memberStateOn(saved, events, '2023-05-01').cellId).toBe('c1')
    const log = await getDb().auditLog.toArray()
    expect(log.map((e) => e.summary)).toContain(
      `Nguyễn Văn Ân: chuyển chi bộ trong đảng bộ ngày ${formatDate(today)}`
    )
    expect(log.at(-1)).toMatchObject({ before: { cellId: 'c1' }, after: { cellId: 'c2' } })
  })

  it('Sửa hồ sơ on an old record with no event: the rolls before today keep the old cell', async () => {
    const opened = await memberRepository.save({ ...base, admissionDate: null })
    const saved = await memberRepository.save({ ...opened, cellId: 'c2' }, { seen: opened.updatedAt })
    expect(saved.cellId).toBe('c2')
    const events = await memberRepository.events('m1')
    expect(memberStateOn(saved, events, yesterday).cellId).toBe('c1')
    expect(memberStateOn(saved, events, today).cellId).toBe('c2')
  })

  it('Sửa hồ sơ, "chi bộ cũ ghi nhầm": no move; he is in the new cell on every date, the log says why', async () => {
    const opened = await admitted()
    const saved = await memberRepository.save(
      { ...opened, cellId: 'c2' },
      { seen: opened.updatedAt, newCell: 'correction' }
    )
    expect(saved.cellId).toBe('c2')
    expect(await moveOf()).toBeUndefined()
    const events = await memberRepository.events('m1')
    expect(events.find((e) => e.type === 'admission')).toMatchObject({ cellId: 'c2' })
    expect(memberStateOn(saved, events, '2020-06-01').cellId).toBe('c2')
    expect(memberStateOn(saved, events, yesterday).cellId).toBe('c2')
    const log = (await getDb().auditLog.toArray()).map((e) => e.summary)
    expect(log).toContain(
      'Nguyễn Văn Ân: sửa chi bộ ghi nhầm (1 sự kiện trong quá trình sinh hoạt đảng sửa theo)'
    )
  })

  it('"chi bộ cũ ghi nhầm" is refused once the history holds a move, writing nothing', async () => {
    const opened = await admitted()
    const moved = await memberRepository.addEvent(
      decision('mv', 'cellChange', '2024-01-01', { fromCellId: 'c1', cellId: 'c3' })
    )
    await expect(
      memberRepository.save({ ...moved, cellId: 'c2' }, { seen: moved.updatedAt, newCell: 'correction' })
    ).rejects.toThrow(/Không sửa được chi bộ ghi nhầm của Nguyễn Văn Ân/)
    expect((await memberRepository.get('m1'))!.cellId).toBe('c3')
    expect((await memberRepository.events('m1')).find((e) => e.type === 'admission')?.cellId).toBe('c1')
    expect(opened.cellId).toBe('c1')
  })

  it('a save that keeps the cell records no move', async () => {
    const opened = await admitted()
    await memberRepository.save({ ...opened, phone: '0912' }, { seen: opened.updatedAt })
    expect(await moveOf()).toBeUndefined()
  })

  it('refuses a move out of order with one already recorded today, writing nothing', async () => {
    await memberRepository.save(base)
    const opened = await memberRepository.addEvent(
      decision('mv', 'cellChange', today, { fromCellId: 'c1', cellId: 'c2' })
    )
    await expect(
      memberRepository.save({ ...opened, cellId: 'c3' }, { seen: opened.updatedAt })
    ).rejects.toThrow(
      `Không đổi chi bộ của Nguyễn Văn Ân: quá trình sinh hoạt đảng đã có sự kiện “Chuyển chi bộ trong Đảng bộ” ngày ${formatDate(today)}`
    )
    expect((await memberRepository.get('m1'))!.cellId).toBe('c2')
    expect((await memberRepository.events('m1')).map((e) => e.id)).toEqual(['mv'])
  })

  it('Excel import: the file’s new cell is a move dated the import day, noted so, and the log says so', async () => {
    await importIntoCellB(await admitted())
    const now = (await memberRepository.get('m1'))!
    expect(now.cellId).toBe('B')
    const move = await moveOf()
    expect(move).toMatchObject({ date: today, fromCellId: 'c1', cellId: 'B' })
    expect(move!.note!.endsWith(IMPORT_DAY_NOTE_END)).toBe(true)
    expect(memberStateOn(now, await memberRepository.events('m1'), yesterday).cellId).toBe('c1')
    const log = (await getDb().auditLog.toArray()).map((e) => e.summary)
    expect(log).toContain(
      `Nhập từ Excel: Nguyễn Văn Ân: chuyển chi bộ trong đảng bộ ngày ${formatDate(today)}`
    )
    expect(log).toContain('Nhập từ Excel: sửa hồ sơ Nguyễn Văn Ân')
  })

  it('Excel import, "chi bộ trong sổ ghi nhầm": no move; the history follows the file’s cell, the log says why', async () => {
    await importIntoCellB(await admitted(), 'correction')
    const now = (await memberRepository.get('m1'))!
    expect(now.cellId).toBe('B')
    expect(await moveOf()).toBeUndefined()
    const events = await memberRepository.events('m1')
    expect(events.filter((e) => e.type === 'admission')).toEqual([expect.objectContaining({ cellId: 'B' })])
    expect(memberStateOn(now, events, '2020-06-01').cellId).toBe('B')
    const log = (await getDb().auditLog.toArray()).map((e) => e.summary)
    expect(log).toContain(
      'Nhập từ Excel: Nguyễn Văn Ân: sửa chi bộ ghi nhầm (1 sự kiện trong quá trình sinh hoạt đảng sửa theo)'
    )
  })

  it('Excel import, "ghi nhầm" on a member whose history holds a move: the whole batch is refused, nothing written', async () => {
    await admitted()
    const moved = await memberRepository.addEvent(
      decision('mv', 'cellChange', '2024-01-01', { fromCellId: 'c1', cellId: 'c3' })
    )
    const audit = await getDb().auditLog.count()
    await expect(
      memberRepository.importBatch({
        cells: [],
        members: [{ ...moved, cellId: 'B' }],
        events: [],
        summary: 'Nhập thử',
        newCell: 'correction'
      })
    ).rejects.toThrow(/Không sửa được chi bộ ghi nhầm của Nguyễn Văn Ân/)
    expect((await memberRepository.get('m1'))!.cellId).toBe('c3')
    expect((await memberRepository.events('m1')).find((e) => e.type === 'admission')?.cellId).toBe('c1')
    expect(await getDb().auditLog.count()).toBe(audit)
  })

  it('Excel import of an old record with no event: moved from the import day, the rolls before keep the old cell', async () => {
    const stored = await memberRepository.save({ ...base, admissionDate: null })
    await memberRepository.importBatch({
      cells: [],
      members: [{ ...stored, cellId: 'B' }],
      events: [],
      summary: 'Nhập thử'
    })
    const now = (await memberRepository.get('m1'))!
    expect(now.cellId).toBe('B')
    const events = await memberRepository.events('m1')
    expect(memberStateOn(now, events, yesterday).cellId).toBe('c1')
    expect(memberStateOn(now, events, today).cellId).toBe('B')
  })
})

// Removing an event entered by mistake takes back what recording it did to the record.
describe('removeEvent: the record no longer keeps what the removed event put on it', () => {
  it('a mistaken official event: the officialDate it set is cleared, the member is probationary again', async () => {
    await memberRepository.save({ ...base, officialDate: null })
    const saved = await memberRepository.addEvent({
      ...event,
      id: 'off',
      type: 'official',
      date: '2026-01-05'
    })
    // What MemberDetailPage does after recording the event: the record's date follows it.
    await memberRepository.save({ ...saved, officialDate: '2026-01-05' })
    expect((await memberRepository.get('m1'))!.status).toBe('official')
    const after = await memberRepository.removeEvent('m1', 'off')
    expect(after).toMatchObject({ status: 'probationary', officialDate: null })
    expect(await memberRepository.get('m1')).toMatchObject({ status: 'probationary', officialDate: null })
    const log = await getDb().auditLog.toArray()
    expect(log.at(-1)).toMatchObject({
      action: 'update',
      before: { officialDate: '2026-01-05', status: 'official' },
      after: { officialDate: null, status: 'probationary' }
    })
  })

  it('an official event on another date than the record’s leaves the record’s date alone', async () => {
    await memberRepository.save(base)
    await memberRepository.addEvent({ ...event, id: 'off', type: 'official', date: '2026-01-05' })
    const after = await memberRepository.removeEvent('m1', 'off')
    expect(after).toMatchObject({ officialDate: '2021-03-10', status: 'official' })
  })

  it('an admission event: the record keeps its own admission date', async () => {
    await memberRepository.save(base)
    await memberRepository.addEvent({
      ...event,
      id: 'adm',
      type: 'admission',
      date: '2020-03-10',
      cellId: 'c1'
    })
    const after = await memberRepository.removeEvent('m1', 'adm')
    expect(after).toMatchObject({ admissionDate: '2020-03-10', status: 'official', active: 1 })
  })

  it('a mistaken move of a member with no admission event: he is back in the cell it left', async () => {
    await memberRepository.save({ ...base, admissionDate: null, cellId: 'A' })
    const moved = await memberRepository.addEvent({
      ...event,
      id: 'mv',
      type: 'cellChange',
      date: '2025-05-01',
      fromCellId: 'A',
      cellId: 'B'
    })
    expect(moved.cellId).toBe('B')
    const after = await memberRepository.removeEvent('m1', 'mv')
    expect(after!.cellId).toBe('A')
    expect((await memberRepository.get('m1'))!.cellId).toBe('A')
    expect((await getDb().auditLog.toArray()).at(-1)).toMatchObject({
      before: { cellId: 'B' },
      after: { cellId: 'A' }
    })
  })

  it('a mistaken move followed by a later one: the later move still says the cell', async () => {
    await memberRepository.save({ ...base, admissionDate: null, cellId: 'A' })
    const move = (id: string, date: string, fromCellId: string, cellId: string) =>
      memberRepository.addEvent({ ...event, id, type: 'cellChange', date, fromCellId, cellId })
    await move('mv1', '2025-05-01', 'A', 'B')
    await move('mv2', '2025-08-01', 'B', 'C')
    expect((await memberRepository.removeEvent('m1', 'mv1'))!.cellId).toBe('C')
  })
})

// Khen thưởng's writes: nothing is overwritten silently (docs/design.md §8), and a decision's date is
// one that can be (not in the future; a commendation for a year not decided before that year).
import { describe, expect, it } from 'vitest'
import { useTestDb } from '../testing/testDb'
import { honoursRepository } from './honoursRepository'
import { memberRepository } from './memberRepository'
import { auditRepository } from './auditRepository'
import { member } from '@renderer/testing/reviewFactories'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { addDays, todayIso } from '@renderer/domain/dates'
import type { Badge, Commendation } from '@renderer/domain/entities'

useTestDb()

const proposedCommendation: Commendation = {
  id: '2025:member:excellentStreak:a',
  year: 2025,
  subject: 'member',
  memberId: 'a',
  cellId: 'c1',
  basis: 'excellentStreak',
  years: [2021, 2022, 2023, 2024, 2025],
  status: 'proposed'
}
const decidedCommendation: Commendation = {
  ...proposedCommendation,
  status: 'awarded',
  decisionNumber: '15-QĐ/ĐU',
  decisionDate: '2025-12-20'
}
const proposedBadge: Badge = {
  id: '2025-11-07:a:30',
  memberId: 'a',
  milestone: 30,
  ceremonyDate: '2025-11-07',
  early: null,
  status: 'proposed'
}
const decidedBadge: Badge = {
  ...proposedBadge,
  status: 'awarded',
  decisionNumber: '20-QĐ/TU',
  awardedOn: '2025-11-07'
}

const kinds = [
  {
    kind: 'commendation',
    proposed: proposedCommendation as Commendation | Badge,
    decided: decidedCommendation as Commendation | Badge,
    other: { ...decidedCommendation, decisionNumber: '16-QĐ/ĐU', decisionDate: '2025-12-22' } as
      Commendation | Badge,
    save: (r: Commendation | Badge, seen?: Commendation | Badge | null) =>
      honoursRepository.saveCommendation(r as Commendation, 'Nguyễn Văn An', seen as Commendation | null),
    list: () => honoursRepository.commendations() as Promise<(Commendation | Badge)[]>,
    event: 'commendation'
  },
  {
    kind: 'badge',
    proposed: proposedBadge as Commendation | Badge,
    decided: decidedBadge as Commendation | Badge,
    other: { ...decidedBadge, decisionNumber: '21-QĐ/TU', awardedOn: '2025-11-06' } as Commendation | Badge,
    save: (r: Commendation | Badge, seen?: Commendation | Badge | null) =>
      honoursRepository.saveBadge(r as Badge, 'Nguyễn Văn An', seen as Badge | null),
    list: () => honoursRepository.badges() as Promise<(Commendation | Badge)[]>,
    event: 'badge'
  }
]

describe.each(kinds)('a $kind is never saved silently over another', (k) => {
  it('a proposal saved over a recorded decision is refused: the decision and its timeline event stay', async () => {
    await memberRepository.bulkSave([member('a')])
    await k.save(k.decided, null)
    // A window that read the list before the decision still shows "Đề nghị".
    await expect(k.save(k.proposed)).rejects.toThrow(/Đã có quyết định/)
    expect(await k.list()).toEqual([k.decided])
    expect((await memberRepository.events('a')).map((e) => e.type)).toEqual([k.event])
  })

  it('a save from a list another window has changed since is refused (StaleRecordError), keeping that window’s decision', async () => {
    await memberRepository.bulkSave([member('a')])
    // Window B records the decision; window A, which saw no record, proposes and then decides.
    await k.save(k.decided, null)
    await expect(k.save(k.proposed, null)).rejects.toThrow(StaleRecordError)
    await expect(k.save(k.other, null)).rejects.toThrow(/đã được sửa ở cửa sổ khác/)
    expect(await k.list()).toEqual([k.decided])
  })

  it('a decision replaced by a clerk who saw it is saved, and the log says before → after', async () => {
    await memberRepository.bulkSave([member('a')])
    await k.save(k.proposed, null)
    await k.save(k.decided, k.proposed)
    await k.save(k.other, k.decided)
    expect(await k.list()).toEqual([k.other])
    const events = await memberRepository.events('a')
    expect(events.map((e) => e.decisionNumber)).toEqual([k.other.decisionNumber])
    const log = (await auditRepository.list()).filter((e) => e.action === 'update')
    expect(log).toHaveLength(2)
  })
})

describe('a decision’s date must be one that can be', () => {
  const tomorrow = addDays(todayIso(), 1)
  it.each<[string, () => Promise<void>, RegExp]>([
    [
      'a commendation decided tomorrow',
      () => honoursRepository.saveCommendation({ ...decidedCommendation, decisionDate: tomorrow }),
      /sau ngày hôm nay/
    ],
    [
      'a badge decided tomorrow',
      () => honoursRepository.saveBadge({ ...decidedBadge, awardedOn: tomorrow }),
      /sau ngày hôm nay/
    ],
    [
      'a commendation for 2025 decided in 2024 (before the year it rewards was rated)',
      () => honoursRepository.saveCommendation({ ...decidedCommendation, decisionDate: '2024-12-30' }),
      /trước năm 2025/
    ],
    [
      'a decision date that is no date',
      () => honoursRepository.saveBadge({ ...decidedBadge, awardedOn: '2025-02-30' }),
      /không phải ngày hợp lệ/
    ]
  ])('%s is refused and nothing is written', async (_l, save, message) => {
    await memberRepository.bulkSave([member('a')])
    await expect(save()).rejects.toThrow(message)
    expect(await honoursRepository.commendations()).toEqual([])
    expect(await honoursRepository.badges()).toEqual([])
    expect(await memberRepository.events('a')).toEqual([])
  })

  it('a decision dated today is accepted', async () => {
    await memberRepository.bulkSave([member('a')])
    await honoursRepository.saveBadge({ ...decidedBadge, awardedOn: todayIso() })
    expect((await honoursRepository.badges())[0].awardedOn).toBe(todayIso())
  })
})

describe('a member has one badge proposal or decision per ceremony', () => {
  // Proposed 30 years at 07/11/2025; a list read before (or after a mark of illness) offers 40.
  const other: Badge = { ...proposedBadge, id: '2025-11-07:a:40', milestone: 40, early: 'illness' }

  it.each<[string, Badge]>([
    ['beside a proposal', proposedBadge],
    ['beside a decision', decidedBadge]
  ])('a second milestone %s at the same ceremony is refused, nothing written', async (_l, first) => {
    await memberRepository.bulkSave([member('a')])
    await honoursRepository.saveBadge(first, 'Nguyễn Văn An', null)
    const logged = (await auditRepository.list()).length
    await expect(honoursRepository.saveBadge(other, 'Nguyễn Văn An', null)).rejects.toThrow(
      `Nguyễn Văn An đã có ${first.status === 'awarded' ? 'quyết định tặng' : 'đề nghị'} Huy hiệu 30 năm tuổi Đảng ở đợt 07/11/2025; mỗi đợt chỉ một Huy hiệu cho một đảng viên.`
    )
    expect(await honoursRepository.badges()).toEqual([first])
    expect(await auditRepository.list()).toHaveLength(logged)
  })

  it('another ceremony, or another member at the same ceremony, is not refused', async () => {
    await memberRepository.bulkSave([member('a'), member('b')])
    await honoursRepository.saveBadge(proposedBadge, 'Nguyễn Văn An', null)
    await honoursRepository.saveBadge({ ...other, id: '2026-02-03:a:40', ceremonyDate: '2026-02-03' })
    await honoursRepository.saveBadge({ ...proposedBadge, id: '2025-11-07:b:30', memberId: 'b' })
    expect(await honoursRepository.badges()).toHaveLength(3)
  })
})

describe('marking a member seriously ill (Huy hiệu tặng sớm) is in the audit log, naming him', () => {
  const illLog = async () =>
    (await auditRepository.list())
      .filter((e) => /bệnh nặng/.test(e.summary))
      .map((e) => [e.entity, e.entityId, e.action, e.summary, e.before, e.after])
      .reverse()

  it('each member marked or unmarked gets one entry, written with the mark', async () => {
    await memberRepository.bulkSave([member('a'), member('b'), member('c')])
    await honoursRepository.setSeriouslyIll(['a', 'b'])
    await honoursRepository.setSeriouslyIll(['b', 'c'])
    expect(await honoursRepository.seriouslyIll()).toEqual(['b', 'c'])
    const marked = { seriouslyIll: true }
    const unmarked = { seriouslyIll: false }
    expect(await illLog()).toEqual([
      ['members', 'a', 'update', 'Đánh dấu bệnh nặng: Nguyễn Văn a', unmarked, marked],
      ['members', 'b', 'update', 'Đánh dấu bệnh nặng: Nguyễn Văn b', unmarked, marked],
      ['members', 'c', 'update', 'Đánh dấu bệnh nặng: Nguyễn Văn c', unmarked, marked],
      ['members', 'a', 'update', 'Bỏ đánh dấu bệnh nặng: Nguyễn Văn a', marked, unmarked]
    ])
  })

  it('saving the same list again writes no entry', async () => {
    await memberRepository.bulkSave([member('a')])
    await honoursRepository.setSeriouslyIll(['a'])
    await honoursRepository.setSeriouslyIll(['a', 'a'])
    expect(await illLog()).toHaveLength(1)
  })

  it('a member whose record is gone is unmarked under a name that says so, never his id', async () => {
    await memberRepository.bulkSave([member('a')])
    await honoursRepository.setSeriouslyIll(['a', 'x'])
    await honoursRepository.setSeriouslyIll(['a'])
    expect((await illLog()).map((e) => e[3])).toEqual([
      'Đánh dấu bệnh nặng: Nguyễn Văn a',
      'Đánh dấu bệnh nặng: đảng viên không còn trong sổ',
      'Bỏ đánh dấu bệnh nặng: đảng viên không còn trong sổ'
    ])
  })
})

describe('marking one member seriously ill keeps the others another window marked since', () => {
  it('marks and unmarks only the member named', async () => {
    await memberRepository.bulkSave([member('a'), member('b'), member('c')])
    await honoursRepository.setSeriouslyIll(['a'])
    // Window B marks b; window A, whose list still reads [a], marks c and then unmarks a.
    await honoursRepository.markSeriouslyIll('b', true)
    await honoursRepository.markSeriouslyIll('c', true)
    await honoursRepository.markSeriouslyIll('a', false)
    expect(await honoursRepository.seriouslyIll()).toEqual(['b', 'c'])
    expect((await auditRepository.list()).filter((e) => /bệnh nặng/.test(e.summary))).toHaveLength(4)
  })
})

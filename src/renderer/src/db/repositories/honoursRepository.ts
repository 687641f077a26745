import type { Table } from 'dexie'
import type { Badge, Commendation, MemberEvent } from '@renderer/domain/entities'
import { nowIso } from '@renderer/domain/ids'
import { formatDate, todayIso } from '@renderer/domain/dates'
import { decisionDateProblem, honourChangedSince } from '@renderer/domain/honours/decisions'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { getDb } from '../database'
import { removeEventsOf } from '../books'
import { writeAudit, writeAudits, type AuditInput } from './auditRepository'
import { putAudited } from './auditedWrite'
import { memberRepository } from './memberRepository'
import { SERIOUSLY_ILL_KEY as ILL_KEY } from './metaRepository'

/**
 * Commendations and party badges. An awarded decision is also written to the member's timeline as a
 * `commendation` / `badge` event (id derived from the decision, so re-saving updates it).
 */
export const honoursRepository = {
  async commendations(year?: number): Promise<Commendation[]> {
    const t = getDb().commendations
    return year === undefined ? t.toArray() : t.where('year').equals(year).toArray()
  },
  async badges(): Promise<Badge[]> {
    return getDb().badges.toArray()
  },
  async badgesFor(ceremonyDate: string): Promise<Badge[]> {
    return getDb().badges.where('ceremonyDate').equals(ceremonyDate).toArray()
  },

  /** Members the clerk marked as seriously ill (early badge award). */
  async seriouslyIll(): Promise<string[]> {
    return storedIll()
  },
  /** Replaces the whole list; each member marked or unmarked is in the audit log (writeIll). */
  setSeriouslyIll: (memberIds: string[]) => writeIll(() => memberIds),
  /** Marks or unmarks one member, keeping the rest of the list as stored (another window's marks). */
  markSeriouslyIll: (memberId: string, ill: boolean) =>
    writeIll((stored) => (ill ? [...stored, memberId] : stored.filter((id) => id !== memberId))),

  /**
   * Saves a proposal or a decision. `seen`: the record as the screen showed it (null: none), so a
   * save over what another window recorded since is refused (StaleRecordError); a proposal is never
   * saved over a decision.
   */
  async saveCommendation(c: Commendation, memberName = '', seen?: Commendation | null): Promise<void> {
    if (c.status === 'awarded') {
      if (!c.decisionNumber?.trim() || !c.decisionDate)
        throw new Error('Nhập số và ngày quyết định khen thưởng.')
      const problem = decisionDateProblem(c.decisionDate, todayIso(), c.year)
      if (problem) throw new Error(problem)
    }
    const awardedToMember = c.subject === 'member' && c.memberId && c.status === 'awarded'
    await saveHonour(getDb().commendations, c, seen, {
      what: `Khen thưởng năm ${c.year}${memberName ? ` của ${memberName}` : ''}`,
      decided: 'khen thưởng',
      summary: `${c.status === 'awarded' ? 'Khen thưởng' : 'Đề nghị khen thưởng'} ${memberName} năm ${c.year}${c.decisionNumber ? `, QĐ ${c.decisionNumber}` : ''}`,
      memberId: c.memberId ?? undefined,
      eventId: `commendation:${c.id}`,
      event: awardedToMember
        ? {
            type: 'commendation',
            date: c.decisionDate!,
            decisionNumber: c.decisionNumber,
            reason:
              c.basis === 'excellentStreak'
                ? `Hoàn thành xuất sắc nhiệm vụ ${c.years.length} năm liền (${c.years[0]}–${c.years[c.years.length - 1]})`
                : `Hoàn thành xuất sắc nhiệm vụ năm ${c.year}`,
            note: c.note
          }
        : null
    })
  },

  removeCommendation: (id: string) =>
    removeProposal(getDb().commendations, id, 'khen thưởng', (c) => `Bỏ đề nghị khen thưởng năm ${c.year}`),

  /** Saves a proposal or a decision; `seen` as for saveCommendation. */
  async saveBadge(b: Badge, memberName = '', seen?: Badge | null): Promise<void> {
    if (b.status === 'awarded') {
      if (!b.decisionNumber?.trim() || !b.awardedOn)
        throw new Error('Nhập số quyết định và ngày trao Huy hiệu.')
      const problem = decisionDateProblem(b.awardedOn, todayIso())
      if (problem) throw new Error(problem)
    }
    await saveHonour(getDb().badges, b, seen, {
      what: `Huy hiệu ${b.milestone} năm tuổi Đảng${memberName ? ` của ${memberName}` : ''} (đợt ${formatDate(b.ceremonyDate)})`,
      decided: 'tặng Huy hiệu',
      summary: `${b.status === 'awarded' ? 'Trao' : 'Đề nghị'} Huy hiệu ${b.milestone} năm tuổi Đảng ${memberName}${b.decisionNumber ? `, QĐ ${b.decisionNumber}` : ''}`,
      memberId: b.memberId,
      refuse: async () => {
        // One badge per member per ceremony: a list that showed another milestone (read before a
        // mark of illness changed it, or in another window) never adds a second record beside it.
        const here = await getDb().badges.where('ceremonyDate').equals(b.ceremonyDate).toArray()
        const other = here.find((o) => o.memberId === b.memberId && o.id !== b.id)
        if (!other) return null
        return `${memberName || 'Đảng viên'} đã có ${other.status === 'awarded' ? 'quyết định tặng' : 'đề nghị'} Huy hiệu ${other.milestone} năm tuổi Đảng ở đợt ${formatDate(b.ceremonyDate)}; mỗi đợt chỉ một Huy hiệu cho một đảng viên.`
      },
      eventId: `badge:${b.id}`,
      event:
        b.status === 'awarded'
          ? {
              type: 'badge',
              date: b.awardedOn!,
              milestone: b.milestone,
              decisionNumber: b.decisionNumber,
              reason: `Huy hiệu ${b.milestone} năm tuổi Đảng${b.early === 'posthumous' ? ' (truy tặng)' : b.early === 'illness' ? ' (tặng sớm)' : ''}`
            }
          : null
    })
  },

  removeBadge: (id: string) =>
    removeProposal(getDb().badges, id, 'tặng Huy hiệu', (b) => `Bỏ đề nghị Huy hiệu ${b.milestone} năm`)
}

/** The members marked seriously ill, as stored (in a transaction, as it stands there). */
async function storedIll(): Promise<string[]> {
  return ((await getDb().meta.get(ILL_KEY))?.value as string[] | undefined) ?? []
}

/**
 * Writes the list of the seriously ill, `next` of the one stored (read in the transaction). Health
 * data about a named person, and it changes who is proposed early: each member marked or unmarked is
 * in the audit log by name, written in the same transaction.
 */
async function writeIll(next: (stored: string[]) => string[]): Promise<void> {
  const db = getDb()
  await db.transaction('rw', [db.meta, db.members, db.auditLog, db.settings], async () => {
    const stored = await storedIll()
    const ill = [...new Set(next(stored))]
    const marked = ill.filter((id) => !stored.includes(id))
    const unmarked = stored.filter((id) => !ill.includes(id))
    if (!marked.length && !unmarked.length) return
    await db.meta.put({ key: ILL_KEY, value: ill })
    const names = await db.members.bulkGet([...marked, ...unmarked])
    const entry = (id: string, i: number, on: boolean): AuditInput => ({
      entity: 'members',
      entityId: id,
      action: 'update',
      summary: `${on ? 'Đánh dấu' : 'Bỏ đánh dấu'} bệnh nặng: ${names[i]?.fullName ?? 'đảng viên không còn trong sổ'}`,
      before: { seriouslyIll: !on },
      after: { seriouslyIll: on }
    })
    await writeAudits([
      ...marked.map((id, i) => entry(id, i, true)),
      ...unmarked.map((id, i) => entry(id, marked.length + i, false))
    ])
  })
}

interface HonourWrite {
  /** The record named in a refusal: "Khen thưởng năm 2025 của Nguyễn Văn An". */
  what: string
  /** "khen thưởng" / "tặng Huy hiệu": in "Đã có quyết định …". */
  decided: string
  summary: string
  memberId: string | undefined
  /** Why a new record may not be added beside those stored (read in the transaction), or null. */
  refuse?: () => Promise<string | null>
  /** Derived from the decision, so re-saving updates the same event. */
  eventId: string
  /** The event an awarded decision puts on the member's timeline; null takes it off. */
  event: Omit<MemberEvent, 'id' | 'memberId' | 'createdAt'> | null
}

/**
 * Saves a proposal or decision with its audit entry, and its event on the member's timeline. Refused,
 * writing nothing, when the stored record is not the one `seen` (when given), or when a proposal would
 * replace a decision (the decision and its timeline event would silently go).
 */
async function saveHonour<T extends Commendation | Badge>(
  table: Table<T, string>,
  record: T,
  seen: T | null | undefined,
  { what, decided, summary, memberId, refuse, eventId, event }: HonourWrite
): Promise<void> {
  const db = getDb()
  await db.transaction('rw', [table, db.members, db.timelineBooks, db.auditLog, db.settings], async () => {
    const stored = await table.get(record.id)
    if (seen !== undefined && honourChangedSince(stored, seen)) throw new StaleRecordError(what)
    if (record.status === 'proposed' && stored?.status === 'awarded')
      throw new Error(`Đã có quyết định ${decided} (${what}); không ghi lại thành đề nghị được.`)
    const refused = stored ? null : await refuse?.()
    if (refused) throw new Error(refused)
    await putAudited(table, record.id, record, () => summary)
    if (event && memberId)
      await memberRepository.addEvent({ id: eventId, memberId, ...event, createdAt: nowIso() })
    else if (memberId) await removeAwardEvent(memberId, eventId)
  })
}

/** Withdraws a proposal with its audit entry; one with a decision (`decided`: of what) is refused. */
async function removeProposal<T extends Commendation | Badge>(
  table: Table<T, string>,
  id: string,
  decided: string,
  summary: (before: T) => string
): Promise<void> {
  const db = getDb()
  await db.transaction('rw', [table, db.auditLog, db.settings], async () => {
    const before = await table.get(id)
    if (!before) return
    if (before.status === 'awarded') throw new Error(`Đã có quyết định ${decided}; không xóa được.`)
    await table.delete(id)
    await writeAudit({ entity: table.name, entityId: id, action: 'delete', summary: summary(before), before })
  })
}

/** A withdrawn award leaves the member's timeline (an award never changes the member's state). */
async function removeAwardEvent(memberId: string, eventId: string): Promise<void> {
  await removeEventsOf(memberId, [eventId])
}

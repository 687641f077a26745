import type { Badge, Commendation, MemberEvent } from '@renderer/domain/entities'
import { nowIso } from '@renderer/domain/ids'
import { getDb } from '../database'
import { TIMELINES, removeItems } from '../books'
import { writeAudit } from './auditRepository'
import { memberRepository } from './memberRepository'

const ILL_KEY = 'honours.seriouslyIll'

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
    return ((await getDb().meta.get(ILL_KEY))?.value as string[] | undefined) ?? []
  },
  async setSeriouslyIll(memberIds: string[]): Promise<void> {
    await getDb().meta.put({ key: ILL_KEY, value: [...new Set(memberIds)] })
  },

  async saveCommendation(c: Commendation, memberName = ''): Promise<void> {
    if (c.status === 'awarded' && (!c.decisionNumber?.trim() || !c.decisionDate))
      throw new Error('Nhập số và ngày quyết định khen thưởng.')
    const db = getDb()
    await db.transaction(
      'rw',
      [db.commendations, db.members, db.memberTimelines, db.auditLog, db.settings],
      async () => {
        const before = await db.commendations.get(c.id)
        await db.commendations.put(c)
        await writeAudit({
          entity: 'commendations',
          entityId: c.id,
          action: before ? 'update' : 'create',
          summary: `${c.status === 'awarded' ? 'Khen thưởng' : 'Đề nghị khen thưởng'} ${memberName} năm ${c.year}${c.decisionNumber ? `, QĐ ${c.decisionNumber}` : ''}`,
          before,
          after: c
        })
        const eventId = `commendation:${c.id}`
        if (c.subject === 'member' && c.memberId && c.status === 'awarded') {
          const event: MemberEvent = {
            id: eventId,
            memberId: c.memberId,
            type: 'commendation',
            date: c.decisionDate!,
            decisionNumber: c.decisionNumber,
            reason:
              c.basis === 'excellentStreak'
                ? `Hoàn thành xuất sắc nhiệm vụ ${c.years.length} năm liền (${c.years[0]}–${c.years[c.years.length - 1]})`
                : `Hoàn thành xuất sắc nhiệm vụ năm ${c.year}`,
            note: c.note,
            createdAt: nowIso()
          }
          await memberRepository.addEvent(event)
        } else if (c.memberId) {
          await removeAwardEvent(c.memberId, eventId)
        }
      }
    )
  },

  async removeCommendation(id: string): Promise<void> {
    const db = getDb()
    await db.transaction('rw', [db.commendations, db.auditLog, db.settings], async () => {
      const before = await db.commendations.get(id)
      if (!before) return
      if (before.status === 'awarded') throw new Error('Đã có quyết định khen thưởng; không xóa được.')
      await db.commendations.delete(id)
      await writeAudit({
        entity: 'commendations',
        entityId: id,
        action: 'delete',
        summary: `Bỏ đề nghị khen thưởng năm ${before.year}`,
        before
      })
    })
  },

  async saveBadge(b: Badge, memberName = ''): Promise<void> {
    if (b.status === 'awarded' && (!b.decisionNumber?.trim() || !b.awardedOn))
      throw new Error('Nhập số quyết định và ngày trao Huy hiệu.')
    const db = getDb()
    await db.transaction(
      'rw',
      [db.badges, db.members, db.memberTimelines, db.auditLog, db.settings],
      async () => {
        const before = await db.badges.get(b.id)
        await db.badges.put(b)
        await writeAudit({
          entity: 'badges',
          entityId: b.id,
          action: before ? 'update' : 'create',
          summary: `${b.status === 'awarded' ? 'Trao' : 'Đề nghị'} Huy hiệu ${b.milestone} năm tuổi Đảng ${memberName}${b.decisionNumber ? `, QĐ ${b.decisionNumber}` : ''}`,
          before,
          after: b
        })
        const eventId = `badge:${b.id}`
        if (b.status === 'awarded') {
          await memberRepository.addEvent({
            id: eventId,
            memberId: b.memberId,
            type: 'badge',
            date: b.awardedOn!,
            milestone: b.milestone,
            decisionNumber: b.decisionNumber,
            reason: `Huy hiệu ${b.milestone} năm tuổi Đảng${b.early === 'posthumous' ? ' (truy tặng)' : b.early === 'illness' ? ' (tặng sớm)' : ''}`,
            createdAt: nowIso()
          })
        } else {
          await removeAwardEvent(b.memberId, eventId)
        }
      }
    )
  },

  async removeBadge(id: string): Promise<void> {
    const db = getDb()
    await db.transaction('rw', [db.badges, db.auditLog, db.settings], async () => {
      const before = await db.badges.get(id)
      if (!before) return
      if (before.status === 'awarded') throw new Error('Đã có quyết định tặng Huy hiệu; không xóa được.')
      await db.badges.delete(id)
      await writeAudit({
        entity: 'badges',
        entityId: id,
        action: 'delete',
        summary: `Bỏ đề nghị Huy hiệu ${before.milestone} năm`,
        before
      })
    })
  }
}

/** A withdrawn award leaves the member's timeline (an award never changes the member's state). */
async function removeAwardEvent(memberId: string, eventId: string): Promise<void> {
  await removeItems(TIMELINES, [eventId], [memberId])
}

import type { Cell } from '@renderer/domain/entities'
import { closingRefusal, planCellMerge } from '@renderer/domain/members/cellMerge'
import { withDerivedFields } from '@renderer/domain/memberRecord'
import { newId, nowIso } from '@renderer/domain/ids'
import { cleanRecordText } from '@renderer/domain/text'
import { StaleRecordError, changedSince, type SeenVersion } from '@renderer/domain/staleRecord'
import { getDb } from '../database'
import { MEETING_BOOKS, TIMELINES, cellKeyRange, eventsOfMembers, putItems } from '../books'
import { writeAudit } from './auditRepository'
import { putAudited } from './auditedWrite'

/** The meetings of these cells, all years (their books' key range). */
async function meetingsOf(cellIds: readonly string[]) {
  const db = getDb()
  const books = await Promise.all(
    cellIds.map((id) =>
      db.meetingBooks
        .where('key')
        .between(...cellKeyRange(id), true, true)
        .toArray()
    )
  )
  return books.flat().flatMap(MEETING_BOOKS.itemsOf)
}

export const cellRepository = {
  async list(): Promise<Cell[]> {
    return getDb().cells.toArray()
  },
  async get(id: string): Promise<Cell | undefined> {
    return getDb().cells.get(id)
  },
  async save(input: Cell): Promise<Cell> {
    const cell = cleanRecordText(input)
    await getDb().cells.put(cell)
    return cell
  },
  /**
   * Creates or edits a cell, with an audit entry, in one transaction ("Sửa chi bộ").
   * `seen`: the `updatedAt` the form opened (null: a new cell). When the stored cell is another
   * version (another window saved, merged or dissolved it since), nothing is written:
   * StaleRecordError.
   */
  async saveWithAudit(input: Cell, options: { seen?: SeenVersion } = {}): Promise<Cell> {
    // Stamped here, not by the caller: the version is what another window's `seen` is checked against.
    const cell = { ...cleanRecordText(input), updatedAt: nowIso() }
    const db = getDb()
    return db.transaction('rw', [db.cells, db.auditLog, db.settings], async () => {
      const stored = await db.cells.get(cell.id)
      if (options.seen !== undefined && changedSince(stored, options.seen))
        throw new StaleRecordError(`Thông tin của ${stored?.name ?? cell.name}`)
      await putAudited(db.cells, cell.id, cell, (before) =>
        before ? `Sửa chi bộ ${cell.name}` : `Thêm chi bộ ${cell.name}`
      )
      return cell
    })
  },

  /**
   * Dissolves a cell on a date; refused while active members still belong to it, and when the date
   * is on or before a meeting it held or before its founding (closingRefusal).
   */
  async dissolve(id: string, date: string): Promise<Cell> {
    const db = getDb()
    return db.transaction(
      'rw',
      [db.cells, db.members, db.meetingBooks, db.auditLog, db.settings],
      async () => {
        const cell = await db.cells.get(id)
        if (!cell) throw new Error('Không tìm thấy chi bộ.')
        const active = await db.members
          .where('cellId')
          .equals(id)
          .filter((m) => m.active === 1)
          .count()
        if (active > 0)
          throw new Error(
            `Chi bộ còn ${active} đảng viên đang sinh hoạt: hãy chuyển họ sang chi bộ khác hoặc dùng "Hợp nhất".`
          )
        const refusal = closingRefusal({
          cells: [cell],
          meetings: await meetingsOf([id]),
          date,
          verb: 'giải thể'
        })
        if (refusal) throw new Error(refusal)
        const saved: Cell = { ...cell, status: 'dissolved', closedOn: date, updatedAt: nowIso() }
        await db.cells.put(saved)
        await writeAudit({
          entity: 'cells',
          entityId: id,
          action: 'update',
          summary: `Giải thể chi bộ ${cell.name}`,
          before: cell,
          after: saved
        })
        return saved
      }
    )
  },

  /**
   * Merges cells into a target (the 2025 ward mergers): each active member of the sources gets a
   * dated cellChange event into the target; the sources are closed as 'merged' and kept with their
   * history. The target is an existing cell's id, or a new cell created in the same transaction (so a
   * merge that fails leaves no empty new cell behind). One transaction.
   */
  async merge(
    sourceIds: string[],
    targetOrNew: string | Cell,
    date: string,
    decisionNumber?: string
  ): Promise<{ moved: number }> {
    const db = getDb()
    return db.transaction(
      'rw',
      [db.cells, db.members, db.timelineBooks, db.meetingBooks, db.auditLog, db.settings],
      async () => {
        const created = typeof targetOrNew === 'string' ? null : targetOrNew
        const targetId = created ? created.id : (targetOrNew as string)
        // Everything is read and checked before anything is written: a merge refused (planCellMerge:
        // a member came into a source after its date) leaves no new cell behind either.
        const target = created ?? (await db.cells.get(targetId))
        const sources = (await db.cells.bulkGet(sourceIds)).filter((c): c is Cell => !!c)
        if (!target || sources.length !== sourceIds.length) throw new Error('Không tìm thấy chi bộ.')
        const members = await db.members.where('cellId').anyOf(sourceIds).toArray()
        const stored = await eventsOfMembers(members.map((m) => m.id))
        const plan = planCellMerge({
          sources,
          target,
          members,
          events: stored,
          meetings: await meetingsOf(sourceIds),
          date,
          decisionNumber,
          newId,
          now: nowIso()
        })
        if (created) {
          await db.cells.add(created)
          await writeAudit({
            entity: 'cells',
            entityId: created.id,
            action: 'create',
            summary: `Thêm chi bộ ${created.name}`,
            after: created
          })
        }
        await db.cells.bulkPut(plan.closedCells)
        await putItems(TIMELINES, plan.events)
        const moved = new Set(plan.events.map((e) => e.memberId))
        const allEvents = [...stored, ...plan.events]
        const updated = members
          .filter((m) => moved.has(m.id))
          .map((m) =>
            withDerivedFields(
              m,
              allEvents.filter((e) => e.memberId === m.id)
            )
          )
        await db.members.bulkPut(updated)
        await writeAudit({
          entity: 'cells',
          entityId: targetId,
          action: 'update',
          summary: `Hợp nhất ${sources.map((s) => s.name).join(', ')} vào ${target.name} (${updated.length} đảng viên)`
        })
        return { moved: updated.length }
      }
    )
  },

  async bulkSave(cells: Cell[]): Promise<void> {
    await getDb().cells.bulkPut(cleanRecordText(cells))
  }
}

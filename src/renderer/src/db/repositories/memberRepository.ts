import type { Cell, Member, MemberEvent } from '@renderer/domain/entities'
import {
  cellCorrection,
  eventsFollowingRecord,
  recordCellMove,
  recordWithoutEvent,
  withDerivedFields
} from '@renderer/domain/memberRecord'
import { IMPORT_CELL_MOVE_NOTE, type NewCellMeaning } from '@renderer/domain/members/importRows'
import { MEMBER_STATUS_LABELS } from '@renderer/domain/memberState'
import { cleanRecordText } from '@renderer/domain/text'
import { EVENT_TYPE_LABELS, asRecorded } from '@renderer/domain/members/events'
import { eventRefusal } from '@renderer/domain/members/eventChecks'
import { formatDate, todayIso } from '@renderer/domain/dates'
import { MEMBER_AUDITED_FIELDS, changedFields } from '@renderer/domain/backup/auditDiff'
import {
  mistakeRemovalRefusal,
  mistakeRemovalSummary,
  sameReferenceCounts,
  type MistakeReferenceCounts
} from '@renderer/domain/members/mistakeRemoval'
import { SINCE_PREVIEW, StaleRecordError, changedSince, type SeenVersion } from '@renderer/domain/staleRecord'
import { newId, nowIso } from '@renderer/domain/ids'
import { getDb } from '../database'
import {
  MEMBER_REVIEW_BOOKS,
  TIMELINES,
  allItems,
  byDateThenId,
  eventsOfMembers,
  groupBy,
  openTimeline,
  putItems,
  removeEventsOf,
  removeItems,
  removeTimeline,
  timelinesOf
} from '../books'
import { writeAudit, writeAudits, type AuditInput } from './auditRepository'
import { findMemberReferences, referenceTables } from './memberReferences'
import { SERIOUSLY_ILL_KEY } from './metaRepository'

/** Members and their life events. Status is always re-derived from events when either changes. */
export const memberRepository = {
  async list(): Promise<Member[]> {
    return getDb().members.toArray()
  },
  async listActive(): Promise<Member[]> {
    return getDb().members.where('active').equals(1).toArray()
  },
  async byCell(cellId: string): Promise<Member[]> {
    return getDb().members.where('cellId').equals(cellId).toArray()
  },
  async get(id: string): Promise<Member | undefined> {
    return getDb().members.get(id)
  },
  /** A member's events, oldest first. */
  async events(memberId: string): Promise<MemberEvent[]> {
    return (await eventsOfMembers([memberId])).sort(byDateThenId)
  },
  async allEvents(): Promise<MemberEvent[]> {
    return allItems(TIMELINES)
  },
  /** The events of these members (merges, imports). */
  async eventsOf(memberIds: string[]): Promise<MemberEvent[]> {
    return eventsOfMembers(memberIds)
  },

  /**
   * Saves a member (new or edited) with derived fields; a status change is written to the audit log.
   * `seen`: the `updatedAt` the form opened (null: a new member). When the stored record is another
   * version (another window saved or deleted it since), nothing is written: StaleRecordError.
   * A new cell on an existing member is a move dated today (recordCellMove): its cellChange event is
   * written and audited with the record.
   */
  async save(
    input: Member,
    options: {
      seen?: SeenVersion
      /** A new cell is a move dated today (default), or a correction of a cell typed wrong (cellCorrection). */
      newCell?: 'move' | 'correction'
      /**
       * A new member's first decisions (admission, official) from "Thêm đảng viên": written and
       * logged in the same transaction, so the record never stands without them.
       */
      events?: readonly MemberEvent[]
    } = {}
  ): Promise<Member> {
    // Stamped here, not by the caller: the version is what another window's `seen` is checked against.
    const member = { ...cleanRecordText(input), updatedAt: nowIso() }
    const added = (options.events ?? []).map((e) => asRecorded(cleanRecordText(e)))
    if (added.some((e) => e.memberId !== member.id)) throw new Error('Sự kiện không thuộc hồ sơ này.')
    const db = getDb()
    return db.transaction('rw', [db.members, db.timelineBooks, db.auditLog, db.settings], async () => {
      const before = await db.members.get(member.id)
      if (options.seen !== undefined && changedSince(before, options.seen))
        throw new StaleRecordError(`Hồ sơ của ${before?.fullName ?? member.fullName}`)
      if (added.length) await putItems(TIMELINES, added)
      const stored = await memberRepository.events(member.id)
      // A corrected admission or official date takes its decision event along (eventsFollowingRecord).
      const moved = eventsFollowingRecord(before, member, stored)
      let events = withMoved(stored, moved)
      const correcting = options.newCell === 'correction' && !!before && before.cellId !== member.cellId
      const corrected = correcting ? cellCorrection(before, member, events) : []
      if (typeof corrected === 'string') throw new Error(corrected)
      events = withMoved(events, corrected)
      const move = correcting
        ? null
        : recordCellMove({ before, after: member, events, date: todayIso(), id: newId(), now: nowIso() })
      // Each event once: the corrected version over the moved one.
      const written = [...new Map([...moved, ...corrected].map((e) => [e.id, e])).values()]
      await putItems(TIMELINES, move ? [...written, move] : written)
      const saved = withDerivedFields(member, move ? [...events, move] : events)
      await db.members.put(saved)
      if (move) await writeAudit(cellMoveAudit(saved, move, ''))
      if (correcting && before) await writeAudit(cellCorrectionAudit(before, saved, corrected.length, ''))
      await auditMemberChange(before, saved)
      await writeAudits(added.map((e) => eventAudit(saved, e)))
      await writeAudits(moved.map((e) => movedEventAudit(saved, stored, e, '')))
      return saved
    })
  },

  /**
   * Adds a life event and re-derives the member's state, in one transaction. A discipline of khai
   * trừ is stored as the expulsion it is (asRecorded). An event the member's stored history refuses
   * (eventRefusal: the form's own checks, asked again here against what is stored now) writes nothing.
   */
  async addEvent(input: MemberEvent): Promise<Member> {
    const event = asRecorded(cleanRecordText(input))
    const db = getDb()
    return db.transaction('rw', [db.members, db.timelineBooks, db.auditLog, db.settings], async () => {
      const member = await db.members.get(event.memberId)
      if (!member) throw new Error('Không tìm thấy đảng viên của sự kiện này.')
      // A decision saved again (same id) is checked against the rest of the history, not itself.
      const others = (await memberRepository.events(member.id)).filter((e) => e.id !== event.id)
      const refused = eventRefusal(member, others, event, todayIso())
      if (refused) throw new Error(refused)
      await putItems(TIMELINES, [event])
      const events = await memberRepository.events(event.memberId)
      // A new version of the record: a form or a preview opened before this event is now stale.
      const saved = withDerivedFields({ ...member, updatedAt: nowIso() }, events)
      await db.members.put(saved)
      await writeAudit(eventAudit(member, event))
      await auditMemberChange(member, saved)
      return saved
    })
  },

  /**
   * The Excel import's confirm step: new cells, members (new and updated) and their events, in ONE
   * transaction — a failure anywhere leaves the database as it was. Updated members' state is
   * re-derived from all their events, old and new. A CCCD or party card that would end up on two
   * members refuses the whole batch (the preview already makes such rows problems).
   * The audit log gets the import's summary naming every member it added, and one entry per member
   * it changed, field by field (docs/design.md §8).
   * A member the file puts in another cell is moved on the import day (recordCellMove, noted so: the
   * file gives no date), each move audited; or, with `newCell: 'correction'`, his stored cell was
   * typed wrong and his history follows the file's (cellCorrection), no move recorded.
   * `seen`: member id → the `updatedAt` the preview read (null: new). The records were built from
   * that version: when one is stored in another version now (another window saved it since), the
   * whole batch is refused (StaleRecordError) rather than undo that change.
   */
  async importBatch(input: {
    cells: Cell[]
    members: Member[]
    events: MemberEvent[]
    summary: string
    seen?: ReadonlyMap<string, SeenVersion>
    newCell?: NewCellMeaning
  }): Promise<void> {
    const batch = cleanRecordText({ cells: input.cells, members: input.members, events: input.events })
    const db = getDb()
    await db.transaction(
      'rw',
      [db.cells, db.members, db.timelineBooks, db.auditLog, db.settings],
      async () => {
        // Read inside the transaction, so the check sees what another window wrote since the preview.
        const stored = new Map((await db.members.toArray()).map((m) => [m.id, m]))
        refuseChangedSincePreview(stored, batch.members, input.seen)
        refuseSharedIdentity(stored, batch.members)
        const added = new Set(batch.members.filter((m) => !stored.has(m.id)).map((m) => m.id))
        const timelines = await timelinesOf(batch.members.map((m) => m.id))
        // A member new to the database has no timeline; were one there, its events would mix with
        // the file's. The whole import is refused instead — nothing is overwritten or merged.
        const orphan = timelines.find((t) => added.has(t.memberId))
        if (orphan)
          throw new Error(
            `Mã đảng viên ${orphan.memberId} chưa có hồ sơ nhưng đã có quá trình lưu sẵn; không nhập. Hãy chạy "Kiểm tra dữ liệu" trong Sao lưu.`
          )
        // A corrected admission or official date takes its decision event along (eventsFollowingRecord).
        const storedList = timelines.flatMap(openTimeline)
        const storedEvents = groupBy(storedList, (e) => e.memberId)
        const moved = batch.members.flatMap((m) =>
          eventsFollowingRecord(stored.get(m.id), m, storedEvents.get(m.id) ?? [])
        )
        const existing = withMoved(storedList, moved)
        const byMember = groupBy([...existing, ...batch.events], (e) => e.memberId)
        const correcting = input.newCell === 'correction'
        const corrections = correcting
          ? batch.members.flatMap((m) => {
              const before = stored.get(m.id)
              if (!before?.cellId || before.cellId === m.cellId) return []
              const corrected = cellCorrection(before, m, byMember.get(m.id) ?? [])
              if (typeof corrected === 'string') throw new Error(corrected)
              byMember.set(m.id, withMoved(byMember.get(m.id) ?? [], corrected))
              return [{ before, memberId: m.id, corrected }]
            })
          : []
        const today = todayIso()
        const now = nowIso()
        const cellMoves = batch.members.flatMap((m) => {
          if (correcting) return []
          const move = recordCellMove({
            before: stored.get(m.id),
            after: m,
            events: byMember.get(m.id) ?? [],
            date: today,
            id: newId(),
            now,
            note: IMPORT_CELL_MOVE_NOTE
          })
          if (move) byMember.set(m.id, [...(byMember.get(m.id) ?? []), move])
          return move ? [move] : []
        })
        // Each event once: the corrected version over the moved one, and over the file's own.
        const fixed = [
          ...new Map([...moved, ...corrections.flatMap((c) => c.corrected)].map((e) => [e.id, e])).values()
        ]
        const fileEvents = new Set(batch.events.map((e) => e.id))
        // Issued now, awaited with the members: IndexedDB writes them (in the order issued) while
        // the window derives each member's state; an await between them would leave it idle.
        // The ward's events go into its 256 timeline books (schema v6): one read and one write each.
        const cellsAndTimelines = Promise.all([
          batch.cells.length ? db.cells.bulkPut(batch.cells) : null,
          putItems(TIMELINES, [
            ...withMoved(batch.events, fixed),
            ...fixed.filter((e) => !fileEvents.has(e.id)),
            ...cellMoves
          ])
        ])
        const saved = batch.members.map((m) => withDerivedFields(m, byMember.get(m.id) ?? [], today))
        await Promise.all([cellsAndTimelines, db.members.bulkPut(saved)])
        // One entry names every member added (an entry each, at ≈ 45 µs per row plus its hash, was
        // a third of a 10,000-member import); each member changed keeps its own, field by field.
        const addedMembers = saved
          .filter((m) => added.has(m.id))
          .map((m) => ({ id: m.id, fullName: m.fullName }))
        const changed = saved
          .filter((m) => !added.has(m.id))
          .map((member) => memberAuditEntry(stored.get(member.id), member, 'Nhập từ Excel: '))
          .filter((e): e is AuditInput => e !== null)
        await writeAudits([
          {
            entity: 'members',
            entityId: 'import',
            action: 'import',
            summary: input.summary,
            ...(addedMembers.length ? { after: { addedMembers } } : {})
          },
          ...cellMoves.map((e) =>
            cellMoveAudit(
              saved.find((m) => m.id === e.memberId)!,
              e,
              'Nhập từ Excel: '
            )
          ),
          ...corrections.map((c) =>
            cellCorrectionAudit(
              c.before,
              saved.find((m) => m.id === c.memberId)!,
              c.corrected.length,
              'Nhập từ Excel: '
            )
          ),
          ...changed,
          ...moved.map((e) =>
            movedEventAudit(
              saved.find((m) => m.id === e.memberId)!,
              storedEvents.get(e.memberId)!,
              e,
              'Nhập từ Excel: '
            )
          )
        ])
      }
    )
  },

  /**
   * "Nhập lịch sử": Huy hiệu Đảng already awarded, written as badge events in ONE transaction. The
   * members are read here, never taken from the preview, so nothing edited since is undone; only a
   * member whose derived fields the events change is put back. `seen`: member id → the `updatedAt`
   * the preview matched (the row may name someone else now), and a milestone awarded since the
   * preview: either refuses the whole batch (StaleRecordError), nothing written.
   */
  async importBadges(input: {
    events: MemberEvent[]
    seen: ReadonlyMap<string, SeenVersion>
    summary: string
  }): Promise<void> {
    const events = cleanRecordText(input.events)
    const db = getDb()
    await db.transaction('rw', [db.members, db.timelineBooks, db.auditLog, db.settings], async () => {
      const ids = [...new Set(events.map((e) => e.memberId))]
      const members = await db.members.bulkGet(ids)
      const name = (i: number) => members[i]?.fullName ?? ids[i]
      ids.forEach((id, i) => {
        if (!members[i] || changedSince(members[i], input.seen.get(id) ?? null))
          throw new StaleRecordError(`Hồ sơ của ${name(i)}`, SINCE_PREVIEW)
      })
      const stored = groupBy(await eventsOfMembers(ids), (e) => e.memberId)
      const added = groupBy(events, (e) => e.memberId)
      ids.forEach((id, i) => {
        const had = new Set(
          stored
            .get(id)
            ?.filter((e) => e.type === 'badge')
            .map((e) => e.milestone)
        )
        if (added.get(id)!.some((e) => had.has(e.milestone)))
          throw new StaleRecordError(`Huy hiệu Đảng của ${name(i)}`, SINCE_PREVIEW)
      })
      await putItems(TIMELINES, events)
      const today = todayIso()
      const derived = members.map((m, i) =>
        withDerivedFields(m!, [...(stored.get(ids[i]) ?? []), ...added.get(ids[i])!], today)
      )
      const changed = derived.filter((m, i) => changedFields(members[i]!, m, DERIVED_FIELDS) !== null)
      if (changed.length) await db.members.bulkPut(changed)
      await writeAudit({ entity: 'members', entityId: 'import', action: 'import', summary: input.summary })
    })
  },

  /**
   * The histories of the members who ever came for a temporary stay (a temporary transfer in): all
   * loadGuests needs. Read book by book, so a ward's 35,000 other events are never opened.
   */
  async temporaryStays(): Promise<Map<string, MemberEvent[]>> {
    const out = new Map<string, MemberEvent[]>()
    await getDb().timelineBooks.each((book) => {
      for (const t of book.timelines)
        if (t.events.some((e) => e.type === 'transferIn' && e.transferKind === 'temporary'))
          out.set(t.memberId, openTimeline(t))
    })
    return out
  },

  /** Event types each member already has, so an import does not add a second admission event. */
  async eventTypesByMember(): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>()
    await getDb().timelineBooks.each((book) => {
      for (const t of book.timelines) out.set(t.memberId, new Set(t.events.map((e) => e.type)))
    })
    return out
  },

  /**
   * What deleting a record created by mistake would take with it, counted by the finder the
   * removal uses (memberReferences.ts), for the confirmation; undefined when there is no such record.
   */
  async mistakeReferences(id: string): Promise<MistakeReferenceCounts | undefined> {
    const db = getDb()
    return db.transaction('r', referenceTables(db), async () => {
      const member = await db.members.get(id)
      return member ? (await findMemberReferences(member, nowIso())).counts : undefined
    })
  },

  /**
   * Deletes a record created by mistake with everything recorded against it, in ONE transaction:
   * his events, attendance marks (the meetings' cached counts recomputed), member reviews,
   * commendations and badges, task completions, presentations and committee seats; a meeting he
   * chaired or took the minutes of, and a task he owned, keep his name without the link
   * (domain/members/mistakeRemoval.ts). One audit entry names him and what went. Refused, nothing
   * written, while a locked review year holds a result of his, and (StaleRecordError) when `seen`
   * — the counts the confirmation showed — is not what is found now (another window recorded or
   * removed something since).
   */
  async removeMistake(id: string, seen?: MistakeReferenceCounts): Promise<void> {
    const db = getDb()
    await db.transaction('rw', [...referenceTables(db), db.settings], async () => {
      const member = await db.members.get(id)
      if (!member) return
      const found = await findMemberReferences(member, nowIso())
      const refusal = mistakeRemovalRefusal(member.fullName, found.counts)
      if (refusal) throw new Error(refusal)
      if (seen && !sameReferenceCounts(seen, found.counts))
        throw new StaleRecordError(
          `Những gì ghi cho ${member.fullName}`,
          'sau khi hỏi xác nhận; chưa xóa gì. Hãy bấm “Xóa hồ sơ tạo nhầm” lại để xem những gì sẽ bị xóa.'
        )
      await Promise.all([
        db.attendanceBooks.bulkPut(found.attendanceBooks),
        db.attendanceBooks.bulkDelete(found.emptiedAttendanceBooks),
        db.meetingBooks.bulkPut(found.meetingBooks),
        db.taskLists.bulkPut(found.taskLists),
        db.commendations.bulkDelete(found.commendations.map((c) => c.id)),
        db.badges.bulkDelete(found.badges.map((b) => b.id)),
        db.cells.bulkPut(found.cells),
        found.seriouslyIll ? db.meta.put({ key: SERIOUSLY_ILL_KEY, value: found.seriouslyIll }) : null
      ])
      await removeItems(
        MEMBER_REVIEW_BOOKS,
        found.reviews.map((r) => r.id)
      )
      await removeTimeline(id)
      await db.members.delete(id)
      await writeAudit({
        entity: 'members',
        entityId: id,
        action: 'delete',
        // The name only: the record was a mistake, and its personal data goes with it.
        summary: mistakeRemovalSummary(member.fullName, found.counts)
      })
    })
  },

  /**
   * Removes one life event entered by mistake and re-derives the member's state. What recording it
   * put on the record goes too (recordWithoutEvent: an official event's date, a move's cell), and
   * the record's change is audited with the removal.
   */
  async removeEvent(memberId: string, eventId: string): Promise<Member | undefined> {
    const db = getDb()
    return db.transaction('rw', [db.members, db.timelineBooks, db.auditLog, db.settings], async () => {
      const events = await memberRepository.events(memberId)
      const event = events.find((e) => e.id === eventId)
      if (!event) return undefined
      const member = await db.members.get(memberId)
      await removeEventsOf(memberId, [eventId])
      if (!member) return undefined
      const remaining = events.filter((e) => e.id !== eventId)
      const saved = withDerivedFields(
        { ...recordWithoutEvent(member, event, remaining), updatedAt: nowIso() },
        remaining
      )
      await db.members.put(saved)
      await writeAudit({
        entity: 'memberEvents',
        entityId: eventId,
        action: 'delete',
        summary: `${member.fullName}: xóa sự kiện ghi nhầm`,
        before: event
      })
      await auditMemberChange(member, saved)
      return saved
    })
  },

  /** Writes many members with their events in one transaction (import, demo data). */
  async bulkSave(inputMembers: Member[], inputEvents: MemberEvent[] = []): Promise<void> {
    const members = cleanRecordText(inputMembers)
    const events = cleanRecordText(inputEvents)
    const db = getDb()
    const byMember = groupBy(events, (e) => e.memberId)
    await db.transaction('rw', [db.members, db.timelineBooks], async () => {
      await putItems(TIMELINES, events)
      await db.members.bulkPut(members.map((m) => withDerivedFields(m, byMember.get(m.id) ?? [])))
    })
  }
}

/** What withDerivedFields sets from the events: a member is put back only when one of them changes. */
const DERIVED_FIELDS = ['status', 'active', 'cellId', 'searchText'] as const

/** The events with the moved ones in place of their old selves. */
function withMoved(events: readonly MemberEvent[], moved: readonly MemberEvent[]): MemberEvent[] {
  const byId = new Map(moved.map((e) => [e.id, e]))
  return events.map((e) => byId.get(e.id) ?? e)
}

/** "Nguyễn Văn An: chuyển chi bộ trong đảng bộ ngày 02/12/2026": a new cell on the record, as a move. */
function cellMoveAudit(member: Member, event: MemberEvent, via: string): AuditInput {
  return {
    entity: 'memberEvents',
    entityId: event.id,
    action: 'create',
    summary: `${via}${member.fullName}: ${EVENT_TYPE_LABELS[event.type].toLowerCase()} ngày ${formatDate(event.date)}`,
    after: { type: event.type, date: event.date, fromCellId: event.fromCellId, cellId: event.cellId }
  }
}

/** "Nguyễn Văn An: sửa chi bộ ghi nhầm (2 sự kiện … sửa theo)": a cell typed wrong, corrected (cellCorrection). */
function cellCorrectionAudit(
  before: Member,
  saved: Member,
  eventsCorrected: number,
  via: string
): AuditInput {
  return {
    entity: 'members',
    entityId: saved.id,
    action: 'update',
    summary: `${via}${saved.fullName}: sửa chi bộ ghi nhầm (${eventsCorrected} sự kiện trong quá trình sinh hoạt đảng sửa theo)`,
    before: { cellId: before.cellId },
    after: { cellId: saved.cellId }
  }
}

/** "Nguyễn Văn An: ngày kết nạp 10/01/1996 → 10/01/1998 (theo hồ sơ)". */
function movedEventAudit(
  member: Member,
  stored: readonly MemberEvent[],
  event: MemberEvent,
  via: string
): AuditInput {
  const before = stored.find((e) => e.id === event.id)!
  return {
    entity: 'memberEvents',
    entityId: event.id,
    action: 'update',
    summary: `${via}${member.fullName}: ${EVENT_TYPE_LABELS[event.type].toLowerCase()} ngày ${formatDate(before.date)} → ${formatDate(event.date)} (theo hồ sơ)`,
    before,
    after: event
  }
}

/** A new member by name; an edited one field by field (a status change alone reads as one line). */
/** The log line of a recorded life event: "Nguyễn Văn Ân: kết nạp vào đảng ngày 01/01/2000". */
function eventAudit(member: Pick<Member, 'fullName'>, event: MemberEvent): AuditInput {
  return {
    entity: 'memberEvents',
    entityId: event.id,
    action: 'create',
    summary: `${member.fullName}: ${EVENT_TYPE_LABELS[event.type].toLowerCase()} ngày ${formatDate(event.date)}`,
    after: { type: event.type, date: event.date }
  }
}

async function auditMemberChange(before: Member | undefined, after: Member, via = ''): Promise<void> {
  const entry = memberAuditEntry(before, after, via)
  if (entry) await writeAudit(entry)
}

/**
 * A new member by name; an edited one field by field (a status change alone reads as one line).
 * `via` names where the change came from ("Nhập từ Excel: "), so the log says it was not the form.
 */
function memberAuditEntry(before: Member | undefined, after: Member, via = ''): AuditInput | null {
  if (!before)
    return {
      entity: 'members',
      entityId: after.id,
      action: 'create',
      summary: `${via}${via ? 'thêm' : 'Thêm'} hồ sơ đảng viên ${after.fullName}`
    }
  const changes = changedFields(before, after, MEMBER_AUDITED_FIELDS)
  if (!changes) return null
  const statusOnly = Object.keys(changes.after).join() === 'status'
  return {
    entity: 'members',
    entityId: after.id,
    action: 'update',
    summary: statusOnly
      ? `${after.fullName}: ${MEMBER_STATUS_LABELS[before.status]} → ${MEMBER_STATUS_LABELS[after.status]}`
      : `${via}${via ? 'sửa' : 'Sửa'} hồ sơ ${after.fullName}`,
    ...changes
  }
}

/** Throws when a member the batch writes is stored in another version than the preview read. */
function refuseChangedSincePreview(
  stored: ReadonlyMap<string, Member>,
  written: readonly Member[],
  seen: ReadonlyMap<string, SeenVersion> | undefined
): void {
  if (!seen) return
  const changed = written.find((m) => seen.has(m.id) && changedSince(stored.get(m.id), seen.get(m.id)!))
  if (changed)
    throw new StaleRecordError(
      `Hồ sơ của ${stored.get(changed.id)?.fullName ?? changed.fullName}`,
      SINCE_PREVIEW
    )
}

/** Throws when a written member's CCCD or party card is held by another member. */
function refuseSharedIdentity(stored: ReadonlyMap<string, Member>, written: readonly Member[]): void {
  const writtenIds = new Set(written.map((m) => m.id))
  const holders = new Map<string, Member>()
  const key = (kind: string, value: string) => `${kind}:${value}`
  for (const m of [...stored.values()].filter((m) => !writtenIds.has(m.id)).concat(written)) {
    for (const [kind, value] of [
      ['CCCD', m.idNumber],
      ['số thẻ đảng viên', m.partyCardNumber]
    ] as const) {
      if (!value) continue
      const holder = holders.get(key(kind, value))
      // Records already sharing a number before this import are left as they are (not made worse).
      const unchanged = stored.get(m.id)?.[kind === 'CCCD' ? 'idNumber' : 'partyCardNumber'] === value
      if (holder && holder.id !== m.id && !unchanged)
        throw new Error(
          `Không ghi: ${kind} ${value} đã là của đồng chí ${holder.fullName}, không thể thuộc thêm ${m.fullName}.`
        )
      if (!holder) holders.set(key(kind, value), m)
    }
  }
}

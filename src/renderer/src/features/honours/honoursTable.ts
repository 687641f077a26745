// What a table of honours candidates (HonoursTable.vue) is told about its rows.
import type { Badge, Commendation, Member } from '@renderer/domain/entities'
import { MEMBER_STATUS_LABELS } from '@renderer/domain/memberState'
import { formatDate } from '@renderer/domain/dates'

export interface HonoursColumn<R> {
  label: string
  width?: number
  minWidth?: number
  fixed?: boolean
  text: (row: R) => string
}

/** A candidate's row can be proposed and decided: the table adds "Trạng thái" and the two buttons. */
export interface CandidateActions<R> {
  /** "khen thưởng" or "Huy hiệu": the buttons read "Đề nghị khen thưởng Nguyễn Văn An". */
  what: string
  nameOf: (row: R) => string
  /** The proposal or decision recorded for the row, if any. */
  recordOf: (row: R) => Commendation | Badge | undefined
}

/** "Chưa đề nghị", "Đã đề nghị" or the decision with its number and date. */
export function statusText(rec: Commendation | Badge | undefined): string {
  if (!rec) return 'Chưa đề nghị'
  if (rec.status === 'proposed') return 'Đã đề nghị'
  const date = 'awardedOn' in rec ? rec.awardedOn : (rec as Commendation).decisionDate
  return `Đã có quyết định ${rec.decisionNumber ?? ''}${date ? ` ngày ${formatDate(date)}` : ''}`
}

/** What the decision dialog decided: a commendation (of a member or a cell) or a badge. */
export type DecidedHonour =
  { kind: 'commendation'; c: { subject: 'member' | 'cell'; name: string } } | { kind: 'badge' | 'pending' }

/**
 * The message once a decision is recorded: a member's goes on his timeline (honoursRepository); a
 * cell has none, its decision shows in the list's "Trạng thái".
 */
export function decisionSavedMessage(d: DecidedHonour): string {
  if (d.kind === 'commendation' && d.c.subject === 'cell')
    return `Đã ghi quyết định khen thưởng ${d.c.name}; quyết định hiện ở cột Trạng thái của danh sách.`
  return 'Đã ghi quyết định; quyết định hiện trong quá trình của đảng viên.'
}

/**
 * The tags of the members marked seriously ill: each by name; one no longer active (died, moved
 * away…) with his status, one whose record was deleted said so — never the record's id.
 */
export function illTags(
  ids: readonly string[],
  members: readonly Pick<Member, 'id' | 'fullName' | 'status' | 'active'>[]
): { id: string; name: string }[] {
  const byId = new Map(members.map((m) => [m.id, m]))
  return ids.map((id) => {
    const m = byId.get(id)
    if (!m) return { id, name: 'Đảng viên không còn trong sổ' }
    return {
      id,
      name: m.active === 1 ? m.fullName : `${m.fullName} (${MEMBER_STATUS_LABELS[m.status].toLowerCase()})`
    }
  })
}

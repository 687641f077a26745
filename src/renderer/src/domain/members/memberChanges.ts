// What an update changes in a member's record, field by field: shown before → after in the import
// preview and written to the audit log (docs/design.md §8: nothing is overwritten silently).
import type { Member } from '../entities'
import { formatDate } from '../dates'
import { GENDER_LABELS, THEORY_LEVEL_LABELS } from '../labels'
import { MEMBER_FIELD_LABELS, type LabelledMemberField } from './fieldLabels'

/** Kept by the app itself (derived or bookkeeping), never a change the clerk made. */
const DERIVED = new Set<string>(['id', 'updatedAt', 'createdAt', 'searchText', 'status', 'active'])

export interface FieldChange {
  field: keyof Member
  before: unknown
  after: unknown
}

const empty = (v: unknown) => v === undefined || v === null || v === ''

/** The record fields whose value differs (an empty value and a missing one are the same). */
export function memberChanges(before: Member, after: Member): FieldChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Member)[])
  const out: FieldChange[] = []
  for (const field of keys) {
    if (DERIVED.has(field)) continue
    const [b, a] = [before[field], after[field]]
    if ((empty(b) && empty(a)) || JSON.stringify(b) === JSON.stringify(a)) continue
    out.push({ field, before: empty(b) ? null : b, after: empty(a) ? null : a })
  }
  return out
}

/** The changes as audit `before` / `after` objects keyed by field. */
export function changesAsAudit(changes: readonly FieldChange[]): {
  before: Record<string, unknown>
  after: Record<string, unknown>
} {
  const before: Record<string, unknown> = {}
  const after: Record<string, unknown> = {}
  for (const c of changes) {
    before[c.field] = c.before
    after[c.field] = c.after
  }
  return { before, after }
}

function showValue(field: keyof Member, v: unknown, cellName: (id: string) => string): string {
  if (empty(v)) return '(trống)'
  if (field === 'gender') return GENDER_LABELS[v as Member['gender']] ?? String(v)
  if (field === 'theoryLevel')
    return THEORY_LEVEL_LABELS[v as NonNullable<Member['theoryLevel']>] ?? String(v)
  if (field === 'cellId') return cellName(String(v))
  if (field.endsWith('Date')) return formatDate(String(v))
  return String(v)
}

/** "Ngày sinh: 1985 → 02/03/1985" */
export function describeMemberChange(
  change: FieldChange,
  cellName: (id: string) => string = (id) => id
): string {
  const label = MEMBER_FIELD_LABELS[change.field as LabelledMemberField] ?? change.field
  return `${label}: ${showValue(change.field, change.before, cellName)} → ${showValue(change.field, change.after, cellName)}`
}

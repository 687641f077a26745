// What an audit entry keeps of a change: only the fields that changed, before → after. A record
// is never copied whole into the log (personal data is kept once, in the record itself).

/** A member's personal data and standing: every change of these is logged (PDPL 91/2025/QH15). */
export const MEMBER_AUDITED_FIELDS = [
  'fullName',
  'gender',
  'birthDate',
  'hometown',
  'address',
  'ethnicity',
  'religion',
  'idNumber',
  'partyCardNumber',
  'dossierNumber',
  'admissionDate',
  'officialDate',
  'cellId',
  'partyPosition',
  'occupation',
  'education',
  'profession',
  'theoryLevel',
  'phone',
  'note',
  'status'
] as const

export interface FieldChanges {
  before: Record<string, unknown>
  after: Record<string, unknown>
}

/** Empty text and missing values are the same "(trống)". */
const plain = (v: unknown) => (v === undefined || v === '' ? null : v)

/** The listed fields whose value differs, or null when none does. */
export function changedFields(before: object, after: object, fields: readonly string[]): FieldChanges | null {
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  const out: FieldChanges = { before: {}, after: {} }
  for (const f of fields) {
    if (JSON.stringify(plain(b[f])) === JSON.stringify(plain(a[f]))) continue
    out.before[f] = plain(b[f])
    out.after[f] = plain(a[f])
  }
  return Object.keys(out.after).length ? out : null
}

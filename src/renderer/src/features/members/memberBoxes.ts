// The member fields typed in a box, in the order the member form shows them: each with its label and
// its place. The detail page lists the same fields, with the same labels, in the same order.
import type { Member } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import type { MemberTextField } from '@renderer/domain/members/textFields'
import { MEMBER_FIELD_LABELS } from '@renderer/domain/members/fieldLabels'

export type DateKey = 'birthDate' | 'admissionDate' | 'officialDate'
export type TypedKey = DateKey | 'partyCardNumber' | 'idNumber' | MemberTextField

export interface MemberBox {
  key: TypedKey
  label: string
  date?: true
  wide?: true
  inputmode?: 'numeric' | 'tel'
  maxlength?: number
  placeholder?: string
}

/** A box with the field's one label (domain/members/fieldLabels). */
const box = (key: TypedKey, look: Omit<MemberBox, 'key' | 'label'> = {}): MemberBox => ({
  key,
  label: MEMBER_FIELD_LABELS[key],
  ...look
})

/** After the name, gender, birth date and cell (which the form lays out by hand). */
export const MEMBER_BOXES: readonly MemberBox[] = [
  box('admissionDate', { date: true }),
  box('officialDate', { date: true }),
  box('partyCardNumber', { inputmode: 'numeric' }),
  box('idNumber', { inputmode: 'numeric', maxlength: 12 }),
  box('dossierNumber'),
  box('phone', { inputmode: 'tel' }),
  box('hometown', { wide: true }),
  box('address', { wide: true }),
  box('ethnicity'),
  box('religion'),
  box('education', { placeholder: 'vd. 12/12' }),
  box('profession'),
  box('partyPosition'),
  // Its label is long: two columns keep it on one line, level with its neighbours.
  box('occupation', { wide: true })
]

/** A box's value as the detail page shows it (a date as dd/mm/yyyy, a missing value as ''). */
export function boxText(m: Member, box: MemberBox): string {
  const v = m[box.key]
  return box.date ? formatDate(v) : (v ?? '')
}

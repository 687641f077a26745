// The choices of a picker (ChoiceSelect.vue), built from what screens already hold: a label table
// of the domain (GENDER_LABELS, …), a list of records with an id and a name, years, ceremonies.
import { formatDate } from '@renderer/domain/dates'
import { CEREMONY_LABELS, ceremonyDates } from '@renderer/domain/honours/badges'

export interface Choice<T extends string | number = string> {
  value: T
  label: string
}

/** { male: 'Nam', female: 'Nữ' } → choices in the table's order. */
export function choicesOf<K extends string>(labels: Readonly<Record<K, string>>): Choice<K>[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

/** Cells (by name) or members (by full name) → choices by id. */
export function recordChoices(
  records: readonly ({ id: string } & ({ name: string } | { fullName: string }))[]
) {
  return records.map((r) => ({ value: r.id, label: 'name' in r ? r.name : r.fullName }))
}

/** The members of a meeting's roll ({ memberId, fullName }) → choices by member id. */
export function rollChoices(people: readonly { memberId: string; fullName: string }[]): Choice[] {
  return people.map((p) => ({ value: p.memberId, label: p.fullName }))
}

/** Years in the order given: "2026", or "Năm 2026" where the picker has no label of its own beside it. */
export function yearChoices(years: readonly number[], word?: string): Choice<number>[] {
  return years.map((y) => ({ value: y, label: word ? `${word} ${y}` : String(y) }))
}

/** The badge ceremonies of the year before, the year and the year after: "03/02/2027 – Ngày thành lập Đảng 3/2". */
export function ceremonyChoices(year: number): Choice[] {
  return [year - 1, year, year + 1]
    .flatMap(ceremonyDates)
    .map((d) => ({ value: d, label: `${formatDate(d)} – ${CEREMONY_LABELS[d.slice(5)]}` }))
}

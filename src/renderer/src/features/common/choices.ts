// The choices of a picker (ChoiceSelect.vue), built from what screens already hold: a label table
// of the domain (GENDER_LABELS, …) or a list of records with an id and a name.

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

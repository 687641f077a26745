// Lists of people grouped by cell or by kind: a bold group row "<name> (<n> đồng chí)" spanning the
// table, then one numbered row per person. Shared by the period reports' builders.
import type { CellGroup } from '@renderer/domain/reviews/reportRows'
import type { DocRow } from '../partyDocument'

export interface PersonGroup<T> {
  name: string
  items: readonly T[]
}

export function personGroupRows<T>(
  groups: readonly PersonGroup<T>[],
  values: (item: T, group: PersonGroup<T>) => Record<string, unknown>
): DocRow[] {
  const rows: DocRow[] = []
  for (const g of groups) {
    rows.push({ kind: 'group', label: `${g.name} (${g.items.length} đồng chí)` })
    for (const item of g.items) rows.push({ values: values(item, g) })
  }
  return rows
}

export function byCell<T>(groups: readonly CellGroup<T>[]): PersonGroup<T>[] {
  return groups.map((g) => ({ name: g.cellName, items: g.items }))
}

export function countOf(groups: readonly { items: readonly unknown[] }[]): number {
  return groups.reduce((n, g) => n + g.items.length, 0)
}

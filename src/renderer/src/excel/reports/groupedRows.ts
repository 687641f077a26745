// Lists of people grouped by cell or by kind: a bold group row "<name> (<n> đồng chí)" spanning the
// table, then one numbered row per person. The list documents of the period and year-end reports
// are all this one builder with their own columns, words and "Nơi nhận".
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import type { CellGroup } from '@renderer/domain/reviews/reportRows'
import { addPartyDocumentSheet, type DocRow, type PartyDocumentSpec } from '../partyDocument'

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

export interface PersonListSpec<T> extends Omit<PartyDocumentSpec, 'rows'> {
  groups: readonly PersonGroup<T>[]
  /** A person's cells, by column key (STT is numbered). */
  values: (item: T, group: PersonGroup<T>) => Record<string, unknown>
}

/** A Party document listing people group by group (docs/design.md §7). */
export function addPersonListSheet<T>(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  { groups, values, ...spec }: PersonListSpec<T>
): ExcelJS.Worksheet {
  return addPartyDocumentSheet(wb, settings, { ...spec, rows: personGroupRows(groups, values) })
}

export function byCell<T>(groups: readonly CellGroup<T>[]): PersonGroup<T>[] {
  return groups.map((g) => ({ name: g.cellName, items: g.items }))
}

export function countOf(groups: readonly { items: readonly unknown[] }[]): number {
  return groups.reduce((n, g) => n + g.items.length, 0)
}

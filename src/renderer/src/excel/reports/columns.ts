// The columns many lists share, each with one header, kind and usual width (docs/design.md §7), so a
// person's name, date of birth or cell reads and prints alike in every document the office sends.
import type { DocColumn, DocRow } from '../partyDocument'

export const COMMON_COLUMNS = {
  stt: { header: 'STT', width: 5, kind: 'stt' },
  name: { header: 'Họ và tên', width: 24, kind: 'text' },
  birth: { header: 'Ngày sinh', width: 12, kind: 'date' },
  hometown: { header: 'Quê quán', width: 16, kind: 'text' },
  position: { header: 'Chức vụ', width: 20, kind: 'text' },
  // "Chi bộ Trường Mầm non Hoa Sen" on one line; longer names wrap.
  cell: { header: 'Chi bộ', width: 28, kind: 'text' },
  note: { header: 'Ghi chú', width: 18, kind: 'text' }
} as const satisfies Record<string, Omit<DocColumn, 'key'>>

export type CommonColumn = keyof typeof COMMON_COLUMNS

/** A shared column; `width` or `header` when one document needs its own (e.g. "Căn cứ, ghi chú"). */
export function column(key: CommonColumn, width?: number, header?: string): DocColumn {
  const c = COMMON_COLUMNS[key]
  return { key, header: header ?? c.header, width: width ?? c.width, kind: c.kind }
}

/** STT, Họ và tên, Ngày sinh: how every list of people begins. */
export function personColumns(nameWidth?: number): DocColumn[] {
  return [column('stt'), column('name', nameWidth), column('birth')]
}

/** A person as the lists' rows give one. */
interface ListedPerson {
  fullName: string
  birthDate?: string | null
  cellName?: string
  note?: string
}

/**
 * The cells of the shared columns (name, birth, cell, note) for one person; `cellName` for rows that
 * leave it to their group (lists grouped by cell). A table without one of these columns ignores it.
 */
export function personValues(p: ListedPerson, cellName = p.cellName): Record<string, unknown> {
  return { name: p.fullName, birth: p.birthDate, cell: cellName, note: p.note }
}

/**
 * The last row of a list of people: the label spans the whole row (a count in STT would not fit).
 * `guests`: how many of them only stay here (sinh hoạt tạm thời), said so the total is never read as
 * the đảng số (QĐ 232-QĐ/TW 2025, tiểu mục 6.3.2).
 */
export function peopleTotal(count: number, guests = 0): DocRow {
  const aside = guests > 0 ? `, trong đó ${guests} đồng chí sinh hoạt tạm thời, không tính vào đảng số` : ''
  return { kind: 'total', label: `Tổng cộng: ${count} đồng chí${aside}`, values: {} }
}

// A workbook often keeps an old copy of its list on a hidden sheet. The list the clerk sees in
// Excel is the one he means to import: visible sheets are searched first, and a list found only on
// a hidden sheet is read but said so beside the preview.
import type { Grid } from './grid'
import { findTable, proposeMapping, type ColumnMapping, type FieldSpec, type SheetTable } from './sheetTable'

/** Visible sheets in the workbook's order, then the hidden ones. */
export function visibleFirst<G extends Pick<Grid, 'hidden'>>(grids: readonly G[]): G[] {
  return [...grids.filter((g) => !g.hidden), ...grids.filter((g) => g.hidden)]
}

/** What the preview says when the list was read from a hidden sheet; undefined otherwise. */
function hiddenSheetNote(grid: Pick<Grid, 'hidden' | 'sheetName'>): string | undefined {
  return grid.hidden
    ? `Danh sách nằm ở trang “${grid.sheetName}” đang bị ẩn trong Excel: kiểm tra đúng là danh sách cần nhập.`
    : undefined
}

/** A list an import found on a sheet: its table and the columns proposed for the import's fields. */
export interface FoundList<K extends string> {
  table: SheetTable
  proposed: ColumnMapping<K>
  /** Set when the list was read from a sheet hidden in Excel. */
  hiddenSheetNote?: string
}

/** The list on `grid` (findTable, which throws when the sheet holds none), with its proposed columns. */
export function findList<K extends string>(
  grid: Grid,
  fields: readonly FieldSpec<K>[],
  options?: { widestIfUnnamed?: boolean }
): FoundList<K> {
  const table = findTable(grid, fields, options)
  const note = hiddenSheetNote(grid)
  return {
    table,
    proposed: proposeMapping(table.headers, fields),
    ...(note ? { hiddenSheetNote: note } : {})
  }
}

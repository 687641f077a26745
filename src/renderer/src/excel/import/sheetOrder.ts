// A workbook often keeps an old copy of its list on a hidden sheet. The list the clerk sees in
// Excel is the one he means to import: visible sheets are searched first, and a list found only on
// a hidden sheet is read but said so beside the preview.
import type { Grid } from './grid'

/** Visible sheets in the workbook's order, then the hidden ones. */
export function visibleFirst<G extends Pick<Grid, 'hidden'>>(grids: readonly G[]): G[] {
  return [...grids.filter((g) => !g.hidden), ...grids.filter((g) => g.hidden)]
}

/** What the preview says when the list was read from a hidden sheet; undefined otherwise. */
export function hiddenSheetNote(grid: Pick<Grid, 'hidden' | 'sheetName'>): string | undefined {
  return grid.hidden
    ? `Danh sách nằm ở trang “${grid.sheetName}” đang bị ẩn trong Excel: kiểm tra đúng là danh sách cần nhập.`
    : undefined
}

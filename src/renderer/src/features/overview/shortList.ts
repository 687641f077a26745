// Tổng quan's panels name the first few people behind a figure; the others are counted on a last line
// that opens the full list (where the figure leads), so nobody is left out without a word.

/** How many people a panel names. */
export const PANEL_LIST_SIZE = 5

/** The people a panel names, and how many it leaves to the full list. */
export function shortList<T>(items: readonly T[], size = PANEL_LIST_SIZE): { shown: T[]; more: number } {
  return { shown: items.slice(0, size), more: Math.max(0, items.length - size) }
}

/** The last line of a cut list: "… và 3 người nữa". */
export function moreText(more: number): string {
  return `… và ${more} người nữa`
}

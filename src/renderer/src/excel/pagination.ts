// Where a Party document's printed pages end (docs/design.md §7: "the last rows kept on the
// signature's page"). Every row of the sheet has an explicit height, so the pages can be laid out
// here as Excel and LibreOffice will: the page's text height divided by the fit-to-width scale,
// the table's header rows repeated at the top of every later page. The sheet then carries a manual
// break at the end of each page; a break that would fall inside the kept block (the table's last
// rows, notes and the signature) moves up to before the block, and a page never ends on a group
// label — unless the move would leave a page with the title and the table's header but no row.
// A document only a little taller than one page is printed on one page, a little smaller, rather
// than sending its last rows and the signature onto a second page of their own.

export interface PageLayout {
  /** Row heights in points, index 0 = row 1. */
  heights: readonly number[]
  /** Height of a page's text area, in sheet points (already divided by the print scale). */
  pageHeight: number
  /** The repeated header rows (1-based, inclusive). */
  repeatFrom: number
  repeatTo: number
  /** First row under the table's header (the first data, group or total row). */
  bodyFrom: number
  /** First row of the block that must stay on one page with the last row. */
  keepFrom: number
  /** Rows that label what follows (group rows): never the last row of a page. */
  labels: ReadonlySet<number>
}

export interface PagePlan {
  /** Rows after which a manual page break goes (1-based), in order. */
  breaks: number[]
  /** Print the whole sheet on one page (fit to one page tall), at `shrink` × the width-fit scale. */
  onePage: boolean
  shrink: number
}

/**
 * One page as it is; else one page at no less than `minShrink` × the width-fit scale (the caller
 * keeps that above the smallest readable print); else pages cut by `pageBreaks`.
 */
export function planPages(layout: PageLayout, minShrink: number): PagePlan {
  const total = layout.heights.reduce((s, h) => s + h, 0)
  if (total <= layout.pageHeight) return { breaks: [], onePage: false, shrink: 1 }
  const shrink = layout.pageHeight / total
  if (shrink >= minShrink) return { breaks: [], onePage: true, shrink }
  return { breaks: pageBreaks(layout), onePage: false, shrink: 1 }
}

/** Rows after which a manual page break goes (1-based), in order. */
export function pageBreaks(layout: PageLayout): number[] {
  const { heights, pageHeight, repeatFrom, repeatTo, bodyFrom, keepFrom, labels } = layout
  let repeat = 0
  for (let r = repeatFrom; r <= repeatTo; r++) repeat += heights[r - 1] ?? 0
  const breaks: number[] = []
  let pageStart = 1
  let used = 0
  for (let r = 1; r <= heights.length; r++) {
    const h = heights[r - 1]
    if (used + h > pageHeight && r > pageStart) {
      // A page keeps at least one row of the table: never the title and the header alone.
      const firstAllowed = Math.max(pageStart, bodyFrom)
      let start = r
      if (r > keepFrom && keepFrom > firstAllowed) start = keepFrom
      else if (labels.has(r - 1) && r - 1 > firstAllowed) start = r - 1
      breaks.push(start - 1)
      pageStart = start
      used = start > repeatTo ? repeat : 0
      for (let k = start; k < r; k++) used += heights[k - 1]
    }
    used += h
  }
  return breaks
}

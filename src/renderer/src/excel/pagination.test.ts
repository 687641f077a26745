import { describe, expect, it } from 'vitest'
import { pageBreaks, planPages, type PageLayout } from './pagination'

/**
 * A document of docs/design.md §7: 9 title rows (100 pt), a header row (20 pt) at row 10, `body`
 * rows of 16 pt, then the closing (notes + signature: 6 rows, 100 pt), kept with the last 2 rows.
 */
function layout(body: number, pageHeight: number, extra: Partial<PageLayout> = {}): PageLayout {
  const heights = [...Array<number>(9).fill(100 / 9), 20, ...Array<number>(body).fill(16)]
  const bodyFrom = 11
  const closingFrom = heights.length + 1
  heights.push(...Array<number>(6).fill(100 / 6))
  return {
    heights,
    pageHeight,
    repeatFrom: 10,
    repeatTo: 10,
    bodyFrom,
    keepFrom: Math.max(bodyFrom, closingFrom - 2),
    labels: new Set(),
    ...extra
  }
}

const lastRow = (l: PageLayout): number => l.heights.length

describe('planPages — docs/design.md §7: the last rows of a table stay on the signature’s page', () => {
  it.each([
    // body rows, page height, one page as it is / shrunk / cut
    { body: 15, page: 500, breaks: 0, onePage: false },
    { body: 20, page: 500, breaks: 0, onePage: true }, // 540 pt: 7 % smaller on one page
    { body: 30, page: 500, breaks: 1, onePage: false } // 700 pt: too much to shrink
  ])('$body rows on a page of $page pt', ({ body, page, breaks, onePage }) => {
    const plan = planPages(layout(body, page), 0.85)
    expect(plan.breaks).toHaveLength(breaks)
    expect(plan.onePage).toBe(onePage)
    if (onePage) expect(plan.shrink).toBeGreaterThanOrEqual(0.85)
  })

  it('never shrinks below the smallest allowed scale', () => {
    expect(planPages(layout(20, 500), 0.95).onePage).toBe(false)
  })
})

describe('pageBreaks', () => {
  it.each([40, 41, 45, 60, 120])('keeps the last two rows of %i with the signature', (body) => {
    const l = layout(body, 500)
    const breaks = pageBreaks(l)
    expect(breaks.length).toBeGreaterThan(0)
    for (const b of breaks) expect(b < l.keepFrom - 1 || b >= lastRow(l)).toBe(true)
  })

  it('never leaves the title and the table header alone on a page', () => {
    // A two-row table: its kept block starts at the first row under the header and cannot move above it.
    const l = layout(2, 230)
    expect(l.keepFrom).toBe(l.bodyFrom)
    const breaks = pageBreaks(l)
    expect(breaks.length).toBeGreaterThan(0)
    expect(breaks.every((b) => b >= l.bodyFrom)).toBe(true)
  })

  it('never ends a page on a group label', () => {
    const l = layout(60, 500)
    const plain = pageBreaks(l)
    const label = plain[0]
    const breaks = pageBreaks({ ...l, labels: new Set([label]) })
    expect(breaks[0]).toBe(label - 1)
  })
})

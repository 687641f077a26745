// An import preview a page at a time (usePagedRows): the page follows the tab, and never stays past
// the last page when the rows are checked again and fewer remain (a problem row fixed in the member import).
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { usePagedRows } from './usePagedRows'

const rows = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('usePagedRows', () => {
  it('shows 100 rows a page: page 2 is rows 101–200, the last page what is left', () => {
    const all = ref(rows(250))
    const { page, total, paged } = usePagedRows(all, [ref('problem')])
    expect(total.value).toBe(250)
    expect(paged.value).toEqual(rows(100))
    page.value = 2
    expect(paged.value).toEqual(rows(200).slice(100))
    page.value = 3
    expect(paged.value).toEqual(rows(250).slice(200))
  })
  it('another tab starts on page 1', async () => {
    const tab = ref('problem')
    const { page, paged } = usePagedRows(ref(rows(500)), [tab])
    page.value = 4
    tab.value = 'new'
    await nextTick()
    expect(page.value).toBe(1)
    expect(paged.value[0]).toBe(1)
  })
  it('fewer rows after a check again: the page moves back to the last one there is', async () => {
    const all = ref(rows(301))
    const { page, paged } = usePagedRows(all, [ref('problem')])
    page.value = 4
    expect(paged.value).toEqual([301])
    all.value = rows(250)
    expect(paged.value).toEqual(rows(250).slice(200))
    await nextTick()
    expect(page.value).toBe(3)
    all.value = []
    await nextTick()
    expect(page.value).toBe(1)
    expect(paged.value).toEqual([])
  })
})

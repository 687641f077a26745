// A long preview shown a page at a time (member import, history import): a file of 10,000 members,
// or 50,000 rows of their past years, rendered at once freezes the window. One page of the rows the
// tab shows; back to page 1 when the clerk picks another tab or another file; never past the last
// page when the rows are checked again and fewer remain. The pager is `ui/RowPager.vue`.
import { computed, ref, toValue, watch, type MaybeRefOrGetter, type WatchSource } from 'vue'

/** Rows shown per page of an import preview. */
export const PREVIEW_PAGE_SIZE = 100

export function usePagedRows<T>(
  rows: MaybeRefOrGetter<readonly T[]>,
  /** The tab the rows are shown by, the file they come from…: when one changes, back to page 1. */
  startOver: WatchSource[],
  pageSize = PREVIEW_PAGE_SIZE
) {
  const page = ref(1)
  const total = computed(() => toValue(rows).length)
  const lastPage = computed(() => Math.max(1, Math.ceil(total.value / pageSize)))
  watch(startOver, () => (page.value = 1))
  watch(lastPage, (last) => {
    if (page.value > last) page.value = last
  })
  const paged = computed(() => {
    const from = (Math.min(page.value, lastPage.value) - 1) * pageSize
    return toValue(rows).slice(from, from + pageSize)
  })
  return { page, pageSize, total, paged }
}

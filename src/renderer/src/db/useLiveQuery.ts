import { liveQuery } from 'dexie'
import { onScopeDispose, shallowRef, watch, type Ref, type WatchSource } from 'vue'

/**
 * A Vue ref that follows a Dexie query: it re-runs when the tables it read change, and
 * unsubscribes when the component (or effect scope) is disposed. Pass `deps` to re-run the query
 * when reactive inputs change (e.g. a selected cell or year).
 */
export function useLiveQuery<T>(
  query: () => Promise<T> | T,
  initial: T,
  deps?: WatchSource<unknown> | WatchSource<unknown>[]
): { value: Ref<T>; error: Ref<unknown>; loading: Ref<boolean> } {
  const value = shallowRef(initial) as Ref<T>
  const error = shallowRef<unknown>(null)
  const loading = shallowRef(true)
  let subscription: { unsubscribe(): void } | null = null

  const start = () => {
    subscription?.unsubscribe()
    loading.value = true
    subscription = liveQuery(query).subscribe({
      next: (v) => {
        value.value = v
        error.value = null
        loading.value = false
      },
      error: (e) => {
        error.value = e
        loading.value = false
      }
    })
  }

  if (deps) watch(deps, start, { immediate: true })
  else start()

  onScopeDispose(() => {
    subscription?.unsubscribe()
    subscription = null
  })
  return { value, error, loading }
}

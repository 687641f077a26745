import { liveQuery } from 'dexie'
import { computed, onScopeDispose, shallowReactive, shallowRef, watch, type Ref, type WatchSource } from 'vue'

/** The live queries whose last read failed, by subscription. */
const failing = shallowReactive(new Map<number, unknown>())
let nextId = 0

/**
 * A read that failed on the screen now open (null while every live query reads): the shell says so
 * once for all screens, so a list that could not be read is never taken for an empty one.
 */
export const readFailure = computed<unknown>(() => (failing.size ? [...failing.values()][0] : null))

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
  const id = nextId++
  let subscription: { unsubscribe(): void } | null = null

  const start = () => {
    subscription?.unsubscribe()
    loading.value = true
    subscription = liveQuery(query).subscribe({
      next: (v) => {
        value.value = v
        error.value = null
        loading.value = false
        failing.delete(id)
      },
      error: (e) => {
        error.value = e
        loading.value = false
        failing.set(id, e)
      }
    })
  }

  if (deps) watch(deps, start, { immediate: true })
  else start()

  onScopeDispose(() => {
    subscription?.unsubscribe()
    subscription = null
    failing.delete(id)
  })
  return { value, error, loading }
}

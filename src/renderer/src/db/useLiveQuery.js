import { liveQuery } from 'dexie';
import { onScopeDispose, shallowRef, watch } from 'vue';
/**
 * A Vue ref that follows a Dexie query: it re-runs when the tables it read change, and
 * unsubscribes when the component (or effect scope) is disposed. Pass `deps` to re-run the query
 * when reactive inputs change (e.g. a selected cell or year).
 */
export function useLiveQuery(query, initial, deps) {
    const value = shallowRef(initial);
    const error = shallowRef(null);
    const loading = shallowRef(true);
    let subscription = null;
    const start = () => {
        subscription?.unsubscribe();
        loading.value = true;
        subscription = liveQuery(query).subscribe({
            next: (v) => {
                value.value = v;
                error.value = null;
                loading.value = false;
            },
            error: (e) => {
                error.value = e;
                loading.value = false;
            }
        });
    };
    if (deps)
        watch(deps, start, { immediate: true });
    else
        start();
    onScopeDispose(() => {
        subscription?.unsubscribe();
        subscription = null;
    });
    return { value, error, loading };
}

import { type Ref, type WatchSource } from 'vue';
/**
 * A Vue ref that follows a Dexie query: it re-runs when the tables it read change, and
 * unsubscribes when the component (or effect scope) is disposed. Pass `deps` to re-run the query
 * when reactive inputs change (e.g. a selected cell or year).
 */
export declare function useLiveQuery<T>(query: () => Promise<T> | T, initial: T, deps?: WatchSource<unknown> | WatchSource<unknown>[]): {
    value: Ref<T>;
    error: Ref<unknown>;
    loading: Ref<boolean>;
};

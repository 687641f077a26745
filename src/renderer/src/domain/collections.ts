// Small helpers over Map that counting and grouping code shares.

/** The value under `key`, first stored as `create()` when the map has none. */
export function entryFor<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key)
  if (value === undefined) {
    value = create()
    map.set(key, value)
  }
  return value
}

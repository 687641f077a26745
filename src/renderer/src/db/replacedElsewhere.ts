// Another window replaced the data under this one: the web build may run in two tabs of one
// origin, and a restore (or an upgrade) in one deletes the database generation the other uses.
// IndexedDB then asks this window's connection to close ("versionchange"). Dexie's own answer
// closes it but reopens on the next write, which re-creates an EMPTY database under the deleted
// name and "saves" into it: lost at the next start, which picks the other tab's generation.
// Every database the app uses (database.ts: setDb and getDb) is watched here instead: closed for
// good, so a write fails, and the window reloads to start again on the data as it is now.
import type Dexie from 'dexie'

let reload: () => void = () => undefined
const watched = new WeakSet<Dexie>()

/** Start-up sets what this window does when its data was replaced elsewhere (the browser reloads). */
export function whenReplacedElsewhere(hook: () => void): void {
  reload = hook
}

/**
 * Closes `db` for good when another window deletes or upgrades it, and reloads this one when it is
 * still the data in use (`inUse`); a database the app has let go of only closes.
 */
export function watchReplacedElsewhere(db: Dexie, inUse: () => boolean): void {
  if (watched.has(db)) return
  watched.add(db)
  db.on('versionchange', () => {
    // disableAutoOpen (close's default): later reads and writes fail with DatabaseClosedError.
    db.close()
    if (inUse()) reload()
    // Stops Dexie's own handler, which would let the next write reopen the database.
    return false
  })
}

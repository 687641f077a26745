// Tests only: a write failure injected into databases the code under test opens itself (a restore
// writes into a new database generation, so a hook on the test's own database would never fire).
import Dexie, { type DBCore, type Middleware } from 'dexie'

/**
 * From now on, every write to `table` fails in each database opened under another name than
 * `except`. Returns the function that stops it.
 */
export function failWritesTo(table: string, except: string): () => void {
  const failing: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'injected-write-failure',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name)
        return name === table
          ? { ...t, mutate: () => Promise.reject(new Error('injected write failure')) }
          : t
      }
    })
  }
  const addon = (db: Dexie) => {
    if (db.name !== except) db.use(failing)
  }
  Dexie.addons.push(addon)
  return () => {
    Dexie.addons.splice(Dexie.addons.indexOf(addon), 1)
  }
}

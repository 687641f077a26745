// IndexedDB stores values by structured clone, which refuses JavaScript Proxies — and Vue's reactive
// state is made of Proxies. A form that hands its reactive model (or an object with one nested
// inside) to a repository would fail with "DataCloneError: #<Object> could not be cloned".
// This middleware unwraps such values on every add/put, for every table, so no screen has to
// remember to. It also drops fields whose value is `undefined` (an optional field left empty):
// a stored row is then exactly what a backup's JSON gives back (JSON has no `undefined`).
// It copies only along the path to a Proxy or an undefined field; other values pass through untouched.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'

/** Vue's reactive/readonly proxies answer `__v_raw` with the object they wrap; plain objects don't. */
function unwrap(value: object): object {
  const raw = (value as { __v_raw?: object }).__v_raw
  return raw && raw !== value ? unwrap(raw) : value
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** The value with every Vue proxy inside it replaced by its raw object and every undefined-valued
 *  field of a plain object dropped (copy-on-write). */
export function toPlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  const raw = unwrap(value as object)
  let copy: Record<string | number, unknown> | unknown[] | null = null
  if (Array.isArray(raw)) {
    raw.forEach((item, i) => {
      const plain = toPlain(item)
      if (plain !== item) (copy ??= raw.slice())[i] = plain
    })
  } else if (isPlainObject(raw)) {
    // for…in, not Object.entries: every write walks its rows, and an array of pairs per row was
    // most of the walk's cost (a plain object's prototype has no enumerable keys).
    for (const key in raw) {
      const item = (raw as Record<string, unknown>)[key]
      if (item === undefined) {
        delete (copy ??= { ...raw } as Record<string, unknown>)[key as never]
        continue
      }
      const plain = toPlain(item)
      if (plain !== item) (copy ??= { ...raw } as Record<string, unknown>)[key as never] = plain as never
    }
  }
  return (copy ?? raw) as T
}

/**
 * Transactions whose writes are known plain: a restore writes rows fresh from JSON.parse, which
 * can hold neither a Proxy nor an undefined value, and walking its ≈ 1,000,000 values again costs
 * a few hundred milliseconds of the 5 s a restore may take.
 */
const plainTransactions = new WeakSet<object>()

/** Call inside a Dexie transaction: its add/put values skip the walk. */
export function markWritesPlain(idbTransaction: object): void {
  plainTransactions.add(idbTransaction)
}

export const plainValuesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'plainValues',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            if ((req.type === 'add' || req.type === 'put') && !plainTransactions.has(req.trans))
              return table.mutate({ ...req, values: req.values.map(toPlain) })
            return table.mutate(req)
          }
        }
      }
    }
  }
}

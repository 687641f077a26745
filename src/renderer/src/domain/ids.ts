/** A new record id. UUIDs keep ids unique across imports, merges and restores. */
export function newId(): string {
  return crypto.randomUUID()
}

export function nowIso(): string {
  return new Date().toISOString()
}

// One chained audit entry added to a log table, inside the caller's transaction. Apart from the
// repository (auditRepository.ts) so that schema upgrades, which reach tables through their
// upgrade transaction and run while database.ts is still being set up, can log too.
import Dexie, { type Table } from 'dexie'
import type { AuditEntry } from '@renderer/domain/entities'
import { CHAIN_START, sealAuditEntry, type UnsealedAuditEntry } from '@renderer/domain/backup/auditChain'

/**
 * Adds an entry chained to the last one (auditChain.ts). The hash comes from WebCrypto, which
 * IndexedDB does not wait for: Dexie.waitFor keeps the transaction open (an upgrade's too).
 */
export async function appendAuditTo(
  log: Table<AuditEntry, number>,
  entry: UnsealedAuditEntry
): Promise<void> {
  const last = await log.orderBy(':id').last()
  const sealed = await Dexie.waitFor(sealAuditEntry(entry, last?.hash ?? CHAIN_START))
  await log.add(sealed)
}

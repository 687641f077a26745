// Every file that takes personal data out of the app (member lists, reports, the audit log, backups)
// is written to the audit log: when, which clerk, what and where to (Luật 91/2025/QH15).
import { auditRepository } from '@renderer/db/repositories/auditRepository'

/** `entity`: the table the data comes from (its Vietnamese name shows in the log). */
export function logExport(entity: string, summary: string): Promise<void> {
  return auditRepository.record({ entity, entityId: 'export', action: 'export', summary })
}

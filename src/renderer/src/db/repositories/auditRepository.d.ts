import type { AuditEntry } from '@renderer/domain/entities';
export type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'clerk'>;
/**
 * Appends an audit entry. Call it inside the same transaction as the change it records
 * (include `auditLog` and `settings` in the transaction's tables) so both land or neither does.
 */
export declare function writeAudit(entry: AuditInput): Promise<void>;
export declare const auditRepository: {
    write: typeof writeAudit;
    /** Newest first. */
    list(limit?: number): Promise<AuditEntry[]>;
    forEntity(entity: string, entityId: string): Promise<AuditEntry[]>;
};

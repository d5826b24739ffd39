import { auditLog } from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';
import type { AuditAction } from '../domain/audit.ts';

export type { AuditAction };

export interface AuditEntry {
  action: AuditAction;
  staffId?: number | null;
  username?: string | null;
  /**
   * Kind of record acted on: 'complaint', 'staff', 'agency', 'category' or 'settings'. The audit
   * page links the first four to their staff pages by `targetId`, the record's id.
   */
  targetType?: string | null;
  targetId?: string | number | null;
  /** Facts about the action; never passwords, reporter names, contacts or message text. */
  detail?: Record<string, unknown> | null;
  clientAddress?: string | null;
}

/** Write one audit entry; call it inside the transaction of the change it records. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    action: entry.action,
    staffId: entry.staffId ?? null,
    username: entry.username ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined || entry.targetId === null ? null : String(entry.targetId),
    detail: entry.detail ?? null,
    clientAddress: entry.clientAddress ?? null,
  });
}

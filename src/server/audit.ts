import { auditLog } from '../../db/schema/index.ts';
import type { Executor } from '../../db/client.ts';

/** What staff did, in the words of the audit log. */
export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'sign_out_everywhere'
  | 'complaint_logged'
  | 'complaint_action'
  | 'complaint_edited'
  | 'complaint_duplicate_linked'
  | 'staff_created'
  | 'staff_updated'
  | 'staff_password_reset'
  | 'agency_saved'
  | 'category_saved'
  | 'settings_saved'
  | 'holiday_saved'
  | 'holiday_deleted'
  | 'export'
  | 'import_dry_run'
  | 'import'
  | 'publish';

export interface AuditEntry {
  action: AuditAction;
  staffId?: number | null;
  username?: string | null;
  targetType?: string | null;
  targetId?: string | number | null;
  /** Facts about the action; never reporter names, contacts or message text. */
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

/** Reading the audit log for the admin's audit page. */

import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { agencies, auditLog, categories, complaints, staff } from '../../../db/schema/index.ts';
import type { AuditFilter } from '../../domain/forms/audit-filter-form.ts';

export const AUDIT_PAGE_SIZE = 50;

/** Target of an entry as the page shows it: a label, and a link for records that exist. */
export interface AuditTarget {
  label: string;
  href: string | null;
}

/** Return one page of entries, newest first, with their staff member and target resolved. */
export async function listAuditEntries(db: Executor, filter: AuditFilter) {
  const conditions = and(
    filter.petugas === null ? undefined : eq(auditLog.staffId, filter.petugas),
    filter.tindakan === null ? undefined : eq(auditLog.action, filter.tindakan),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        occurredAt: auditLog.occurredAt,
        staffId: auditLog.staffId,
        staffName: staff.displayName,
        staffUsername: staff.username,
        username: auditLog.username,
        action: auditLog.action,
        targetType: auditLog.targetType,
        targetId: auditLog.targetId,
        detail: auditLog.detail,
        clientAddress: auditLog.clientAddress,
      })
      .from(auditLog)
      .leftJoin(staff, eq(staff.id, auditLog.staffId))
      .where(conditions)
      .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((filter.halaman - 1) * AUDIT_PAGE_SIZE),
    db.select({ value: count() }).from(auditLog).where(conditions),
  ]);
  const targets = await resolveTargets(db, rows);
  return {
    rows: rows.map((row) => ({ ...row, target: targets(row.targetType, row.targetId) })),
    total: total?.value ?? 0,
  };
}

/** Return every staff account, for the staff filter. */
export async function auditStaffOptions(db: Executor) {
  return db
    .select({ id: staff.id, displayName: staff.displayName, username: staff.username })
    .from(staff)
    .orderBy(asc(staff.displayName), asc(staff.username));
}

type TargetLookup = (type: string | null, id: string | null) => AuditTarget | null;

/** Look up the names of the records a page of entries refers to, with one query per kind. */
async function resolveTargets(
  db: Executor,
  rows: Array<{ targetType: string | null; targetId: string | null }>,
): Promise<TargetLookup> {
  const idsOf = (type: string) => [
    ...new Set(
      rows.filter((row) => row.targetType === type && /^\d{1,9}$/.test(row.targetId ?? '')).map((row) => Number(row.targetId)),
    ),
  ];
  const lookup = async <Row extends { id: number }>(ids: number[], query: (ids: number[]) => Promise<Row[]>) =>
    new Map((ids.length === 0 ? [] : await query(ids)).map((row) => [row.id, row]));

  const [complaintRows, staffRows, agencyRows, categoryRows] = await Promise.all([
    lookup(idsOf('complaint'), (ids) =>
      db.select({ id: complaints.id, label: complaints.ticket }).from(complaints).where(inArray(complaints.id, ids)),
    ),
    lookup(idsOf('staff'), (ids) =>
      db.select({ id: staff.id, label: staff.displayName, username: staff.username }).from(staff).where(inArray(staff.id, ids)),
    ),
    lookup(idsOf('agency'), (ids) =>
      db.select({ id: agencies.id, label: agencies.name }).from(agencies).where(inArray(agencies.id, ids)),
    ),
    lookup(idsOf('category'), (ids) =>
      db.select({ id: categories.id, label: categories.name }).from(categories).where(inArray(categories.id, ids)),
    ),
  ]);

  const KINDS: Record<string, { noun: string; path: string; rows: Map<number, { label: string; username?: string }> }> = {
    complaint: { noun: 'Aduan', path: '/staf/aduan/', rows: complaintRows },
    staff: { noun: 'Akun', path: '/staf/admin/petugas/', rows: staffRows },
    agency: { noun: 'Instansi', path: '/staf/admin/instansi/', rows: agencyRows },
    category: { noun: 'Kategori', path: '/staf/admin/kategori/', rows: categoryRows },
  };

  return (type, id) => {
    if (type === null) {
      return null;
    }
    if (type === 'settings') {
      return { label: 'Pengaturan portal', href: '/staf/admin/pengaturan/' };
    }
    const kind = KINDS[type];
    if (!kind || id === null) {
      return { label: [type, id].filter(Boolean).join(' '), href: null };
    }
    const row = kind.rows.get(Number(id));
    if (!row) {
      return { label: `${kind.noun} #${id} (tidak ditemukan)`, href: null };
    }
    const name = row.username ? `${row.label} (${row.username})` : row.label;
    return { label: `${kind.noun} ${name}`, href: `${kind.path}${id}/` };
  };
}

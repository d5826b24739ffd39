import { z } from 'zod';
import { AUDIT_ACTIONS } from '../audit.ts';
import { optionalId } from './fields.ts';

/**
 * The filter above the audit log, read from the query string: `petugas` (staff id), `tindakan`
 * (action) and `halaman` (page). A value that cannot be right, e.g. from an edited address, is
 * dropped, so that the page shows the whole log instead of an error.
 */
export const auditFilterFormSchema = z.object({
  petugas: optionalId('Petugas').catch(null),
  tindakan: z
    .enum(AUDIT_ACTIONS)
    .nullable()
    .optional()
    .transform((value) => value ?? null)
    .catch(null),
  halaman: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number)
    .optional()
    .transform((value) => value ?? 1)
    .catch(1),
});

export type AuditFilter = z.output<typeof auditFilterFormSchema>;

export function parseAuditFilter(params: URLSearchParams): AuditFilter {
  return auditFilterFormSchema.parse({
    petugas: params.get('petugas') ?? undefined,
    tindakan: params.get('tindakan') || undefined,
    halaman: params.get('halaman') ?? undefined,
  });
}

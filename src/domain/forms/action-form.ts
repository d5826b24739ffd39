import { z } from 'zod';
import { ACTIONS, INVALID_REASONS, OUTCOMES } from '../status.ts';
import { fieldErrorsOf, optionalId, optionalText, publicText } from './fields.ts';

export const ACTION_LIMITS = {
  publicNote: 1000,
  internalNote: 2000,
  agencyReference: 60,
} as const;

/** The status change form on a complaint's page. */
export const actionFormSchema = z
  .object({
    action: z.enum(ACTIONS, { message: 'Pilih tindakan.' }),
    version: z.coerce.number({ message: 'Formulir tidak lengkap; muat ulang halaman.' }).int().min(1),
    agency_id: optionalId('Instansi'),
    agency_reference: optionalText('Nomor referensi instansi', ACTION_LIMITS.agencyReference),
    invalid_reason: z
      .string()
      .optional()
      .transform((value) => (value ? value : null))
      .pipe(z.enum(INVALID_REASONS, { message: 'Alasan tidak valid tidak dikenal.' }).nullable()),
    outcome: z
      .string()
      .optional()
      .transform((value) => (value ? value : null))
      .pipe(z.enum(OUTCOMES, { message: 'Hasil penyelesaian tidak dikenal.' }).nullable()),
    duplicate_of: optionalText('Nomor tiket aduan asal', 40),
    public_note: publicText('Catatan publik', ACTION_LIMITS.publicNote),
    internal_note: optionalText('Catatan internal', ACTION_LIMITS.internalNote),
  })
  .superRefine((form, context) => {
    if (form.action === 'forward' && form.agency_id === null) {
      context.addIssue({ code: 'custom', path: ['agency_id'], message: 'Pilih instansi tujuan penerusan.' });
    }
    if (form.action === 'reject' && form.invalid_reason === null) {
      context.addIssue({ code: 'custom', path: ['invalid_reason'], message: 'Pilih alasan aduan dinyatakan tidak valid.' });
    }
    if (form.action === 'resolve' && form.outcome === null) {
      context.addIssue({ code: 'custom', path: ['outcome'], message: 'Pilih hasil penyelesaian.' });
    }
  });

export type ActionForm = z.output<typeof actionFormSchema>;

export function parseActionForm(
  values: Record<string, string | undefined>,
): { success: true; data: ActionForm } | { success: false; errors: Record<string, string> } {
  const result = actionFormSchema.safeParse(values);
  return result.success ? { success: true, data: result.data } : { success: false, errors: fieldErrorsOf(result.error) };
}

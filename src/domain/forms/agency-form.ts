import { z } from 'zod';
import { AGENCY_KINDS } from '../categories.ts';
import { checkbox, optionalSlug, parseForm, requiredText, withDerivedSlug } from './fields.ts';

export const AGENCY_LIMITS = {
  name: 150,
  shortName: 40,
} as const;

/**
 * The agency form, for a new agency and for changes. An empty slug is derived from the short
 * name. The `confirmed_` fields come with the second submission, after the page has listed
 * what a slug change or a deactivation affects.
 */
export const agencyFormSchema = z
  .object({
    name: requiredText('Nama instansi', AGENCY_LIMITS.name),
    short_name: requiredText('Nama singkat', AGENCY_LIMITS.shortName),
    slug: optionalSlug(),
    kind: z.enum(AGENCY_KINDS, { message: 'Pilih jenis instansi.' }),
    district_code: z
      .string()
      .optional()
      .transform((value) => (value ? value : null))
      .refine((value) => value === null || /^\d{2}\.\d{2}\.\d{2}$/.test(value), 'Kecamatan tidak valid; pilih dari daftar.'),
    active: checkbox(),
    /** The new slug whose consequences the admin has confirmed. */
    confirmed_slug: z
      .string()
      .optional()
      .transform((value) => value ?? null),
    /** Set when the admin has confirmed deactivating an agency that is still referred to. */
    confirmed_deactivation: checkbox(),
  })
  .superRefine((form, context) => {
    if (form.kind === 'district_office' && form.district_code === null) {
      context.addIssue({ code: 'custom', path: ['district_code'], message: 'Pilih kecamatan untuk kantor kecamatan.' });
    }
    if (form.kind !== 'district_office' && form.district_code !== null) {
      context.addIssue({
        code: 'custom',
        path: ['district_code'],
        message: 'Kecamatan hanya diisi untuk kantor kecamatan. Kosongkan pilihan kecamatan untuk jenis instansi ini.',
      });
    }
  })
  .transform((form, context) => withDerivedSlug(form, form.short_name, context));

export type AgencyForm = z.output<typeof agencyFormSchema>;

export const parseAgencyForm = (values: Record<string, string | undefined>) => parseForm(agencyFormSchema, values);

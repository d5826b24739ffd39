import { z } from 'zod';
import { CATEGORY_GROUPS } from '../categories.ts';
import { checkbox, optionalId, optionalSlug, parseForm, requiredText, withDerivedSlug } from './fields.ts';

export const CATEGORY_LIMITS = {
  name: 100,
  maxSortOrder: 9999,
} as const;

/** The category form, for a new category and for changes. An empty slug is derived from the name. */
export const categoryFormSchema = z
  .object({
    name: requiredText('Nama kategori', CATEGORY_LIMITS.name),
    slug: optionalSlug(),
    group: z.enum(CATEGORY_GROUPS, { message: 'Pilih kelompok kategori.' }),
    default_agency_id: optionalId('Instansi bawaan'),
    sort_order: z
      .string()
      .optional()
      .transform((value) => (value ?? '').trim())
      .refine(
        (value) => value === '' || /^\d{1,4}$/.test(value),
        `Urutan harus bilangan bulat 0–${CATEGORY_LIMITS.maxSortOrder}.`,
      )
      .transform((value) => (value === '' ? 0 : Number(value))),
    active: checkbox(),
  })
  .transform((form, context) => withDerivedSlug(form, form.name, context));

export type CategoryForm = z.output<typeof categoryFormSchema>;

export const parseCategoryForm = (values: Record<string, string | undefined>) => parseForm(categoryFormSchema, values);

import { z } from 'zod';
import { describePersonalData, findPersonalData } from '../personal-data.ts';
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from '../slug.ts';
import { cleanText, visibleLength } from '../text.ts';

/** Required text field: cleaned, then checked for length as a person counts it. */
export function requiredText(label: string, maxLength: number) {
  return z
    .string({ message: `${label} wajib diisi.` })
    .transform(cleanText)
    .refine((value) => value.length > 0, `${label} wajib diisi.`)
    .superRefine(checkLength(label, maxLength));
}

/** Optional text field: empty input becomes null. */
export function optionalText(label: string, maxLength: number) {
  return z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? ''))
    .superRefine(checkLength(label, maxLength))
    .transform((value) => (value === '' ? null : value));
}

function checkLength(label: string, maxLength: number) {
  return (value: string, context: z.RefinementCtx) => {
    const length = visibleLength(value);
    if (length > maxLength) {
      context.addIssue({
        code: 'custom',
        message: `${label} terlalu panjang: ${length} karakter, paling banyak ${maxLength}.`,
      });
    }
  };
}

/** Optional text that will be public: it must not contain personal data. */
export function publicText(label: string, maxLength: number) {
  return optionalText(label, maxLength).superRefine((value, context) => {
    if (value === null) {
      return;
    }
    const matches = findPersonalData(value);
    if (matches.length > 0) {
      context.addIssue({ code: 'custom', message: `${label}: ${describePersonalData(matches, value)}` });
    }
  });
}

/** Optional positive integer id from a select box; empty means none. */
export function optionalId(label: string) {
  return z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === '') {
        return null;
      }
      const id = Number(value);
      // Ids are PostgreSQL integers: 1 to 2 147 483 647.
      if (!/^\d{1,10}$/.test(value.trim()) || id <= 0 || id > 2_147_483_647) {
        context.addIssue({ code: 'custom', message: `${label} tidak valid; pilih salah satu dari daftar.` });
        return z.NEVER;
      }
      return id;
    });
}

/** Turn zod issues into one message per form field (the first issue of each field wins). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Result of parsing a submitted form: the typed data, or one Indonesian message per field. */
export type FormResult<T> = { success: true; data: T } | { success: false; errors: Record<string, string> };

/** Parse submitted form values with `schema`, keeping the first message of each field. */
export function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  values: Record<string, string | undefined>,
): FormResult<z.output<Schema>> {
  const result = schema.safeParse(values);
  return result.success ? { success: true, data: result.data } : { success: false, errors: fieldErrorsOf(result.error) };
}

/** Read a checkbox: browsers send "on" when it is ticked and nothing when it is not. */
export function checkbox() {
  return z
    .string()
    .optional()
    .transform((value) => value === 'on' || value === 'true' || value === '1');
}

/** Read an optional slug as typed. Empty becomes null, so that the form can derive one from a name. */
export function optionalSlug() {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim())
    .refine((value) => value === '' || (value.length >= 2 && value.length <= MAX_SLUG_LENGTH), {
      message: `Slug harus 2–${MAX_SLUG_LENGTH} karakter.`,
    })
    .refine((value) => value === '' || SLUG_PATTERN.test(value), {
      message: 'Slug hanya boleh berisi huruf kecil a–z, angka 0–9 dan tanda hubung (-), misalnya dinas-kesehatan.',
    })
    .transform((value) => (value === '' ? null : value));
}

/**
 * Fill an empty slug from `name` (see `slugify`), or report that one must be typed when the name
 * has no letter or digit. Use it on the whole form object, after the fields have been parsed.
 */
export function withDerivedSlug<Form extends { slug: string | null }>(form: Form, name: string, context: z.RefinementCtx) {
  const slug = form.slug ?? slugify(name);
  if (slug.length < 2) {
    context.addIssue({
      code: 'custom',
      path: ['slug'],
      message: 'Isi slug: huruf kecil, angka dan tanda hubung, misalnya dinas-kesehatan.',
    });
    return z.NEVER;
  }
  return { ...form, slug };
}

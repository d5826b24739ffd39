import { z } from 'zod';
import { describePersonalData, findPersonalData } from '../personal-data.ts';
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

import { z } from 'zod';
import { CHANNELS } from '../channels.ts';
import { fieldErrorsOf, optionalId, publicText, requiredText } from './fields.ts';

export const COMPLAINT_LIMITS = {
  reporterName: 120,
  reporterContact: 200,
  originalText: 5000,
  summary: 500,
} as const;

/**
 * The "catat aduan baru" form. Used on the server and, as the same schema, in the browser.
 * `received_at` is a local wall-clock time (YYYY-MM-DDTHH:MM) in the deployment's zone.
 */
export const complaintFormSchema = z
  .object({
    channel: z.enum(CHANNELS, { message: 'Pilih kanal tempat aduan diterima.' }),
    received_at: z
      .string({ message: 'Waktu diterima wajib diisi.' })
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Waktu diterima wajib diisi dengan tanggal dan jam, misalnya 22/09/2022 14.05.'),
    reporter_name: requiredText('Nama pelapor', COMPLAINT_LIMITS.reporterName),
    reporter_contact: requiredText('Kontak pelapor', COMPLAINT_LIMITS.reporterContact),
    original_text: requiredText('Isi aduan', COMPLAINT_LIMITS.originalText),
    category_id: optionalId('Kategori').refine((value) => value !== null, 'Pilih kategori aduan.'),
    district_code: z
      .string()
      .optional()
      .transform((value) => (value ? value : null))
      .refine((value) => value === null || /^\d{2}\.\d{2}\.\d{2}$/.test(value), 'Kecamatan tidak valid; pilih dari daftar.'),
    village_code: z
      .string()
      .optional()
      .transform((value) => (value ? value : null))
      .refine(
        (value) => value === null || /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(value),
        'Desa/kelurahan tidak valid; pilih dari daftar.',
      ),
    lat: coordinate('Garis lintang', -90, 90),
    lng: coordinate('Garis bujur', -180, 180),
    summary: publicText('Ringkasan publik', COMPLAINT_LIMITS.summary),
    confidential: z
      .string()
      .optional()
      .transform((value) => value === 'on' || value === 'true'),
  })
  .superRefine((form, context) => {
    if ((form.lat === null) !== (form.lng === null)) {
      context.addIssue({
        code: 'custom',
        path: [form.lat === null ? 'lat' : 'lng'],
        message: 'Isi garis lintang dan garis bujur bersama-sama, atau kosongkan keduanya.',
      });
    }
    if (form.village_code && form.district_code && !form.village_code.startsWith(`${form.district_code}.`)) {
      context.addIssue({
        code: 'custom',
        path: ['village_code'],
        message: 'Desa/kelurahan yang dipilih tidak berada di kecamatan yang dipilih.',
      });
    }
  });

export type ComplaintForm = z.output<typeof complaintFormSchema>;

export function parseComplaintForm(
  values: Record<string, string | undefined>,
): { success: true; data: ComplaintForm } | { success: false; errors: Record<string, string> } {
  const result = complaintFormSchema.safeParse(values);
  return result.success ? { success: true, data: result.data } : { success: false, errors: fieldErrorsOf(result.error) };
}

function coordinate(label: string, min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((value, context) => {
      const trimmed = (value ?? '').trim().replace(',', '.');
      if (trimmed === '') {
        return null;
      }
      const number = Number(trimmed);
      if (!Number.isFinite(number) || number < min || number > max) {
        context.addIssue({ code: 'custom', message: `${label} harus berupa angka antara ${min} dan ${max}.` });
        return z.NEVER;
      }
      return number;
    });
}

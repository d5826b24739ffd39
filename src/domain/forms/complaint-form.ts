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
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Waktu diterima wajib diisi dengan tanggal dan jam, misalnya 22/09/2022 14.05.')
      .refine(isRealDateTime, 'Waktu diterima bukan tanggal dan jam yang ada; periksa tanggal, bulan dan jamnya.'),
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
    // Parsed up to 180 so that a longitude typed here can be recognised below as swapped.
    lat: coordinate('Garis lintang', -180, 180, 'Garis lintang harus berupa angka antara -90 dan 90.'),
    lng: coordinate('Garis bujur', -180, 180),
    summary: publicText('Ringkasan publik', COMPLAINT_LIMITS.summary),
    confidential: z
      .string()
      .optional()
      .transform((value) => value === 'on' || value === 'true'),
  })
  .superRefine((form, context) => {
    if (form.lat !== null && Math.abs(form.lat) > 90) {
      const swapped = form.lng !== null && Math.abs(form.lng) <= 90;
      context.addIssue({
        code: 'custom',
        path: ['lat'],
        message: swapped
          ? 'Garis lintang harus antara -90 dan 90; angka ini tampaknya garis bujur. Garis lintang dan garis bujur tertukar: isi garis lintang dengan angka seperti -6,75 dan garis bujur dengan angka seperti 111,04.'
          : 'Garis lintang harus berupa angka antara -90 dan 90.',
      });
      return;
    }
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

/** True for a wall-clock time that exists on the calendar: no 31 April, no 25:00. */
export function isRealDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60
  );
}

/**
 * Indonesian message when a complaint's received time lies outside what is possible: before the
 * channel opened or in the future (a few minutes of clock difference are allowed). Null when fine.
 */
export function receivedAtProblem(receivedAt: Date, launchedOn: Date, now: Date): string | null {
  if (receivedAt.getTime() < launchedOn.getTime()) {
    return 'Waktu diterima lebih awal daripada tanggal kanal mulai beroperasi; periksa tahunnya.';
  }
  if (receivedAt.getTime() > now.getTime() + 5 * 60_000) {
    return 'Waktu diterima berada di masa depan; isi waktu aduan benar-benar diterima.';
  }
  return null;
}

function coordinate(label: string, min: number, max: number, message = `${label} harus berupa angka antara ${min} dan ${max}.`) {
  return z
    .string()
    .optional()
    .transform((value, context) => {
      const trimmed = (value ?? '').trim().replace(/^[\u2212\u2013]/, '-').replace(',', '.');
      if (trimmed === '') {
        return null;
      }
      const number = Number(trimmed);
      if (!/^-?\d{1,3}(\.\d+)?$/.test(trimmed) || number < min || number > max) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return number;
    });
}

import { z } from 'zod';
import { HOLIDAY_KINDS, HOLIDAY_NAME_MAX_LENGTH, HOLIDAY_YEAR_RANGE, isCalendarDate, readDateInput } from '../holidays.ts';
import { fieldErrorsOf, requiredText } from './fields.ts';

/** A holiday date typed on the admin page, as YYYY-MM-DD. */
export const holidayDateField = z.string({ message: 'Tanggal wajib diisi, misalnya 17/08/2026.' }).transform((value, context) => {
  if (value.trim() === '') {
    context.addIssue({ code: 'custom', message: 'Tanggal wajib diisi, misalnya 17/08/2026.' });
    return z.NEVER;
  }
  const date = readDateInput(value);
  if (date === null) {
    context.addIssue({ code: 'custom', message: 'Tanggal tidak dikenali; tulis seperti 17/08/2026 atau pilih dari kalender.' });
    return z.NEVER;
  }
  if (!isCalendarDate(date)) {
    context.addIssue({ code: 'custom', message: `Tanggal ${value.trim()} tidak ada di kalender; periksa tanggal dan bulannya.` });
    return z.NEVER;
  }
  const year = Number(date.slice(0, 4));
  if (year < HOLIDAY_YEAR_RANGE.min || year > HOLIDAY_YEAR_RANGE.max) {
    context.addIssue({
      code: 'custom',
      message: `Tahun ${year} di luar jangkauan; isi tahun antara ${HOLIDAY_YEAR_RANGE.min} dan ${HOLIDAY_YEAR_RANGE.max}.`,
    });
    return z.NEVER;
  }
  return date;
});

/** The "tambah hari libur" form of the admin's holiday page. */
export const holidayFormSchema = z.object({
  date: holidayDateField,
  name: requiredText('Nama hari libur', HOLIDAY_NAME_MAX_LENGTH),
  kind: z.enum(HOLIDAY_KINDS, { message: 'Pilih jenisnya: libur nasional atau cuti bersama.' }),
});

export type HolidayForm = z.output<typeof holidayFormSchema>;

export function parseHolidayForm(
  values: Record<string, string | undefined>,
): { success: true; data: HolidayForm } | { success: false; errors: Record<string, string> } {
  const result = holidayFormSchema.safeParse(values);
  return result.success ? { success: true, data: result.data } : { success: false, errors: fieldErrorsOf(result.error) };
}

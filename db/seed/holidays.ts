/**
 * Indonesia's national holidays and collective leave days from `holidays/indonesia.json` (its
 * README names the decrees), and the rule that loads them into the `holidays` table.
 */

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HOLIDAY_KINDS, HOLIDAY_NAME_MAX_LENGTH, isCalendarDate, type Holiday } from '../../src/domain/holidays.ts';
import type { Executor } from '../client.ts';
import { holidays, seededHolidays } from '../schema/index.ts';

export const HOLIDAY_FILE = fileURLToPath(new URL('./holidays/indonesia.json', import.meta.url));

const holidaySchema = z.object({
  date: z.string().refine(isCalendarDate, 'harus tanggal yang ada, ditulis YYYY-MM-DD'),
  name: z.string().trim().min(1, 'tidak boleh kosong').max(HOLIDAY_NAME_MAX_LENGTH),
  kind: z.enum(HOLIDAY_KINDS, { message: 'harus national atau collective_leave' }),
});

const holidayYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** False while the year's decree is not yet fully in the file. */
    complete: z.boolean(),
    basis: z.string().min(1),
    note: z.string().optional(),
    holidays: z.array(holidaySchema),
  })
  .superRefine((entry, context) => {
    entry.holidays.forEach((holiday, index) => {
      if (!holiday.date.startsWith(`${entry.year}-`)) {
        context.addIssue({ code: 'custom', path: ['holidays', index, 'date'], message: `tidak berada di tahun ${entry.year}` });
      }
    });
  });

const holidayFileSchema = z
  .object({ description: z.string(), years: z.array(holidayYearSchema) })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.years.forEach((entry, yearIndex) => {
      entry.holidays.forEach((holiday, index) => {
        if (seen.has(holiday.date)) {
          context.addIssue({ code: 'custom', path: ['years', yearIndex, 'holidays', index, 'date'], message: 'tercantum dua kali' });
        }
        seen.add(holiday.date);
      });
    });
  });

export type HolidayFile = z.infer<typeof holidayFileSchema>;

/** Read and check the holiday file; the error names each wrong entry by its place in the file. */
export function readHolidayFile(file: string = HOLIDAY_FILE): HolidayFile {
  let content: unknown;
  try {
    content = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Berkas hari libur ${file} tidak dapat dibaca: ${(error as Error).message}`);
  }
  const result = holidayFileSchema.safeParse(content);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(akar)'}: ${issue.message}`);
    throw new Error(`Berkas hari libur ${file} tidak valid; perbaiki isian berikut:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

/** Return every holiday of the file, oldest first. */
export function holidaysOf(file: HolidayFile): Holiday[] {
  return file.years.flatMap((entry) => entry.holidays).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Insert the file's holidays whose dates the seed has never inserted before, and record those
 * dates in `seeded_holidays`. Recording dates, not years, lets a later release complete a year
 * (such as 2027) without bringing back the dates an admin deleted, and a date the admin entered
 * before the seed keeps the admin's name. Returns the dates of the holidays inserted.
 */
export async function seedHolidays(db: Executor, file: HolidayFile): Promise<string[]> {
  const offered = new Set((await db.select({ date: seededHolidays.date }).from(seededHolidays)).map((row) => row.date));
  const fresh = holidaysOf(file).filter((holiday) => !offered.has(holiday.date));
  if (fresh.length === 0) {
    return [];
  }

  const inserted = await db.insert(holidays).values(fresh).onConflictDoNothing().returning({ date: holidays.date });
  await db
    .insert(seededHolidays)
    .values(fresh.map((holiday) => ({ date: holiday.date })))
    .onConflictDoNothing();
  return inserted.map((row) => row.date);
}

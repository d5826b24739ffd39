/**
 * Days off on weekdays that the working-day clocks skip: Indonesia's national holidays and
 * collective leave days (cuti bersama), set each year by a joint decree of three ministers.
 */

import { isoDate } from './time.ts';

export const HOLIDAY_KINDS = ['national', 'collective_leave'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const HOLIDAY_KIND_LABELS: Record<HolidayKind, string> = {
  national: 'Libur nasional',
  collective_leave: 'Cuti bersama',
};

export interface Holiday {
  date: string;
  name: string;
  kind: HolidayKind;
}

export const HOLIDAY_NAME_MAX_LENGTH = 120;

/** Earliest and latest year a holiday may be entered for. */
export const HOLIDAY_YEAR_RANGE = { min: 2000, max: 2100 } as const;

/**
 * A year with fewer national holidays than this is probably incomplete: every decree from 2022
 * to 2026 set 16 or 17, and Keppres 8/2024 lists 16 kinds of holiday.
 */
export const LIKELY_COMPLETE_NATIONAL_HOLIDAYS = 10;

export function isHolidayKind(value: string): value is HolidayKind {
  return (HOLIDAY_KINDS as readonly string[]).includes(value);
}

/** True for YYYY-MM-DD naming a day that exists: no 31 April, no 29 February 2026. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Read a typed date as YYYY-MM-DD. Browsers send date inputs as 2026-08-17; people who type
 * write 17/08/2026 or 17-8-2026. Returns null when the text has neither form.
 */
export function readDateInput(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    return trimmed;
  }
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!dayFirst) {
    return null;
  }
  return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
}

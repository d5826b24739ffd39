/**
 * Local dates as whole day numbers (days since 1970-01-01), so that statistics put a complaint
 * into its day, week, month and year with integer arithmetic. Dates are those of the
 * deployment's zone, as everywhere in the portal (`src/domain/time.ts`).
 */

import { isoDate, zoneOffset } from '../time.ts';

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;

/** Calendar fields of a day number. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Return a function that gives the local day number of an instant (milliseconds since the
 * epoch) in `timeZone`. Zones change their offset on whole quarter hours, and rarely. So the
 * offset is cached per UTC day when it is the same at the start and the end of that day, and per
 * quarter hour on the few days it changes, in numeric maps that are much cheaper than
 * formatting a date per call. NOTE: a zone that changed its offset and back within one UTC day
 * would be misread on that day; daylight-saving rules change it weeks apart.
 */
export function localDayCounter(timeZone: string): (instantMs: number) => number {
  // Offset of each UTC day, or NaN when the offset changes during that day.
  const dayOffsets = new Map<number, number>();
  const quarterOffsets = new Map<number, number>();

  function quarterOffset(instantMs: number): number {
    const bucket = Math.floor(instantMs / QUARTER_HOUR_MS);
    let offset = quarterOffsets.get(bucket);
    if (offset === undefined) {
      offset = zoneOffset(new Date(bucket * QUARTER_HOUR_MS), timeZone);
      quarterOffsets.set(bucket, offset);
    }
    return offset;
  }

  return (instantMs) => {
    const utcDay = Math.floor(instantMs / DAY_MS);
    let offset = dayOffsets.get(utcDay);
    if (offset === undefined) {
      const atStart = zoneOffset(new Date(utcDay * DAY_MS), timeZone);
      const atEnd = zoneOffset(new Date((utcDay + 1) * DAY_MS - QUARTER_HOUR_MS), timeZone);
      offset = atStart === atEnd ? atStart : Number.NaN;
      dayOffsets.set(utcDay, offset);
    }
    if (Number.isNaN(offset)) {
      offset = quarterOffset(instantMs);
    }
    return Math.floor((instantMs + offset) / DAY_MS);
  };
}

/**
 * Calendar fields of a day number in the proleptic Gregorian calendar, by Howard Hinnant's
 * `civil_from_days`: days are counted from 1 March of year 0 so that the leap day ends each
 * 400-year era. A unit test checks it against `Date` for every day from 1900 to 2200.
 */
export function civilDate(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Day number of a local date written YYYY-MM-DD. */
export function dayNumberOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** YYYY-MM-DD of a day number. */
export function dateOfDay(dayNumber: number): string {
  const { year, month, day } = civilDate(dayNumber);
  return isoDate(year, month, day);
}

/** Month number (months since January 1970) of a year and month (1 to 12). */
export function monthNumber(year: number, month: number): number {
  return (year - 1970) * 12 + (month - 1);
}

/** YYYY-MM of a month number. */
export function monthKeyOf(month: number): string {
  const monthOfYear = ((month % 12) + 12) % 12;
  return `${String(yearOfMonth(month)).padStart(4, '0')}-${String(monthOfYear + 1).padStart(2, '0')}`;
}

/** Year of a month number. */
export function yearOfMonth(month: number): number {
  return 1970 + Math.floor(month / 12);
}

/** Day number of the first day of a month number. */
export function firstDayOfMonth(month: number): number {
  return dayNumberOf(`${monthKeyOf(month)}-01`);
}

/** Number of days in a month number. */
export function daysInMonth(month: number): number {
  return firstDayOfMonth(month + 1) - firstDayOfMonth(month);
}

/** Day number of the Monday that starts the week of a day number (1 January 1970 was a Thursday). */
export function mondayOf(dayNumber: number): number {
  return dayNumber - ((((dayNumber + 3) % 7) + 7) % 7);
}

/**
 * Calendar arithmetic in the deployment's time zone. Days, weeks and months are always those of
 * that zone (WIB for Pati), whatever the zone of the server, the database or the browser.
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();
const HOUR_MS = 3_600_000;
const QUARTER_HOUR_MS = 900_000;
const DAY_MS = 86_400_000;

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Offsets are cached per zone and quarter of a UTC hour: zones change their offset on whole
 * quarter hours (some, like America/St_Johns, at half past).
 */
const offsetCache = new Map<string, number>();

/**
 * Offsets per zone and UTC day, or null for a day on which the zone changes its offset. Data of
 * several years spreads over more quarter hours than `offsetCache` keeps, and a zone changes its
 * offset on few days (twice a year at most in practice), so most instants are answered here.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (WIB: +7 h). */
export function zoneOffset(instant: Date, timeZone: string): number {
  const time = instant.getTime();
  const day = Math.floor(time / DAY_MS);
  let days = dayOffsets.get(timeZone);
  if (!days) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  let offset = days.get(day);
  if (offset === undefined) {
    // The same offset in the first and the last quarter hour means no change in between,
    // as long as a zone changes at most once a day.
    const first = quarterHourOffset(day * DAY_MS, timeZone);
    const last = quarterHourOffset((day + 1) * DAY_MS - QUARTER_HOUR_MS, timeZone);
    offset = first === last ? first : null;
    days.set(day, offset);
  }
  return offset ?? quarterHourOffset(Math.floor(time / QUARTER_HOUR_MS) * QUARTER_HOUR_MS, timeZone);
}

function quarterHourOffset(bucketStart: number, timeZone: string): number {
  const key = `${timeZone}|${bucketStart}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) {
    return cached;
  }
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(new Date(bucketStart))) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value);
    }
  }
  const offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - bucketStart;
  if (offsetCache.size > 100_000) {
    offsetCache.clear();
  }
  offsetCache.set(key, offset);
  return offset;
}

/** Calendar fields of `instant` in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const shifted = new Date(instant.getTime() + zoneOffset(instant, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** Return the local date of `instant` in `timeZone`, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(instant, timeZone);
  return isoDate(year, month, day);
}

/** Return the local month of `instant` in `timeZone`, as YYYY-MM. */
export function localMonth(instant: Date, timeZone: string): string {
  return localDate(instant, timeZone).slice(0, 7);
}

/** Monday of the ISO week that contains the local date `date` (YYYY-MM-DD). */
export function weekStart(date: string): string {
  const day = parseIsoDate(date);
  const weekday = (day.getUTCDay() + 6) % 7;
  return toIsoDate(new Date(day.getTime() - weekday * DAY_MS));
}

/** Add whole days to a local date. */
export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(parseIsoDate(date).getTime() + days * DAY_MS));
}

/** Return the instant at which local midnight of `date` falls in `timeZone`. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const utcMidnight = parseIsoDate(date).getTime();
  const guess = utcMidnight - zoneOffset(new Date(utcMidnight), timeZone);
  return new Date(utcMidnight - zoneOffset(new Date(guess), timeZone));
}

/** Return the instant of a local wall-clock time in `timeZone`. */
export function zonedInstant(date: string, hour: number, minute: number, timeZone: string): Date {
  return new Date(startOfLocalDay(date, timeZone).getTime() + hour * HOUR_MS + minute * 60_000);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseIsoDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    throw new Error(`Invalid date "${date}"; expected YYYY-MM-DD.`);
  }
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function toIsoDate(day: Date): string {
  return isoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

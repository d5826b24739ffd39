/**
 * Periods of the statistics: all time, each year and each month, counted in the deployment's
 * zone. A complaint belongs to the period of its receipt date; every count of a period is about
 * the complaints received in it, with their status at the snapshot time.
 */

import { formatLocalMonth, formatNumber, formatPercent } from '../format.ts';
import { monthKeyOf, monthNumber, yearOfMonth } from './calendar-days.ts';

export type PeriodKind = 'all' | 'year' | 'month';

/** A period and the months it covers. Keys: "all", "2022", "2022-09". */
export interface Period {
  key: string;
  kind: PeriodKind;
  /** "Seluruh periode", "2022", "September 2022". */
  label: string;
}

export const ALL_TIME: Period = { key: 'all', kind: 'all', label: 'Seluruh periode' };

export function yearPeriod(year: number): Period {
  return { key: String(year), kind: 'year', label: String(year) };
}

export function monthPeriod(month: number): Period {
  const key = monthKeyOf(month);
  return { key, kind: 'month', label: formatLocalMonth(key) };
}

/** The period of a key; throws on anything other than "all", YYYY or YYYY-MM. */
export function periodOf(key: string): Period {
  if (key === ALL_TIME.key) {
    return ALL_TIME;
  }
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/.exec(key);
  if (!match) {
    throw new Error(`Invalid period "${key}"; expected "all", YYYY or YYYY-MM.`);
  }
  const year = Number(match[1]);
  return match[2] === undefined ? yearPeriod(year) : monthPeriod(monthNumber(year, Number(match[2])));
}

/** Whether the month number `month` lies in `period`. */
export function periodContains(period: Period, month: number): boolean {
  switch (period.kind) {
    case 'all':
      return true;
    case 'year':
      return String(yearOfMonth(month)) === period.key;
    case 'month':
      return monthKeyOf(month) === period.key;
  }
}

/** The period just before: the previous year or month; null for all time. */
export function previousPeriod(period: Period): Period | null {
  switch (period.kind) {
    case 'all':
      return null;
    case 'year':
      return yearPeriod(Number(period.key) - 1);
    case 'month': {
      const [year, month] = period.key.split('-').map(Number) as [number, number];
      return monthPeriod(monthNumber(year, month) - 1);
    }
  }
}

/**
 * Periods with at least one complaint received, given the month numbers that have one: each
 * year followed by its months, newest first.
 */
export function periodsWithData(months: Iterable<number>): Period[] {
  const sorted = [...new Set(months)].sort((a, b) => b - a);
  const periods: Period[] = [];
  let year: number | null = null;
  for (const month of sorted) {
    if (yearOfMonth(month) !== year) {
      year = yearOfMonth(month);
      periods.push(yearPeriod(year));
    }
    periods.push(monthPeriod(month));
  }
  return periods;
}

/**
 * Change of a count against the previous period, in words: "naik 12 (8,5%)", "turun 3 (20,0%)",
 * "tetap", "naik 4" when the previous count was zero (no percentage of nothing), and "–" when
 * there is nothing to compare with (`previous` null: the period before lies before the first
 * complaint).
 */
export function describeChange(current: number, previous: number | null): string {
  if (previous === null) {
    return '–';
  }
  const difference = current - previous;
  if (difference === 0) {
    return 'tetap';
  }
  const direction = difference > 0 ? 'naik' : 'turun';
  const amount = formatNumber(Math.abs(difference));
  return previous === 0 ? `${direction} ${amount}` : `${direction} ${amount} (${formatPercent(Math.abs(difference), previous)})`;
}

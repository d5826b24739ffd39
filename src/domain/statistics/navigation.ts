/**
 * Addresses of the statistics pages and the navigation between them: all time at /statistik/,
 * each year at /statistik/2022/, each month at /statistik/2022/09/. Only years and months with
 * complaints have a page.
 */

import { formatLocalMonth } from '../format.ts';

export interface PeriodLink {
  key: string;
  label: string;
  href: string;
}

/** Year or month with a page, as `meta.periods` lists them. */
export interface ListedPeriod {
  key: string;
  kind: 'year' | 'month';
  label: string;
}

export interface PeriodNavigation {
  /** Years with data, oldest first, each with its months with data, oldest first. */
  years: Array<PeriodLink & { months: PeriodLink[] }>;
  /** Neighbouring periods of the same kind with data; null at either end and for all time. */
  previous: PeriodLink | null;
  next: PeriodLink | null;
}

/** Path of the statistics page of "all", a year (YYYY) or a month (YYYY-MM). */
export function periodPath(key: string): string {
  if (key === 'all') {
    return '/statistik/';
  }
  return `/statistik/${key.replace('-', '/')}/`;
}

/** Name of a month without its year, e.g. "September" for "2022-09". */
export function monthNameOf(key: string): string {
  return formatLocalMonth(key).split(' ')[0]!;
}

export function periodNavigation(periods: readonly ListedPeriod[], currentKey: string): PeriodNavigation {
  const link = (period: ListedPeriod): PeriodLink => ({ key: period.key, label: period.label, href: periodPath(period.key) });
  const chronological = [...periods].sort((a, b) => a.key.localeCompare(b.key));
  const years = chronological
    .filter((period) => period.kind === 'year')
    .map((year) => ({
      ...link(year),
      months: chronological
        .filter((period) => period.kind === 'month' && period.key.startsWith(`${year.key}-`))
        .map((month) => ({ ...link(month), label: monthNameOf(month.key) })),
    }));

  const current = chronological.find((period) => period.key === currentKey);
  if (!current) {
    return { years, previous: null, next: null };
  }
  const sameKind = chronological.filter((period) => period.kind === current.kind);
  const index = sameKind.indexOf(current);
  const previous = sameKind[index - 1];
  const next = sameKind[index + 1];
  return { years, previous: previous ? link(previous) : null, next: next ? link(next) : null };
}

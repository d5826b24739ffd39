/**
 * Build-time figures of one agency or one kecamatan, gathered from the all-time statistics and
 * those of every year, for the pages /instansi/<slug>/ and /kecamatan/<code>/.
 */

import type { AgencyRow, ClockSummaries, Counts } from '../domain/statistics.ts';
import { periodPath } from '../domain/statistics/navigation.ts';
import { readMeta, readPeriodStatistics, readStatistics } from './read-snapshot.ts';

/** The figures of one subject in one period; `row` and `times` are null when it had no complaint then. */
export interface SubjectPeriod<Row> {
  key: string;
  label: string;
  href: string;
  row: Row | null;
  times: (ClockSummaries & { cases: number }) | null;
}

/** Collect the figures of all time first, then of each year with complaints, newest first. */
function subjectPeriods<Row>(
  pick: (statistics: ReturnType<typeof readStatistics>) => { row: Row | null; times: SubjectPeriod<Row>['times'] },
): Array<SubjectPeriod<Row>> {
  const years = readMeta().periods.filter((period) => period.kind === 'year');
  return [
    { key: 'all', label: 'Seluruh periode', href: periodPath('all'), ...pick(readStatistics()) },
    ...years.map((year) => ({ key: year.key, label: year.label, href: periodPath(year.key), ...pick(readPeriodStatistics(year.key)) })),
  ];
}

export function agencyPeriods(slug: string): Array<SubjectPeriod<AgencyRow>> {
  return subjectPeriods((statistics) => ({
    row: statistics.by_agency.find((row) => row.agency === slug) ?? null,
    times: statistics.response_times.by_agency.find((row) => row.agency === slug) ?? null,
  }));
}

export function districtPeriods(code: string): Array<SubjectPeriod<Counts>> {
  return subjectPeriods((statistics) => {
    const row = statistics.by_district.find((district) => district.district_code === code);
    return {
      row: row && row.received > 0 ? row : null,
      times: statistics.response_times.by_district.find((district) => district.district_code === code) ?? null,
    };
  });
}

/**
 * Statistics computed from aggregate records of the public view. The accumulator takes one
 * record at a time into a cube of months (`statistics/cube.ts`), so the export can stream any
 * number of complaints through it in memory that grows with the months covered, not with the
 * complaints. Years and all time are merges of months.
 *
 * Definitions (the statistics pages state them in Indonesian):
 * - a complaint belongs to the day, week, month and year of its receipt, in the deployment's zone;
 * - every count of a period is about the complaints received in it, with their status at the
 *   snapshot time: "resolved" in May means received in May and resolved by now;
 * - the daily, weekly and monthly series count resolutions by resolution date instead;
 * - complaints linked as duplicates are left out and counted apart, so a matter counts once;
 * - response times are the stored clock lengths in working days (`clockLengths`), summarised as
 *   in `statistics/day-histogram.ts`.
 */

import type { AggregateRecord } from './public-view.ts';
import { createCubeBuilder, mergeEntries, type CubeEntry } from './statistics/cube.ts';
import { ALL_TIME, periodContains, periodsWithData, previousPeriod, type Period } from './statistics/periods.ts';
import { buildStatistics, type Statistics, type StatisticsReference } from './statistics/report.ts';
import { monthNumber } from './statistics/calendar-days.ts';

export type { Counts, Funnel } from './statistics/counts.ts';
export type { Period, PeriodKind } from './statistics/periods.ts';
export type { AgencyRow, ResponseTimes, Statistics, StatisticsReference } from './statistics/report.ts';
export type { ClockSummaries, DurationSummary, TargetSummary } from './statistics/response-times.ts';

export interface StatisticsAccumulator {
  add(record: AggregateRecord): void;
  /** Statistics of all time. */
  result(): Statistics;
  /** Years and months with at least one complaint received: each year followed by its months, newest first. */
  periods(): Period[];
  /** Statistics of one period. */
  statisticsOf(period: Period): Statistics;
}

export function createStatisticsAccumulator(reference: StatisticsReference): StatisticsAccumulator {
  const builder = createCubeBuilder(reference.timeZone, reference.asOf);
  const { cube } = builder;

  const monthsWithData = () => [...cube].filter(([, entry]) => entry.complaints > 0).map(([month]) => month);
  const entriesOf = (period: Period): CubeEntry => mergeEntries([...cube].filter(([month]) => periodContains(period, month)).map(([, entry]) => entry));

  function statisticsOf(period: Period): Statistics {
    const before = previousPeriod(period);
    // Empty cube: Infinity, so there is no previous period either.
    const firstMonth = Math.min(...monthsWithData());
    const previous = before !== null && firstMonth <= lastMonthOf(before) ? { period: before, entry: entriesOf(before) } : null;
    return buildStatistics(entriesOf(period), period, previous, reference);
  }

  return {
    add: builder.add,
    result: () => statisticsOf(ALL_TIME),
    periods: () => periodsWithData(monthsWithData()),
    statisticsOf,
  };
}

/** Month number of the last month of a year or month period. */
function lastMonthOf(period: Period): number {
  const [year, month] = period.key.split('-').map(Number) as [number, number | undefined];
  return monthNumber(year, month ?? 12);
}

/** Statistics of all time of a list of records. */
export function computeStatistics(records: Iterable<AggregateRecord>, reference: StatisticsReference): Statistics {
  const accumulator = createStatisticsAccumulator(reference);
  for (const record of records) {
    accumulator.add(record);
  }
  return accumulator.result();
}

/** Statistics of all time and of every year and month with data: everything a snapshot publishes. */
export function computeAllStatistics(
  records: Iterable<AggregateRecord>,
  reference: StatisticsReference,
): { allTime: Statistics; periods: Array<{ period: Period; statistics: Statistics }> } {
  const accumulator = createStatisticsAccumulator(reference);
  for (const record of records) {
    accumulator.add(record);
  }
  return {
    allTime: accumulator.result(),
    periods: accumulator.periods().map((period) => ({ period, statistics: accumulator.statisticsOf(period) })),
  };
}

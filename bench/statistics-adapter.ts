/**
 * The one call the benchmark makes into the statistics engine: everything a snapshot publishes,
 * the statistics of all time and of every year and month with data. When the engine's entry
 * point changes, only this file changes.
 */

import type { AggregateRecord } from '../src/domain/public-view.ts';
import { computeAllStatistics, type StatisticsReference } from '../src/domain/statistics.ts';

export type { StatisticsReference };

export function statisticsOf(records: readonly AggregateRecord[], reference: StatisticsReference): unknown {
  return computeAllStatistics(records, reference);
}

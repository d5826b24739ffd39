/**
 * The one call the benchmark makes into the statistics engine. The engine is being reworked
 * (per-period statistics); when its entry point changes, only this file changes.
 */

import type { AggregateRecord } from '../src/domain/public-view.ts';
import { computeStatistics, type StatisticsReference } from '../src/domain/statistics.ts';

export type { StatisticsReference };

export function statisticsOf(records: readonly AggregateRecord[], reference: StatisticsReference): unknown {
  return computeStatistics(records, reference);
}

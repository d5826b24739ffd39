/**
 * Response times in working days, summarised from the clock histograms of a period: median and
 * 90th percentile (definitions in `day-histogram.ts`), the share within target, and the clocks
 * overdue at the snapshot time.
 */

import type { ClockTargets } from '../working-days.ts';
import { FIELD } from './counts.ts';
import type { ClockHistograms, Slice } from './cube.ts';
import { caseCount, countAtMost, median, percentile, trimmedHistogram } from './day-histogram.ts';

/**
 * Agencies with fewer complaints than this in a period are left out of comparisons: a median of
 * three cases says little about an agency.
 */
export const MINIMUM_CASES = 5;

/** The percentile published besides the median. */
export const PERCENTILE = 90;

export interface DurationSummary {
  /** Complaints whose clock has stopped, the ones measured. */
  count: number;
  median: number | null;
  p90: number | null;
}

export interface TargetSummary extends DurationSummary {
  target_days: number;
  /** Measured complaints within the target, and beyond it. */
  on_time: number;
  late: number;
}

/** Response times of one breakdown row (or of everything). */
export interface ClockSummaries {
  /** Receipt (or re-verification) to the verification decision, days waiting for the reporter left out. */
  verification: TargetSummary;
  /** Forwarding to the agency's first follow-up. */
  first_response: TargetSummary;
  /** Receipt to resolution, days waiting for the reporter left out. */
  resolution: DurationSummary;
  /** Running clocks past their deadline at the snapshot time. */
  overdue_verification: number;
  overdue_first_response: number;
}

export function summarize(histogram: number[]): DurationSummary {
  return { count: caseCount(histogram), median: median(histogram), p90: percentile(histogram, PERCENTILE) };
}

function summarizeAgainst(histogram: number[], targetDays: number): TargetSummary {
  const summary = summarize(histogram);
  const onTime = countAtMost(histogram, targetDays);
  return { ...summary, target_days: targetDays, on_time: onTime, late: summary.count - onTime };
}

export function clockSummaries(slice: Slice, targets: ClockTargets): ClockSummaries {
  return {
    verification: summarizeAgainst(slice.clocks.verification, targets.verificationDays),
    first_response: summarizeAgainst(slice.clocks.firstResponse, targets.actionDays),
    resolution: summarize(slice.clocks.resolution),
    overdue_verification: slice.cell[FIELD.overdueVerification]!,
    overdue_first_response: slice.cell[FIELD.overdueFirstResponse]!,
  };
}

/** Whether an agency with `cases` complaints in a period is compared with the others. */
export function isCompared(cases: number): boolean {
  return cases >= MINIMUM_CASES;
}

/**
 * Number of complaints per working day, for each clock: entry d counts those that took d
 * working days. Anyone can recompute the medians and percentiles from it.
 */
export function distributions(clocks: ClockHistograms) {
  return {
    verification: trimmedHistogram(clocks.verification),
    first_response: trimmedHistogram(clocks.firstResponse),
    resolution: trimmedHistogram(clocks.resolution),
  };
}

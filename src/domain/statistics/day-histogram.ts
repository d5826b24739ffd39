/**
 * Durations in whole working days kept as histograms: entry d counts the cases that took d
 * working days. Two histograms merge exactly by adding their entries, so the median and
 * percentiles of a year, or of all time, come from the merged months and equal those computed
 * from the sorted list of every case.
 *
 * Definitions, as the statistics pages state them:
 * - median: the middle value of the sorted durations; for an even count, the mean of the two
 *   middle values (as a spreadsheet's MEDIAN computes it), so it may end in ",5";
 * - p-th percentile: nearest rank, the smallest duration that at least p% of the cases do not
 *   exceed, i.e. the value at rank ceil(p/100 · n) of the sorted durations.
 * Both are null when there are no cases.
 */

export type DayHistogram = number[];

export function addDuration(histogram: DayHistogram, days: number): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Invalid duration ${days}; expected a whole number of working days, 0 or more.`);
  }
  while (histogram.length <= days) {
    histogram.push(0);
  }
  histogram[days]! += 1;
}

/** Add the counts of `from` into `into`. */
export function mergeHistogram(into: DayHistogram, from: DayHistogram): void {
  while (into.length < from.length) {
    into.push(0);
  }
  for (let days = 0; days < from.length; days += 1) {
    into[days]! += from[days]!;
  }
}

export function caseCount(histogram: DayHistogram): number {
  let count = 0;
  for (const cases of histogram) {
    count += cases;
  }
  return count;
}

/** Number of cases that took at most `days` working days. */
export function countAtMost(histogram: DayHistogram, days: number): number {
  let count = 0;
  for (let value = 0; value <= days && value < histogram.length; value += 1) {
    count += histogram[value]!;
  }
  return count;
}

/** Duration at 1-based `rank` of the sorted durations; `rank` must be between 1 and the case count. */
function valueAtRank(histogram: DayHistogram, rank: number): number {
  let seen = 0;
  for (let days = 0; days < histogram.length; days += 1) {
    seen += histogram[days]!;
    if (seen >= rank) {
      return days;
    }
  }
  throw new RangeError(`Rank ${rank} exceeds the ${seen} cases of the histogram.`);
}

export function median(histogram: DayHistogram): number | null {
  const count = caseCount(histogram);
  if (count === 0) {
    return null;
  }
  if (count % 2 === 1) {
    return valueAtRank(histogram, (count + 1) / 2);
  }
  return (valueAtRank(histogram, count / 2) + valueAtRank(histogram, count / 2 + 1)) / 2;
}

/** Nearest-rank percentile; `percent` is a whole number from 1 to 100. */
export function percentile(histogram: DayHistogram, percent: number): number | null {
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) {
    throw new RangeError(`Invalid percentile ${percent}; expected a whole number from 1 to 100.`);
  }
  const count = caseCount(histogram);
  if (count === 0) {
    return null;
  }
  // percent · count is an integer, so the division is exact whenever the rank is.
  return valueAtRank(histogram, Math.ceil((percent * count) / 100));
}

/** The histogram without trailing zero entries, as published. */
export function trimmedHistogram(histogram: DayHistogram): number[] {
  let end = histogram.length;
  while (end > 0 && histogram[end - 1] === 0) {
    end -= 1;
  }
  return histogram.slice(0, end);
}

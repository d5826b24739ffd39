import { describe, expect, it } from 'vitest';
import {
  addDuration,
  caseCount,
  countAtMost,
  median,
  mergeHistogram,
  percentile,
  trimmedHistogram,
  type DayHistogram,
} from '../../src/domain/statistics/day-histogram.ts';

function histogramOf(values: number[]): DayHistogram {
  const histogram: DayHistogram = [];
  for (const value of values) {
    addDuration(histogram, value);
  }
  return histogram;
}

/** Compute the definitions on the sorted list, independently of the histogram code. */
function directMedian(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) {
    return null;
  }
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function directNearestRank(values: number[], percent: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  for (let rank = 1; rank <= sorted.length; rank += 1) {
    // The smallest rank whose share of cases reaches the percentage.
    if (rank * 100 >= percent * sorted.length) {
      return sorted[rank - 1]!;
    }
  }
  return null;
}

describe('median', () => {
  it.each<[string, number[], number | null]>([
    ['odd count', [7, 1, 2], 2],
    ['even count', [1, 7, 2, 4], 3],
    ['even count ending in ,5', [1, 2], 1.5],
    ['ties', [2, 5, 2, 2], 2],
    ['one value', [4], 4],
    ['zero days', [0, 0, 3], 0],
    ['empty', [], null],
  ])('%s', (_case, values, expected) => {
    expect(median(histogramOf(values))).toBe(expected);
  });
});

describe('percentile 90', () => {
  it.each<[string, number[], number | null]>([
    // Rank ceil(0.9 · 10) = 9.
    ['ten values', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 9],
    // Rank ceil(0.9 · 7) = ceil(6.3) = 7: the largest.
    ['seven values', [0, 1, 1, 2, 3, 5, 8], 8],
    // Rank ceil(0.9 · 3) = 3.
    ['three values', [1, 1, 9], 9],
    ['ties', [2, 2, 2, 2, 2, 2, 2, 2, 2, 6], 2],
    ['one value', [4], 4],
    ['empty', [], null],
  ])('%s', (_case, values, expected) => {
    expect(percentile(histogramOf(values), 90)).toBe(expected);
  });

  it('exact rank is not rounded up', () => {
    // Rank 0.9 · 70 = 63 exactly: the 63rd smallest of 0 to 69.
    const values = Array.from({ length: 70 }, (_, index) => index);
    expect(percentile(histogramOf(values), 90)).toBe(62);
  });

  it('rejects a percentage out of range', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], 92.5)).toThrow(RangeError);
  });
});

describe('histogram merge', () => {
  // Durations of three months, with ties, zeros and one long case.
  const months = [
    [0, 1, 1, 3, 8, 2],
    [5, 5, 5, 0, 1],
    [2, 3, 21, 4, 4, 1, 0],
  ];
  const all = months.flat();

  it('equals the histogram of all values', () => {
    const merged: DayHistogram = [];
    for (const values of months) {
      mergeHistogram(merged, histogramOf(values));
    }
    expect(merged).toEqual(histogramOf(all));
  });

  it('gives the direct median and percentiles', () => {
    const merged: DayHistogram = [];
    for (const values of months) {
      mergeHistogram(merged, histogramOf(values));
    }
    expect(caseCount(merged)).toBe(all.length);
    expect(median(merged)).toBe(directMedian(all));
    for (const percent of [10, 25, 50, 75, 90, 95, 100]) {
      expect(percentile(merged, percent), `p${percent}`).toBe(directNearestRank(all, percent));
    }
  });

  it('merges a longer histogram into a shorter one', () => {
    const into = histogramOf([1]);
    mergeHistogram(into, histogramOf([4]));
    expect(into).toEqual([0, 1, 0, 0, 1]);
  });
});

describe('histogram counts', () => {
  it('counts cases within a target', () => {
    const histogram = histogramOf([0, 2, 3, 4, 6]);
    expect(countAtMost(histogram, 3)).toBe(3);
    expect(countAtMost(histogram, 10)).toBe(5);
    expect(countAtMost([], 3)).toBe(0);
  });

  it('trims trailing zeros', () => {
    expect(trimmedHistogram([1, 0, 2, 0, 0])).toEqual([1, 0, 2]);
    expect(trimmedHistogram([0, 0])).toEqual([]);
  });

  it('rejects a duration that is not a whole day count', () => {
    expect(() => addDuration([], -1)).toThrow(RangeError);
    expect(() => addDuration([], 1.5)).toThrow(RangeError);
  });
});

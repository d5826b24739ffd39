import { afterEach, describe, expect, it } from 'vitest';
import { computeAllStatistics, computeStatistics, createStatisticsAccumulator } from '../../src/domain/statistics.ts';
import { describeChange, periodOf, periodsWithData, previousPeriod } from '../../src/domain/statistics/periods.ts';
import { monthNumber } from '../../src/domain/statistics/calendar-days.ts';
import { aggregateRecord, REFERENCE } from '../support/statistics-fixtures.ts';

/** Keys of the periods with data and their received counts, as the export lists them. */
function receivedByPeriod(receivedAt: string[]) {
  const { periods } = computeAllStatistics(
    receivedAt.map((received_at) => aggregateRecord({ received_at })),
    REFERENCE,
  );
  return Object.fromEntries(periods.map(({ period, statistics }) => [period.key, statistics.totals.received]));
}

describe('periods in WIB', () => {
  it('puts 23:30 WIB on its own day', () => {
    // 9 March 2023 16:30 UTC is 23:30 WIB.
    const statistics = createStatisticsAccumulator(REFERENCE);
    statistics.add(aggregateRecord({ received_at: '2023-03-09T16:30:00Z' }));
    const daily = statistics.statisticsOf(periodOf('2023-03')).daily;
    expect(daily.find((row) => row.date === '2023-03-09')?.received).toBe(1);
    expect(daily.find((row) => row.date === '2023-03-10')?.received).toBe(0);
  });

  it('puts 00:15 WIB on the next day', () => {
    // 9 March 2023 17:15 UTC is 00:15 WIB on 10 March.
    const statistics = createStatisticsAccumulator(REFERENCE);
    statistics.add(aggregateRecord({ received_at: '2023-03-09T17:15:00Z' }));
    const daily = statistics.statisticsOf(periodOf('2023-03')).daily;
    expect(daily.find((row) => row.date === '2023-03-09')?.received).toBe(0);
    expect(daily.find((row) => row.date === '2023-03-10')?.received).toBe(1);
  });

  it('splits months at WIB midnight', () => {
    // Both are 31 August in UTC; the second is 00:00 WIB on 1 September.
    expect(receivedByPeriod(['2022-08-31T16:59:00Z', '2022-08-31T17:00:00Z'])).toEqual({
      '2022': 2,
      '2022-08': 1,
      '2022-09': 1,
    });
  });

  it('splits years at WIB midnight', () => {
    // 23:30 WIB on 31 December 2022, then 00:15 WIB on 1 January 2023 (still 2022 in UTC).
    expect(receivedByPeriod(['2022-12-31T16:30:00Z', '2022-12-31T17:15:00Z'])).toEqual({
      '2022': 1,
      '2022-12': 1,
      '2023': 1,
      '2023-01': 1,
    });
  });

  describe('under another server zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it('counts the same', () => {
      process.env.TZ = 'America/New_York';
      expect(receivedByPeriod(['2022-12-31T16:30:00Z', '2022-12-31T17:15:00Z'])).toEqual({
        '2022': 1,
        '2022-12': 1,
        '2023': 1,
        '2023-01': 1,
      });
    });
  });
});

describe('daily rows', () => {
  it('stop at the snapshot day', () => {
    // Snapshot at 10:00 WIB on 3 April 2023.
    const statistics = createStatisticsAccumulator(REFERENCE);
    statistics.add(aggregateRecord({ received_at: '2023-04-01T02:00:00Z' }));
    expect(statistics.statisticsOf(periodOf('2023-04')).daily.map((row) => row.date)).toEqual(['2023-04-01', '2023-04-02', '2023-04-03']);
  });
});

describe('period lists', () => {
  it('puts each year before its months, newest first', () => {
    const months = [monthNumber(2022, 9), monthNumber(2023, 1), monthNumber(2022, 8), monthNumber(2023, 2)];
    expect(periodsWithData(months).map((period) => period.key)).toEqual(['2023', '2023-02', '2023-01', '2022', '2022-09', '2022-08']);
  });

  it('labels months in Indonesian', () => {
    expect(periodOf('2022-09')).toEqual({ key: '2022-09', kind: 'month', label: 'September 2022' });
    expect(periodOf('2022')).toEqual({ key: '2022', kind: 'year', label: '2022' });
    expect(periodOf('all')).toEqual({ key: 'all', kind: 'all', label: 'Seluruh periode' });
  });

  it('rejects a malformed key', () => {
    for (const key of ['2022-13', '2022-9', '22', 'semua', '2022-09-01']) {
      expect(() => periodOf(key), key).toThrow(`Invalid period "${key}"`);
    }
  });

  it('steps back a month and a year', () => {
    expect(previousPeriod(periodOf('2023-01'))?.key).toBe('2022-12');
    expect(previousPeriod(periodOf('2022-09'))?.key).toBe('2022-08');
    expect(previousPeriod(periodOf('2023'))?.key).toBe('2022');
    expect(previousPeriod(periodOf('all'))).toBeNull();
  });

  it('sums months to years and all time', () => {
    const receivedAt = [
      '2022-08-29T02:00:00Z',
      '2022-09-01T02:00:00Z',
      '2022-09-20T02:00:00Z',
      '2022-12-31T17:15:00Z',
      '2023-02-14T02:00:00Z',
    ];
    const { allTime, periods } = computeAllStatistics(
      receivedAt.map((received_at) => aggregateRecord({ received_at })),
      REFERENCE,
    );
    const received = (kind: string) => periods.filter(({ period }) => period.kind === kind).reduce((sum, { statistics }) => sum + statistics.totals.received, 0);
    expect(received('month')).toBe(5);
    expect(received('year')).toBe(5);
    expect(allTime.totals.received).toBe(5);
    expect(allTime.monthly.map((row) => [row.month, row.received])).toEqual([
      ['2022-08', 1],
      ['2022-09', 2],
      ['2022-10', 0],
      ['2022-11', 0],
      ['2022-12', 0],
      ['2023-01', 1],
      ['2023-02', 1],
    ]);
  });
});

describe('change against the previous period', () => {
  it.each<[string, number, number | null, string]>([
    ['rise', 153, 141, 'naik 12 (8,5%)'],
    ['fall', 12, 15, 'turun 3 (20,0%)'],
    ['same', 7, 7, 'tetap'],
    ['rise from zero', 4, 0, 'naik 4'],
    ['large numbers', 1_234_567, 1_000_000, 'naik 234.567 (23,5%)'],
    ['nothing to compare', 9, null, '–'],
  ])('%s', (_case, current, previous, expected) => {
    expect(describeChange(current, previous)).toBe(expected);
  });

  const records = [
    // August 2022: 2 complaints; September: 3; November: 1 (October has none).
    ...['2022-08-29T02:00:00Z', '2022-08-30T02:00:00Z'],
    ...['2022-09-01T02:00:00Z', '2022-09-02T02:00:00Z', '2022-09-05T02:00:00Z'],
    '2022-11-01T02:00:00Z',
    '2023-01-02T02:00:00Z',
  ].map((received_at) => aggregateRecord({ received_at }));
  const statistics = createStatisticsAccumulator(REFERENCE);
  for (const record of records) {
    statistics.add(record);
  }

  it('compares a month with the one before', () => {
    expect(statistics.statisticsOf(periodOf('2022-09')).previous).toEqual({
      key: '2022-08',
      label: 'Agustus 2022',
      totals: { received: 2, valid: 0, invalid: 0, pending: 2, resolved: 0 },
    });
  });

  it('compares with an empty month inside the data', () => {
    expect(statistics.statisticsOf(periodOf('2022-11')).previous?.totals.received).toBe(0);
  });

  it('has nothing before the first month', () => {
    expect(statistics.statisticsOf(periodOf('2022-08')).previous).toBeNull();
    expect(statistics.statisticsOf(periodOf('2022')).previous).toBeNull();
  });

  it('compares a year with the one before', () => {
    expect(statistics.statisticsOf(periodOf('2023')).previous?.totals.received).toBe(6);
  });

  it('has nothing for all time', () => {
    expect(computeStatistics(records, REFERENCE).previous).toBeNull();
  });
});

describe('period dates', () => {
  const statistics = createStatisticsAccumulator({ ...REFERENCE, asOf: new Date('2024-06-01T00:00:00Z') });
  statistics.add(aggregateRecord({ received_at: '2024-02-10T02:00:00Z' }));

  it('spans a leap February', () => {
    const february = statistics.statisticsOf(periodOf('2024-02'));
    expect(february.period).toEqual({
      key: '2024-02',
      kind: 'month',
      label: 'Februari 2024',
      start_date: '2024-02-01',
      end_date: '2024-02-29',
    });
    expect(february.daily).toHaveLength(29);
    expect(february.monthly).toEqual([]);
  });

  it('spans a whole year', () => {
    const year = statistics.statisticsOf(periodOf('2024'));
    expect([year.period.start_date, year.period.end_date]).toEqual(['2024-01-01', '2024-12-31']);
    expect(year.daily).toEqual([]);
    expect(year.monthly).toEqual([{ month: '2024-02', received: 1, valid: 0, invalid: 0, resolved: 0 }]);
  });

  it('spans the data for all time', () => {
    const all = statistics.result();
    expect(all.period).toEqual({ key: 'all', kind: 'all', label: 'Seluruh periode', start_date: '2024-02-10', end_date: '2024-02-10' });
  });
});

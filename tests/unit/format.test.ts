import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatDuration,
  formatLocalDate,
  formatLocalMonth,
  formatNumber,
  formatPercent,
  monthName,
} from '../../src/domain/format.ts';

const WIB = 'Asia/Jakarta';

describe('formatNumber', () => {
  it.each([
    [1234567, '1.234.567'],
    [1000, '1.000'],
    [999, '999'],
    [0, '0'],
    [1234.6, '1.235'],
  ])('writes %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('formatDecimal', () => {
  it.each([
    [12.5, '12,5'],
    [12.04, '12'],
    [1234.56, '1.234,6'],
  ])('writes %d as %s', (value, expected) => {
    expect(formatDecimal(value)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    [1, 8, '12,5%'],
    [1, 3, '33,3%'],
    [2, 3, '66,7%'],
    [8, 8, '100,0%'],
    [0, 5, '0,0%'],
  ])('writes %i of %i as %s', (part, whole, expected) => {
    expect(formatPercent(part, whole)).toBe(expected);
  });

  it('gives a dash for zero whole', () => {
    expect(formatPercent(0, 0)).toBe('–');
    expect(formatPercent(3, 0)).toBe('–');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 detik'],
    [44_600, '45 detik'],
    [120_000, '2 menit'],
    [125_000, '2 menit 5 detik'],
    [3_600_000, '1 jam'],
    [3_780_000, '1 jam 3 menit'],
  ])('writes %i ms as %s', (milliseconds, expected) => {
    expect(formatDuration(milliseconds)).toBe(expected);
  });
});

describe('monthName', () => {
  it('names every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(monthName)).toEqual([
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ]);
  });

  it('rejects month 0 and 13', () => {
    expect(() => monthName(0)).toThrow('Invalid month 0; expected 1 to 12.');
    expect(() => monthName(13)).toThrow('Invalid month 13; expected 1 to 12.');
  });
});

describe('formatDate', () => {
  it('writes day, month and year', () => {
    expect(formatDate(new Date('2022-09-22T07:05:00Z'), WIB)).toBe('22 September 2022');
  });

  it('uses the WIB date', () => {
    // 17:30 UTC on 21 September is 00:30 WIB on 22 September.
    expect(formatDate(new Date('2022-09-21T17:30:00Z'), WIB)).toBe('22 September 2022');
    expect(formatDate(new Date('2022-09-21T16:30:00Z'), WIB)).toBe('21 September 2022');
  });

  it('has no leading zero', () => {
    expect(formatDate(new Date('2023-03-05T03:00:00Z'), WIB)).toBe('5 Maret 2023');
  });
});

describe('formatDateTime', () => {
  it('writes time with a dot', () => {
    expect(formatDateTime(new Date('2022-09-22T07:05:00Z'), WIB, 'WIB')).toBe('22 September 2022 pukul 14.05 WIB');
  });

  it('pads midnight', () => {
    expect(formatDateTime(new Date('2022-12-31T17:00:00Z'), WIB, 'WIB')).toBe('1 Januari 2023 pukul 00.00 WIB');
  });

  it('uses WITA for Makassar', () => {
    expect(formatDateTime(new Date('2022-09-22T07:05:00Z'), 'Asia/Makassar', 'WITA')).toBe(
      '22 September 2022 pukul 15.05 WITA',
    );
  });
});

describe('formatLocalDate', () => {
  it('writes a local date', () => {
    expect(formatLocalDate('2022-09-22')).toBe('22 September 2022');
    expect(formatLocalDate('2023-01-01')).toBe('1 Januari 2023');
  });
});

describe('formatLocalMonth', () => {
  it('writes a local month', () => {
    expect(formatLocalMonth('2022-09')).toBe('September 2022');
    expect(formatLocalMonth('2023-12')).toBe('Desember 2023');
  });
});

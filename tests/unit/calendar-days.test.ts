import { describe, expect, it } from 'vitest';
import {
  civilDate,
  dateOfDay,
  dayNumberOf,
  daysInMonth,
  localDayCounter,
  mondayOf,
  monthKeyOf,
  monthNumber,
} from '../../src/domain/statistics/calendar-days.ts';

const DAY_MS = 86_400_000;

describe('day numbers', () => {
  it('match the UTC calendar from 1900 to 2200', () => {
    for (let day = dayNumberOf('1900-01-01'); day <= dayNumberOf('2200-12-31'); day += 1) {
      const expected = new Date(day * DAY_MS).toISOString().slice(0, 10);
      if (dateOfDay(day) !== expected) {
        expect(dateOfDay(day)).toBe(expected);
      }
    }
    expect(civilDate(0)).toEqual({ year: 1970, month: 1, day: 1 });
  });

  it('round-trip a leap day', () => {
    expect(dateOfDay(dayNumberOf('2024-02-29'))).toBe('2024-02-29');
  });

  it('find the Monday of a week', () => {
    // Sunday 12 March 2023 belongs to the week of Monday 6 March; Monday 13 starts its own.
    expect(dateOfDay(mondayOf(dayNumberOf('2023-03-12')))).toBe('2023-03-06');
    expect(dateOfDay(mondayOf(dayNumberOf('2023-03-13')))).toBe('2023-03-13');
    expect(dateOfDay(mondayOf(dayNumberOf('1969-12-31')))).toBe('1969-12-29');
  });
});

describe('month numbers', () => {
  it('round-trip keys', () => {
    expect(monthKeyOf(monthNumber(2022, 9))).toBe('2022-09');
    expect(monthKeyOf(monthNumber(1969, 12))).toBe('1969-12');
  });

  it('count days in a month', () => {
    expect(daysInMonth(monthNumber(2023, 2))).toBe(28);
    expect(daysInMonth(monthNumber(2024, 2))).toBe(29);
    expect(daysInMonth(monthNumber(2022, 12))).toBe(31);
  });
});

describe('localDayCounter', () => {
  it('splits days at WIB midnight', () => {
    const dayOf = localDayCounter('Asia/Jakarta');
    expect(dateOfDay(dayOf(Date.parse('2023-03-09T16:59:59Z')))).toBe('2023-03-09');
    expect(dateOfDay(dayOf(Date.parse('2023-03-09T17:00:00Z')))).toBe('2023-03-10');
  });

  it('follows a zone with daylight saving', () => {
    // New York moved from EST (UTC-5) to EDT (UTC-4) on 12 March 2023 at 02:00.
    const dayOf = localDayCounter('America/New_York');
    expect(dateOfDay(dayOf(Date.parse('2023-03-12T04:30:00Z')))).toBe('2023-03-11');
    expect(dateOfDay(dayOf(Date.parse('2023-03-13T03:30:00Z')))).toBe('2023-03-12');
    expect(dateOfDay(dayOf(Date.parse('2023-03-13T04:30:00Z')))).toBe('2023-03-13');
  });
});

import { describe, expect, it } from 'vitest';
import { periodNavigation, periodPath, type ListedPeriod } from '../../src/domain/statistics/navigation.ts';

// As meta.json lists them: each year followed by its months, newest first.
const PERIODS: ListedPeriod[] = [
  { key: '2023', kind: 'year', label: '2023' },
  { key: '2023-01', kind: 'month', label: 'Januari 2023' },
  { key: '2022', kind: 'year', label: '2022' },
  { key: '2022-12', kind: 'month', label: 'Desember 2022' },
  { key: '2022-09', kind: 'month', label: 'September 2022' },
];

describe('periodPath', () => {
  it.each([
    ['all', '/statistik/'],
    ['2022', '/statistik/2022/'],
    ['2022-09', '/statistik/2022/09/'],
  ])('%s', (key, path) => {
    expect(periodPath(key)).toBe(path);
  });
});

describe('periodNavigation', () => {
  it('lists years with their months, oldest first', () => {
    const { years } = periodNavigation(PERIODS, 'all');
    expect(years.map((year) => [year.label, year.months.map((month) => month.label)])).toEqual([
      ['2022', ['September', 'Desember']],
      ['2023', ['Januari']],
    ]);
    expect(years[0]?.months[1]?.href).toBe('/statistik/2022/12/');
  });

  it('steps across a year to the next month with data', () => {
    const navigation = periodNavigation(PERIODS, '2022-12');
    expect(navigation.previous?.key).toBe('2022-09');
    expect(navigation.next?.key).toBe('2023-01');
  });

  it('steps between years', () => {
    const navigation = periodNavigation(PERIODS, '2023');
    expect(navigation.previous).toEqual({ key: '2022', label: '2022', href: '/statistik/2022/' });
    expect(navigation.next).toBeNull();
  });

  it('has no steps for all time', () => {
    const navigation = periodNavigation(PERIODS, 'all');
    expect(navigation.previous).toBeNull();
    expect(navigation.next).toBeNull();
  });
});

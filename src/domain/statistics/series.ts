/**
 * Time series of a period: received, valid and invalid complaints by receipt date, resolved
 * ones by resolution date. Rows run without gaps from the first to the last day, week or month
 * with data.
 */

import { civilDate, dateOfDay, firstDayOfMonth, monthKeyOf, monthNumber, mondayOf } from './calendar-days.ts';
import type { DayCounts } from './cube.ts';

export type SeriesCounts = DayCounts;

export interface DailyRow extends SeriesCounts {
  date: string;
}

export interface WeeklyRow extends SeriesCounts {
  /** Monday that starts the week. */
  week_start: string;
}

export interface MonthlyRow extends SeriesCounts {
  /** YYYY-MM. */
  month: string;
}

function emptyCounts(): SeriesCounts {
  return { received: 0, valid: 0, invalid: 0, resolved: 0 };
}

function addInto(into: SeriesCounts, from: SeriesCounts): void {
  into.received += from.received;
  into.valid += from.valid;
  into.invalid += from.invalid;
  into.resolved += from.resolved;
}

/** Group day counts by a key (a day, Monday or month number) and fill the gaps between the first and last key. */
function grouped(days: Map<number, DayCounts>, keyOf: (day: number) => number, next: (key: number) => number) {
  const groups = new Map<number, SeriesCounts>();
  for (const [day, counts] of days) {
    const key = keyOf(day);
    let group = groups.get(key);
    if (!group) {
      group = emptyCounts();
      groups.set(key, group);
    }
    addInto(group, counts);
  }
  const keys = [...groups.keys()];
  if (keys.length === 0) {
    return [];
  }
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const rows: Array<{ key: number; counts: SeriesCounts }> = [];
  for (let key = first; key <= last; key = next(key)) {
    rows.push({ key, counts: groups.get(key) ?? emptyCounts() });
  }
  return rows;
}

/**
 * Every day of `month` (a month number) up to `lastDay` (the snapshot's day, so that a running
 * month shows no future days as zeros), days without data included.
 */
export function dailyRows(days: Map<number, DayCounts>, month: number, lastDay: number): DailyRow[] {
  const rows: DailyRow[] = [];
  const end = Math.min(firstDayOfMonth(month + 1) - 1, lastDay);
  for (let day = firstDayOfMonth(month); day <= end; day += 1) {
    rows.push({ date: dateOfDay(day), ...(days.get(day) ?? emptyCounts()) });
  }
  return rows;
}

export function weeklyRows(days: Map<number, DayCounts>): WeeklyRow[] {
  return grouped(days, mondayOf, (monday) => monday + 7).map(({ key, counts }) => ({ week_start: dateOfDay(key), ...counts }));
}

export function monthlyRows(days: Map<number, DayCounts>): MonthlyRow[] {
  const monthOfDay = (day: number) => {
    const { year, month } = civilDate(day);
    return monthNumber(year, month);
  };
  return grouped(days, monthOfDay, (month) => month + 1).map(({ key, counts }) => ({ month: monthKeyOf(key), ...counts }));
}

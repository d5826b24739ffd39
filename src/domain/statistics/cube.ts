/**
 * The statistics cube: one entry per local month, holding counters per breakdown, working-day
 * histograms of the three clocks, and counts per day of the month. A record touches the month it
 * was received in, plus the month of its resolution for the "resolved that day" series. Memory
 * grows with the number of months, agencies, categories and districts, never with the number of
 * complaints; years and all time are merges of months.
 */

import type { CategoryGroup } from '../categories.ts';
import type { Channel } from '../channels.ts';
import type { AggregateRecord } from '../public-view.ts';
import { civilDate, localDayCounter, monthNumber } from './calendar-days.ts';
import { addFields, emptyCell, fieldsOf, mergeCell, MAX_FIELDS_PER_RECORD, type Cell } from './counts.ts';
import { addDuration, mergeHistogram, type DayHistogram } from './day-histogram.ts';

/** The district key of complaints without a kecamatan. */
export const NO_DISTRICT = '';

/** Working-day histograms of the three clocks, over the complaints of one breakdown row. */
export interface ClockHistograms {
  verification: DayHistogram;
  firstResponse: DayHistogram;
  resolution: DayHistogram;
}

/** Counters and histograms of one breakdown row. */
export interface Slice {
  cell: Cell;
  clocks: ClockHistograms;
}

/** Per-day counters; `resolved` counts by resolution date, the others by receipt date. */
export interface DayCounts {
  received: number;
  valid: number;
  invalid: number;
  resolved: number;
}

/** Everything counted about the complaints received in one stretch of time (a month, or a merge of months). */
export interface CubeEntry {
  /** All complaints received, linked duplicates included. */
  complaints: number;
  /** Linked duplicates, left out of every other counter. */
  duplicates: number;
  /** First and last local day numbers with a receipt; NaN when there is none. */
  firstDay: number;
  lastDay: number;
  total: Slice;
  channels: Map<Channel, Slice>;
  groups: Map<CategoryGroup, Slice>;
  categories: Map<string, Slice>;
  /** Valid complaints only, by the agency they were forwarded to. */
  agencies: Map<string, Slice>;
  districts: Map<string, Slice>;
  /** By local day number. */
  days: Map<number, DayCounts>;
}

export function emptyEntry(): CubeEntry {
  return {
    complaints: 0,
    duplicates: 0,
    firstDay: Number.NaN,
    lastDay: Number.NaN,
    total: emptySlice(),
    channels: new Map(),
    groups: new Map(),
    categories: new Map(),
    agencies: new Map(),
    districts: new Map(),
    days: new Map(),
  };
}

function emptySlice(): Slice {
  return { cell: emptyCell(), clocks: { verification: [], firstResponse: [], resolution: [] } };
}

/** The months of a cube, by month number. */
export type Cube = Map<number, CubeEntry>;

export interface CubeBuilder {
  add(record: AggregateRecord): void;
  readonly cube: Cube;
}

/**
 * Start a cube. `asOf` is the snapshot time: a running clock whose deadline has passed then
 * counts as overdue.
 */
export function createCubeBuilder(timeZone: string, asOf: Date): CubeBuilder {
  const cube: Cube = new Map();
  const localDay = localDayCounter(timeZone);
  const asOfMs = asOf.getTime();
  const fields = new Int32Array(MAX_FIELDS_PER_RECORD);
  const monthOfDay = new Map<number, number>();

  function monthOf(dayNumber: number): number {
    let month = monthOfDay.get(dayNumber);
    if (month === undefined) {
      const { year, month: monthOfYear } = civilDate(dayNumber);
      month = monthNumber(year, monthOfYear);
      monthOfDay.set(dayNumber, month);
    }
    return month;
  }

  function entryOf(month: number): CubeEntry {
    let entry = cube.get(month);
    if (!entry) {
      entry = emptyEntry();
      cube.set(month, entry);
    }
    return entry;
  }

  return {
    cube,
    add(record) {
      const receivedDay = localDay(Date.parse(record.received_at));
      const entry = entryOf(monthOf(receivedDay));
      entry.complaints += 1;
      if (!(receivedDay >= entry.firstDay)) {
        entry.firstDay = receivedDay;
      }
      if (!(receivedDay <= entry.lastDay)) {
        entry.lastDay = receivedDay;
      }
      if (record.duplicate) {
        entry.duplicates += 1;
        return;
      }

      // Fields and durations are worked out once, then added to each breakdown the record is in.
      const overdueVerification = record.verification_due_at !== null && Date.parse(record.verification_due_at) <= asOfMs;
      const overdueFirstResponse = record.action_due_at !== null && Date.parse(record.action_due_at) <= asOfMs;
      const length = fieldsOf(record, overdueVerification, overdueFirstResponse, fields);
      const durations = durationsOf(record);
      addTo(entry.total, fields, length, durations);
      addTo(sliceOf(entry.channels, record.channel), fields, length, durations);
      addTo(sliceOf(entry.groups, record.category_group), fields, length, durations);
      addTo(sliceOf(entry.categories, record.category_slug), fields, length, durations);
      addTo(sliceOf(entry.districts, record.district_code ?? NO_DISTRICT), fields, length, durations);
      if (record.agency_slug !== null && record.verification === 'valid') {
        addTo(sliceOf(entry.agencies, record.agency_slug), fields, length, durations);
      }

      const day = dayOf(entry.days, receivedDay);
      day.received += 1;
      if (record.verification === 'valid') {
        day.valid += 1;
      } else if (record.verification === 'invalid') {
        day.invalid += 1;
      }
      if (record.status === 'resolved' && record.resolved_at !== null) {
        const resolvedDay = localDay(Date.parse(record.resolved_at));
        dayOf(entryOf(monthOf(resolvedDay)).days, resolvedDay).resolved += 1;
      }
    },
  };
}

/** The clock lengths a record adds to the histograms, each -1 when it adds none. */
interface Durations {
  verification: number;
  firstResponse: number;
  resolution: number;
}

function durationsOf(record: AggregateRecord): Durations {
  return {
    verification: checkedDuration(record.verification_days),
    firstResponse: checkedDuration(record.first_response_days),
    resolution: record.status === 'resolved' ? checkedDuration(record.resolution_days) : -1,
  };
}

function checkedDuration(days: number | null): number {
  if (days === null) {
    return -1;
  }
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Invalid clock length ${days}; expected a whole number of working days, 0 or more.`);
  }
  return days;
}

function addTo(slice: Slice, fields: Int32Array, length: number, durations: Durations): void {
  addFields(slice.cell, fields, length);
  if (durations.verification >= 0) {
    addDuration(slice.clocks.verification, durations.verification);
  }
  if (durations.firstResponse >= 0) {
    addDuration(slice.clocks.firstResponse, durations.firstResponse);
  }
  if (durations.resolution >= 0) {
    addDuration(slice.clocks.resolution, durations.resolution);
  }
}

function sliceOf<K>(map: Map<K, Slice>, key: K): Slice {
  let slice = map.get(key);
  if (!slice) {
    slice = emptySlice();
    map.set(key, slice);
  }
  return slice;
}

function dayOf(days: Map<number, DayCounts>, dayNumber: number): DayCounts {
  let day = days.get(dayNumber);
  if (!day) {
    day = { received: 0, valid: 0, invalid: 0, resolved: 0 };
    days.set(dayNumber, day);
  }
  return day;
}

/** Merge cube entries (months) into one entry, for a year or all time. */
export function mergeEntries(entries: Iterable<CubeEntry>): CubeEntry {
  const merged = emptyEntry();
  for (const entry of entries) {
    merged.complaints += entry.complaints;
    merged.duplicates += entry.duplicates;
    if (!(entry.firstDay >= merged.firstDay)) {
      merged.firstDay = entry.firstDay;
    }
    if (!(entry.lastDay <= merged.lastDay)) {
      merged.lastDay = entry.lastDay;
    }
    mergeSlice(merged.total, entry.total);
    mergeSlices(merged.channels, entry.channels);
    mergeSlices(merged.groups, entry.groups);
    mergeSlices(merged.categories, entry.categories);
    mergeSlices(merged.agencies, entry.agencies);
    mergeSlices(merged.districts, entry.districts);
    for (const [dayNumber, counts] of entry.days) {
      const day = dayOf(merged.days, dayNumber);
      day.received += counts.received;
      day.valid += counts.valid;
      day.invalid += counts.invalid;
      day.resolved += counts.resolved;
    }
  }
  return merged;
}

function mergeSlices<K>(into: Map<K, Slice>, from: Map<K, Slice>): void {
  for (const [key, slice] of from) {
    mergeSlice(sliceOf(into, key), slice);
  }
}

function mergeSlice(into: Slice, from: Slice): void {
  mergeCell(into.cell, from.cell);
  mergeHistogram(into.clocks.verification, from.clocks.verification);
  mergeHistogram(into.clocks.firstResponse, from.clocks.firstResponse);
  mergeHistogram(into.clocks.resolution, from.clocks.resolution);
}

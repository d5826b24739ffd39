/**
 * The published statistics of one period, built from a merged cube entry: the shape of
 * `statistik.json` and of each `periode/<key>/statistik.json`.
 */

import { CATEGORY_GROUPS, CATEGORY_GROUP_LABELS, type AgencyKind, type CategoryGroup } from '../categories.ts';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../channels.ts';
import type { Outcome, Status } from '../status.ts';
import type { ClockTargets } from '../working-days.ts';
import { dateOfDay, dayNumberOf, daysInMonth, localDayCounter, monthNumber } from './calendar-days.ts';
import { countsOf, emptyCell, FIELD, funnelOf, outcomeCountsOf, statusCountsOf, type Counts, type Funnel } from './counts.ts';
import { NO_DISTRICT, type CubeEntry, type Slice } from './cube.ts';
import type { Period } from './periods.ts';
import {
  clockSummaries,
  distributions,
  isCompared,
  MINIMUM_CASES,
  PERCENTILE,
  type ClockSummaries,
} from './response-times.ts';
import { dailyRows, monthlyRows, weeklyRows, type DailyRow, type MonthlyRow, type WeeklyRow } from './series.ts';

export interface StatisticsReference {
  timeZone: string;
  /** Channels listed even when they received nothing, e.g. the deployment's contact points. */
  channels: readonly Channel[];
  categories: ReadonlyArray<{ slug: string; name: string; group: CategoryGroup }>;
  agencies: ReadonlyArray<{ slug: string; name: string; kind: AgencyKind }>;
  districts: ReadonlyArray<{ code: string; name: string }>;
  /** Service targets in working days, from the deployment settings. */
  targets: ClockTargets;
  /** Snapshot time: a running clock whose deadline is at or before it counts as overdue. */
  asOf: Date;
}

export interface AgencyRow {
  agency: string;
  name: string;
  kind: AgencyKind;
  /** Valid complaints forwarded to the agency. */
  assigned: number;
  /** Not resolved yet: awaiting follow-up or in progress. */
  open: number;
  resolved: number;
  awaiting_action: number;
  in_progress: number;
  outcomes: Record<Outcome, number>;
  /** Complaints whose first follow-up is overdue at the snapshot time. */
  overdue_first_response: number;
}

export interface ResponseTimes {
  /** Agencies with fewer complaints (`cases`) in the period are not compared. */
  minimum_cases: number;
  percentile: number;
  overall: ClockSummaries & { distribution: { verification: number[]; first_response: number[]; resolution: number[] } };
  by_category_group: Array<{ group: CategoryGroup; label: string; cases: number } & ClockSummaries>;
  /** Every agency with a valid complaint in the period; `compared` when it has at least `minimum_cases`. */
  by_agency: Array<{ agency: string; name: string; kind: AgencyKind; cases: number; compared: boolean } & ClockSummaries>;
  by_district: Array<{ district_code: string | null; name: string; cases: number } & ClockSummaries>;
}

export interface Statistics {
  time_zone: string;
  /** The period and its first and last local dates; for all time, those of the first and last receipt. */
  period: Period & { start_date: string | null; end_date: string | null };
  first_received_date: string | null;
  last_received_date: string | null;
  /** Counts of distinct matters: complaints linked as duplicates are left out and counted in `duplicates`. */
  totals: Counts & { confidential: number; duplicates: number };
  /** The period before, for the change; null for all time and when it lies before the first complaint. */
  previous: { key: string; label: string; totals: Counts } | null;
  funnel: { overall: Funnel; by_channel: Array<{ channel: Channel; label: string } & Funnel> };
  by_channel: Array<{ channel: Channel; label: string } & Counts>;
  by_category_group: Array<{ group: CategoryGroup; label: string } & Counts>;
  by_category: Array<{ category: string; name: string; group: CategoryGroup } & Counts>;
  by_status: Array<{ status: Status; label: string; count: number }>;
  by_agency: AgencyRow[];
  by_district: Array<{ district_code: string | null; name: string } & Counts>;
  response_times: ResponseTimes;
  /** Month periods only: every day of the month up to the snapshot's day. */
  daily: DailyRow[];
  weekly: WeeklyRow[];
  /** Year and all-time periods only. */
  monthly: MonthlyRow[];
}

/** The label of complaints without a kecamatan. */
export const UNKNOWN_DISTRICT_LABEL = 'Tidak diketahui';

export function buildStatistics(
  entry: CubeEntry,
  period: Period,
  previous: { period: Period; entry: CubeEntry } | null,
  reference: StatisticsReference,
): Statistics {
  const total = entry.total;
  const firstDate = Number.isNaN(entry.firstDay) ? null : dateOfDay(entry.firstDay);
  const lastDate = Number.isNaN(entry.lastDay) ? null : dateOfDay(entry.lastDay);
  const listedChannels = CHANNELS.filter((channel) => entry.channels.has(channel) || reference.channels.includes(channel));
  const sliceOf = <K>(map: Map<K, Slice>, key: K) => map.get(key)?.cell ?? emptyCell();

  return {
    time_zone: reference.timeZone,
    period: { ...period, ...periodDates(period, firstDate, lastDate) },
    first_received_date: firstDate,
    last_received_date: lastDate,
    totals: { ...countsOf(total.cell), confidential: total.cell[FIELD.confidential]!, duplicates: entry.duplicates },
    previous: previous && { key: previous.period.key, label: previous.period.label, totals: countsOf(previous.entry.total.cell) },
    funnel: {
      overall: funnelOf(total.cell),
      by_channel: listedChannels.map((channel) => ({
        channel,
        label: CHANNEL_LABELS[channel],
        ...funnelOf(sliceOf(entry.channels, channel)),
      })),
    },
    by_channel: listedChannels.map((channel) => ({
      channel,
      label: CHANNEL_LABELS[channel],
      ...countsOf(sliceOf(entry.channels, channel)),
    })),
    by_category_group: CATEGORY_GROUPS.map((group) => ({
      group,
      label: CATEGORY_GROUP_LABELS[group],
      ...countsOf(sliceOf(entry.groups, group)),
    })),
    by_category: reference.categories
      .filter((category) => entry.categories.has(category.slug))
      .map((category) => ({
        category: category.slug,
        name: category.name,
        group: category.group,
        ...countsOf(sliceOf(entry.categories, category.slug)),
      }))
      .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'id')),
    by_status: statusCountsOf(total.cell),
    by_agency: reference.agencies
      .filter((agency) => entry.agencies.has(agency.slug))
      .map((agency) => agencyRow(agency, sliceOf(entry.agencies, agency.slug)))
      .sort((a, b) => b.assigned - a.assigned || a.name.localeCompare(b.name, 'id')),
    by_district: districtRows(entry, reference).map(({ code, name, slice }) => ({
      district_code: code,
      name,
      ...countsOf(slice.cell),
    })),
    response_times: responseTimes(entry, reference),
    daily: period.kind === 'month' ? dailyRows(entry.days, monthOfKey(period.key), snapshotDay(reference)) : [],
    weekly: weeklyRows(entry.days),
    monthly: period.kind === 'month' ? [] : monthlyRows(entry.days),
  };
}

function agencyRow(agency: { slug: string; name: string; kind: AgencyKind }, cell: Int32Array): AgencyRow {
  return {
    agency: agency.slug,
    name: agency.name,
    kind: agency.kind,
    assigned: cell[FIELD.valid]!,
    open: cell[FIELD.valid]! - cell[FIELD.resolved]!,
    resolved: cell[FIELD.resolved]!,
    awaiting_action: cell[FIELD.awaitingAction]!,
    in_progress: cell[FIELD.inProgress]!,
    outcomes: outcomeCountsOf(cell),
    overdue_first_response: cell[FIELD.overdueFirstResponse]!,
  };
}

/** Every district of the reference, then complaints without a kecamatan when there are any. */
function districtRows(entry: CubeEntry, reference: StatisticsReference) {
  const rows = reference.districts.map((district) => ({
    code: district.code as string | null,
    name: district.name,
    slice: entry.districts.get(district.code) ?? emptySliceView(),
  }));
  const unknown = entry.districts.get(NO_DISTRICT);
  if (unknown) {
    rows.push({ code: null, name: UNKNOWN_DISTRICT_LABEL, slice: unknown });
  }
  return rows;
}

function emptySliceView(): Slice {
  return { cell: emptyCell(), clocks: { verification: [], firstResponse: [], resolution: [] } };
}

function responseTimes(entry: CubeEntry, reference: StatisticsReference): ResponseTimes {
  const { targets } = reference;
  return {
    minimum_cases: MINIMUM_CASES,
    percentile: PERCENTILE,
    overall: { ...clockSummaries(entry.total, targets), distribution: distributions(entry.total.clocks) },
    by_category_group: CATEGORY_GROUPS.map((group) => {
      const slice = entry.groups.get(group) ?? emptySliceView();
      return { group, label: CATEGORY_GROUP_LABELS[group], cases: slice.cell[FIELD.received]!, ...clockSummaries(slice, targets) };
    }),
    by_agency: reference.agencies
      .filter((agency) => entry.agencies.has(agency.slug))
      .map((agency) => {
        const slice = entry.agencies.get(agency.slug)!;
        const cases = slice.cell[FIELD.valid]!;
        return { agency: agency.slug, name: agency.name, kind: agency.kind, cases, compared: isCompared(cases), ...clockSummaries(slice, targets) };
      })
      .sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name, 'id')),
    by_district: districtRows(entry, reference)
      .filter(({ slice }) => slice.cell[FIELD.received]! > 0)
      .map(({ code, name, slice }) => ({ district_code: code, name, cases: slice.cell[FIELD.received]!, ...clockSummaries(slice, targets) })),
  };
}

/** Local day number of the snapshot time. */
function snapshotDay(reference: StatisticsReference): number {
  return localDayCounter(reference.timeZone)(reference.asOf.getTime());
}

function monthOfKey(key: string): number {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return monthNumber(year, month);
}

function periodDates(period: Period, firstDate: string | null, lastDate: string | null) {
  switch (period.kind) {
    case 'all':
      return { start_date: firstDate, end_date: lastDate };
    case 'year':
      return { start_date: `${period.key}-01-01`, end_date: `${period.key}-12-31` };
    case 'month': {
      const month = monthOfKey(period.key);
      const start = `${period.key}-01`;
      return { start_date: start, end_date: dateOfDay(dayNumberOf(start) + daysInMonth(month) - 1) };
    }
  }
}

/**
 * Statistics computed from aggregate records of the public view. The accumulator takes one record
 * at a time, so the export can stream any number of complaints through it in constant memory.
 */

import { CATEGORY_GROUPS, CATEGORY_GROUP_LABELS, type AgencyKind, type CategoryGroup } from './categories.ts';
import { CHANNELS, CHANNEL_LABELS, type Channel } from './channels.ts';
import type { AggregateRecord } from './public-view.ts';
import { STATUSES, STATUS_LABELS, type Status } from './status.ts';
import { addDays, localDate, weekStart } from './time.ts';

export interface StatisticsReference {
  timeZone: string;
  /** Channels listed even when they received nothing, e.g. the deployment's contact points. */
  channels: readonly Channel[];
  categories: ReadonlyArray<{ slug: string; name: string; group: CategoryGroup }>;
  agencies: ReadonlyArray<{ slug: string; name: string; kind: AgencyKind }>;
  districts: ReadonlyArray<{ code: string; name: string }>;
}

export interface Counts {
  received: number;
  valid: number;
  invalid: number;
  /** Not yet verified: received or waiting for information from the reporter. */
  pending: number;
  resolved: number;
}

export interface Statistics {
  time_zone: string;
  first_received_date: string | null;
  last_received_date: string | null;
  /** Counts of distinct matters: complaints linked as duplicates are left out and counted in `duplicates`. */
  totals: Counts & { confidential: number; duplicates: number };
  by_channel: Array<{ channel: Channel; label: string } & Counts>;
  by_category_group: Array<{ group: CategoryGroup; label: string } & Counts>;
  by_category: Array<{ category: string; name: string; group: CategoryGroup } & Counts>;
  by_status: Array<{ status: Status; label: string; count: number }>;
  by_agency: Array<{ agency: string; name: string; kind: AgencyKind; assigned: number; open: number; resolved: number }>;
  by_district: Array<{ district_code: string | null; name: string } & Counts>;
  weekly: Array<{ week_start: string; received: number; valid: number; invalid: number; resolved: number }>;
}

export interface StatisticsAccumulator {
  add(record: AggregateRecord): void;
  result(): Statistics;
}

/** The district key for complaints without a kecamatan. */
const NO_DISTRICT = '';

export function createStatisticsAccumulator(reference: StatisticsReference): StatisticsAccumulator {
  const totals = emptyCounts();
  let confidential = 0;
  let duplicates = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  const byChannel = new Map<Channel, Counts>();
  const byGroup = new Map<CategoryGroup, Counts>();
  const byCategory = new Map<string, Counts>();
  const byStatus = new Map<Status, number>();
  const byAgency = new Map<string, { assigned: number; open: number; resolved: number }>();
  const byDistrict = new Map<string, Counts>();
  const weekly = new Map<string, { received: number; valid: number; invalid: number; resolved: number }>();

  function week(date: string) {
    const key = weekStart(date);
    let entry = weekly.get(key);
    if (!entry) {
      entry = { received: 0, valid: 0, invalid: 0, resolved: 0 };
      weekly.set(key, entry);
    }
    return entry;
  }

  return {
    add(record) {
      if (record.duplicate) {
        duplicates += 1;
        return;
      }
      const receivedDate = localDate(new Date(record.received_at), reference.timeZone);
      firstDate = firstDate === null || receivedDate < firstDate ? receivedDate : firstDate;
      lastDate = lastDate === null || receivedDate > lastDate ? receivedDate : lastDate;
      if (record.confidential) {
        confidential += 1;
      }

      for (const counts of [
        totals,
        entry(byChannel, record.channel, emptyCounts),
        entry(byGroup, record.category_group, emptyCounts),
        entry(byCategory, record.category_slug, emptyCounts),
        entry(byDistrict, record.district_code ?? NO_DISTRICT, emptyCounts),
      ]) {
        countInto(counts, record);
      }
      byStatus.set(record.status, (byStatus.get(record.status) ?? 0) + 1);

      if (record.agency_slug !== null && record.verification === 'valid') {
        const agency = entry(byAgency, record.agency_slug, () => ({ assigned: 0, open: 0, resolved: 0 }));
        agency.assigned += 1;
        if (record.status === 'resolved') {
          agency.resolved += 1;
        } else {
          agency.open += 1;
        }
      }

      const receivedWeek = week(receivedDate);
      receivedWeek.received += 1;
      if (record.verification === 'valid') {
        receivedWeek.valid += 1;
      } else if (record.verification === 'invalid') {
        receivedWeek.invalid += 1;
      }
      if (record.status === 'resolved' && record.resolved_at) {
        week(localDate(new Date(record.resolved_at), reference.timeZone)).resolved += 1;
      }
    },

    result() {
      return {
        time_zone: reference.timeZone,
        first_received_date: firstDate,
        last_received_date: lastDate,
        totals: { ...totals, confidential, duplicates },
        by_channel: CHANNELS.filter((channel) => byChannel.has(channel) || reference.channels.includes(channel)).map(
          (channel) => ({ channel, label: CHANNEL_LABELS[channel], ...(byChannel.get(channel) ?? emptyCounts()) }),
        ),
        by_category_group: CATEGORY_GROUPS.map((group) => ({
          group,
          label: CATEGORY_GROUP_LABELS[group],
          ...(byGroup.get(group) ?? emptyCounts()),
        })),
        by_category: reference.categories
          .filter((category) => byCategory.has(category.slug))
          .map((category) => ({
            category: category.slug,
            name: category.name,
            group: category.group,
            ...(byCategory.get(category.slug) ?? emptyCounts()),
          }))
          .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'id')),
        by_status: STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], count: byStatus.get(status) ?? 0 })),
        by_agency: reference.agencies
          .filter((agency) => byAgency.has(agency.slug))
          .map((agency) => ({ agency: agency.slug, name: agency.name, kind: agency.kind, ...byAgency.get(agency.slug)! }))
          .sort((a, b) => b.assigned - a.assigned || a.name.localeCompare(b.name, 'id')),
        by_district: [
          ...reference.districts.map((district) => ({
            district_code: district.code,
            name: district.name,
            ...(byDistrict.get(district.code) ?? emptyCounts()),
          })),
          ...(byDistrict.has(NO_DISTRICT)
            ? [{ district_code: null, name: 'Tidak diketahui', ...byDistrict.get(NO_DISTRICT)! }]
            : []),
        ],
        weekly: continuousWeeks(weekly),
      };
    },
  };
}

/** Statistics of a list of records, for tests and small sets. */
export function computeStatistics(records: Iterable<AggregateRecord>, reference: StatisticsReference): Statistics {
  const accumulator = createStatisticsAccumulator(reference);
  for (const record of records) {
    accumulator.add(record);
  }
  return accumulator.result();
}

function countInto(counts: Counts, record: AggregateRecord): void {
  counts.received += 1;
  counts[record.verification] += 1;
  if (record.status === 'resolved') {
    counts.resolved += 1;
  }
}

function emptyCounts(): Counts {
  return { received: 0, valid: 0, invalid: 0, pending: 0, resolved: 0 };
}

function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** Weekly rows from the first to the last week with data, with empty weeks filled in. */
function continuousWeeks(weekly: Map<string, { received: number; valid: number; invalid: number; resolved: number }>) {
  const keys = [...weekly.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (!first || !last) {
    return [];
  }
  const rows = [];
  for (let week = first; week <= last; week = addDays(week, 7)) {
    rows.push({ week_start: week, ...(weekly.get(week) ?? { received: 0, valid: 0, invalid: 0, resolved: 0 }) });
  }
  return rows;
}

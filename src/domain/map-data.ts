/**
 * The map's data file (`peta.json` in the snapshot, `/data/peta.json` on the site): one compact
 * row per listed complaint, built from the public view's rows, so it contains nothing that
 * `aduan.json` does not. Confidential complaints are absent because the public view lists none.
 * Only infrastructure complaints carry a point; the public view leaves lat/lng null for the rest.
 *
 * Rows are arrays that refer to the lookup lists by index. At 100,000 complaints this file is
 * about a fifth of the size of the same data as GeoJSON Features, and the browser reads it
 * faster; docs/benchmarks.md has the measured sizes.
 */

import { showsExactLocation, type CategoryGroup } from './categories.ts';
import type { PublicComplaint } from './public-view.ts';
import { STATUSES, type Status } from './status.ts';

export const MAP_DATA_FORMAT = 1;

/** [ticket, received_date (YYYY-MM-DD, local), category index, status index, district index or -1, lat or null, lng or null] */
export type MapRow = [string, string, number, number, number, number | null, number | null];

export interface MapDataHeader {
  format: typeof MAP_DATA_FORMAT;
  statuses: Status[];
  categories: Array<{ slug: string; name: string; group: CategoryGroup }>;
  districts: Array<{ code: string; name: string }>;
}

export interface MapData extends MapDataHeader {
  rows: MapRow[];
}

/** Rows the map page lists without JavaScript, and with it before a filter is applied. */
export const MAP_LIST_LIMIT = 100;

/**
 * Summary of `peta.json` for the static map page (`peta-ringkasan.json` in the snapshot). Its
 * size does not depend on the number of complaints, so the build never parses every row.
 */
export interface MapSummary extends MapDataHeader {
  /** Complaints listed on the map page (groups shown at their exact point), located or not. */
  listed: number;
  /** Listed complaints with a point. */
  located: number;
  /** The MAP_LIST_LIMIT newest listed complaints, newest first. */
  newest: MapRow[];
  /** Per entry of `districts`: all rows of the district, and those listed on the map page. */
  district_counts: Array<{ all: number; listed: number }>;
}

/** One complaint as the map and its list use it, decoded from a row. */
export interface MapComplaint {
  ticket: string;
  receivedDate: string;
  categoryIndex: number;
  status: Status;
  districtIndex: number;
  /** Null when the complaint has no public point. */
  lat: number | null;
  lng: number | null;
}

/** Encodes public rows as map rows, against lookup lists fixed up front and extended on demand. */
export function createMapRowEncoder(header: Omit<MapDataHeader, 'format' | 'statuses'>) {
  const categories = header.categories.map(({ slug, name, group }) => ({ slug, name, group }));
  const districts = header.districts.map(({ code, name }) => ({ code, name }));
  const categoryIndex = new Map(categories.map((category, index) => [category.slug, index]));
  const districtIndex = new Map(districts.map((district, index) => [district.code, index]));
  const statusIndex = new Map(STATUSES.map((status, index) => [status, index]));

  return {
    encode(complaint: PublicComplaint): MapRow {
      let category = categoryIndex.get(complaint.category_slug);
      if (category === undefined) {
        category = categories.push({ slug: complaint.category_slug, name: complaint.category, group: complaint.category_group }) - 1;
        categoryIndex.set(complaint.category_slug, category);
      }
      let district = -1;
      if (complaint.district_code !== null) {
        district = districtIndex.get(complaint.district_code) ?? -1;
        if (district === -1) {
          district = districts.push({ code: complaint.district_code, name: complaint.district_name ?? complaint.district_code }) - 1;
          districtIndex.set(complaint.district_code, district);
        }
      }
      const located = complaint.lat !== null && complaint.lng !== null;
      return [
        complaint.ticket,
        complaint.received_date,
        category,
        statusIndex.get(complaint.status)!,
        district,
        located ? complaint.lat : null,
        located ? complaint.lng : null,
      ];
    },
    /** Returns the lookup lists, including entries added while encoding. */
    header(): MapDataHeader {
      return { format: MAP_DATA_FORMAT, statuses: [...STATUSES], categories, districts };
    },
  };
}

/** Decodes a row; null for a row whose status is not in the file's list. */
export function decodeMapRow(data: MapDataHeader, row: MapRow): MapComplaint | null {
  const [ticket, receivedDate, categoryIndex, statusIndex, districtIndex, lat, lng] = row;
  const status = data.statuses[statusIndex];
  if (status === undefined) {
    return null;
  }
  const located = typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng);
  return {
    ticket,
    receivedDate,
    categoryIndex,
    status,
    districtIndex,
    lat: located ? lat : null,
    lng: located ? lng : null,
  };
}

/** True for complaints listed on the map page: those in groups shown at their exact point, located or not. */
export function isMapListed(data: MapDataHeader, complaint: MapComplaint): boolean {
  const group = data.categories[complaint.categoryIndex]?.group;
  return group !== undefined && showsExactLocation(group);
}

/** Creates a list that keeps the `count` newest items added, newest first, with ties in the order added. */
export function createNewestList<T>(count: number, dateOf: (item: T) => string) {
  const newest: T[] = [];
  return {
    add(item: T): void {
      if (count <= 0) {
        return;
      }
      const date = dateOf(item);
      if (newest.length === count && date <= dateOf(newest[count - 1]!)) {
        return;
      }
      // Insert after every item at least as new, so that ties keep their order.
      let low = 0;
      let high = newest.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (dateOf(newest[middle]!) >= date) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      newest.splice(low, 0, item);
      if (newest.length > count) {
        newest.pop();
      }
    },
    items: (): T[] => newest,
  };
}

/**
 * Returns the `count` newest of `complaints` by received date, newest first. Ties keep their
 * order. One pass with a short sorted list, because sorting 100,000 complaints for the 100
 * newest would cost the map page a visible pause on every filter change.
 */
export function newestFirst<T extends { receivedDate: string }>(complaints: Iterable<T>, count: number): T[] {
  const list = createNewestList<T>(count, (complaint) => complaint.receivedDate);
  for (const complaint of complaints) {
    list.add(complaint);
  }
  return list.items();
}

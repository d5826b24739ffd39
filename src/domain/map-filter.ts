/**
 * The filter of the public map: category group and category, status, received period and
 * district. It lives in the page's query string so that a link reproduces the same view.
 */

import { CATEGORY_GROUPS, type CategoryGroup } from './categories.ts';
import type { MapComplaint, MapDataHeader } from './map-data.ts';
import { isStatus, type Status } from './status.ts';

export interface MapFilter {
  group: CategoryGroup | null;
  /** Category slug. */
  category: string | null;
  status: Status | null;
  /** First and last received date, YYYY-MM-DD, both included. */
  from: string | null;
  to: string | null;
  /** District code, e.g. 33.18.10. */
  district: string | null;
}

/** Query parameter of each filter field, in Indonesian as the rest of the site's addresses. */
export const FILTER_PARAMETERS: Record<keyof MapFilter, string> = {
  group: 'kelompok',
  category: 'kategori',
  status: 'status',
  from: 'dari',
  to: 'sampai',
  district: 'kecamatan',
};

export const EMPTY_FILTER: MapFilter = { group: null, category: null, status: null, from: null, to: null, district: null };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filter from a query string; values that the data does not know are ignored. */
export function readFilter(search: URLSearchParams, data: MapDataHeader): MapFilter {
  const value = (field: keyof MapFilter) => search.get(FILTER_PARAMETERS[field])?.trim() || null;
  const group = value('group');
  const category = value('category');
  const status = value('status');
  const from = value('from');
  const to = value('to');
  const district = value('district');
  return {
    group: group && (CATEGORY_GROUPS as readonly string[]).includes(group) ? (group as CategoryGroup) : null,
    category: category && data.categories.some((item) => item.slug === category) ? category : null,
    status: status && isStatus(status) ? status : null,
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
    district: district && data.districts.some((item) => item.code === district) ? district : null,
  };
}

/** Writes the filter as query parameters, leaving out empty fields. */
export function writeFilter(filter: MapFilter): URLSearchParams {
  const search = new URLSearchParams();
  for (const field of Object.keys(FILTER_PARAMETERS) as Array<keyof MapFilter>) {
    const value = filter[field];
    if (value) {
      search.set(FILTER_PARAMETERS[field], value);
    }
  }
  return search;
}

/**
 * Returns a predicate for complaints that pass the filter. With `ignoreDistrict` the district
 * field is left out, as the district layer counts every district under the other fields.
 */
export function filterPredicate(
  filter: MapFilter,
  data: MapDataHeader,
  options: { ignoreDistrict?: boolean } = {},
): (complaint: MapComplaint) => boolean {
  const districtIndex = filter.district ? data.districts.findIndex((item) => item.code === filter.district) : -1;
  return (complaint) => {
    const category = data.categories[complaint.categoryIndex];
    if (filter.group && category?.group !== filter.group) {
      return false;
    }
    if (filter.category && category?.slug !== filter.category) {
      return false;
    }
    if (filter.status && complaint.status !== filter.status) {
      return false;
    }
    if (filter.from && complaint.receivedDate < filter.from) {
      return false;
    }
    if (filter.to && complaint.receivedDate > filter.to) {
      return false;
    }
    if (!options.ignoreDistrict && filter.district && complaint.districtIndex !== districtIndex) {
      return false;
    }
    return true;
  };
}
